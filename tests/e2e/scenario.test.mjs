// Scenarios in the page: pick one, add retries and shuffle, download NDJSON whose every delivery is signed with
// the secret from the signature panel, open it in the batch view, copy the command; the probe command and the
// test vectors are offered, and the page itself sends nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SECRET = "it's a $ecret";
const md5 = (text) => createHash('md5').update(text).digest('hex');

async function deliveries(page) {
  return page.getByTestId('scenario-deliveries').locator('li').evaluateAll((els) => els.map((el) => ({
    step: Number(el.dataset.step), attempt: Number(el.dataset.attempt), event: el.dataset.event, id: el.dataset.requestId,
  })));
}

/** A waitlist with one retry each, shuffled, signed with the secret typed in the signature panel. */
async function waitlist(page) {
  await page.getByTestId('secret-input').fill(SECRET);
  await page.getByTestId('scenario-name').selectOption('class-waitlist');
  await page.getByTestId('scenario-retries').fill('1');
  await page.getByTestId('scenario-retries').press('Tab');
  await page.getByTestId('scenario-shuffle').check();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="scenario-deliveries"] li').length === 6);
}

test('a scenario lists its deliveries: one request id per step, retries repeating it, shuffled', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await waitlist(page);
  const list = await deliveries(page);
  const byStep = new Map();
  for (const d of list) byStep.set(d.step, [...(byStep.get(d.step) ?? []), d]);
  assert.equal(byStep.size, 3);
  for (const attempts of byStep.values()) {
    assert.deepEqual(attempts.map((a) => a.attempt).sort(), [1, 2]);
    assert.equal(attempts[0].id, attempts[1].id, 'a retry repeats the request id');
  }
  assert.equal(new Set(list.map((d) => d.id)).size, 3);
  const steps = list.map((d) => d.step);
  assert.notDeepEqual(steps, [...steps].sort(), 'shuffled');
  assert.deepEqual([...new Set(list.filter((d) => d.attempt === 1).sort((a, b) => a.step - b.step).map((d) => d.event))],
    ['ClassesBookedOnStadbyList', 'ClassesBookingPromotedFromStandbyList', 'ClassesBookingCancelled']);
  assert.equal(await page.getByTestId('scenario-command').innerText(),
    'gymhook scenario class-waitlist --vendor perfectgym --seed 2025 --format ndjson --retries 1 --shuffle --secret "$WEBHOOK_SECRET"');
  const probe = await page.getByTestId('probe-command').innerText();
  assert.equal(probe, `gymhook probe 'http://127.0.0.1:8080/webhooks/perfectgym' --vendor perfectgym --secret "$WEBHOOK_SECRET"`);
  assert.ok(!(await page.getByTestId('scenarios').innerText()).includes(SECRET), 'the secret is never shown');
  assert.deepEqual(errors, []);
});

test('Download saves NDJSON with every delivery signed, and the batch view opens the scenario', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await waitlist(page);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('scenario-download').click()]);
  assert.equal(download.suggestedFilename(), 'perfectgym-class-waitlist-seed-2025-retries-1-shuffled.ndjson');
  const lines = (await readFile(await download.path(), 'utf8')).trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 6);
  for (const line of lines) {
    const id = line.headers['X-PerfectGym-Request'];
    assert.equal(line.headers['X-PerfectGym-Signature'], md5(`${id}:${SECRET}`));
    assert.equal(line.headers['Content-Length'], String(Buffer.byteLength(line.body)));
    assert.equal(JSON.parse(line.body).event, line.event);
  }
  await page.getByTestId('scenario-open').click();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 6);
  const rows = await page.getByTestId('batch-row').evaluateAll((els) => els.map((el) => ({
    vendor: el.dataset.vendor, errors: el.dataset.errors, text: el.innerText,
  })));
  for (const row of rows) {
    assert.equal(row.vendor, 'perfectgym');
    assert.equal(row.errors, '0');
    assert.match(row.text, /\bvalid\b/, 'the typed secret verifies every delivery');
  }
  assert.deepEqual(errors, []);
});

test('the test vectors and the receiver tests are served beside the schemas', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const href = await page.getByTestId('vectors-link').getAttribute('href');
  assert.equal(href, 'schemas/perfectgym.vectors.json');
  const fetched = await page.evaluate(async (paths) => Promise.all(paths.map(async (p) => {
    const r = await fetch(p);
    return { status: r.status, text: await r.text() };
  })), [href, 'schemas/receiver-tests/verify.test.mjs', 'schemas/receiver-tests/test_verify.py',
    'schemas/receiver-tests/verify_test.go', 'schemas/receiver-tests/verify_test.php']);
  assert.deepEqual(fetched.map((f) => f.status), [200, 200, 200, 200, 200]);
  const { vectors } = JSON.parse(fetched[0].text);
  assert.ok(vectors.filter((v) => !v.valid).length >= 10);
  assert.ok(vectors.every((v) => typeof v.request === 'string' && typeof v.secret === 'string' && v.reason));
  assert.deepEqual(errors, []);
});

test('Copy beside the scenario and probe commands puts the command in the clipboard and says so', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const { page, errors } = await openApp(browser.context, server.url);
  await waitlist(page);
  // Each has its own status line: the scenario's beside its buttons, the probe's below the test kit.
  for (const [button, command, status] of [
    ['scenario-copy', 'scenario-command', '[data-testid="scenarios"] .gen-actions .gen-status'],
    ['probe-copy', 'probe-command', '[data-testid="scenarios"] > .gen-status'],
  ]) {
    await page.getByTestId(button).click();
    await page.waitForFunction((s) => document.querySelector(s)?.textContent === 'Copied.', status);
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await page.getByTestId(command).innerText());
  }
  assert.deepEqual(errors, []);
});
