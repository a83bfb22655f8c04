#!/bin/sh
# Check a webhook's static key from the command line (needs sha256sum, coreutils). The vendor signs
# nothing: it sends the same key in the {{HEADER}} header on every delivery, so comparing it with your
# key is the whole check. For debugging only: shell comparison is not constant-time (comparing digests
# keeps the key itself out of it); use a constant-time compare in your handler.
expected='{{KEY}}'
received='{{RECEIVED}}'

# printf '%s' hashes the exact bytes (echo would add a newline).
digest() { printf '%s' "$1" | sha256sum | cut -d ' ' -f 1; }

if [ -n "$expected" ] && [ "$(digest "$received")" = "$(digest "$expected")" ]; then
  echo match
else
  echo mismatch
fi
