#!/bin/sh
# Verify a Perfect Gym (PGM) webhook signature from the command line (needs md5sum, coreutils).
# PGM sends X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret) as hex.
# For debugging only: shell string comparison is not constant-time; use a proper
# constant-time compare in your handler.
request_id='{{REQUEST_ID}}'
secret='{{SECRET}}'
signature='{{SIGNATURE}}'

# printf '%s' hashes the exact bytes (echo would add a newline).
computed=$(printf '%s' "$request_id:$secret" | md5sum | cut -d ' ' -f 1)
# The hex letter case is not documented: compare lower-cased.
received=$(printf '%s' "$signature" | tr 'A-Z' 'a-z')

printf '%s\n' "$computed"
if [ "$computed" = "$received" ]; then echo valid; else echo invalid; fi
