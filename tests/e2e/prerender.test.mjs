// The page before its wasm: dist/index.html carries the first view prerendered at build time, which paints, takes
// typing and real pastes (clipboard + Ctrl+V), and becomes the live app without losing any of it. The wasm is held
// back by routing its request until the test lets it through, so "before" is a state, not a race.
// Needs `make dist` first, like the other browser tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { serveDist } from './harness.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');
const GYMOS = JSON.stringify({
  eventType: 'Session Booked', eventTimestampUtc: '2025-11-25T13:42:01Z', subjectType: 'MEMBER',
  subject: { member: { id: '91d6528e-cc6b-4027-9c33-a172ce018c81' }, lead: null, attendee: null },
  payload: { booking: { id: '97c6e7c9-0920-438f-828e-25a252d06740', autoBooked: false, status: 'Booked' } },
}, null, 2);

/**
 * Opens the site in a fresh context whose wasm request waits until `release()` is called. Returns the page, its
 * errors and `release`. `live()` resolves once the app has mounted (Trunk's loader sets window.wasmBindings).
 */
async function openHeld(context, site) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let release;
  const held = new Promise((ok) => { release = ok; });
  const requested = [];
  await page.route(/_bg\.wasm$/, async (route) => {
    requested.push(route.request().url());
    await held;
    await route.continue();
  });
  await page.goto(site.url);
  return {
    page, errors, requested,
    release: () => release(),
    live: () => page.waitForFunction(() => window.wasmBindings !== undefined),
  };
}

/**
 * Runs `body` with a fresh browser context whose service worker is blocked: a worker serving the wasm from its cache
 * would pass by the routing that holds it back.
 */
async function withBrowser(body, options = {}) {
  const site = await serveDist();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 }, ...options });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.origin });
    await body(site, context);
  } finally {
    await browser.close();
    await site.close();
  }
}

/** Puts `text` on the clipboard and presses Ctrl+V in the focused element, as a person pastes. */
async function realPaste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.keyboard.press('Control+V');
}

test('dist/index.html holds the first view: header, navigation, paste area, empty analysis, generator, a noscript note', async () => {
  const html = await readFile(`${DIST}/index.html`, 'utf8');
  const body = html.slice(html.indexOf('<body>'));
  for (const piece of [
    '<h1>gymhook</h1>', 'aria-label="Views"', '>Field reference</a>',
    'id="paste-heading"', 'for="payload-input"', 'data-testid="payload-input"',
    '>Perfect Gym example</button>', '>GymOS example</button>', 'data-testid="format-button"',
    'data-testid="analysis"', 'data-testid="generator"', 'data-testid="generate-event"',
  ]) assert.ok(body.includes(piece), `the prerendered body lacks ${piece}`);
  assert.match(body, /<noscript>[\s\S]*need JavaScript[\s\S]*<a href="reference\/">field reference<\/a>[\s\S]*<\/noscript>/);
  assert.doesNotMatch(html, /<script\b(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
});

test('before the wasm arrives the page is drawn and takes a real paste; the live app keeps it, its focus and selection', async () => {
  await withBrowser(async (site, context) => {
    const { page, errors, requested, release, live } = await openHeld(context, site);
    await page.waitForFunction(() => document.readyState === 'complete' || document.querySelector('#payload-input'));
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the wasm is held back');
    assert.ok(await page.getByRole('heading', { name: 'Payload' }).isVisible());
    assert.ok(await page.getByRole('button', { name: 'GymOS example' }).isVisible());

    await page.getByTestId('payload-input').click();
    await realPaste(page, GYMOS);
    // Part of the text selected, as someone about to retype a value would.
    await page.evaluate(() => document.querySelector('#payload-input').setSelectionRange(5, 14, 'forward'));
    const before = await page.evaluate(() => document.querySelector('#payload-input').value);
    assert.equal(before, GYMOS, 'the prerendered field took the paste');
    assert.ok(requested.length > 0, 'the page asked for its wasm');

    release();
    await live();
    await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos');
    const after = await page.evaluate(() => {
      const area = document.querySelector('#payload-input');
      return { value: area.value, focused: document.activeElement === area, selection: [area.selectionStart, area.selectionEnd] };
    });
    assert.deepEqual(after, { value: GYMOS, focused: true, selection: [5, 14] });
    assert.equal(await page.evaluate(() => document.querySelector('[data-testid="analysis"]').dataset.event), 'Session Booked');
    // Live: the buttons work.
    await page.getByRole('button', { name: 'Clear' }).click();
    assert.equal(await page.getByTestId('payload-input').inputValue(), '');
    assert.deepEqual(errors, []);
  });
});

test('a paste too large for a text field, made before the wasm arrives, is kept aside and analysed by the live app', async () => {
  await withBrowser(async (site, context) => {
    const { page, errors, release, live } = await openHeld(context, site);
    const big = JSON.stringify({ event: 'Test', triggeredDate: '2020-06-01T14:44:46Z', data: { note: 'x'.repeat(400_000) } });
    await page.getByTestId('payload-input').click();
    await realPaste(page, big);
    const held = await page.evaluate(() => {
      const area = document.querySelector('#payload-input');
      return { length: area.value.length, readOnly: area.readOnly };
    });
    assert.deepEqual(held, { length: 64 * 1024, readOnly: true }, 'the field shows the start only');

    release();
    await live();
    await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'perfectgym',
      null, { timeout: 10_000 });
    assert.match(await page.getByTestId('large-text').textContent(), new RegExp(`^${Math.floor(big.length / 1024)}\\.${Math.floor((big.length % 1024) * 10 / 1024)} KB pasted`));
    // Once the app is live, large pastes are its own: the next one replaces the text and is analysed.
    const next = big.replace('"event":"Test"', '"event":"UserModified"');
    await realPaste(page, next);
    await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.event === 'UserModified',
      null, { timeout: 10_000 });
    assert.deepEqual(errors, []);
  });
});

