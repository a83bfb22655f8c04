// What entry.cjs and entry.mjs run against the package: one call of each export and each argument error,
// returned as plain data for the test to compare with the native engine.
"use strict";

function thrown(call) {
  try {
    call();
    return null;
  } catch (error) {
    return { name: error.name, option: error.option ?? null, message: error.message };
  }
}

function scenario({ check, verifyPerfectGymSignature, generate, GymhookError, MAX_INPUT_BYTES }) {
  const body = generate({ vendor: "gymos", event: "session booked", seed: 7 });
  const request = generate({ vendor: "perfectgym", event: "ClassesBooked", seed: 2025n, format: "http", secret: "s3cret" });
  return {
    exports: { GymhookError: typeof GymhookError === "function", MAX_INPUT_BYTES },
    body,
    request,
    curl: generate({ vendor: "perfectgym", event: "Test", seed: 1, edge: true, format: "curl", url: "https://receiver.example/pgm" }),
    checkBody: check(body),
    checkBroken: check(body.replace('"eventTimestampUtc": "', '"eventTimestampUtc": "x')),
    checkRequest: check(request),
    signature: verifyPerfectGymSignature("req-1", "0123456789abcdef0123456789abcdef", "s3cret"),
    errors: {
      checkBuffer: thrown(() => check(Buffer.from("{}"))),
      checkUndefined: thrown(() => check()),
      signatureNumber: thrown(() => verifyPerfectGymSignature("id", 7, "s")),
      generateNull: thrown(() => generate(null)),
      unknownVendor: thrown(() => generate({ vendor: "stripe", event: "x", seed: 1 })),
      unknownEvent: thrown(() => generate({ vendor: "gymos", event: "Nope", seed: 1 })),
      unsafeSeed: thrown(() => generate({ vendor: "gymos", event: "Session Booked", seed: 2 ** 53 })),
      negativeSeed: thrown(() => generate({ vendor: "gymos", event: "Session Booked", seed: -1n })),
      fractionSeed: thrown(() => generate({ vendor: "gymos", event: "Session Booked", seed: 1.5 })),
      format: thrown(() => generate({ vendor: "gymos", event: "Session Booked", seed: 1, format: "xml" })),
      edge: thrown(() => generate({ vendor: "gymos", event: "Session Booked", seed: 1, edge: "yes" })),
    },
  };
}

module.exports = { scenario };
