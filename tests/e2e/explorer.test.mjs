// The explorer as a user reads it: typed view, diagnostics that point at the text, raw requests, safety.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, paste, analysisAttrs, diagnostics } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const settled = (page, predicate) => page.waitForFunction(predicate, null, { timeout: 2000 });

const TYPE_ERRORS = `{
  "eventType": "Session Booked",
  "eventTimestampUtc": "2025-11-25T13:42:01Z",
  "webHookTimestampUtc": "2025-11-25T13:42:01Z",
  "clientId": "c340d350-b6a1-434c-bfb6-7703e9cb3215",
  "clientBusinessName": "Example Fitness Ltd",
  "clientTradingName": "Example Fitness",
  "subjectType": "MEMBER",
  "subject": { "member": { "id": "91d6528e-cc6b-4027-9c33-a172ce018c81", "currentMemberships": ["Gold", 7] } },
  "payload": {
    "booking": { "id": "not-a-guid", "autoBooked": "false", "cancelledTimeUtc": "" },
    "credit": { "cost": "149.99", "creditsIssued": 8.5 },
    "booking2": {}
  }
}`;

test('type errors are listed with path and line:column, grouped by severity', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, TYPE_ERRORS);
  await settled(page, () => document.querySelector('[data-testid="analysis"]').dataset.errors === '5');
  const found = await diagnostics(page);
  const at = (path) => found.find((d) => d.path === path);
  assert.deepEqual(at('payload.booking.autoBooked'), { ...at('payload.booking.autoBooked'), severity: 'error', kind: 'type', line: 11, column: 52 });
  assert.equal(at('payload.booking.id').kind, 'format');
  assert.equal(at('payload.credit.cost').kind, 'type');
  assert.equal(at('payload.credit.creditsIssued').kind, 'type');
  assert.equal(at('subject.member.currentMemberships[1]').kind, 'type');
  assert.equal(at('payload.booking.cancelledTimeUtc').severity, 'warning');
  assert.equal(at('payload.booking2').kind, 'undocumented');
  const a = await analysisAttrs(page);
  assert.deepEqual([a.vendor, a.errors, a.warnings], ['gymos', 5, 1]);
  const headings = await page.locator('.diag-group h3').allInnerTexts();
  assert.deepEqual(headings, ['Errors (5)', 'Warnings (1)', 'Notes (1)']);
  assert.deepEqual(errors, []);
});

test('clicking a diagnostic selects its spot in the paste area and highlights the field', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, TYPE_ERRORS);
  await settled(page, () => document.querySelector('[data-testid="analysis"]').dataset.errors === '5');
  await page.locator('[data-testid="diagnostic"][data-path="payload.booking.autoBooked"]').click();
  const selected = await page.getByTestId('payload-input').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, '"false"');
  assert.equal(await page.locator('tr.field.selected').getAttribute('data-path'), 'payload.booking.autoBooked');
});

test('keyboard only: Tab reaches a diagnostic and Enter selects its spot', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, TYPE_ERRORS);
  await settled(page, () => document.querySelector('[data-testid="analysis"]').dataset.errors === '5');
  // The row is a list item; its real button takes the focus (no li[role=button]).
  const target = page.locator('[data-testid="diagnostic"][data-path="payload.credit.cost"] button');
  await target.focus();
  assert.equal(await target.evaluate((el) => el === document.activeElement && el.tabIndex === 0), true);
  await page.keyboard.press('Enter');
  const selected = await page.getByTestId('payload-input').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, '"149.99"');
});

