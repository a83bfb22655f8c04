// Parses gymhook's asyncapi.json with @asyncapi/parser (AsyncAPI 3.0 schema, its Spectral rules and the
// payload schemas in their schema format), for tests/export_openapi.rs.
// Usage: node tests/export/asyncapi_validate.mjs ASYNCAPI_FILE
// Prints {"errors": [text], "warnings": n, "channels": n, "operations": n, "messages": [name],
// "payloads": n} on stdout; `messages` and `payloads` come from the parsed model, so they prove the
// references resolve.
import { readFileSync } from "node:fs";
import { Parser, DiagnosticSeverity } from "@asyncapi/parser";

const [file] = process.argv.slice(2);
if (!file) {
  console.error("usage: node tests/export/asyncapi_validate.mjs ASYNCAPI_FILE");
  process.exit(2);
}
const text = readFileSync(file, "utf8");
// One parse: it validates (schema, rules, payload schemas) and returns the diagnostics with the model.
const { document, diagnostics } = await new Parser().parse(text);
const describe = (d) => `${d.code} at ${(d.path ?? []).join("/")}: ${d.message}`;
const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map(describe);
const messages = document ? document.allMessages().all() : [];
process.stdout.write(
  JSON.stringify({
    errors,
    warnings: diagnostics.filter((d) => d.severity === DiagnosticSeverity.Warning).map(describe),
    channels: document ? document.channels().length : 0,
    operations: document ? document.operations().length : 0,
    messages: messages.map((m) => m.name() ?? m.id()),
    payloads: messages.filter((m) => m.hasPayload()).length,
  }),
);
