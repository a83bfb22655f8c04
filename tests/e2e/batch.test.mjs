// Real input: a log of many deliveries becomes a batch view with filters, two of them compare; a HAR file can be
// dropped on the paste area; a new paste resets the signature fields taken from the previous one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
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

/** The audit's attributes of every row shown: request id, signature verdict, attempt. */
async function audit(page) {
  return page.getByTestId('batch-row').evaluateAll((els) => els.map((el) =>
    `${el.dataset.requestId}|${el.dataset.signature}|${el.dataset.attempt}`));
}

const SECRET = 'wh-secret-2025';
const md5 = (text) => createHash('md5').update(text).digest('hex');
/** A raw Perfect Gym request, compact as the vendor sends it, signed with `secret`. */
const signed = (id, body, secret = SECRET) => `POST /webhooks/pgm HTTP/1.1\r\nContent-Type: application/json\r\n`
  + `X-PerfectGym-Request: ${id}\r\nX-PerfectGym-Signature: ${md5(`${id}:${secret}`)}\r\n\r\n${body}`;

/** Waits until the batch lists `n` rows, all summarised. */
async function listed(page, n) {
  await page.waitForFunction((n) => document.querySelector('[data-testid="batch"]')?.dataset.count === String(n)
    && document.querySelectorAll('[data-testid="batch-row"]').length === n
    && !document.querySelector('.batch-summary').textContent.includes('Summarising'), n);
}

test('the filters pick deliveries of no recognised vendor and deliveries that name no event', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, [PGM('UserModified', 7), JSON.stringify({ hello: 'world' }), GYMOS('Session Booked')].join('\n'));
  await listed(page, 3);
  assert.match(await page.locator('.batch-counts').innerText(), /\(no event\) × 1/);
  await page.getByTestId('batch-event').selectOption('(no event)');
  assert.deepEqual((await rows(page)).map((r) => r.vendor), ['unknown']);
  await page.getByTestId('batch-event').selectOption('');
  await page.getByTestId('batch-vendor').selectOption('unknown');
  assert.deepEqual((await rows(page)).map((r) => r.vendor), ['unknown']);
  await page.getByTestId('batch-vendor').selectOption('perfectgym');
  assert.deepEqual((await rows(page)).map((r) => r.event), ['UserModified']);
  assert.deepEqual(errors, []);
});

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

test('glued compact requests: the forged one is found, retries are numbered and grouped', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const a = PGM('UserModified', 7);
  const text = [
    signed('req-a', a),
    signed('req-b', PGM('ClassesBooked', 8)),
    signed('req-a', a),
    signed('req-c', PGM('UserModified', 9), 'not-the-secret'),
    signed('req-a', a.replace('"userId":7', '"userId": 7')),
  ].join('\r\n\r\n');
  await paste(page, text);
  await listed(page, 5);
  assert.match(await page.locator('.batch-summary').innerText(), /5 deliveries from raw HTTP requests; 0 with errors\. 1 request id sent more than once\./);
  assert.deepEqual(await audit(page), ['req-a|unchecked|1', 'req-b|unchecked|1', 'req-a|unchecked|2', 'req-c|unchecked|1', 'req-a|unchecked|3']);
  await page.getByTestId('secret-input').fill(SECRET);
  await page.waitForFunction(() => document.querySelector('[data-testid="batch-row"]')?.dataset.signature === 'valid');
  await listed(page, 5);
  assert.deepEqual(await audit(page), ['req-a|valid|1', 'req-b|valid|1', 'req-a|valid|2', 'req-c|mismatch|1', 'req-a|valid|3']);
  // The summary counts errors as the rows' Problems column does, and the bad signature beside them.
  assert.match(await page.locator('.batch-summary').innerText(), /5 deliveries from raw HTTP requests; 0 with errors, 1 with a bad signature\. 1 request id sent more than once\./);
  const attempts = await page.locator('.batch-attempt').allInnerTexts();
  assert.deepEqual(attempts, ['attempt 2 · same bytes as #1', 'attempt 3 · other bytes than #1']);
  // A bad signature counts as an error; the bad-signature filter shows it alone.
  await page.getByTestId('batch-errors-only').check();
  assert.deepEqual(await audit(page), ['req-c|mismatch|1']);
  await page.getByTestId('batch-errors-only').uncheck();
  await page.getByTestId('batch-bad-signature').check();
  assert.deepEqual(await audit(page), ['req-c|mismatch|1']);
  await page.getByTestId('batch-bad-signature').uncheck();
  // Retries: the request ids sent more than once, their attempts together.
  await page.getByTestId('batch-retries').check();
  assert.deepEqual(await audit(page), ['req-a|valid|1', 'req-a|valid|2', 'req-a|valid|3']);
  // Two attempts compared: the same fields and values, and whether the bytes are the same too.
  await page.getByTestId('batch-compare').nth(0).check();
  await page.getByTestId('batch-compare').nth(1).check();
  await page.getByTestId('diff-identical').waitFor();
  await page.getByTestId('batch-compare').nth(2).check();
  await page.waitForFunction(() => /not the same bytes/.test(document.querySelector('[data-testid="diff"]')?.textContent ?? ''));
  assert.deepEqual(errors, []);
});

