// The field reference as a document: dist/reference/index.html, written by `make dist` from the same model the app's
// #/reference view renders. Read with JavaScript off: every entry is there, `reference/#<anchor>` scrolls to its
// entry, links lead back into the app, and it prints without the page's controls. Needs `make dist` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { serveDist, launch, openApp } from './harness.mjs';

const BASE = '/tools/gymhook/';
const ANCHOR = 'gymos/field/payload.booking.autoBooked';

/** Runs `body` with the site under a sub-path and a page whose context has JavaScript turned off. */
async function withoutScript(body) {
  const site = await serveDist({ base: BASE });
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    await body(site, await context.newPage());
  } finally {
    await browser.close();
    await site.close();
  }
}

/** What each entry of a page says: anchor → its text, and the personal-data marks, in document order. */
const readEntries = (page) => page.getByTestId('reference-entry').evaluateAll((els) => els.map((el) => ({
  anchor: el.dataset.anchor,
  text: el.textContent.replace(/\s+/g, ' ').trim(),
  personal: [...el.querySelectorAll('[data-personal]')].map((p) => p.dataset.personal),
})));

test('with JavaScript off the reference document has every entry of the app\'s reference, saying the same', async () => {
  const site = await serveDist();
  const browser = await launch();
  let app;
  try {
    const page = await browser.context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${site.url}#/reference`);
    await page.getByTestId('reference-filter').waitFor();
    app = await readEntries(page);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await site.close();
  }
  await withoutScript(async (site, page) => {
    const response = await page.goto(`${site.url}reference/`);
    assert.equal(response.status(), 200);
    const doc = await readEntries(page);
    assert.ok(doc.length > 200, `only ${doc.length} entries`);
    assert.deepEqual(doc.map((e) => e.anchor), app.map((e) => e.anchor), 'the same entries in the same order');
    assert.deepEqual(doc.map((e) => e.personal), app.map((e) => e.personal), 'the same personal-data marks');
    // Type, description, provenance and example: the text of each entry is the app's (links differ, words do not).
    assert.deepEqual(doc.map((e) => e.text), app.map((e) => e.text));
    const field = page.locator(`[data-anchor="${ANCHOR}"]`);
    assert.match(await field.textContent(), /autoBooked.*bool.*documented.*false/s);
  });
});

test('reference/#<anchor> scrolls to the entry without script, and links between entries do too', async () => {
  await withoutScript(async (site, page) => {
    await page.goto(`${site.url}reference/#${ANCHOR}`);
    const entry = page.locator(`[data-anchor="${ANCHOR}"]`);
    const inView = async (locator) => {
      const box = await locator.boundingBox();
      return box !== null && box.y >= 0 && box.y + box.height <= 900;
    };
    assert.ok(await inView(entry), 'the linked field is in view');
    assert.equal(await entry.getAttribute('id'), ANCHOR);
    // An object-typed field's type links to the object's card; the browser scrolls there on its own.
    const typeLink = page.locator('[data-anchor="gymos/field/payload.booking"] a.ref-xref').first();
    const href = await typeLink.getAttribute('href');
    assert.match(href, /^#gymos\/object\//);
    await typeLink.click();
    await page.waitForURL((url) => url.hash === href);
    const card = page.locator(`[id="${href.slice(1)}"]`);
    assert.equal(await card.getAttribute('data-testid'), 'reference-entry');
    assert.ok(await inView(card), 'the linked object card is in view');
  });
});

test('the reference document links back into the app and prints without the page\'s controls', async () => {
  await withoutScript(async (site, page) => {
    await page.goto(`${site.url}reference/`);
    const nav = page.getByRole('navigation', { name: 'Views' });
    const resolved = (name) => nav.getByRole('link', { name }).evaluate((a) => a.href);
    assert.equal(await resolved('Explorer'), `${site.url}#/`);
    assert.equal(await resolved('Schemas & types'), `${site.url}#/export`);
    const exportLink = page.getByTestId('reference-export-link').first();
    assert.match(await exportLink.evaluate((a) => a.href), new RegExp(`^${site.url}#/export/`));
    assert.equal(await page.getByTestId('reference-filter').count(), 0, 'no filter: it needs the app');
    assert.match(await page.locator('.ref-in-app a').evaluate((a) => a.href), new RegExp(`^${site.url}#/reference$`));

    await page.emulateMedia({ media: 'print' });
    assert.equal(await nav.isVisible(), false);
    assert.equal(await page.locator('.ref-permalink').first().isVisible(), false);
    assert.equal(await page.locator('.ref-toc').isVisible(), false);
    assert.ok(await page.locator(`[data-anchor="${ANCHOR}"]`).isVisible());
    const pdf = await page.pdf({ format: 'A4' });
    assert.ok(pdf.length > 10_000);
  });
});

test('after one visit to the app the reference document opens offline', async () => {
  const site = await serveDist({ base: BASE });
  const browser = await launch();
  try {
    const { page, errors } = await openApp(browser.context, site.url);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.waitForFunction(async () => (await caches.keys()).length === 1
      && (await (await caches.open((await caches.keys())[0])).keys()).some((r) => r.url.endsWith('/reference/index.html')));
    await site.close();
    await browser.context.setOffline(true);
    await page.goto(`${site.url}reference/#${ANCHOR}`);
    assert.ok(await page.locator(`[data-anchor="${ANCHOR}"]`).isVisible());
    assert.deepEqual(errors, []);
  } finally {
    await browser.context.setOffline(false);
    await browser.close();
    await site.close();
  }
});
