// The field reference end to end: both vendors listed, the filter narrows as you type, a shared link
// opens its entry highlighted and in view, keyboard-only use works and the back button leads home.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './harness.mjs';

const AUTO_BOOKED = 'gymos/field/payload.booking.autoBooked';
const entrySelector = (anchor) => `[data-testid="reference-entry"][data-anchor="${anchor}"]`;

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Opens a fresh page at `hash` and waits for the reference to render. */
async function openReference(hash = '#/reference') {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url + hash);
  await page.getByTestId('reference-entry').first().waitFor();
  return { page, errors };
}

const anchors = (page) => page.getByTestId('reference-entry').evaluateAll((els) => els.map((el) => el.dataset.anchor));

/** True once the element is entirely inside the viewport. */
function inViewport(selector) {
  const el = document.querySelector(selector);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.top >= 0 && r.bottom <= window.innerHeight && r.height > 0;
}

test('the reference lists events, objects and fields of both vendors', async () => {
  const { page, errors } = await openReference();
  const all = await anchors(page);
  assert.ok(all.length > 300, `${all.length} entries`);
  for (const a of ['perfectgym', 'perfectgym/event/ClassesBooked', 'perfectgym/field/Test/data.nestedData.amount',
    'gymos', 'gymos/event/Session Booked', 'gymos/object/booking', AUTO_BOOKED, 'gymos/field/subject.member.currentMemberships']) {
    assert.ok(all.includes(a), a);
  }
  assert.equal(new Set(all).size, all.length, 'anchors are unique');
  assert.match(await page.getByTestId('reference-counts').innerText(), /GymOS: 28 objects, \d+ fields/);
  assert.equal(await page.getByTestId('payload-input').count(), 0, 'the explorer is not shown');
  assert.deepEqual(errors, []);
});

test('typing in the filter leaves only matching entries', async () => {
  const { page, errors } = await openReference();
  const before = (await anchors(page)).length;
  await page.getByLabel('Filter fields').pressSequentially('autoBooked');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="reference-entry"]').length < n, before, { timeout: 2000 });
  const shown = await anchors(page);
  assert.deepEqual(shown, ['gymos/object/booking', AUTO_BOOKED]);
  const fieldText = await page.locator(entrySelector(AUTO_BOOKED)).innerText();
  assert.match(fieldText, /autoBooked/);
  assert.match(fieldText, /boolean/);
  assert.match(await page.getByTestId('reference-counts').innerText(), /GymOS: 1 of \d+ fields/);

  await page.getByTestId('reference-filter').fill('GUID');
  await page.waitForFunction((a) => !document.querySelector(`[data-anchor="${a}"]`), AUTO_BOOKED, { timeout: 2000 });
  const guid = await page.locator('[data-testid="reference-entry"][data-anchor*="/field/"]').allInnerTexts();
  assert.ok(guid.length > 20 && guid.every((t) => /GUID/.test(t)), `${guid.length} GUID fields`);

  await page.getByTestId('reference-filter').fill('');
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="reference-entry"]').length === n, before, { timeout: 2000 });
  assert.deepEqual(errors, []);
});

test('a link to an entry opens it highlighted and in view; back returns to the explorer', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.goto(`${server.url}#/reference/${AUTO_BOOKED}`);
  await page.reload(); // a fresh load of the shared link, not an in-page navigation
  const entry = page.locator(entrySelector(AUTO_BOOKED));
  await entry.waitFor();
  await page.waitForFunction(inViewport, entrySelector(AUTO_BOOKED), { timeout: 2000 });
  assert.match(await entry.getAttribute('class'), /\btargeted\b/);
  assert.equal(await page.locator('.reference .targeted').count(), 1);
  assert.ok(await page.evaluate(() => window.scrollY) > 0, 'the page scrolled to the entry');

  await page.goBack();
  await page.getByTestId('payload-input').waitFor({ timeout: 2000 });
  assert.equal(await page.getByTestId('reference-entry').count(), 0);
  assert.deepEqual(errors, []);
});

test('keyboard only: nav link, filter and permalink', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.getByRole('link', { name: 'Field reference' }).focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('reference-entry').first().waitFor();
  await page.getByLabel('Filter fields').focus();
  await page.keyboard.type('autobooked');
  const permalink = page.getByRole('link', { name: 'Link to payload.booking.autoBooked' });
  await permalink.waitFor({ timeout: 2000 });
  await permalink.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((s) => document.querySelector(s)?.classList.contains('targeted'), entrySelector(AUTO_BOOKED), { timeout: 2000 });
  assert.equal(new URL(page.url()).hash, `#/reference/${AUTO_BOOKED}`);

  await page.goBack();
  await page.waitForFunction(() => location.hash === '#/reference', null, { timeout: 2000 });
  await page.goBack();
  await page.getByTestId('payload-input').waitFor({ timeout: 2000 });
  assert.deepEqual(errors, []);
});

test('a link hidden by the filter clears the filter; an unknown link says so', async () => {
  const { page, errors } = await openReference();
  await page.getByTestId('reference-filter').fill('autoBooked');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="reference-entry"]').length === 2, null, { timeout: 2000 });
  await page.evaluate(() => { location.hash = '#/reference/perfectgym/event/ClassesBooked'; });
  await page.waitForFunction(inViewport, entrySelector('perfectgym/event/ClassesBooked'), { timeout: 2000 });
  assert.equal(await page.getByTestId('reference-filter').inputValue(), '');

  await page.evaluate(() => { location.hash = '#/reference/gymos/field/payload.nope'; });
  await page.locator('.ref-missing').waitFor({ timeout: 2000 });
  assert.match(await page.locator('.ref-missing').innerText(), /payload\.nope/);
  assert.deepEqual(errors, []);
});

test('a field name in the typed view opens its reference entry', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.getByRole('button', { name: 'GymOS example' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos', null, { timeout: 2000 });
  await page.locator('tr.field[data-path="payload.booking.autoBooked"] a[title="Open in the field reference"]').click();
  await page.waitForFunction(inViewport, entrySelector(AUTO_BOOKED), { timeout: 2000 });
  assert.match(await page.locator(entrySelector(AUTO_BOOKED)).getAttribute('class'), /\btargeted\b/);
  await page.goBack();
  await page.getByTestId('payload-input').waitFor({ timeout: 2000 });
  assert.deepEqual(errors, []);
});
