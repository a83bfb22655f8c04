<?php
// Check a webhook's static key in PHP. The vendor signs nothing: it sends the same key in the
// {{HEADER}} header on every delivery, so comparing it with your key (in constant time) is the whole check.

function is_expected_key(?string $received, string $expected): bool
{
    // hash_equals runs in constant time; hashing both sides first gives it equal lengths.
    return $expected !== '' && hash_equals(hash('sha256', $expected), hash('sha256', $received ?? ''));
}

// In a handler: header names are case-insensitive, so look the name up lower-cased.
//   $headers = array_change_key_case(getallheaders(), CASE_LOWER);
//   $received = $headers[strtolower("{{HEADER}}")] ?? null;
//   $expected = getenv('WEBHOOK_API_KEY');
$expected = "{{KEY}}";
$received = "{{RECEIVED}}";

echo is_expected_key($received, $expected) ? "match" : "mismatch", "\n";
