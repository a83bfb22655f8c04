// Accessibility: axe-core on every view, light and dark, finds no serious or critical violation;
// skip links, landmarks, focus moved to the new view's heading, the help overlay and its shortcuts.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, paste, seriousViolations } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const settled = (page, predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 3000 });

/** A GymOS payload with errors, a warning and a note: every diagnostic group is on screen. */
const WITH_DIAGNOSTICS = `{
  "eventType": "Session Booked", "eventTimestampUtc": "2025-11-25T13:42:01Z", "subjectType": "MEMBER",
  "subject": { "member": { "id": "91d6528e-cc6b-4027-9c33-a172ce018c81", "currentMemberships": ["Gold", 7] } },
  "payload": { "booking": { "id": "not-a-guid", "autoBooked": "false", "cancelledTimeUtc": "" }, "booking2": {} }
}`;

/** Opens the page in the given colour scheme (the system preference; the toggle is tested below). */
async function openIn(scheme, url = server.url) {
  const opened = await openApp(browser.context, url);
  await opened.page.emulateMedia({ colorScheme: scheme });
  return opened;
}

for (const scheme of ['light', 'dark']) {
  test(`axe: the explorer with diagnostics, the signature panel and the generator (${scheme})`, async () => {
    const { page, errors } = await openIn(scheme);
    await paste(page, WITH_DIAGNOSTICS);
    await settled(page, () => document.querySelectorAll('[data-testid="diagnostic"]').length > 3);
    assert.deepEqual(await seriousViolations(page), []);
    // A signed Perfect Gym request: the verdict and the receiver snippets are on screen.
    await page.getByTestId('example-signed').click();
    await settled(page, () => document.querySelector('[data-testid="signature-verdict"]')?.dataset.verdict === 'valid');
    await page.getByTestId('generator-format').selectOption('curl');
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  });

  test(`axe: the field reference (${scheme})`, async () => {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${server.url}#/reference`);
    await page.getByTestId('reference-entry').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  });

  test(`axe: the batch view with two deliveries compared, and the unwrap offer (${scheme})`, async () => {
    const { page, errors } = await openIn(scheme);
    const pgm = (id) => JSON.stringify({ event: 'UserModified', triggeredDate: '2020-06-01T14:44:46Z', data: { userId: id } });
    await paste(page, [pgm(1), JSON.stringify({ eventType: 'Session Booked', payload: {} }), pgm('x')].join('\n'));
    await settled(page, () => document.querySelectorAll('[data-testid="batch-row"]').length === 3);
    await page.getByTestId('batch-compare').nth(0).check();
    await page.getByTestId('batch-compare').nth(2).check();
    await page.getByTestId('diff').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    await paste(page, JSON.stringify(pgm(2)));
    await page.getByTestId('unwrap-offer').waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  });

  test(`axe: the help overlay (${scheme})`, async () => {
    const { page, errors } = await openIn(scheme);
    await page.locator('body').press('?');
    await page.getByTestId('help-overlay').waitFor({ timeout: 2000 });
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  });
}

test('the theme toggle overrides the system preference and is remembered', async () => {
  const { page, errors } = await openIn('light');
  const theme = () => page.evaluate(() => ({
    attr: document.documentElement.dataset.theme ?? null,
    bg: getComputedStyle(document.body).backgroundColor,
    stored: localStorage.getItem('gymhook-theme'),
  }));
  const light = await theme();
  assert.equal(light.stored, null, 'nothing is stored until the user picks');
  // Without a pick the toggle follows the system, even when it changes under the open page.
  await page.emulateMedia({ colorScheme: 'dark' });
  await settled(page, () => document.querySelector('[data-testid="theme-toggle"]').innerText.includes('Light theme'));
  await page.emulateMedia({ colorScheme: 'light' });
  await settled(page, () => document.querySelector('[data-testid="theme-toggle"]').innerText.includes('Dark theme'));
  await page.getByTestId('theme-toggle').click();
  const dark = await theme();
  assert.equal(dark.attr, 'dark');
  assert.equal(dark.stored, 'dark');
  assert.notEqual(dark.bg, light.bg);
  await page.reload();
  await page.getByTestId('payload-input').waitFor();
  assert.equal((await theme()).attr, 'dark', 'remembered across a reload');
  assert.deepEqual(await seriousViolations(page), []);
  // Only the preference is stored: never what was pasted.
  await paste(page, WITH_DIAGNOSTICS);
  const stored = await page.evaluate(() => Object.keys(localStorage).map((k) => `${k}=${localStorage.getItem(k)}`));
  assert.deepEqual(stored, ['gymhook-theme=dark']);
  await page.getByTestId('theme-toggle').click();
  assert.equal((await theme()).attr, 'light');
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(errors, []);
});

