// The page shell end to end: paste real payloads into the built app and read the public data-testid hooks.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, paste, analysisAttrs, diagnostics } from './harness.mjs';

const PGM_TEST = `{
  "event": "Test",
  "triggeredDate": "2020-06-01T14:44:46Z",
  "data": {
    "valueLong": 12345678,
    "valueText": "some text value",
    "nestedData": { "text": "nested some text value", "date": "2020-06-01T14:44:46Z", "amount": 33.78 }
  }
}`;

const GYMOS_SESSION_BOOKED = `{
  "eventType": "Session Booked",
  "eventTimestampUtc": "2025-11-25T13:42:01Z",
  "webHookTimestampUtc": "2025-11-25T13:42:03Z",
  "clientId": "c340d350-b6a1-434c-bfb6-7703e9cb3215",
  "clientBusinessName": "Example Fitness Ltd",
  "clientTradingName": "Example Fitness",
  "subjectType": "MEMBER",
  "subject": { "member": { "id": "91d6528e-cc6b-4027-9c33-a172ce018c81", "firstName": "Justin" }, "lead": null, "attendee": null },
  "payload": {
    "session": { "id": "6fd0aa79-e899-4d93-b465-12fa38d96372", "startTimeLocal": "2025-11-26T16:15:00+00:00", "venue": "Downtown Fitness Centre" },
    "booking": { "id": "97c6e7c9-0920-438f-828e-25a252d06740", "autoBooked": false, "status": "Booked" }
  }
}`;

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits (bounded) until the analysis panel shows the given vendor, then returns its attributes. */
async function settle(page, vendor) {
  await page.waitForFunction((v) => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === v, vendor, { timeout: 2000 });
  return analysisAttrs(page);
}

test('a Perfect Gym Test payload is recognised with no errors', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, PGM_TEST);
  const a = await settle(page, 'perfectgym');
  assert.deepEqual([a.event, a.knownEvent, a.errors], ['Test', 'true', 0]);
  assert.match(await page.getByTestId('analysis').innerText(), /valueLong/);
  assert.deepEqual(errors, []);
});

test('a GymOS Session Booked payload is recognised with no errors', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, GYMOS_SESSION_BOOKED);
  const a = await settle(page, 'gymos');
  assert.deepEqual([a.event, a.knownEvent, a.errors], ['Session Booked', 'true', 0]);
  assert.match(await page.getByTestId('analysis').innerText(), /Example Fitness/);
  assert.deepEqual(errors, []);
});

test('broken JSON shows a syntax error with its line and column', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, '{\n  "event": "Test",\n  "data": {\n    "valueLong": 12,,\n  }\n}');
  await page.getByTestId('diagnostic').first().waitFor({ timeout: 2000 });
  const [d] = await diagnostics(page);
  assert.deepEqual([d.severity, d.kind, d.line, d.column], ['error', 'syntax', 4, 21]);
  const a = await analysisAttrs(page);
  assert.deepEqual([a.vendor, a.errors], ['unknown', 1]);
  assert.deepEqual(errors, []);
});

test('truncated JSON reports the end of the text', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, '{"event": "Test",\n"data": {');
  await page.getByTestId('diagnostic').first().waitFor({ timeout: 2000 });
  const [d] = await diagnostics(page);
  assert.deepEqual([d.kind, d.line, d.column], ['syntax', 2, 10]);
});

test('the analysis follows an input event with no further event (how fast: make bench)', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, PGM_TEST);
  await settle(page, 'perfectgym');
  // One input event and nothing after it (no key-up, no blur): the panel must still catch up.
  const vendor = await page.evaluate((text) => new Promise((resolve) => {
    const panel = document.querySelector('[data-testid="analysis"]');
    const area = document.querySelector('[data-testid="payload-input"]');
    new MutationObserver((_, observer) => {
      if (panel.dataset.vendor === 'gymos') { observer.disconnect(); resolve(panel.dataset.vendor); }
    }).observe(panel, { attributes: true });
    area.value = text;
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }), GYMOS_SESSION_BOOKED);
  assert.equal(vendor, 'gymos');
});

test('the example buttons load documented payloads, and nothing is requested from elsewhere', async () => {
  const { page, errors, requests } = await openApp(browser.context, server.url);
  await page.getByRole('button', { name: 'GymOS example' }).click();
  const a = await settle(page, 'gymos');
  assert.equal(a.errors, 0);
  await page.getByRole('button', { name: 'Perfect Gym example' }).click();
  const b = await settle(page, 'perfectgym');
  assert.deepEqual([b.event, b.errors, b.warnings], ['Test', 0, 0]);
  assert.ok(requests.every((u) => u.startsWith(server.url)), `unexpected requests: ${requests}`);
  assert.deepEqual(errors, []);
});
