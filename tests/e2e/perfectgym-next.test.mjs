// PerfectGym Next / Magicline end to end: a raw delivery detected and explained (its entity id's meaning, its
// timestamp as a date), the key compared in the signature panel, the reference's permalinks, the generator and
// the customer-lifecycle scenario.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openApp, paste, analysisAttrs, diagnostics } from './harness.mjs';

const KEY = '45d71d45-79e0-4b13-af86-c914f59750fa';
const BODY = '{"entityId": 48211093, "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f", '
  + '"payload": [{"timestamp": 1642779144176, "type": "CUSTOMER_CHECKIN"}]}';
const REQUEST = ['POST /hooks HTTP/1.1', 'Host: receiver.example.com', 'Content-Type: application/json',
  `x-api-key: ${KEY}`, '', BODY].join('\r\n');

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

test('a delivery is detected by its body, its entity id explained and its timestamp read as a date', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, REQUEST);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'perfectgym-next');
  const attrs = await analysisAttrs(page);
  assert.deepEqual([attrs.vendor, attrs.event, attrs.knownEvent, attrs.errors, attrs.warnings],
    ['perfectgym-next', 'CUSTOMER_CHECKIN', 'true', 0, 0]);
  assert.match(await page.getByTestId('vendor-identity').innerText(), /does not say which of the two sent it/);
  const entityRow = page.locator('tr[data-path="entityId"]');
  assert.match(await entityRow.innerText(), /customerId\s+48211093/);
  const stamp = page.locator('tr[data-path="payload[0].timestamp"]');
  assert.match(await stamp.innerText(), /2022-01-21T15:32:24\.176Z in UTC/);
  assert.match(await stamp.innerText(), /documented for Magicline only/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a timestamp in seconds is a warning at its path', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, BODY.replace('1642779144176', '1642779144'));
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.warnings === '1');
  const [warning] = (await diagnostics(page)).filter((d) => d.severity === 'warning');
  assert.equal(warning.kind, 'epoch-seconds');
  assert.equal(warning.path, 'payload[0].timestamp');
  await page.close();
});

test('the signature panel says there is no signature and compares the typed key', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, REQUEST);
  const panel = page.getByTestId('key-panel');
  await panel.waitFor();
  assert.match(await page.getByTestId('key-scheme').innerText(), /signs nothing\. It sends the same key in the x-api-key header/);
  assert.equal(await page.getByTestId('key-received-input').inputValue(), KEY);
  const verdict = page.getByTestId('key-verdict');
  assert.equal(await verdict.getAttribute('data-verdict'), 'incomplete');
  await page.getByTestId('secret-input').pressSequentially(KEY);
  await page.locator('[data-testid="key-verdict"][data-verdict="valid"]').waitFor({ timeout: 2000 });
  await page.getByTestId('secret-input').press('Backspace');
  await page.locator('[data-testid="key-verdict"][data-verdict="invalid"]').waitFor({ timeout: 2000 });
  // The receiver code checks the key by its declared header, in constant time.
  const code = await page.getByTestId('signature-snippet').innerText();
  assert.match(code, /timingSafeEqual/);
  assert.match(code, /x-api-key/);
  // The typed key is masked while hidden (the received one is the paste's own).
  assert.match(code, /const expected = '•+';/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the reference has a section with a permalink per event', async () => {
  const page = await browser.context.newPage();
  await page.goto(`${server.url}#/reference/perfectgym-next/event/CUSTOMER_CHECKIN`);
  const entry = page.locator('[data-testid="reference-entry"][data-anchor="perfectgym-next/event/CUSTOMER_CHECKIN"]');
  await entry.waitFor();
  assert.match(await entry.innerText(), /entityId is the customerId/);
  const anchors = await page.getByTestId('reference-entry').evaluateAll((els) => els.map((el) => el.dataset.anchor));
  assert.equal(anchors.filter((a) => a.startsWith('perfectgym-next/event/')).length, 44);
  await page.close();
});

test('the generator offers every event and writes raw requests with the example key', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const options = await page.locator('[data-testid="generate-event"] option').evaluateAll(
    (els) => els.map((el) => el.value).filter((v) => v.startsWith('perfectgym-next:')));
  assert.equal(options.length, 44);
  await page.getByTestId('generate-event').selectOption('perfectgym-next:CUSTOMER_CHECKIN');
  await page.getByTestId('generator-format').selectOption('http');
  const generator = page.getByTestId('generator');
  await page.waitForFunction((key) => document.querySelector('[data-testid="generator"]')?.innerText.includes(`x-api-key: ${key}`), KEY);
  assert.match(await generator.innerText(), /the documents' own example key/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the customer-lifecycle scenario carries the typed key, opens in the batch view and offers the key commands', async () => {
  // Not the documents' example key, which the generator writes when none is typed.
  const typed = 'studio-7-webhook-key';
  const { page, errors } = await openApp(browser.context, server.url);
  await page.getByTestId('secret-input').fill(typed);
  await page.getByTestId('scenario-name').selectOption('customer-lifecycle');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="scenario-deliveries"] li').length === 4);
  const events = await page.getByTestId('scenario-deliveries').locator('li').evaluateAll((els) => els.map((el) => el.dataset.event));
  assert.deepEqual(events, ['CUSTOMER_CREATED', 'CONTRACT_CREATED', 'CUSTOMER_CHECKIN', 'CUSTOMER_CHECKOUT']);
  // The receiver URL typed above (here the page's default) goes into the command too.
  assert.match(await page.getByTestId('scenario-command').innerText(),
    /^gymhook scenario customer-lifecycle --vendor perfectgym-next --seed 2025 --format ndjson .*--api-key "\$WEBHOOK_API_KEY"$/);
  assert.match(await page.getByTestId('probe-command').innerText(), /--vendor perfectgym-next --api-key "\$WEBHOOK_API_KEY"$/);
  assert.ok(!(await page.getByTestId('scenarios').innerText()).includes(typed), 'the key is never shown');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenario-download').click()]);
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
  const bodies = lines.map((l) => JSON.parse(l.body));
  assert.deepEqual(lines.map((l) => l.headers['x-api-key']), Array(4).fill(typed));
  assert.equal(new Set(bodies.map((b) => b.entityId)).size, 1, 'one customer throughout');
  assert.equal(new Set(bodies.map((b) => b.uuid)).size, 4, 'a uuid per event');
  await page.getByTestId('scenario-open').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 4);
  const rows = await page.getByTestId('batch-row').evaluateAll((els) => els.map((el) => ({
    vendor: el.dataset.vendor, errors: el.dataset.errors, signature: el.dataset.signature,
  })));
  assert.deepEqual(rows.map((r) => [r.vendor, r.errors, r.signature]),
    Array(4).fill(['perfectgym-next', '0', 'valid']));
  assert.deepEqual(errors, []);
  await page.close();
});
