// The Export view: `make dist` writes dist/schemas/ (every format and index.json); the page lists the
// files, previews one, jumps to a type's definition from a link or from the field reference, keeps the type when
// the format changes, offers copy and download, works under a sub-path with the strict CSP as a header, is
// precached for offline use, and passes axe in light and dark.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { serveDist, launch, seriousViolations } from './harness.mjs';
import { precacheList } from '../../scripts/postbuild.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');
const BASE = '/tools/gymhook/';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; worker-src 'self'; manifest-src 'self'";

let server, browser;
before(async () => {
  server = await serveDist({ base: BASE, headers: { 'content-security-policy': CSP } });
  browser = await launch();
});
after(async () => { await browser?.close(); await server?.close(); });

/** Opens a fresh page at `hash` and waits for the export preview. */
async function openExport(hash) {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.goto(server.url + hash);
  await page.getByTestId('export-preview').waitFor();
  return { page, errors };
}

const targetLine = (page) => page.getByTestId('export-target').innerText();
const inView = (page) => page.getByTestId('export-target').evaluate((el) => {
  const r = el.getBoundingClientRect();
  return r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
});

test('make dist wrote every export and the index into dist/schemas', async () => {
  const files = (await readdir(join(DIST, 'schemas'), { recursive: true, withFileTypes: true }))
    .filter((e) => e.isFile())
    .map((e) => relative(join(DIST, 'schemas'), join(e.path, e.name)).split(sep).join('/'))
    .sort();
  assert.deepEqual(files, ['GymOs.cs', 'PerfectGym.cs', 'PerfectGymNext.cs', 'asyncapi.json', 'gymos.go', 'gymos.py',
    'gymos.rs', 'gymos.schema.json', 'gymos.ts', 'index.json', 'openapi.json', 'perfectgym-next.schema.json',
    'perfectgym-next.ts', 'perfectgym.go', 'perfectgym.py', 'perfectgym.rs', 'perfectgym.schema.json', 'perfectgym.ts',
    'perfectgym.vectors.json', 'perfectgym_next.go', 'perfectgym_next.py', 'perfectgym_next.rs',
    'receiver-tests/test_verify.py', 'receiver-tests/verify.test.mjs', 'receiver-tests/verify_test.go',
    'receiver-tests/verify_test.php']);
  const { assets } = precacheList(await readFile(join(DIST, 'sw.js'), 'utf8'));
  for (const file of files) assert.ok(assets.includes(`./schemas/${file}`), `${file} is not precached for offline use`);
});

test('a link to a type opens its file with the definition marked and in view, under a sub-path and the CSP', async () => {
  const { page, errors } = await openExport('#/export/gymos/typescript/SessionBookedEvent');
  assert.equal(await page.getByTestId('export-file-name').innerText(), 'gymos.ts');
  assert.match(await targetLine(page), /\bSessionBookedEvent\b/);
  await page.waitForFunction(() => {
    const el = document.querySelector('[data-testid="export-target"]');
    const r = el?.getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= window.innerHeight;
  }, null, { timeout: 3000 });
  assert.ok(await inView(page));
  const preview = await page.getByTestId('export-preview').innerText();
  const served = await (await fetch(`${server.url}schemas/gymos.ts`)).text();
  assert.equal(preview.trim(), served.trim(), 'the preview is the served file');
  // Another format keeps the type: Go's definition of the same event.
  await page.locator('[data-testid="export-format"][data-format="go"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="export-file-name"]')?.textContent === 'gymos.go');
  await page.getByTestId('export-target').waitFor();
  assert.match(await targetLine(page), /type SessionBookedEvent\b/);
  assert.equal(new URL(page.url()).hash, '#/export/gymos/go/SessionBookedEvent');
  // The other vendor: its file, and the type the URL names is said to be missing there.
  await page.locator('[data-testid="export-vendor"][data-vendor="perfectgym"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="export-file-name"]')?.textContent === 'perfectgym.go');
  await page.getByText('SessionBookedEvent is not defined in perfectgym.go').waitFor();
  assert.deepEqual(errors, []);
});

test('the jump list, download, copy and the list of every file', async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
  const { page, errors } = await openExport('#/export/perfectgym/json-schema');
  await page.getByTestId('export-definition').selectOption('ClassesBookedEvent');
  await page.waitForFunction(() => location.hash === '#/export/perfectgym/json-schema/ClassesBookedEvent');
  await page.getByTestId('export-target').waitFor();
  assert.match(await targetLine(page), /"ClassesBookedEvent": \{/);
  const download = page.getByTestId('export-download');
  assert.equal(await download.getAttribute('download'), 'perfectgym.schema.json');
  assert.equal(await download.getAttribute('href'), './schemas/perfectgym.schema.json');
  await page.getByTestId('export-copy').click();
  await page.getByText('Copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await (await fetch(`${server.url}schemas/perfectgym.schema.json`)).text());
  const links = await page.getByTestId('export-file').evaluateAll((els) => els.map((a) => a.href));
  // Six files per vendor, and the OpenAPI and AsyncAPI documents that hold them all.
  assert.equal(links.length, 6 * 3 + 2, links.join('\n'));
  for (const href of links) {
    assert.ok(href.startsWith(`${server.url}schemas/`), href);
    assert.equal((await fetch(href)).status, 200, href);
  }
  assert.deepEqual(errors, []);
});

test('every event and object in the field reference links to its definition', async () => {
  const page = await browser.context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${server.url}#/reference/gymos/event/Session Booked`);
  await page.getByTestId('reference-entry').first().waitFor();
  const types = await page.getByTestId('reference-export-link').evaluateAll((els) => els.map((a) => a.dataset.type));
  assert.ok(types.includes('SessionBookedEvent') && types.includes('ClassesBookedEvent'), types.join(', '));
  assert.ok(types.includes('Booking') && types.includes('ClassesBookedData'), `objects link too: ${types.join(', ')}`);
  await page.locator('[data-testid="reference-export-link"][data-type="SessionBookedEvent"]').click();
  await page.getByTestId('export-target').waitFor();
  assert.equal(new URL(page.url()).hash, '#/export/gymos/json-schema/SessionBookedEvent');
  assert.match(await targetLine(page), /"SessionBookedEvent": \{/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'export-title', 'focus moves to the view');
  assert.deepEqual(errors, []);
});

for (const scheme of ['light', 'dark']) {
  test(`axe: the Export view (${scheme})`, async () => {
    const { page, errors } = await openExport('#/export/gymos/pydantic/Booking');
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByTestId('export-file').first().waitFor();
    assert.deepEqual(await seriousViolations(page), []);
    assert.deepEqual(errors, []);
  });
}
