// Every screen: no horizontal scrolling from 320 px up, the analysis straight after the paste area on
// narrow screens, stacked tables, wrapped badges, a reference sidebar that never covers the entries, and a 1 MB
// value of accents and emoji that does not freeze the page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const settled = (page, predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 3000 });
const overflow = (page) => page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, inner: innerWidth }));

/** Loads an example by its button and waits for its analysis. */
async function loadExample(page, name, vendor) {
  await page.getByRole('button', { name, exact: true }).click();
  await settled(page, (v) => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === v, vendor);
}

for (const width of [320, 360, 768, 1440, 2560]) {
  test(`${width} px: no horizontal overflow on the explorer, the generator, the reference and the export view`, async () => {
    const { page, errors } = await openApp(browser.context, server.url);
    await page.setViewportSize({ width, height: 900 });
    for (const [name, vendor] of [['Perfect Gym example', 'perfectgym'], ['GymOS example', 'gymos'],
      ['PerfectGym Next / Magicline example', 'perfectgym-next'], ['Signed Perfect Gym request', 'perfectgym']]) {
      await loadExample(page, name, vendor);
      const o = await overflow(page);
      assert.ok(o.scroll <= o.inner, `${name}: the page is ${o.scroll} px wide in a ${o.inner} px window`);
    }
    for (const format of ['http', 'curl']) {
      await page.getByTestId('generator-format').selectOption(format);
      const o = await overflow(page);
      assert.ok(o.scroll <= o.inner, `generator ${format}: ${o.scroll} px in ${o.inner} px`);
    }
    await page.goto(`${server.url}#/reference`);
    await page.getByTestId('reference-entry').first().waitFor();
    const o = await overflow(page);
    assert.ok(o.scroll <= o.inner, `reference: ${o.scroll} px in ${o.inner} px`);
    // The Export view: long lines scroll inside the preview, never the page.
    await page.goto(`${server.url}#/export/gymos/csharp/Booking`);
    await page.getByTestId('export-target').waitFor();
    await page.getByTestId('export-file').first().waitFor();
    const e = await overflow(page);
    assert.ok(e.scroll <= e.inner, `export: ${e.scroll} px in ${e.inner} px`);
    assert.deepEqual(errors, []);
  });
}

for (const width of [360, 768]) {
  test(`${width} px: the analysis comes before the signature panel, visible without scrolling past it`, async () => {
    const { page, errors } = await openApp(browser.context, server.url);
    await page.setViewportSize({ width, height: 800 });
    await loadExample(page, 'GymOS example', 'gymos');
    const tops = await page.evaluate(() => ({
      paste: document.querySelector('.paste').getBoundingClientRect().bottom,
      analysis: document.querySelector('[data-testid="analysis"]').getBoundingClientRect().top,
      signature: document.querySelector('.signature').getBoundingClientRect().top,
    }));
    assert.ok(tops.analysis < tops.signature, `analysis at ${tops.analysis}, signature panel at ${tops.signature}`);
    assert.ok(tops.analysis > tops.paste, 'after the paste area');
    assert.ok(tops.analysis - tops.paste < 400, `only the share control between them: ${tops.analysis - tops.paste} px`);
    assert.deepEqual(errors, []);
  });
}

test('1440 px: the analysis sits beside the paste area, and type badges stay inside their cells', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  await loadExample(page, 'Perfect Gym example', 'perfectgym');
  const layout = await page.evaluate(() => {
    const paste = document.querySelector('.paste').getBoundingClientRect();
    const analysis = document.querySelector('[data-testid="analysis"]').getBoundingClientRect();
    const spills = [...document.querySelectorAll('.typed-view .type-badge')].filter((badge) => {
      const cell = badge.closest('td').getBoundingClientRect();
      const b = badge.getBoundingClientRect();
      return b.right > cell.right + 0.5 || b.left < cell.left - 0.5;
    }).map((b) => b.textContent);
    return { side: analysis.left >= paste.right, top: Math.abs(analysis.top - paste.top) < 2, spills };
  });
  assert.deepEqual(layout, { side: true, top: true, spills: [] });
  assert.deepEqual(errors, []);
});

