// The small truths of reading real captures: hidden characters flagged in keys and undocumented values,
// whitespace markers drawn in any font, files that are not UTF-8 or too large named as such while the paste
// area keeps its text, the signature verdict in the summary line, a diagnostic's click that keeps the selected
// text in view, and "Show all" laying a long unbroken value out a block at a time.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { serveDist, launch, openApp, paste, diagnostics } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const GYMOS = JSON.stringify({
  eventType: 'Session Booked',
  payload: { supplementalData: { 'coach\u202e': 'x' } },
  extra: { note: 'pay\u200bment' },
});

/** Opens `bytes` (made in the page) as the file `name` through the Open file… input, as a user's pick does. */
async function openFile(page, name, make) {
  await page.evaluate(([name, make]) => {
    const bytes = new Function(`return (${make})`)()();
    const data = new DataTransfer();
    data.items.add(new File([bytes], name));
    const input = document.querySelector('[data-testid="file-input"]');
    input.files = data.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }, [name, make.toString()]);
}

test('a bidi control in a map key and an invisible character in an undocumented value are flagged', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, GYMOS);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos');
  const hidden = (await diagnostics(page)).filter((d) => d.kind === 'invisible');
  assert.deepEqual(hidden.map((d) => d.path), ['payload.supplementalData["coach\u202e"]', 'extra.note']);
  assert.match(hidden[0].text, /The key holds 1 invisible character \(U\+202E/);
  assert.match(hidden[1].text, /The value holds 1 invisible character \(U\+200B/);
  assert.deepEqual(errors, []);
});

test('whitespace markers are drawn as boxed abbreviations in the page\'s font, the character kept for copying', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.getByTestId('request-id-input').fill(' req-1 ');
  await page.getByTestId('secret-input').fill('s3cret');
  const marks = page.locator('[data-testid="signature-hashed"] [data-testid="ws-mark"]');
  await marks.first().waitFor();
  const drawn = await marks.evaluateAll((els) => els.map((el) => ({
    text: el.textContent,
    label: getComputedStyle(el, '::before').content,
    width: el.getBoundingClientRect().width,
    height: el.getBoundingClientRect().height,
  })));
  assert.equal(drawn.length, 2, 'the leading and the trailing space');
  for (const mark of drawn) {
    assert.equal(mark.text, '\u2420', 'the marker character stays in the text');
    assert.equal(mark.label, '"SP"', 'painted as SP');
    assert.ok(mark.width >= 8 && mark.height >= 8, `the box takes room (${mark.width}×${mark.height} px)`);
  }
  const hashed = await page.getByTestId('signature-hashed').textContent();
  assert.ok(hashed.startsWith('\u2420req-1\u2420'), hashed);
  assert.deepEqual(errors, []);
});

test('a file that is not UTF-8 is named as such and the paste area keeps its text', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, GYMOS);
  await openFile(page, 'latin1.json', () => new Uint8Array([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0x5a, 0x6f, 0xeb, 0x22, 0x7d]));
  const message = page.getByTestId('file-message');
  await message.waitFor();
  assert.match(await message.innerText(), /^This file is not UTF-8 text: byte 8 \(0xEB\) starts no UTF-8 character\./);
  assert.equal(await page.getByTestId('payload-input').inputValue(), GYMOS);
  assert.deepEqual(errors, []);
});

test('a UTF-16 file is decoded, analysed, and said to be UTF-16', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const body = '{"eventType": "Session Booked", "payload": {}}';
  await page.evaluate(([body]) => {
    const units = [0xfeff, ...Array.from(body, (c) => c.charCodeAt(0))];
    window.utf16 = new Uint8Array(new Uint16Array(units).buffer);
  }, [body]);
  await openFile(page, 'windows.json', () => window.utf16);
  await page.waitForFunction((b) => document.querySelector('[data-testid="payload-input"]').value === b, body);
  assert.match(await page.getByTestId('file-message').innerText(), /^This file is UTF-16 text \(as Windows editors save "Unicode"\)/);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.event === 'Session Booked');
  assert.deepEqual(errors, []);
});

