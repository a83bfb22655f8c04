// Perfect Gym signature test vectors for a Node receiver (node:test, Node 18+): every vector's raw
// request goes through your verify function; valid ones must pass, invalid ones must fail.
// Run: node --test verify.test.mjs   (next to perfectgym.vectors.json and the module exporting
// isValidPgmSignature(requestId, signature, secret); VERIFY_MODULE and PGM_VECTORS override the paths).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';

const here = (name) => resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, name);
const vectorsPath = process.env.PGM_VECTORS ?? here('perfectgym.vectors.json');
const { isValidPgmSignature } = await import(pathToFileURL(process.env.VERIFY_MODULE ?? here('verify.mjs')).href);
const { vectors } = JSON.parse(readFileSync(vectorsPath, 'utf8'));

/** Header values by lower-cased name, from the raw request's head (CRLF lines before the blank line). */
function headers(request) {
  const head = request.slice(0, request.indexOf('\r\n\r\n'));
  const out = {};
  for (const line of head.split('\r\n').slice(1)) {
    const colon = line.indexOf(':');
    if (colon > 0) out[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
  }
  return out;
}

for (const vector of vectors) {
  test(`${vector.name}: ${vector.valid ? 'accepted' : 'refused'}`, () => {
    const h = headers(vector.request);
    const verdict = isValidPgmSignature(h['x-perfectgym-request'] ?? '', h['x-perfectgym-signature'] ?? '', vector.secret);
    assert.equal(verdict, vector.valid, vector.reason);
  });
}