test('a remembered dark theme applies before the wasm arrives', async () => {
  await withBrowser(async (site, context) => {
    const first = await openHeld(context, site);
    first.release();
    await first.live();
    await first.page.getByTestId('theme-toggle').click();
    const picked = await first.page.evaluate(() => document.documentElement.dataset.theme);
    await first.page.close();

    const { page, release } = await openHeld(context, site);
    await page.getByTestId('payload-input').waitFor();
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined);
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), picked);
    release();
  });
});

test('on a dark system the theme toggle names the light theme before the wasm arrives, and the takeover keeps it', async () => {
  await withBrowser(async (site, context) => {
    const { page, errors, release, live } = await openHeld(context, site);
    // The words shown, and the icon beside them (the one in the span the stylesheet shows).
    const label = async () => {
      const toggle = page.getByTestId('theme-toggle');
      const icons = await toggle.locator('[data-icon]').evaluateAll((icons) => icons
        .filter((icon) => icon.getBoundingClientRect().width > 0).map((icon) => icon.dataset.icon));
      return `${icons.join(' ')} ${(await toggle.innerText()).trim()}`;
    };
    await page.getByTestId('theme-toggle').waitFor();
    assert.equal(await page.evaluate(() => window.wasmBindings), undefined, 'the wasm is held back');
    assert.equal(await label(), 'sun Light theme');
    release();
    await live();
    await page.waitForFunction(() => document.querySelector('[data-testid="theme-toggle"]')?.dataset.themeShown === 'dark');
    assert.equal(await label(), 'sun Light theme');
    // Live, the click switches and the label follows.
    await page.getByTestId('theme-toggle').click();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'light');
    assert.equal(await label(), 'moon Dark theme');
    assert.deepEqual(errors, []);
  }, { colorScheme: 'dark' });
});

test('with JavaScript off the first view and the note show, and the note links to the field reference', async () => {
  const site = await serveDist();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  try {
    const page = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await page.goto(site.url);
    assert.ok(await page.getByRole('heading', { name: 'Payload' }).isVisible());
    const note = page.getByTestId('noscript');
    assert.ok(await note.isVisible());
    await note.getByRole('link', { name: 'field reference' }).click();
    await page.waitForURL(/\/reference\/$/);
    assert.ok(await page.getByTestId('reference-entry').first().isVisible());
  } finally {
    await browser.close();
    await site.close();
  }
});
