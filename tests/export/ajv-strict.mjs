// Loads each of gymhook's exported JSON Schemas as a user would: ajv (draft 2020-12) with its default
// options, strict mode on, no plugin, and the one line the schema's `$comment` gives, run as written.
// For tests/it/export_agreement.rs.
//
// Usage: node tests/export/ajv-strict.mjs SCHEMA_DIR
// Prints {"schemas": [{"file", "line", "without": error message or null, "compiled": bool, "logged": [messages]}]}.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import { documentedLine } from "./ajv-line.mjs";

const [schemaDir] = process.argv.slice(2);
if (!schemaDir) {
  console.error("usage: node tests/export/ajv-strict.mjs SCHEMA_DIR");
  process.exit(2);
}

/** Default options but a logger that keeps what ajv would print (strict mode's warnings included). */
function ajvWithDefaults(logged) {
  const keep = (...args) => logged.push(args.join(" "));
  return new Ajv2020({ logger: { log: keep, warn: keep, error: keep } });
}

const schemas = readdirSync(schemaDir)
  .filter((f) => f.endsWith(".schema.json"))
  .map((file) => {
    const schema = JSON.parse(readFileSync(join(schemaDir, file), "utf8"));
    const logged = [];
    let without = null;
    try {
      ajvWithDefaults([]).compile(schema);
    } catch (error) {
      without = error.message;
    }
    const line = documentedLine(schema);
    const ajv = ajvWithDefaults(logged);
    new Function("ajv", line)(ajv);
    const compiled = typeof ajv.compile(schema) === "function";
    return { file, line, without, compiled, logged };
  });
process.stdout.write(JSON.stringify({ schemas }));
