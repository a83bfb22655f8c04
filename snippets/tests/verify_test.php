<?php
// Perfect Gym signature test vectors for a PHP receiver (plain PHP, PHPUnit-style assertions without
// PHPUnit): every vector's raw request goes through your verify function; valid ones must pass, invalid
// ones must fail. Run: php verify_test.php   (next to perfectgym.vectors.json and verify.php, which
// defines is_valid_pgm_signature($requestId, $signature, $secret); PGM_VECTORS overrides the path).
// Exit status 0 when every vector passes, 1 otherwise.

require_once __DIR__ . '/verify.php';

/** Header values by lower-cased name, from the raw request's head. */
function vector_headers(string $request): array
{
    $head = explode("\r\n\r\n", $request, 2)[0];
    $out = [];
    foreach (array_slice(explode("\r\n", $head), 1) as $line) {
        $parts = explode(':', $line, 2);
        if (count($parts) === 2) {
            $out[strtolower(trim($parts[0]))] = trim($parts[1]);
        }
    }
    return $out;
}

$path = getenv('PGM_VECTORS') ?: __DIR__ . '/perfectgym.vectors.json';
$vectors = json_decode(file_get_contents($path), true, 512, JSON_THROW_ON_ERROR)['vectors'];
$failed = 0;
foreach ($vectors as $vector) {
    $h = vector_headers($vector['request']);
    $verdict = is_valid_pgm_signature($h['x-perfectgym-request'] ?? '', $h['x-perfectgym-signature'] ?? '', $vector['secret']);
    $ok = $verdict === $vector['valid'];
    $failed += $ok ? 0 : 1;
    printf("%s %s%s\n", $ok ? 'ok' : 'FAILED', $vector['name'], $ok ? '' : ': ' . $vector['reason']);
}
printf("%d of %d vectors passed\n", count($vectors) - $failed, count($vectors));
exit($failed === 0 ? 0 : 1);
