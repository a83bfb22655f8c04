// The package under a memory cap (run with `node --wasm-max-mem-pages=N`, N far below 16 MB): a text past
// MAX_INPUT_BYTES is answered without entering the engine, a log the capped engine runs out of memory on
// traps without killing the process, and the next call works. Prints what happened as JSON.
"use strict";

const { check, GymhookError, MAX_INPUT_BYTES } = require("gymhook");

const out = {};
out.tooLarge = check("x".repeat(MAX_INPUT_BYTES + 1));
const delivery = (i) => `{"eventType": "Session Booked", "payload": {"note${i}": "${"y".repeat(40)}"}}`;
const log = Array.from({ length: 100000 }, (_, i) => delivery(i)).join("\n");
out.logBytes = Buffer.byteLength(log);
try {
  check(log);
  out.trap = null;
} catch (error) {
  out.trap = {
    name: error.name,
    code: error.code ?? null,
    isGymhookError: error instanceof GymhookError,
    cause: error.cause?.constructor?.name ?? null,
    message: error.message,
  };
}
out.after = check(delivery(0));
process.stdout.write(JSON.stringify(out));
