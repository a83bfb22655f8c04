// Real input (issue #12): a log of many deliveries becomes a batch view with filters, two of them compare; a HAR file can be
// dropped on the paste area; a new paste resets the signature fields taken from the previous one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, paste } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PGM = (event, id) => JSON.stringify({ event, triggeredDate: '2020-06-01T14:44:46Z', data: { userId: id } });
const GYMOS = (eventType) => JSON.stringify({ eventType, eventTimestampUtc: '2025-11-25T13:42:01Z', payload: {} });
const LOG = [
  `2025-11-25T13:42:01Z INFO webhook ${PGM('UserModified', 7)}`,
  'a line that is not a delivery',
  `[worker-2] ${GYMOS('Session Booked')}`,
  PGM('ClassesBooked', 'not-an-id'),
  GYMOS('Membership added'),
  PGM('UserModified', 8),
].join('\n');

async function rows(page) {
  return page.getByTestId('batch-row').evaluateAll((els) => els.map((el) => ({
    vendor: el.dataset.vendor, event: el.dataset.event, errors: Number(el.dataset.errors),
  })));
}

test('a JSON Lines log of mixed deliveries lists one row each, with filters and counts', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, LOG);
  await page.waitForFunction(() => document.querySelector('[data-testid="batch"]')?.dataset.count === '5'
    && document.querySelectorAll('[data-testid="batch-row"]').length === 5);
  assert.deepEqual(await rows(page), [
    { vendor: 'perfectgym', event: 'UserModified', errors: 0 },
    { vendor: 'gymos', event: 'Session Booked', errors: 0 },
    { vendor: 'perfectgym', event: 'ClassesBooked', errors: 1 },
    { vendor: 'gymos', event: 'Membership added', errors: 0 },
    { vendor: 'perfectgym', event: 'UserModified', errors: 0 },
  ]);
  assert.match(await page.locator('.batch-counts').innerText(), /UserModified × 2/);
  await page.getByTestId('batch-vendor').selectOption('gymos');
  assert.deepEqual((await rows(page)).map((r) => r.event), ['Session Booked', 'Membership added']);
  await page.getByTestId('batch-vendor').selectOption('');
  await page.getByTestId('batch-event').selectOption('UserModified');
  assert.equal((await rows(page)).length, 2);
  await page.getByTestId('batch-event').selectOption('');
  await page.getByTestId('batch-errors-only').check();
  assert.deepEqual((await rows(page)).map((r) => r.event), ['ClassesBooked']);

  // Two ticked rows are compared field by field: the changed field is named.
  await page.getByTestId('batch-errors-only').uncheck();
  await page.getByTestId('batch-compare').nth(0).check();
  await page.getByTestId('batch-compare').nth(4).check();
  await page.getByTestId('diff').waitFor();
  const changes = await page.getByTestId('diff-change').evaluateAll((els) => els.map((el) => `${el.dataset.change} ${el.dataset.path}`));
  assert.deepEqual(changes, ['changed data.userId']);
  assert.match(await page.getByTestId('diff').innerText(), /#1 → #5[\s\S]*7 → 8/);
  await page.getByTestId('batch-errors-only').check();

  // A click opens that delivery in the explorer with its exact text; the batch is one click away.
  await page.getByTestId('batch-row').first().getByRole('button').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.event === 'ClassesBooked');
  assert.equal(await page.getByTestId('payload-input').inputValue(), PGM('ClassesBooked', 'not-an-id'));
  await page.getByTestId('batch-back').click();
  await page.getByTestId('batch').waitFor();
  assert.equal(await page.getByTestId('payload-input').inputValue(), LOG);
  assert.deepEqual(errors, []);
});

test('dropping a .har file on the paste area lists its POST requests', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const har = JSON.stringify({ log: { version: '1.2', entries: [
    { request: { method: 'GET', url: 'https://app.example.com/', headers: [] } },
    { request: { method: 'POST', url: 'https://r.example.com/hooks', headers: [{ name: 'X-PerfectGym-Request', value: 'r-1' }],
      postData: { mimeType: 'application/json', text: PGM('UserModified', 1) } } },
    { request: { method: 'POST', url: 'https://r.example.com/gymos', headers: [],
      postData: { mimeType: 'application/json', text: GYMOS('Session Booked') } } },
  ] } });
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'deliveries.har', { type: 'application/json' }));
    const target = document.querySelector('[data-testid="payload-input"]');
    target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }));
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, har);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 2);
  assert.deepEqual((await rows(page)).map((r) => r.vendor), ['perfectgym', 'gymos']);
  assert.match(await page.locator('.batch-summary').innerText(), /2 deliveries from a HAR file's POST requests/);
  assert.deepEqual(errors, []);
});

test('a new paste resets the request id and signature taken from the previous one', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, `POST /h HTTP/1.1\nX-PerfectGym-Request: r-1\nX-PerfectGym-Signature: 0123\n\n${PGM('UserModified', 7)}`);
  await page.waitForFunction(() => document.querySelector('[data-testid="request-id-input"]').value === 'r-1');
  await paste(page, GYMOS('Session Booked'));
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos');
  assert.equal(await page.getByTestId('request-id-input').inputValue(), '');
  assert.equal(await page.getByTestId('signature-input').inputValue(), '');
  await page.getByTestId('request-id-input').fill('typed by hand');
  await paste(page, PGM('UserModified', 9));
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'perfectgym');
  assert.equal(await page.getByTestId('request-id-input').inputValue(), 'typed by hand');
  assert.deepEqual(errors, []);
});

test('a double-encoded body is explained and one click opens the JSON inside', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, JSON.stringify(PGM('UserModified', 7)));
  await page.getByTestId('unwrap-offer').waitFor();
  assert.match(await page.getByTestId('unwrap-offer').innerText(), /JSON string that holds JSON/);
  await page.getByTestId('unwrap-button').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.event === 'UserModified');
  assert.equal(await page.getByTestId('payload-input').inputValue(), PGM('UserModified', 7));
  assert.equal(await page.getByTestId('unwrap-offer').count(), 0);
  assert.deepEqual(errors, []);
});
