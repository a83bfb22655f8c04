// gymhook for Node (CommonJS): the engine of the gymhook page and command line, compiled to WebAssembly.
// This file holds no verdicts. It checks argument types, keeps texts past the engine's limit out of its
// memory, parses the engine's JSON answers, and restarts the engine if it ever traps.
"use strict";

const engine = require("./engine.js");

const MAX_INPUT_BYTES = engine.max_input_bytes();
const MAX_SEED = (1n << 64n) - 1n;

/** The engine stopped on an internal error (a WebAssembly trap); it has been restarted. */
class GymhookError extends Error {
  constructor(message, options) {
    super(message, options);
    this.name = "GymhookError";
    this.code = "ERR_GYMHOOK_ENGINE";
  }
}

/**
 * One call into the engine. A trap (the engine's rules forbid panics, but running out of memory still
 * traps) or a stack overflow inside it can leave the instance half-way through an operation, so it is
 * replaced by a fresh one before the error reaches the caller; the process and later calls go on.
 */
function run(name, call) {
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError || error instanceof RangeError) {
      engine.__wbg_reset_state();
      throw new GymhookError(
        `gymhook: the engine stopped during ${name} (${error.message}); it has been restarted and this call has no answer`,
        { cause: error },
      );
    }
    throw error;
  }
}

function describe(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

function requireString(where, value) {
  if (typeof value !== "string") {
    throw new TypeError(`${where} must be a string, not ${describe(value)}`);
  }
}

function check(text) {
  if (typeof text !== "string") {
    const hint = text instanceof Uint8Array ? ` (read files with readFileSync(path, "utf8"))` : "";
    throw new TypeError(`check(text): text must be a string, not ${describe(text)}${hint}`);
  }
  // Counted without encoding: a text past the limit never enters the engine's memory.
  const bytes = Buffer.byteLength(text, "utf8");
  const answer =
    bytes > MAX_INPUT_BYTES
      ? run("check", () => engine.too_large(bytes))
      : run("check", () => engine.check(text));
  return JSON.parse(answer);
}

function verifyPerfectGymSignature(requestId, signature, secret, body) {
  requireString("verifyPerfectGymSignature(requestId, …): requestId", requestId);
  requireString("verifyPerfectGymSignature(…, signature, …): signature", signature);
  requireString("verifyPerfectGymSignature(…, secret): secret", secret);
  if (body !== undefined) {
    requireString("verifyPerfectGymSignature(…, body): body", body);
  }
  return JSON.parse(
    run("verifyPerfectGymSignature", () => engine.verify_signature(requestId, signature, secret, body)),
  );
}

/** The seed as decimal digits: a safe integer or a bigint from 0 to 2^64 - 1. */
function seedDigits(seed) {
  if (typeof seed === "number" && Number.isSafeInteger(seed) && seed >= 0) {
    return String(seed);
  }
  if (typeof seed === "bigint" && seed >= 0n && seed <= MAX_SEED) {
    return seed.toString();
  }
  const error = new RangeError(
    `generate: seed must be a non-negative safe integer or a bigint up to 2^64 - 1, not ${typeof seed === "bigint" || typeof seed === "number" ? String(seed) : describe(seed)}`,
  );
  error.option = "seed";
  throw error;
}

function generate(options) {
  if (options === null || typeof options !== "object") {
    throw new TypeError(`generate(options): options must be an object, not ${describe(options)}`);
  }
  const { vendor, event, seed, edge = false, format = "json", secret = "", url } = options;
  requireString("generate: vendor", vendor);
  requireString("generate: event", event);
  if (typeof edge !== "boolean") {
    throw new TypeError(`generate: edge must be a boolean, not ${describe(edge)}`);
  }
  requireString("generate: format", format);
  requireString("generate: secret", secret);
  if (url !== undefined) {
    requireString("generate: url", url);
  }
  const digits = seedDigits(seed);
  const answer = JSON.parse(
    run("generate", () => engine.generate(vendor, event, digits, edge, format, secret, url)),
  );
  if (answer.error) {
    const error = new RangeError(`generate: ${answer.error.message}`);
    error.option = answer.error.option;
    throw error;
  }
  return answer.text;
}

module.exports = { check, verifyPerfectGymSignature, generate, GymhookError, MAX_INPUT_BYTES };
