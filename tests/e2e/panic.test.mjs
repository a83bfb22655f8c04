// The panic page: if gymhook ever panics (no input should make it), the dead page is replaced by one that says
// so, shows the panic message, keeps the pasted text recoverable and offers Reload. The release build aborts on
// panic, so this also checks that the hook runs before the abort. The panic is the deliberate one behind
// #/debug/panic, which fires only when an open page's fragment changes to it, and only in the build with the
// cargo feature `debug-panic` (`make dist-debug-panic`, target/dist-debug-panic); the published dist/ lacks it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { serveDist, launch, openApp, paste } from './harness.mjs';

const WITH_PANIC = resolve(import.meta.dirname, '../../target/dist-debug-panic');
const PUBLISHED = resolve(import.meta.dirname, '../../dist');

let server, browser;
before(async () => { server = await serveDist({ root: WITH_PANIC }); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PASTED = 'POST /hooks HTTP/1.1\nContent-Type: application/json\n\n{"eventType": "Session Booked", "note": "Zoë ✓ <b>&amp;</b>",\n  "payload": {}}';

/** Changes the fragment as typing it into the address bar would, and waits for the panic page. */
async function panicNow(page) {
  await page.evaluate(() => { location.hash = '#/debug/panic'; });
  await page.getByTestId('panic-page').waitFor({ timeout: 5000 });
}

/** The two errors a deliberate panic must produce, and nothing else: the hook's console message and the trap. */
function assertOnlyThePanic(errors) {
  const logged = errors.filter((e) => /panicked at .*deliberate panic: the address was changed to #\/debug\/panic/s.test(e));
  const trapped = errors.filter((e) => /RuntimeError: unreachable/.test(e));
  assert.equal(logged.length, 1, errors.join('\n---\n'));
  assert.equal(trapped.length, 1, errors.join('\n---\n'));
  assert.equal(errors.length, 2, `no other error: ${errors.join('\n---\n')}`);
}

test('a panic replaces the page with the message, the pasted text and Reload', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, PASTED);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos');
  await panicNow(page);

  assert.equal(await page.locator('h1').innerText(), 'gymhook hit a bug and stopped');
  assert.equal(await page.getByRole('alert').count(), 1);
  assert.match(await page.getByTestId('panic-message').innerText(), /deliberate panic: the address was changed to #\/debug\/panic/);
  assert.equal(await page.getByTestId('payload-input').count(), 0, 'the dead app is gone');
  assert.equal(await page.title(), 'gymhook stopped');

  const text = page.getByTestId('panic-text');
  assert.equal(await text.inputValue(), PASTED, 'the pasted text survives, byte for byte');
  assert.equal(await text.getAttribute('readonly'), '');
  assert.equal(await page.getByLabel('Your pasted text: copy it before you reload.').count(), 1);

  await page.getByTestId('panic-copy').click();
  await page.getByText('Copied.').waitFor({ timeout: 5000 });
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), PASTED);
  const selected = await text.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, PASTED, 'the text is also selected, for Ctrl+C');

  // Everything on the page is styled by classes: the CSP forbids style attributes.
  assert.equal(await page.locator('[style]').count(), 0);
  const reload = page.getByRole('button', { name: 'Reload' });
  assert.ok(await reload.isVisible());
  assertOnlyThePanic(errors);

  // Reload brings the app back. The address still ends in #/debug/panic, which is harmless on load.
  errors.length = 0;
  await reload.click();
  await page.getByTestId('payload-input').waitFor({ timeout: 10000 });
  assert.equal(await page.getByTestId('panic-page').count(), 0);
  assert.equal(await page.evaluate(() => location.hash), '#/debug/panic');
  assert.deepEqual(errors, []);
});

test('focusing the text selects it all when the clipboard is out of reach', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, PASTED);
  // As on plain http: no clipboard API at all.
  await page.evaluate(() => { Object.defineProperty(Navigator.prototype, 'clipboard', { value: undefined }); });
  await panicNow(page);
  await page.getByTestId('panic-copy').click();
  assert.match(await page.getByTestId('panic-note').innerText(), /press Ctrl\+C/);
  await page.getByTestId('panic-text').blur();
  await page.getByTestId('panic-text').focus();
  const selected = await page.getByTestId('panic-text').evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd));
  assert.equal(selected, PASTED);
  assertOnlyThePanic(errors);
});

test('a panic in the field reference still recovers the paste', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, PASTED);
  await page.getByRole('link', { name: 'Field reference' }).click();
  await page.waitForFunction(() => !document.querySelector('[data-testid="payload-input"]'));
  await panicNow(page);
  assert.equal(await page.getByTestId('panic-text').inputValue(), PASTED);
  assertOnlyThePanic(errors);
});

test('a paste too large for the text field is never offered cut short as if it were whole', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  // 300 KB as a real paste: past 256 KB the field shows only a read-only preview (paste_editor.rs).
  const pasted = await page.evaluate(() => {
    const text = `{"eventType": "Session Booked", "payload": {"supplementalData": {"note": "${'x'.repeat(300 * 1024)}"}}}`;
    const data = new DataTransfer();
    data.setData('text/plain', text);
    document.querySelector('[data-testid="payload-input"]')
      .dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    return text;
  });
  await page.getByTestId('large-text').waitFor();
  await panicNow(page);
  const recovered = await page.getByTestId('panic-text').inputValue();
  const label = await page.locator('label[for="panic-text"]').innerText();
  if (recovered === pasted) {
    assert.match(label, /^Your pasted text/);
  } else {
    assert.ok(recovered.length > 0 && pasted.startsWith(recovered), 'a preview is the start of the paste');
    assert.match(label, /^The start of your pasted text/);
  }
  assertOnlyThePanic(errors);
});

test('with nothing pasted there is no text to recover, only the message and Reload', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await panicNow(page);
  assert.equal(await page.getByTestId('panic-text').count(), 0);
  assert.equal(await page.getByTestId('panic-copy').count(), 0);
  assert.ok(await page.getByRole('button', { name: 'Reload' }).isVisible());
  assertOnlyThePanic(errors);
});

test('the published build has no deliberate panic: its wasm lacks the route and its message', () => {
  const wasm = (dir) => readdirSync(dir).filter((f) => f.endsWith('.wasm')).map((f) => readFileSync(join(dir, f)));
  const [published] = wasm(PUBLISHED);
  const [withPanic] = wasm(WITH_PANIC);
  assert.ok(withPanic.includes('deliberate panic'), 'the test build has it (so the search below can find it)');
  assert.equal(published.includes('deliberate panic'), false);
  assert.equal(published.includes('#/debug/panic'), false);
});
