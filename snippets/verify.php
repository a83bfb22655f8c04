<?php
// Verify a Perfect Gym (PGM) webhook signature.
// PGM sends X-PerfectGym-Signature = MD5(X-PerfectGym-Request . ':' . secret) as hex.
// The hex letter case is not documented: compare lower-cased, in constant time.

function pgm_signature(string $requestId, string $secret): string
{
    return md5($requestId . ':' . $secret);
}

function is_valid_pgm_signature(string $requestId, string $signature, string $secret): bool
{
    return hash_equals(pgm_signature($requestId, $secret), strtolower($signature));
}

// Run directly (php verify.php) it checks the values below; included, it only provides the functions.
if (realpath($_SERVER['SCRIPT_FILENAME'] ?? '') === __FILE__) {
    // In a handler the values come from the request and your configuration:
    //   $requestId = $_SERVER['HTTP_X_PERFECTGYM_REQUEST'] ?? '';
    //   $signature = $_SERVER['HTTP_X_PERFECTGYM_SIGNATURE'] ?? ''; // absent when no secret is configured
    //   $secret = getenv('PGM_WEBHOOK_SECRET');
    $requestId = "{{REQUEST_ID}}";
    $secret = "{{SECRET}}";
    $signature = "{{SIGNATURE}}";

    echo pgm_signature($requestId, $secret), "\n";
    echo is_valid_pgm_signature($requestId, $signature, $secret) ? "valid" : "invalid", "\n";
}
