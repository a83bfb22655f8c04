// The signature panel end to end: paste a raw Perfect Gym request, type the secret, read the verdict hooks.
// Expected signatures are computed here with node:crypto, independently of the app's Rust MD5.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { serveDist, launch, openApp, paste } from './harness.mjs';

const REQUEST_ID = '7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01';
const SECRET = 'whsec-e2e-Pr1vate!';
const md5 = (text) => createHash('md5').update(text, 'utf8').digest('hex');
const GOOD = md5(`${REQUEST_ID}:${SECRET}`);
const SWAPPED = md5(`${SECRET}:${REQUEST_ID}`);
const BODY = '{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{"valueLong":12345678}}';
const request = (signature) => [
  'POST /webhooks/pgm HTTP/1.1',
  'Host: receiver.example.com',
  'Content-Type: application/json',
  `X-PerfectGym-Request: ${REQUEST_ID}`,
  `X-PerfectGym-Signature: ${signature}`,
  '',
  BODY,
].join('\r\n');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits (bounded) for the verdict to reach `verdict`, then returns its hooks and text. */
async function verdictOf(page, verdict) {
  const el = page.locator(`[data-testid="signature-verdict"][data-verdict="${verdict}"]`);
  await el.waitFor({ timeout: 2000 });
  return el.evaluate((node) => ({ verdict: node.dataset.verdict, diagnosis: node.dataset.diagnosis, text: node.innerText }));
}

/** Pastes a request, waits for its headers to fill the inputs, then types the secret key by key. */
async function pasteAndTypeSecret(page, signature) {
  await paste(page, request(signature));
  await page.waitForFunction((id) => document.querySelector('[data-testid="request-id-input"]')?.value === id, REQUEST_ID, { timeout: 2000 });
  await page.getByTestId('secret-input').pressSequentially(SECRET);
}

test('a pasted PGM request fills request id and signature; with the secret it is valid', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, request(GOOD));
  await page.waitForFunction((id) => document.querySelector('[data-testid="request-id-input"]')?.value === id, REQUEST_ID, { timeout: 2000 });
  assert.equal(await page.getByTestId('signature-input').inputValue(), GOOD);
  assert.equal((await verdictOf(page, 'incomplete')).diagnosis, undefined);
  await page.getByTestId('secret-input').pressSequentially(SECRET);
  const v = await verdictOf(page, 'valid');
  assert.equal(v.diagnosis, undefined);
  assert.match(v.text, /✓ Valid/);
  assert.equal(await page.getByTestId('signature-computed').innerText(), GOOD);
  assert.deepEqual(errors, []);
});

test('a signature in upper-case hex is valid', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await pasteAndTypeSecret(page, GOOD.toUpperCase());
  assert.equal(await page.getByTestId('signature-input').inputValue(), GOOD.toUpperCase());
  const v = await verdictOf(page, 'valid');
  assert.match(v.text, /letter case differs/);
  assert.deepEqual(errors, []);
});

test('a signature over secret + ":" + id is diagnosed as swapped order', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await pasteAndTypeSecret(page, SWAPPED);
  const v = await verdictOf(page, 'invalid');
  assert.equal(v.diagnosis, 'swapped-order');
  assert.match(v.text, /wrong order/);
  // Fixing the signature by hand re-checks on the keystroke.
  await page.getByTestId('signature-input').fill(GOOD);
  await verdictOf(page, 'valid');
  assert.deepEqual(errors, []);
});

test('the secret stays out of the URL, storage, requests and the console; it is masked until shown', async () => {
  const { page, errors, requests } = await openApp(browser.context, server.url);
  const logged = [];
  page.on('console', (m) => logged.push(m.text()));
  await pasteAndTypeSecret(page, GOOD);
  await verdictOf(page, 'valid');
  const leaks = await page.evaluate((secret) => {
    const dump = (s) => Object.keys(s).map((k) => `${k}=${s.getItem(k)}`).join('\n');
    return {
      href: location.href.includes(secret),
      local: dump(localStorage).includes(secret),
      session: dump(sessionStorage).includes(secret),
      text: document.body.innerText.includes(secret),
    };
  }, SECRET);
  assert.deepEqual(leaks, { href: false, local: false, session: false, text: false });
  assert.equal(requests.some((url) => url.includes(SECRET)), false);
  assert.equal(logged.some((line) => line.includes(SECRET)), false);
  assert.equal(await page.getByTestId('secret-input').getAttribute('type'), 'password');
  await page.getByRole('button', { name: 'Show' }).click();
  assert.equal(await page.getByTestId('secret-input').getAttribute('type'), 'text');
  assert.match(await page.getByTestId('signature-snippet').innerText(), new RegExp(`'${SECRET}'`));
  assert.deepEqual(errors, []);
});

test('Copy puts the snippet with the real secret in the clipboard', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, errors } = await openApp(browser.context, server.url);
  await pasteAndTypeSecret(page, GOOD);
  await page.getByRole('button', { name: 'Python' }).click();
  await page.getByTestId('signature-copy').click();
  await page.getByRole('button', { name: 'Copied ✓' }).waitFor({ timeout: 2000 });
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /import hashlib/);
  assert.ok(copied.includes(`secret = '${SECRET}'`), copied);
  assert.ok(copied.includes(`request_id = '${REQUEST_ID}'`), copied);
  assert.deepEqual(errors, []);
});

test('a request without a signature header explains why and stays incomplete', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, request(GOOD).replace(/X-PerfectGym-Signature: .*\r\n/, ''));
  await page.waitForFunction((id) => document.querySelector('[data-testid="request-id-input"]')?.value === id, REQUEST_ID, { timeout: 2000 });
  await page.getByTestId('secret-input').fill(SECRET);
  const v = await verdictOf(page, 'incomplete');
  assert.match(v.text, /Not checked yet\s+Signature \(X-PerfectGym-Signature\)/);
  assert.match(await page.locator('.signature').innerText(), /only sends X-PerfectGym-Signature when the webhook has a secret configured/);
  assert.deepEqual(errors, []);
});
