// Validates gymhook's openapi.json with @readme/openapi-parser (OpenAPI 3.1 schema and its extra rules:
// unique operationIds, component names, ...), for tests/export_openapi.rs.
// Usage: node tests/export/openapi_validate.mjs OPENAPI_FILE
// Prints {"valid": bool, "errors": [text], "warnings": [text], "webhooks": n, "schemas": n} on stdout.
import { readFileSync } from "node:fs";
import { validate, compileErrors } from "@readme/openapi-parser";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node tests/export/openapi_validate.mjs OPENAPI_FILE");
  process.exit(2);
}
const doc = JSON.parse(readFileSync(file, "utf8"));
// The parser dereferences in place: count from a copy of what was written.
const webhooks = Object.keys(doc.webhooks ?? {}).length;
const schemas = Object.keys(doc.components?.schemas ?? {}).length;
const result = await validate(structuredClone(doc));
const text = (list) => (list ?? []).map((e) => e.message ?? String(e));
process.stdout.write(
  JSON.stringify({
    valid: result.valid,
    errors: result.valid ? [] : [compileErrors(result), ...text(result.errors)],
    warnings: text(result.warnings),
    webhooks,
    schemas,
  }),
);