test('skip links lead to the analysis and the generator', async () => {
  const { page } = await openApp(browser.context, server.url);
  await page.keyboard.press('Tab');
  const first = await page.evaluate(() => ({ text: document.activeElement.textContent, href: document.activeElement.getAttribute('href') }));
  assert.equal(first.text, 'Skip to analysis');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'analysis-heading');
  await page.keyboard.press('Shift+Tab');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator('.skip-links a').nth(1).focus();
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Skip to generator');
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'generator-heading');
});

test('landmarks: one main, a banner, the views navigation', async () => {
  const { page } = await openApp(browser.context, server.url);
  const landmarks = await page.evaluate(() => ({
    main: document.querySelectorAll('main').length,
    banner: document.querySelectorAll('header.topbar').length,
    nav: document.querySelectorAll('nav[aria-label="Views"]').length,
  }));
  assert.deepEqual(landmarks, { main: 1, banner: 1, nav: 1 });
});

test('switching views moves the focus to the new view\'s heading', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.getByRole('link', { name: 'Field reference' }).click();
  await settled(page, () => document.activeElement?.id === 'reference-title');
  await page.getByRole('link', { name: 'Explorer' }).click();
  await settled(page, () => document.activeElement?.id === 'paste-heading');
  assert.deepEqual(errors, []);
});

test('diagnostics are buttons inside list items, reachable and usable by keyboard', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, WITH_DIAGNOSTICS);
  await settled(page, () => document.querySelectorAll('[data-testid="diagnostic"]').length > 3);
  const shape = await page.getByTestId('diagnostic').first().evaluate((li) => ({
    tag: li.tagName, role: li.getAttribute('role'), button: !!li.querySelector('button'),
  }));
  assert.deepEqual(shape, { tag: 'LI', role: null, button: true });
  await page.locator('[data-testid="diagnostic"][data-path="payload.booking.autoBooked"] button').focus();
  await page.keyboard.press('Enter');
  const selected = await page.getByTestId('payload-input').evaluate((t) => t.value.slice(t.selectionStart, t.selectionEnd));
  assert.equal(selected, '"false"');
});

test('keyboard shortcuts: f formats, t switches the theme, s makes a share link; each control names its key', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const keys = await page.evaluate(() => Object.fromEntries(['payload-input', 'format-button', 'theme-toggle', 'help-button']
    .map((id) => [id, document.querySelector(`[data-testid="${id}"]`)?.getAttribute('aria-keyshortcuts') ?? null])));
  assert.deepEqual(keys, { 'payload-input': '/', 'format-button': 'f', 'theme-toggle': 't', 'help-button': '?' });
  await paste(page, '{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{}}');
  await settled(page, () => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'perfectgym');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('f');
  await settled(page, () => document.querySelector('[data-testid="payload-input"]').value.includes('\n  "event": "Test"'));
  assert.equal(await page.getByTestId('undo-button').innerText(), 'Undo Format');
  const shown = await page.getByTestId('theme-toggle').getAttribute('data-theme-shown');
  await page.keyboard.press('t');
  await settled(page, (before) => document.querySelector('[data-testid="theme-toggle"]').dataset.themeShown !== before, shown);
  await page.keyboard.press('s');
  await settled(page, () => document.querySelector('[data-testid="share-note"]').textContent.length > 0);
  assert.deepEqual(errors, []);
});

test('keyboard shortcuts: ? opens the help, not while typing; / focuses the paste area; n and p walk the diagnostics', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, WITH_DIAGNOSTICS);
  await settled(page, () => document.querySelectorAll('[data-testid="diagnostic"]').length > 3);
  // Typing "?" in the paste area types it.
  await page.getByTestId('payload-input').press('End');
  await page.getByTestId('payload-input').press('?');
  assert.equal(await page.getByTestId('help-overlay').count(), 0);
  assert.match(await page.getByTestId('payload-input').inputValue(), /\?$/);
  await paste(page, WITH_DIAGNOSTICS);
  await settled(page, () => document.querySelectorAll('[data-testid="diagnostic"]').length > 3);
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('?');
  const help = page.getByTestId('help-overlay');
  await help.waitFor({ timeout: 2000 });
  const text = await help.innerText();
  for (const action of ['paste area', 'Format', 'share', 'Next diagnostic', 'Previous diagnostic', 'Undo']) {
    assert.ok(text.includes(action), `the help lists ${action}: ${text}`);
  }
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-testid="help-overlay"]') !== null), true, 'focus is in the dialog');
  await page.keyboard.press('Escape');
  assert.equal(await help.count(), 0);
  await page.keyboard.press('n');
  const first = await page.evaluate(() => document.activeElement.closest('[data-testid="diagnostic"]')?.dataset.path);
  await page.keyboard.press('n');
  const second = await page.evaluate(() => document.activeElement.closest('[data-testid="diagnostic"]')?.dataset.path);
  assert.ok(first && second && first !== second, `${first} then ${second}`);
  await page.keyboard.press('p');
  assert.equal(await page.evaluate(() => document.activeElement.closest('[data-testid="diagnostic"]')?.dataset.path), first);
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), 'payload-input');
  assert.deepEqual(errors, []);
});