test('360 px: field tables are stacked rows, and no word is broken inside', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.setViewportSize({ width: 360, height: 800 });
  await loadExample(page, 'GymOS example', 'gymos');
  const cells = await page.evaluate(() => {
    const row = document.querySelector('.typed-view tr.field');
    const cells = [...row.children].map((c) => c.getBoundingClientRect());
    return { display: getComputedStyle(row).display, stacked: cells.every((c, i) => i === 0 || c.top >= cells[i - 1].bottom - 1) };
  });
  assert.deepEqual(cells, { display: 'block', stacked: true });
  // A word broken inside shows as a line box narrower than the word: compare each heading's width with its text's.
  const broken = await page.evaluate(() => [...document.querySelectorAll('.panel-head h2, .card h3, .diag-group h3')]
    .filter((h) => h.getClientRects().length && h.scrollWidth > h.clientWidth + 1).map((h) => h.textContent));
  assert.deepEqual(broken, []);
  assert.deepEqual(errors, []);
});

test('reference below 1000 px: the sidebar is a bar above the entries, its contents collapsed; a permalink row is not covered', async () => {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 800, height: 800 });
  await page.goto(`${server.url}#/reference`);
  const entry = page.getByTestId('reference-entry').nth(20);
  await entry.waitFor();
  const anchor = await entry.getAttribute('data-anchor');
  await page.goto(`${server.url}#/reference/${anchor}`);
  // The permalink scrolls its row into view: wait for that, not for a fixed time.
  await page.waitForFunction((a) => {
    const row = document.querySelector(`[data-anchor="${a}"]`)?.getBoundingClientRect();
    return row && row.top >= 0 && row.bottom <= innerHeight;
  }, anchor);
  const layout = await page.evaluate((a) => {
    const side = document.querySelector('.ref-side');
    const row = document.querySelector(`[data-anchor="${a}"]`).getBoundingClientRect();
    const s = side.getBoundingClientRect();
    const main = document.querySelector('.ref-main').getBoundingClientRect();
    return {
      position: getComputedStyle(side).position,
      above: s.bottom <= main.top,
      open: document.querySelector('.ref-toc-details').open,
      rowVisible: row.top >= 0 && row.bottom <= innerHeight,
    };
  }, anchor);
  assert.deepEqual(layout, { position: 'static', above: true, open: false, rowVisible: true });
  await page.locator('.ref-toc-details > summary').click();
  assert.equal(await page.locator('.ref-toc-details').evaluate((d) => d.open), true);
});

test('a 1 MB value of accents and emoji: no main-thread task over 200 ms while it renders, shown truncated with "Show all"', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  // Built first, in its own task: building a megabyte of text is the test's work, not the page's.
  const longest = await page.evaluate(async () => {
    // One string value of about 1 MB: accented letters, emoji, joiners and flags, no spaces to break at.
    const unit = 'ÀéîõüŁżćńçÆøß😀👩🏽‍💻🇵🇱🏋️‍♀️';
    let value = '';
    while (new TextEncoder().encode(value).length < 1024 * 1024) value += unit.repeat(512);
    const text = JSON.stringify({
      eventType: 'Session Booked', eventTimestampUtc: '2025-11-25T13:42:01Z', subjectType: 'MEMBER',
      subject: { member: { id: '91d6528e-cc6b-4027-9c33-a172ce018c81' } },
      payload: { booking: { id: '0b5f3f4c-4a44-4c39-9a49-4a5d4f1c1e2a' }, supplementalData: { note: value } },
    });
    window.bigText = text;
    return value.length;
  });
  await page.evaluate(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => { for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration)); })
      .observe({ type: 'longtask', buffered: false });
    const data = new DataTransfer();
    data.setData('text/plain', window.bigText);
    const area = document.querySelector('[data-testid="payload-input"]');
    area.focus();
    area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  });
  assert.ok(longest > 300000);
  await page.getByTestId('long-value').waitFor({ timeout: 20000 });
  await page.waitForFunction(() => !document.querySelector('[data-testid="analysing"]'), null, { timeout: 20000 });
  await page.waitForTimeout(500);
  const tasks = await page.evaluate(() => window.longTasks);
  console.log(`long tasks while the 1 MB value rendered: [${tasks.join(', ')}] ms`);
  assert.ok(tasks.every((ms) => ms <= 200), `long tasks: ${tasks.join(', ')} ms`);
  const shown = await page.getByTestId('long-value').innerText();
  assert.ok(shown.length < 2000, `the value is truncated: ${shown.length} characters shown`);
  assert.match(shown, /Show all 1\.\d MB/);
  await page.getByTestId('show-all-value').click();
  assert.equal(await page.locator('.v-long-all').count(), 1);
  assert.deepEqual(errors, []);
});