test('a log with the request id and signature in each line\'s prefix gets a verdict per line', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const line = (time, id, secret, body) => `${time} INFO webhook x-perfectgym-request=${id} `
    + `x-perfectgym-signature=${md5(`${id}:${secret}`)} ${body}`;
  await paste(page, [
    line('2025-11-26T16:02:01Z', 'log-1', SECRET, PGM('UserModified', 1)),
    line('2025-11-26T16:02:05Z', 'log-2', 'wrong', PGM('UserModified', 2)),
    line('2025-11-26T16:03:00Z', 'log-1', SECRET, PGM('UserModified', 1)),
  ].join('\n'));
  await listed(page, 3);
  await page.getByTestId('secret-input').fill(SECRET);
  await page.waitForFunction(() => document.querySelector('[data-testid="batch-row"]')?.dataset.signature === 'valid');
  await listed(page, 3);
  assert.deepEqual(await audit(page), ['log-1|valid|1', 'log-2|mismatch|1', 'log-1|valid|2']);
  assert.deepEqual((await rows(page)).map((r) => r.event), ['UserModified', 'UserModified', 'UserModified']);
  assert.deepEqual(errors, []);
});

test('an array of wrapped items lists each delivery by its vendor and event, with its headers', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const items = [
    { headers: { 'x-perfectgym-request': 'w-1', 'content-type': 'application/json' }, body: PGM('UserModified', 1) },
    { request: { method: 'POST', url: '/gymos', headers: { 'content-type': 'application/json' }, body: GYMOS('Session Booked') } },
    { method: 'POST', url: '/webhooks/pgm', headers: { 'X-PerfectGym-Request': 'w-3' }, body: JSON.parse(PGM('ClassesBooked', 'n/a')) },
  ];
  await paste(page, JSON.stringify(items, null, 2));
  await listed(page, 3);
  assert.deepEqual(await rows(page), [
    { vendor: 'perfectgym', event: 'UserModified', errors: 0 },
    { vendor: 'gymos', event: 'Session Booked', errors: 0 },
    { vendor: 'perfectgym', event: 'ClassesBooked', errors: 1 },
  ]);
  assert.deepEqual(await audit(page), ['w-1|unchecked|1', '|unchecked|1', 'w-3|unchecked|1']);
  assert.equal(await page.getByTestId('batch').getAttribute('data-form'), 'json-array');
  assert.deepEqual(errors, []);
});

test('every column is readable at 1440 px and a 360 px row still shows its event and verdict', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  await paste(page, [signed('wide-1', PGM('UserModified', 1)), signed('wide-2', PGM('ClassesBooked', 2), 'x')].join('\r\n\r\n'));
  await listed(page, 2);
  await page.getByTestId('secret-input').fill(SECRET);
  await page.waitForFunction(() => document.querySelectorAll('[data-signature="mismatch"]').length === 1);
  const wide = await page.locator('.batch-table-wrap').evaluate((wrap) => {
    const box = wrap.getBoundingClientRect();
    const cells = [...wrap.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect());
    return { scrolls: wrap.scrollWidth > wrap.clientWidth, inside: cells.every((c) => c.right <= box.right + 0.5 && c.width > 0) };
  });
  assert.deepEqual(wide, { scrolls: false, inside: true }, 'no column clipped or scrolled away');
  await page.setViewportSize({ width: 360, height: 780 });
  const narrow = await page.getByTestId('batch-row').nth(1).evaluate((row) => {
    // A cell on screen, with the label its stacked layout gives it.
    const shown = (sel) => {
      const el = row.querySelector(sel);
      const r = el.getBoundingClientRect();
      const label = getComputedStyle(el, '::before').content;
      return r.width > 0 && r.right <= window.innerWidth + 0.5 ? `${label} ${el.innerText.trim()}` : null;
    };
    return { event: shown('.batch-event'), verdict: shown('.batch-signature'), scrolls: document.documentElement.scrollWidth > window.innerWidth };
  });
  assert.deepEqual(narrow, { event: '"Event" ClassesBooked', verdict: '"Signature" mismatch', scrolls: false });
  assert.deepEqual(errors, []);
});