test('a file over the size limit is answered with the size message before it is read; the paste is kept', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, GYMOS);
  await openFile(page, 'day.log', () => new Uint8Array(17 * 1024 * 1024 + 5));
  const message = page.getByTestId('file-message');
  await message.waitFor();
  assert.match(await message.innerText(), /^This file is 17\.0 MB; gymhook analyses up to 16 MB at once\. The paste area keeps what it holds/);
  assert.equal(await page.getByTestId('payload-input').inputValue(), GYMOS);
  // A good file afterwards replaces the text and the message goes.
  await openFile(page, 'ok.json', () => new TextEncoder().encode('{"eventType": "Membership added"}'));
  await page.waitForFunction(() => document.querySelector('[data-testid="payload-input"]').value.includes('Membership added'));
  assert.equal(await page.getByTestId('file-message').count(), 0);
  assert.deepEqual(errors, []);
});

test('with a secret typed, the summary line at the top states the signature verdict', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  const body = '{"event":"UserModified","triggeredDate":"2025-11-26T16:02:01Z","data":{"userId":9778831}}';
  // MD5("r-77:s3cret"), as Perfect Gym signs.
  const signature = createHash('md5').update('r-77:s3cret').digest('hex');
  await paste(page, `POST /webhooks/pgm HTTP/1.1\nX-PerfectGym-Request: r-77\nX-PerfectGym-Signature: ${signature}\n\n${body}`);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.event === 'UserModified');
  assert.equal(await page.getByTestId('summary-signature').count(), 0, 'no secret, no verdict line');
  const line = page.getByTestId('summary-signature');
  const verdict = () => line.evaluate((el) => ({ verdict: el.dataset.verdict, text: el.textContent.trim() }));
  await page.getByTestId('secret-input').fill('s3cret');
  await page.waitForFunction(() => document.querySelector('[data-testid="summary-signature"]')?.dataset.verdict === 'valid');
  assert.match((await verdict()).text, /^✓ Signature valid/);
  await page.getByTestId('secret-input').fill('the-wrong-one');
  await page.waitForFunction(() => document.querySelector('[data-testid="summary-signature"]')?.dataset.verdict === 'invalid');
  assert.match((await verdict()).text, /^✗ Signature does not match the secret typed/);
  assert.equal(await page.getByTestId('analysis').getAttribute('data-errors'), '0', 'the fields themselves are fine');
  const box = await line.boundingBox();
  assert.ok(box.y >= 0 && box.y + box.height <= 900, `the verdict is above the fold at 1440 px (y = ${box.y})`);
  assert.deepEqual(errors, []);
});

/** A Perfect Gym body of `extra` short lines, then the user id sent as a string: an error near the end. */
function longPaste(extra) {
  const lines = ['{', '  "event": "UserModified",', '  "triggeredDate": "2025-11-26T16:02:01Z",'];
  for (let i = 0; i < extra; i++) lines.push(`  "note${i}": ${i},`);
  lines.push('  "data": {', '    "userId": "9778831"', '  }', '}');
  return lines.join('\n');
}

/** Where the field's selection starts: its line, that line's top inside the field and on the page. */
const selectionPlace = (page) => page.getByTestId('payload-input').evaluate((area) => {
  const style = getComputedStyle(area);
  const pad = parseFloat(style.paddingTop) + parseFloat(style.paddingBottom);
  const lines = area.value.split('\n');
  // Every line is short, so none wraps: each line is one line-height tall.
  const lineHeight = (area.scrollHeight - pad) / lines.length;
  const line = area.value.slice(0, area.selectionStart).split('\n').length - 1;
  const top = parseFloat(style.paddingTop) + line * lineHeight;
  const onPage = area.getBoundingClientRect().top + area.clientTop + top - area.scrollTop;
  return { line, lineHeight, top, scrollTop: area.scrollTop, clientHeight: area.clientHeight, onPage,
    viewport: innerHeight, selected: area.value.slice(area.selectionStart, area.selectionEnd),
    focused: document.activeElement === area };
});