test('a whole raw HTTP request is split into headers and body', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const body = '{"event": "ClassesBooked", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 1042, "timeTableEventId": 88}}';
  await paste(page, `POST /webhooks/pgm HTTP/1.1\r\nHost: receiver.example.com\r\nContent-Type: application/json\r\nX-PerfectGym-Request: 5f1c\r\nX-PerfectGym-Signature: 00ff\r\n\r\n${body}`);
  await settled(page, () => document.querySelector('[data-testid="analysis"]').dataset.vendor === 'perfectgym');
  const a = await analysisAttrs(page);
  assert.deepEqual([a.event, a.knownEvent, a.errors], ['ClassesBooked', 'true', 0]);
  const text = await page.getByTestId('analysis').innerText();
  assert.match(text, /POST \/webhooks\/pgm/);
  assert.match(text, /X-PerfectGym-Request/);
  const observed = (await diagnostics(page)).filter((d) => d.kind === 'observed').map((d) => [d.path, d.line]);
  assert.deepEqual(observed, [['data.userId', 7], ['data.timeTableEventId', 7]]);
  assert.deepEqual(errors, []);
});

test('payload values are shown as text and never run', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.exposeFunction('pwned', () => errors.push('script ran'));
  const evil = '<img src=x onerror="window.pwned()"><script>window.pwned()</script>';
  await paste(page, JSON.stringify({ event: 'Test', triggeredDate: '2020-06-01T14:44:46Z', data: { valueText: evil } }));
  await settled(page, () => document.querySelector('[data-testid="analysis"]').dataset.vendor === 'perfectgym');
  assert.equal(await page.locator('.typed-view img').count(), 0);
  assert.match(await page.locator('.typed-view').innerText(), /<img src=x onerror=/);
  // Anything the page had turned into markup would have run by the second frame after rendering.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  assert.deepEqual(errors, []);
});

test('Format pretty-prints the body and keeps the headers', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, 'X-PerfectGym-Request: 1\n\n{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{"valueLong":12345678}}');
  await settled(page, () => document.querySelector('[data-testid="analysis"]').dataset.vendor === 'perfectgym');
  await page.getByTestId('format-button').click();
  const value = await page.getByTestId('payload-input').inputValue();
  assert.equal(value, 'X-PerfectGym-Request: 1\n\n{\n  "event": "Test",\n  "triggeredDate": "2020-06-01T14:44:46Z",\n  "data": {\n    "valueLong": 12345678\n  }\n}\n');
});

test('a payload with hundreds of problems lists the first 200 of a kind and shows all on request', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  // Ten unknown keys in each of 22 GymOS payload objects: 220 notes that do not fold (more than ten of a
  // kind under one object would become one diagnostic, as the next test shows).
  const objects = ['session', 'booking', 'achievement', 'leadAppointment', 'assignment', 'bodyHop', 'campaign',
    'credit', 'document', 'dropSlotEventSlot', 'dropSlotEventType', 'dropSlotInvitation', 'form', 'injury',
    'inventory', 'membership', 'message', 'order', 'paymentLink', 'scheduledAbsence', 'weighIn', 'xrcizeSession'];
  const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`extra${i}`, i]));
  const payload = Object.fromEntries(objects.map((o) => [o, ten]));
  await paste(page, JSON.stringify({ eventType: 'Session Booked', payload }));
  await settled(page, () => document.querySelectorAll('[data-testid="diagnostic"][data-kind="undocumented"]').length === 200);
  await page.getByTestId('show-all-diagnostics').click();
  await settled(page, () => document.querySelectorAll('[data-testid="diagnostic"][data-kind="undocumented"]').length === 220);
  assert.deepEqual(errors, []);
});

test('thousands of one problem under one object fold into one diagnostic that counts them', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const extras = Object.fromEntries(Array.from({ length: 5000 }, (_, i) => [`extra${i}`, i]));
  await paste(page, JSON.stringify({ event: 'Test', triggeredDate: '2020-06-01T14:44:46Z', data: {}, ...extras }));
  await settled(page, () => document.querySelectorAll('[data-testid="diagnostic"][data-kind="undocumented"]').length === 1);
  const folded = await page.locator('[data-testid="diagnostic"][data-kind="undocumented"]').innerText();
  assert.match(folded, /5000 problems of this kind under the top level/);
  assert.match(folded, /extra0 \(1:\d+\), extra1 \(1:\d+\)/);
  assert.deepEqual(errors, []);
});
