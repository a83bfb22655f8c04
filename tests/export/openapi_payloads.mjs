// Validates payloads against the component schemas of gymhook's openapi.json (ajv, JSON Schema 2020-12,
// its jsonSchemaDialect) or asyncapi.json (ajv, draft-07: AsyncAPI's default schema format), resolving
// the documents' own `#/components/schemas/...` references, for tests/export_openapi.rs.
// Usage: node tests/export/openapi_payloads.mjs DOCUMENT CASES_FILE
//   CASES_FILE: a JSON array of {"id": n, "schema": "GymOs.GymOsWebhook", "payload": <any JSON>}.
// Prints one JSON array of {"id": n, "valid": bool, "errors": [ajv's messages]} on stdout.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import Ajv07 from "ajv";
import addFormats from "ajv-formats";
import { annotationKeywords } from "./annotations.mjs";

const [docFile, casesFile] = process.argv.slice(2);
if (!docFile || !casesFile) {
  console.error("usage: node tests/export/openapi_payloads.mjs DOCUMENT CASES_FILE");
  process.exit(2);
}
const doc = JSON.parse(readFileSync(docFile, "utf8"));
const Ajv = doc.openapi ? Ajv2020 : Ajv07;
// Strict, as tests/export/ajv-check.mjs: annotation keywords are declared, anything else misspelt fails.
const ajv = new Ajv({ allErrors: true, allowUnionTypes: true, strictRequired: false });
addFormats(ajv);
ajv.addVocabulary([...annotationKeywords(doc.components.schemas)]);
// The document itself, reduced to its schemas, so `#/components/schemas/X` resolves where it points.
ajv.addKeyword("components");
const base = "https://gymhook.invalid/document.json";
ajv.addSchema({ $id: base, components: { schemas: doc.components.schemas } });
const compiled = new Map();
const validator = (name) => {
  if (!compiled.has(name)) {
    if (!doc.components.schemas[name]) return null;
    compiled.set(name, ajv.compile({ $ref: `${base}#/components/schemas/${name}` }));
  }
  return compiled.get(name);
};

const cases = JSON.parse(readFileSync(casesFile, "utf8"));
const results = cases.map(({ id, schema, payload }) => {
  const validate = validator(schema);
  if (!validate) return { id, valid: false, errors: [`no component schema ${schema} in ${docFile}`] };
  const valid = validate(payload);
  const errors = valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}`);
  return { id, valid, errors };
});
process.stdout.write(JSON.stringify(results));