for (const [width, height] of [[1440, 900], [360, 740]]) {
  test(`at ${width} px a diagnostic's click scrolls the field to the selected text and keeps it on screen`, async () => {
    const { page, errors } = await openApp(browser.context, server.url);
    await page.setViewportSize({ width, height });
    const text = longPaste(400);
    await paste(page, text);
    const row = page.locator('[data-testid="diagnostic"][data-kind="numeric-string"][data-path="data.userId"]');
    await row.waitFor();
    await row.scrollIntoViewIfNeeded();
    await row.getByRole('button').click();
    await page.waitForFunction(() => document.activeElement?.dataset.testid === 'payload-input');
    // The typed view highlights the field's row (far below, after 400 others)…
    await page.locator('.field.selected').first().waitFor({ state: 'attached' });
    // …and whatever scrolling follows has come to rest.
    await page.evaluate(() => new Promise((done) => {
      let last = -1, still = 0;
      const frame = () => {
        still = scrollY === last ? still + 1 : 0;
        last = scrollY;
        if (still >= 10) done(); else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    }));
    const at = await selectionPlace(page);
    assert.equal(at.selected, '"9778831"');
    assert.equal(at.line, text.split('\n').findIndex((l) => l.includes('"userId"')));
    assert.ok(at.top >= at.scrollTop && at.top + at.lineHeight <= at.scrollTop + at.clientHeight,
      `the line is inside the field's view (line top ${at.top}, view ${at.scrollTop}–${at.scrollTop + at.clientHeight})`);
    assert.ok(at.onPage >= 0 && at.onPage + at.lineHeight <= at.viewport,
      `the line is on screen (${at.onPage} of ${at.viewport})`);
    if (width >= 1000) {
      const box = await row.boundingBox();
      assert.ok(box.y >= 0 && box.y + box.height <= height, `the clicked diagnostic stays on screen (${box.y})`);
    }
    assert.deepEqual(errors, []);
  });
}

test('Show all lays a 1 MB value of one letter out a block at a time, every character in order', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const value = 'A'.repeat(1024 * 1024);
  // The business name in the envelope: the summary shows its start, the typed view offers it all.
  await paste(page, `{"eventType": "Session Booked", "clientBusinessName": "${value}", "payload": {}}`);
  await page.waitForFunction(() => /^A{1000}… \(1048576 characters\)$/.test(document.querySelector('.facts dd')?.textContent ?? ''),
    null, { timeout: 20000 });
  const button = page.getByTestId('show-all-value');
  await button.waitFor({ timeout: 20000 });
  await page.evaluate(() => {
    window.blockCounts = [];
    new MutationObserver(() => {
      const all = document.querySelector('[data-testid="long-value-all"]');
      if (all) window.blockCounts.push(all.querySelectorAll('.v-block').length);
    }).observe(document.body, { childList: true, subtree: true });
  });
  await button.click();
  await page.waitForFunction(() => document.querySelector('[data-testid="long-value-all"]')?.dataset.complete === 'true',
    null, { timeout: 30000 });
  const shown = await page.getByTestId('long-value-all').evaluate((el) => ({
    text: el.textContent, blocks: el.querySelectorAll('.v-block').length,
    longest: Math.max(...[...el.querySelectorAll('.v-block')].map((b) => b.textContent.length)),
  }));
  assert.equal(shown.text, value, 'every character, in order');
  assert.equal(shown.blocks, 128, '1 MB in blocks of 8 KB');
  assert.equal(shown.longest, 8 * 1024);
  const counts = await page.evaluate(() => window.blockCounts);
  assert.equal(counts[0], 1, 'the first task lays out one block');
  assert.ok(counts.length >= 128, `one block added per task (${counts.length} changes seen)`);
  assert.deepEqual(errors, []);
});
