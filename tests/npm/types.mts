// The package's types under `tsc --strict` from an ES module: every export used as a receiver's tests use
// it, and each `@ts-expect-error` a call the types must refuse (tsc fails if one is accepted).
import { check, generate, GymhookError, MAX_INPUT_BYTES, verifyPerfectGymSignature } from "gymhook";
import type {
  CheckResult,
  Delivery,
  Diagnostic,
  DiagnosticKind,
  GenerateOptions,
  SignatureResult,
  Vendor,
} from "gymhook";

const options: GenerateOptions = { vendor: "gymos", event: "Session Booked", seed: 7, format: "json" };
const body: string = generate(options);
const result: CheckResult = check(body);
const errors: Diagnostic[] = result.diagnostics.filter((d) => d.severity === "error");
const vendor: Vendor | "unknown" = result.vendor;
const kinds: DiagnosticKind[] = result.diagnostics.map((d) => d.kind);
const first: Delivery | undefined = result.deliveries[0];
const line: number | null = first === undefined ? null : first.line;
const signature: SignatureResult = verifyPerfectGymSignature("req-1", "x", "s3cret");
const why: string | undefined = signature.diagnosis?.message;
const limit: number = MAX_INPUT_BYTES;
const codeOf = (e: unknown): "ERR_GYMHOOK_ENGINE" | null => (e instanceof GymhookError ? e.code : null);
const code = codeOf(new Error("not the engine's"));

export function refused(): void {
  // @ts-expect-error: not a vendor gymhook knows
  generate({ vendor: "stripe", event: "x", seed: 1 });
  // @ts-expect-error: a format the generator does not write
  generate({ vendor: "gymos", event: "x", seed: 1, format: "xml" });
  // @ts-expect-error: the seed is a number or a bigint
  generate({ vendor: "gymos", event: "x", seed: "7" });
  // @ts-expect-error: check takes text, not bytes
  check(new Uint8Array(0));
  // @ts-expect-error: a severity gymhook never reports
  const severity: Diagnostic["severity"] = "fatal";
  // @ts-expect-error: a kind gymhook never reports
  const kind: DiagnosticKind = "fatal";
  // @ts-expect-error: the vendor may be "unknown"
  const known: Vendor = result.vendor;
  // @ts-expect-error: a delivery's line is null for a HAR entry
  const always: number = result.deliveries[0]!.line;
  void [severity, kind, known, always];
}

console.log(JSON.stringify({ module: "esm", errors: errors.length, vendor, kinds, line, valid: signature.valid, why, limit, code }));
