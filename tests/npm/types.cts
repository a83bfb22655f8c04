// The package's types under `tsc --strict` from CommonJS (`import … = require`), the same calls as types.mts.
import gymhook = require("gymhook");

const options: gymhook.GenerateOptions = { vendor: "gymos", event: "Session Booked", seed: 7n, edge: false };
const body: string = gymhook.generate(options);
const result: gymhook.CheckResult = gymhook.check(body);
const errors: gymhook.Diagnostic[] = result.diagnostics.filter((d) => d.severity === "error");
const vendor: gymhook.Vendor | "unknown" = result.vendor;
const kinds: gymhook.DiagnosticKind[] = result.diagnostics.map((d) => d.kind);
const first: gymhook.Delivery | undefined = result.deliveries[0];
const line: number | null = first === undefined ? null : first.line;
const signature: gymhook.SignatureResult = gymhook.verifyPerfectGymSignature("req-1", "x", "s3cret", body);
const why: string | undefined = signature.diagnosis?.message;

export function refused(): void {
  // @ts-expect-error: not a vendor gymhook knows
  gymhook.generate({ vendor: "stripe", event: "x", seed: 1 });
  // @ts-expect-error: the body is optional, but text
  gymhook.verifyPerfectGymSignature("a", "b", "c", 1);
}

console.log(JSON.stringify({ module: "cjs", errors: errors.length, vendor, kinds, line, valid: signature.valid, why, limit: gymhook.MAX_INPUT_BYTES }));
