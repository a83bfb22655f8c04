// Small things: "Open in explorer" and "Download" follow the chosen output; Format and Clear
// can be undone; a signed Perfect Gym sample request verifies with the secret shown beside it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openApp, paste } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const output = (page) => page.getByTestId('generated-output').evaluate((el) => el.textContent);
/** The paste area's text. A textarea's value reads line breaks as LF, so outputs are compared that way too. */
const input = (page) => page.getByTestId('payload-input').inputValue();
const lf = (text) => text.replaceAll('\r\n', '\n');
const settled = (page, predicate, arg) => page.waitForFunction(predicate, arg, { timeout: 3000 });

for (const [format, expect] of [
  ['json', (opened, shown) => assert.equal(opened, lf(shown), 'the JSON body')],
  ['http', (opened, shown) => assert.equal(opened, lf(shown), 'the raw request')],
  ['curl', (opened) => assert.match(opened, /^POST \/webhooks\/gymos HTTP\/1\.1\n/, 'the request curl sends')],
]) {
  test(`"Open in explorer" with output ${format} opens what it shows`, async () => {
    const { page, errors } = await openApp(browser.context, server.url);
    await page.getByTestId('generate-event').selectOption('gymos:Session Booked');
    await page.getByTestId('generator-format').selectOption(format);
    const shown = await output(page);
    if (format === 'curl') assert.match(await page.getByTestId('generator-open').getAttribute('title'), /raw HTTP request this curl command sends/);
    await page.getByTestId('generator-open').click();
    await settled(page, () => document.querySelector('[data-testid="analysis"]')?.dataset.event === 'Session Booked');
    expect(await input(page), shown);
    if (format === 'curl') assert.ok(shown.includes((await input(page)).split('\n\n')[1].slice(0, 200).replaceAll("'", "'\\''")), 'the same body');
    assert.deepEqual(errors, []);
  });
}

for (const [format, extension, mime] of [['json', 'json', 'application/json'], ['http', 'http', 'message/http'], ['curl', 'sh', 'application/x-sh']]) {
  test(`"Download" with output ${format} saves it as .${extension}`, async () => {
    const { page, errors } = await openApp(browser.context, server.url);
    await page.getByTestId('generate-event').selectOption('gymos:object:credit');
    await page.getByTestId('generator-format').selectOption(format);
    const shown = await output(page);
    assert.equal(await page.getByTestId('generator-download').innerText(), `Download .${extension}`);
    // The Blob's type, read before the link is clicked: playwright's download object does not report it.
    await page.evaluate(() => {
      const original = URL.createObjectURL;
      URL.createObjectURL = (blob) => { window.lastBlobType = blob.type; return original(blob); };
    });
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 5000 }),
      page.getByTestId('generator-download').click(),
    ]);
    assert.equal(download.suggestedFilename(), `gymos-credit-seed-2025.${extension}`);
    assert.equal(await readFile(await download.path(), 'utf8'), shown);
    assert.equal(await page.evaluate(() => window.lastBlobType), mime);
    assert.deepEqual(errors, []);
  });
}

test('Format can be undone with the Undo button and with Ctrl+Z', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const original = '{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{"note":"a\\u002Bb"}}';
  await paste(page, original);
  await page.getByTestId('format-button').click();
  await settled(page, (o) => document.querySelector('[data-testid="payload-input"]').value !== o, original);
  assert.match(await input(page), /\n {2}"event"/);
  await page.getByTestId('undo-button').click();
  await settled(page, (o) => document.querySelector('[data-testid="payload-input"]').value === o, original);
  assert.equal(await page.getByTestId('undo-button').count(), 0, 'nothing left to undo');
  // Ctrl+Z in the paste area right after Format.
  await page.getByTestId('format-button').click();
  await settled(page, (o) => document.querySelector('[data-testid="payload-input"]').value !== o, original);
  await page.getByTestId('payload-input').press('Control+z');
  await settled(page, (o) => document.querySelector('[data-testid="payload-input"]').value === o, original);
  // The analysis follows the restored text (the normal edit path).
  await settled(page, () => document.querySelector('[data-testid="analysis"]')?.dataset.event === 'Test');
  assert.deepEqual(errors, []);
});

test('Clear can be undone, and typing afterwards drops the undo', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await page.getByRole('button', { name: 'GymOS example', exact: true }).click();
  const example = await input(page);
  await page.getByTestId('clear-button').click();
  assert.equal(await input(page), '');
  assert.equal(await page.getByTestId('undo-button').innerText(), 'Undo Clear');
  await page.getByTestId('undo-button').click();
  assert.equal(await input(page), example);
  await page.getByTestId('clear-button').click();
  await page.getByTestId('payload-input').pressSequentially('{');
  assert.equal(await page.getByTestId('undo-button').count(), 0);
  assert.deepEqual(errors, []);
});

test('the signed Perfect Gym sample verifies with the secret shown beside it', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  const secret = await page.getByTestId('example-secret').innerText();
  assert.ok(secret.length > 0);
  await page.getByTestId('example-signed').click();
  const text = await input(page);
  const id = text.match(/\nX-PerfectGym-Request: ([^\r\n]+)/)?.[1];
  const signature = text.match(/\nX-PerfectGym-Signature: ([^\r\n]+)/)?.[1];
  assert.ok(id && signature, text);
  assert.equal(signature, createHash('md5').update(`${id}:${secret}`).digest('hex'));
  await settled(page, () => document.querySelector('[data-testid="signature-verdict"]')?.dataset.verdict === 'valid');
  assert.equal(await page.getByTestId('secret-input').inputValue(), secret);
  assert.equal(await page.getByTestId('request-id-input').inputValue(), id);
  const a = await page.getByTestId('analysis').evaluate((el) => ({ vendor: el.dataset.vendor, errors: el.dataset.errors }));
  assert.deepEqual(a, { vendor: 'perfectgym', errors: '0' });
  assert.deepEqual(errors, []);
});
