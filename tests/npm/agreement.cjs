// Runs the installed gymhook package over the cases tests/it/npm_package.rs writes, and prints what it
// answered, for the test to compare with the native engine.
//
// Usage (from the project the package is installed in): node agreement.cjs CASES_FILE
//   CASES_FILE: {"checks": [text], "signatures": [[requestId, signature, secret, body | null]],
//                "generates": [{vendor, event, seed: "digits", bigint: bool, edge, format, secret}]}
// Prints {"checks": [CheckResult], "signatures": [SignatureResult], "generates": [{text} | {error}]}.
"use strict";

const { readFileSync } = require("node:fs");
const gymhook = require("gymhook");

const cases = JSON.parse(readFileSync(process.argv[2], "utf8"));
const checks = cases.checks.map((text) => gymhook.check(text));
const signatures = cases.signatures.map(([id, signature, secret, body]) =>
  body === null
    ? gymhook.verifyPerfectGymSignature(id, signature, secret)
    : gymhook.verifyPerfectGymSignature(id, signature, secret, body),
);
const generates = cases.generates.map(({ seed, bigint, ...options }) => {
  try {
    return { text: gymhook.generate({ ...options, seed: bigint ? BigInt(seed) : Number(seed) }) };
  } catch (error) {
    return { error: { name: error.name, option: error.option ?? null, message: error.message } };
  }
});
process.stdout.write(JSON.stringify({ checks, signatures, generates }));
