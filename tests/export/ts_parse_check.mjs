// Runs the runtime helpers of gymhook's TypeScript exports, compiled to JavaScript by tsc, over the corpus,
// for tests/export_typescript.rs.
//
// Usage: node tests/export/ts_parse_check.mjs JS_DIR CASES_FILE
//   CASES_FILE: {"vendors": {slug: {"module", "parse", "eventName", "eventOf", "pointer", "data"}},
//                "cases": [{"label", "vendor", "text", "event": name | null, "exact": [[pointer, digits]]}]}
//   `event` is the declared event the explorer matched; `exact` lists each int64 past 2^53 in the text.
//   "illTyped": [{"label", "vendor", "text"}]: bodies with JSON-type errors, which the parse helpers must return
//   as JSON.parse reads them (they cast; they do not validate).
//   `pointer` is the JSON pointer of the event's name; `data` the one of the event-data member where each
//   event has its own layout (`{name, data}` from the `eventOf` helper), or null where events share one
//   (`{name, body}`).
// Prints {"bodies", "exactIds", "failures": [messages]} as JSON on stdout.

import { readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { isDeepStrictEqual } from "node:util";

const [dir, casesFile] = process.argv.slice(2);
if (!dir || !casesFile) {
  console.error("usage: node ts_parse_check.mjs JS_DIR CASES_FILE");
  process.exit(2);
}
const { vendors, cases, illTyped } = JSON.parse(readFileSync(casesFile, "utf8"));
const helpers = {};
for (const [slug, names] of Object.entries(vendors)) {
  const module = await import(pathToFileURL(path.join(dir, names.module)).href);
  helpers[slug] = {
    parse: module[names.parse],
    eventName: module[names.eventName],
    eventOf: module[names.eventOf],
    pointer: names.pointer,
    data: names.data,
  };
  if ([names.parse, names.eventName, names.eventOf].some((name) => typeof module[name] !== "function")) {
    console.error(`${names.module} lacks ${names.parse}, ${names.eventName} or ${names.eventOf}`);
    process.exit(2);
  }
}

/** The value at a JSON pointer (RFC 6901), or undefined. */
function at(value, pointer) {
  for (const raw of pointer.split("/").slice(1)) {
    const key = raw.replaceAll("~1", "/").replaceAll("~0", "~");
    if (value === null || typeof value !== "object" || !(key in value)) {
      return undefined;
    }
    value = value[key];
  }
  return value;
}

const failures = [];
let exactIds = 0;
for (const c of cases) {
  const { parse, eventName, eventOf, pointer, data } = helpers[c.vendor];
  let body;
  try {
    body = parse(c.text);
  } catch (error) {
    failures.push(`${c.label}: the parse helper threw ${error}`);
    continue;
  }
  const event = eventName(at(body, pointer)) ?? null;
  if (event !== c.event) {
    failures.push(`${c.label}: event ${JSON.stringify(event)}, the explorer matched ${JSON.stringify(c.event)}`);
  }
  // The narrowing helper: the same name, with the body (shared layout) or its data (per-event layouts).
  const of = eventOf(body);
  const carried = data === null ? of.body === body : of.data === at(body, data);
  if ((of.name ?? null) !== c.event || !carried) {
    failures.push(`${c.label}: ${eventOf.name} gave ${JSON.stringify(of.name)} without the body's own value`);
  }
  for (const [pointer, digits] of c.exact) {
    const value = at(body, pointer);
    if (value === digits) {
      exactIds += 1;
    } else {
      failures.push(`${c.label}: ${pointer} is ${JSON.stringify(value)} (${typeof value}), expected the text ${digits}`);
    }
  }
  // Without large ids the helper must read exactly what JSON.parse reads: the tokenizer changes nothing else.
  if (c.exact.length === 0 && !isDeepStrictEqual(body, JSON.parse(c.text))) {
    failures.push(`${c.label}: the parse helper and JSON.parse disagree`);
  }
}
for (const c of illTyped) {
  try {
    if (!isDeepStrictEqual(helpers[c.vendor].parse(c.text), JSON.parse(c.text))) {
      failures.push(`${c.label}: the parse helper changed an ill-typed body`);
    }
  } catch (error) {
    failures.push(`${c.label}: the parse helper threw ${error} on an ill-typed body: it is meant to cast, not validate`);
  }
}
console.log(JSON.stringify({ bodies: cases.length, illTyped: illTyped.length, exactIds, failures }));
