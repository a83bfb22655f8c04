// Share links: the paste travels in the URL fragment and reopens as it was; the secret never does.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, paste, analysisAttrs } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const REQUEST = 'POST /hooks HTTP/1.1\nX-PerfectGym-Request: r-1\nX-PerfectGym-Signature: 0123\n\n'
  + '{"event": "UserModified", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 7, "note": "Zoë $HOME `x`"}}';

test('a share link reopens the same paste and analysis, without the secret', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, REQUEST);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]').dataset.vendor === 'perfectgym');
  await page.getByTestId('secret-input').fill('s3cret-never-shared');
  await page.getByTestId('share-button').click();
  const url = await page.evaluate(() => location.href);
  assert.match(url, /#\/p\/[A-Za-z0-9_-]+$/);
  assert.ok(!url.includes('s3cret'), 'the secret is not in the link');
  assert.match(await page.locator('.share-note').innerText(), /Link copied/);

  const { page: opened, errors: openedErrors } = await openApp(browser.context, url);
  await opened.waitForFunction(() => document.querySelector('[data-testid="analysis"]').dataset.vendor === 'perfectgym');
  assert.equal(await opened.getByTestId('payload-input').inputValue(), REQUEST);
  assert.deepEqual(await analysisAttrs(opened), await analysisAttrs(page));
  assert.equal(await opened.getByTestId('request-id-input').inputValue(), 'r-1');
  assert.equal(await opened.getByTestId('secret-input').inputValue(), '');
  assert.deepEqual([...errors, ...openedErrors], []);
});

test('a damaged share link is explained and the page still works', async () => {
  const { page, errors } = await openApp(browser.context, `${server.url}#/p/Zm9v!!`);
  assert.match(await page.getByRole('alert').innerText(), /could not be opened.*base64url/);
  await paste(page, '{"eventType": "Session Booked", "payload": {}}');
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]').dataset.vendor === 'gymos');
  assert.deepEqual(errors, []);
});
