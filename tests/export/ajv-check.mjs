// Validates payloads against gymhook's exported JSON Schemas with ajv (draft 2020-12), for the
// agreement test in tests/export_agreement.rs.
// Usage: node tests/export/ajv-check.mjs SCHEMA_DIR CASES_FILE
//   CASES_FILE: a JSON array of {"id": n, "schema": "perfectgym.schema.json", "payload": <any JSON>}.
// Prints one JSON array of {"id": n, "valid": bool, "errors": [ajv's messages]} on stdout.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { documentedLine } from "./ajv-line.mjs";

const [schemaDir, casesFile] = process.argv.slice(2);
if (!schemaDir || !casesFile) {
  console.error("usage: node tests/export/ajv-check.mjs SCHEMA_DIR CASES_FILE");
  process.exit(2);
}

// Each schema loaded as its `$comment` tells a user to: ajv's default options (strict mode on, which also
// catches a misspelt keyword in the generator), no plugin, and the one documented line run as written.
// `allErrors` only lists every error instead of the first.
const schemas = new Map();
for (const file of readdirSync(schemaDir).filter((f) => f.endsWith(".schema.json"))) {
  const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
  const ajv = new Ajv2020({ allErrors: true });
  new Function("ajv", documentedLine(schema))(ajv);
  schemas.set(file, ajv.compile(schema));
}

const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const results = cases.map(({ id, schema, payload }) => {
  const validate = schemas.get(schema);
  if (!validate) return { id, valid: false, errors: [`no schema ${schema} in ${schemaDir}`] };
  const valid = validate(payload);
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
  return { id, valid, errors };
});
process.stdout.write(JSON.stringify(results));
