// The example generator end to end: pick an event, open it in the explorer, reproduce it from its seed,
// sign Perfect Gym requests with the secret from the signature panel, download the JSON.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openApp, analysisAttrs } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const output = (page) => page.getByTestId('generated-output').evaluate((el) => el.textContent);

/** Picks an event (by option value) and an output format, then returns the output text. */
async function generateEvent(page, key, format = 'json') {
  await page.getByTestId('generate-event').selectOption(key);
  await page.getByTestId('generator-format').selectOption(format);
  return output(page);
}

/** Opens the generated request in the explorer and waits (bounded) for its analysis. */
async function openInExplorer(page, vendor) {
  // "Open in explorer" opens what the output shows: the raw request is the HTTP output.
  await page.getByTestId('generator-format').selectOption('http');
  await page.getByTestId('generator-open').click();
  await page.waitForFunction((v) => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === v, vendor, { timeout: 2000 });
  return analysisAttrs(page);
}

for (const [key, vendor, event] of [
  ['perfectgym:ClassesBooked', 'perfectgym', 'ClassesBooked'],
  ['gymos:Session Booked', 'gymos', 'Session Booked'],
  ['gymos:Lead appointment cancelled', 'gymos', 'Lead appointment cancelled'],
]) {
  test(`${key}: generated, then opened in the explorer with no errors`, async () => {
    const { page, errors } = await openApp(browser.context, server.url);
    const json = await generateEvent(page, key);
    assert.equal(JSON.parse(json)[vendor === 'gymos' ? 'eventType' : 'event'], event);
    const a = await openInExplorer(page, vendor);
    assert.deepEqual([a.vendor, a.event, a.knownEvent, a.errors, a.warnings], [vendor, event, 'true', 0, 0]);
    // The explorer received the raw request, headers included.
    const pasted = await page.getByTestId('payload-input').inputValue();
    assert.match(pasted, /^POST \/webhooks\/(perfectgym|gymos) HTTP\/1\.1/);
    assert.deepEqual(errors, []);
  });
}

test('a payload object GymOS names no event for says so, and still analyses without errors', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const json = await generateEvent(page, 'gymos:object:weighIn');
  assert.equal(JSON.parse(json).eventType, '(placeholder) weighIn');
  assert.match(await page.getByTestId('generator').innerText(), /GymOS publishes no event name/);
  const a = await openInExplorer(page, 'gymos');
  assert.deepEqual([a.event, a.knownEvent, a.errors], ['(placeholder) weighIn', 'false', 0]);
  assert.deepEqual(errors, []);
});

test('edge cases stay free of errors in the explorer', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.getByTestId('generator-edge').check();
  const json = await generateEvent(page, 'gymos:Session Booked');
  assert.match(json, /\\u002B44/);
  assert.match(json, /Zoë Łukasiewicz-Nuñez/);
  const a = await openInExplorer(page, 'gymos');
  assert.equal(a.errors, 0);
  assert.ok(a.warnings > 0, 'edge cases earn warnings such as "" for null datetimes');
  assert.deepEqual(errors, []);
});

test('a seed gives the same output after a reload, and "New seed" changes it', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const pick = async () => {
    await page.getByTestId('generator-seed').fill('987654321');
    return generateEvent(page, 'gymos:Membership added', 'curl');
  };
  const first = await pick();
  assert.match(first, /^curl -X POST 'https:\/\/receiver\.example\.com\/webhooks\/gymos'/);
  await page.reload();
  await page.getByTestId('payload-input').waitFor();
  assert.equal(await pick(), first);
  await page.getByTestId('generator-new-seed').click();
  assert.notEqual(await page.getByTestId('generator-seed').inputValue(), '987654321');
  assert.notEqual(await output(page), first);
  // An invalid seed is explained and the last valid one stays in use.
  const before = await output(page);
  await page.getByTestId('generator-seed').fill('12x');
  assert.match(await page.getByTestId('generator').innerText(), /Not a seed/);
  assert.equal(await output(page), before);
  assert.deepEqual(errors, []);
});

test('Perfect Gym requests carry the signature for the secret typed in the signature panel', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const secret = "it's a $ecret";
  await page.getByTestId('secret-input').fill(secret);
  const request = await generateEvent(page, 'perfectgym:ContractCreated', 'http');
  const id = request.match(/\r\nX-PerfectGym-Request: ([^\r\n]+)/)?.[1];
  assert.ok(id, request);
  const expected = createHash('md5').update(`${id}:${secret}`).digest('hex');
  assert.match(request, new RegExp(`\\r\\nX-PerfectGym-Signature: ${expected}\\r\\n`));
  const curl = await generateEvent(page, 'perfectgym:ContractCreated', 'curl');
  assert.ok(curl.includes(`-H 'X-PerfectGym-Signature: ${expected}'`), curl);
  assert.deepEqual(errors, []);
});

test('without a secret the request is unsigned and the page says why', async () => {
  const { page } = await openApp(browser.context, server.url);
  const request = await generateEvent(page, 'perfectgym:Test', 'http');
  assert.match(request, /\r\nX-PerfectGym-Request: /);
  assert.doesNotMatch(request, /X-PerfectGym-Signature/);
  const body = request.split('\r\n\r\n')[1];
  assert.match(request, new RegExp(`\\r\\nContent-Length: ${Buffer.byteLength(body)}\\r\\n`));
  assert.match(await page.getByTestId('generator').innerText(), /only signs requests when the webhook has a secret/);
});

test('"Download .json" saves exactly the JSON body', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const json = await generateEvent(page, 'gymos:object:credit');
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 5000 }),
    page.getByTestId('generator-download').click(),
  ]);
  assert.equal(download.suggestedFilename(), 'gymos-credit-seed-2025.json');
  assert.equal(await readFile(await download.path(), 'utf8'), json);
  assert.deepEqual(errors, []);
});

test('Copy puts the output in the clipboard and says so; a new output clears what was said', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const { page, errors } = await openApp(browser.context, server.url);
  const curl = await generateEvent(page, 'perfectgym:ClassesBooked', 'curl');
  const status = page.locator('.gen-actions .gen-status').first();
  await page.getByTestId('generator-copy').click();
  await page.waitForFunction(() => document.querySelector('.gen-actions .gen-status').textContent === 'Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), curl);
  await page.getByTestId('generator-new-seed').click();
  await page.waitForFunction(() => document.querySelector('.gen-actions .gen-status').textContent === '');
  assert.equal(await status.textContent(), '');
  assert.deepEqual(errors, []);
});
