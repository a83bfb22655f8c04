// Large pastes: analysed off the main thread, so the page keeps answering; past the size limit
// a clear message. Served under a sub-path with the strict CSP as a header, as a real host would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './harness.mjs';

const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; worker-src 'self'; manifest-src 'self'";

let server, browser;
before(async () => {
  server = await serveDist({ base: '/tools/gymhook/', headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Builds, in the page (a 30 MB string through the test protocol would take seconds), a GymOS Session
 * Booked with a supplementalData of about `mb` MB, and pastes it into the paste area as a real paste:
 * a ClipboardEvent carrying the text. Returns the text's length.
 */
async function pasteLarge(page, mb, eventType = 'Session Booked') {
  return page.evaluate(([mb, eventType]) => {
    const entries = [];
    for (let i = 0, size = 0; size < mb * 1024 * 1024; i += 1) {
      const entry = `"mergeField${i}": "value number ${i} for the trigger step, with some text"`;
      entries.push(entry);
      size += entry.length + 2;
    }
    const text = `{"eventType": "${eventType}", "eventTimestampUtc": "2025-11-25T13:42:01Z", "subjectType": "MEMBER",
      "subject": {"member": {"id": "91d6528e-cc6b-4027-9c33-a172ce018c81"}, "lead": null, "attendee": null},
      "payload": {"supplementalData": {${entries.join(', ')}}}}`;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    const area = document.querySelector('[data-testid="payload-input"]');
    area.focus();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return text.length;
  }, [mb, eventType]);
}

test('5 MB is analysed in the worker while a click on Field reference is handled at once', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const securityViolations = [];
  await page.exposeFunction('reportViolation', (v) => securityViolations.push(v));
  await page.evaluate(() => document.addEventListener('securitypolicyviolation', (e) => window.reportViolation(e.violatedDirective)));
  const length = await pasteLarge(page, 5);
  await page.getByTestId('analysing').waitFor({ timeout: 2000 });
  assert.match(await page.getByTestId('analysing').innerText(), /Analysing 5\.\d MB in the background/);
  // The click lands while the analysis is still running: the worker, not the page, is busy.
  const clicked = await page.evaluate(async () => {
    const running = !!document.querySelector('[data-testid="analysing"]');
    [...document.querySelectorAll('nav a')].find((a) => a.textContent === 'Field reference').click();
    await new Promise((ok) => requestAnimationFrame(() => setTimeout(ok, 0)));
    return { running, shown: !!document.querySelector('[data-testid="reference-entry"]') };
  });
  assert.equal(clicked.running, true, 'the analysis was still running at the click');
  assert.equal(clicked.shown, true, 'the reference is on screen within a frame of the click');
  await page.goBack();
  await page.waitForFunction(() => {
    const a = document.querySelector('[data-testid="analysis"]');
    return a?.dataset.vendor === 'gymos' && !document.querySelector('[data-testid="analysing"]');
  }, null, { timeout: 20000 });
  const attrs = await page.getByTestId('analysis').evaluate((el) => ({ errors: el.dataset.errors, event: el.dataset.event }));
  assert.deepEqual(attrs, { errors: '0', event: 'Session Booked' });
  // The field shows a preview; the whole text is what was analysed, and what "Edit the whole text" puts in.
  assert.match(await page.getByTestId('large-text').innerText(), /^5\.\d MB pasted\. The field shows its first 64 KB/);
  assert.equal(await page.getByTestId('payload-input').evaluate((el) => el.readOnly && el.value.length), 64 * 1024);
  await page.getByTestId('edit-whole-text').click();
  await page.waitForFunction((n) => document.querySelector('[data-testid="payload-input"]').value.length === n, length);
  assert.equal(await page.getByTestId('payload-input').evaluate((el) => el.readOnly), false);
  assert.deepEqual(securityViolations, []);
  assert.deepEqual(errors, []);
});

test('a newer large paste supersedes the one being analysed: the older answer arrives and is dropped', async () => {
  // Counts the worker's answers as they reach the page (the page's own listener is untouched).
  await browser.context.addInitScript(() => {
    window.workerAnswers = 0;
    const Real = window.Worker;
    window.Worker = class extends Real {
      constructor(...args) {
        super(...args);
        this.addEventListener('message', (e) => { if (e.data?.bytes) window.workerAnswers += 1; });
      }
    };
  });
  const { page, errors } = await openApp(browser.context, server.url);
  // Every event the analysis panel shows from here on.
  await page.evaluate(() => {
    window.shownEvents = [];
    new MutationObserver(() => {
      const event = document.querySelector('[data-testid="analysis"]')?.dataset.event;
      if (event && window.shownEvents.at(-1) !== event) window.shownEvents.push(event);
    }).observe(document.body, { attributes: true, subtree: true, attributeFilter: ['data-event'] });
  });
  await pasteLarge(page, 3);
  await pasteLarge(page, 2, 'Membership added');
  await page.waitForFunction(() => {
    const a = document.querySelector('[data-testid="analysis"]');
    return a?.dataset.event === 'Membership added' && !document.querySelector('[data-testid="analysing"]');
  }, null, { timeout: 20000 });
  const seen = await page.evaluate(() => ({ answers: window.workerAnswers, shown: window.shownEvents }));
  assert.equal(seen.answers, 2, 'the worker answered both pastes');
  assert.deepEqual(seen.shown, ['Membership added'], 'the older answer was never shown');
  assert.deepEqual(errors, []);
});

test('30 MB is answered with the size message, never parsed, and the paste area keeps the text', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.evaluate(() => {
    window.sawAnalysing = false;
    new MutationObserver(() => {
      if (document.querySelector('[data-testid="analysing"]')) window.sawAnalysing = true;
    }).observe(document.body, { childList: true, subtree: true });
  });
  await pasteLarge(page, 30);
  const tooLarge = page.locator('[data-testid="diagnostic"][data-kind="too-large"]');
  await tooLarge.waitFor();
  assert.match(await tooLarge.innerText(), /This text is 30\.\d MB; gymhook analyses up to 16 MB/);
  assert.equal(await page.evaluate(() => window.sawAnalysing), false, 'no background analysis was started');
  assert.match(await page.getByTestId('large-text').innerText(), /^30\.\d MB pasted/, 'the text is kept');
  assert.deepEqual(errors, []);
});

test('a long map shows a page at a time and the next on request', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const entries = Array.from({ length: 250 }, (_, i) => `"k${i}": "v${i}"`).join(', ');
  await page.getByTestId('payload-input').fill(`{"eventType": "Session Booked", "payload": {"supplementalData": {${entries}}}}`);
  const map = page.locator('tr.field[data-path="payload.supplementalData"]');
  await map.locator('dt').nth(99).waitFor();
  assert.equal(await map.locator('dt').count(), 100);
  await map.getByTestId('show-more').click();
  await map.locator('dt').nth(199).waitFor();
  assert.equal(await map.locator('dt').count(), 200);
  assert.match(await map.getByTestId('show-more').innerText(), /Show 50 more entries \(200 of 250 shown\)/);
  assert.deepEqual(errors, []);
});
