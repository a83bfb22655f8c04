// Hosting: the release dist/ works unchanged under any sub-path of any static host, under the strict CSP
// a host sends as a header, offline after one visit, and picks up a new deploy through the update banner.
// Every URL it contains is relative. Needs `make dist` first, like the other browser tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveDist, launch, openApp, paste } from './harness.mjs';
import { listFiles, precacheList, serviceWorker } from '../../scripts/postbuild.mjs';

const DIST = resolve(import.meta.dirname, '../../dist');
const ARTIFACTS = resolve(import.meta.dirname, 'artifacts');
const BASE = '/tools/gymhook/';
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; "
  + "connect-src 'self'; worker-src 'self'; manifest-src 'self'";
const GYMOS = JSON.stringify({
  eventType: 'Session Booked', eventTimestampUtc: '2025-11-25T13:42:01Z', webHookTimestampUtc: '2025-11-25T13:42:03Z',
  clientId: 'c340d350-b6a1-434c-bfb6-7703e9cb3215', clientBusinessName: 'Example Fitness Ltd', subjectType: 'MEMBER',
  subject: { member: { id: '91d6528e-cc6b-4027-9c33-a172ce018c81', firstName: 'Justin' }, lead: null, attendee: null },
  payload: { booking: { id: '97c6e7c9-0920-438f-828e-25a252d06740', autoBooked: false, status: 'Booked' } },
}, null, 2);

/** Runs `body` with a fresh server and a fresh browser profile (service workers and caches start empty). */
async function withSite(options, body) {
  const site = await serveDist(options);
  const browser = await launch();
  try {
    await body(site, browser.context);
  } finally {
    await browser.close();
    await site.close();
  }
}

async function analysesAPaste(page) {
  await paste(page, GYMOS);
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos',
    null, { timeout: 5000 });
}

/** Waits until the service worker is active (so its precache is complete) and returns its scope and cached URLs. */
async function serviceWorkerReady(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    const names = await caches.keys();
    const cached = [];
    for (const name of names) cached.push(...(await (await caches.open(name)).keys()).map((r) => r.url));
    return { scope: registration.scope, names, cached: cached.sort() };
  });
}

const distSw = async () => precacheList(await readFile(join(DIST, 'sw.js'), 'utf8'));

test('under a sub-path the page loads, analyses a paste, and asks for nothing outside the sub-path', async () => {
  await withSite({ base: BASE }, async (site, context) => {
    const { page, errors, requests } = await openApp(context, site.url);
    await analysesAPaste(page);
    assert.equal((await serviceWorkerReady(page)).scope, site.url);
    // The manifest and its icons resolve from where the page is, with the types a browser wants.
    const manifest = await page.evaluate(async () => {
      const link = document.querySelector('link[rel="manifest"]');
      const response = await fetch(link.href);
      const body = await response.json();
      const icons = await Promise.all(body.icons.map(async (icon) => {
        const r = await fetch(new URL(icon.src, link.href));
        return `${r.status} ${r.headers.get('content-type')}`;
      }));
      return { type: response.headers.get('content-type'), startUrl: new URL(body.start_url, link.href).href, icons };
    });
    assert.deepEqual(manifest, { type: 'application/manifest+json', startUrl: site.url, icons: ['200 image/png', '200 image/png'] });
    const outside = site.requests.filter((path) => !path.startsWith(BASE));
    assert.deepEqual(outside, [], 'the server saw requests outside the sub-path');
    assert.deepEqual(requests.filter((url) => !url.startsWith(site.url)), []);
    assert.deepEqual(errors, []);
  });
});

test('with the strict CSP sent as a header, nothing is blocked and a paste is analysed', async () => {
  await withSite({ headers: { 'content-security-policy': CSP } }, async (site, context) => {
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation',
        (e) => window.cspViolations.push(`${e.effectiveDirective} ${e.blockedURI}`), true);
    });
    const { page, errors } = await openApp(context, site.url);
    await analysesAPaste(page);
    await serviceWorkerReady(page);
    // Once more, now served by the service worker from its cache.
    const response = await page.reload();
    assert.equal(response.headers()['content-security-policy'], CSP);
    await analysesAPaste(page);
    assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));
    assert.deepEqual(await page.evaluate(() => window.cspViolations), []);
    assert.deepEqual(errors, []);
    // The listener does see a violation: an inline script is refused.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.inlineRan = true';
      document.head.append(script);
    });
    await page.waitForFunction(() => window.cspViolations.length > 0);
    assert.equal(await page.evaluate(() => window.inlineRan), undefined);
  });
});

test('after one visit the page loads and analyses a paste with the network off, under a sub-path', async () => {
  await withSite({ base: BASE }, async (site, context) => {
    const { page, errors } = await openApp(context, site.url);
    const sw = await serviceWorkerReady(page);
    const { version, assets } = await distSw();
    assert.equal(sw.names.length, 1);
    assert.ok(sw.names[0].endsWith(version), sw.names[0]);
    assert.deepEqual(sw.cached, assets.map((a) => new URL(a, site.url).href).sort());

    await site.close();
    await context.setOffline(true);
    const responses = [];
    page.on('response', (r) => responses.push(r));
    await page.reload();
    await page.getByTestId('payload-input').waitFor();
    await analysesAPaste(page);
    // A paste large enough for the analysis worker: its script, glue and wasm come from the cache as well.
    await paste(page, JSON.stringify({ event: 'Test', triggeredDate: '2020-06-01T14:44:46Z', data: { text: 'x'.repeat(100_000) } }));
    await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'perfectgym',
      null, { timeout: 5000 });
    const urls = responses.map((r) => r.url());
    assert.ok(urls.some((url) => url.endsWith('/analysis-worker.js')), `the worker was not loaded: ${urls}`);
    assert.ok(responses.every((r) => r.fromServiceWorker()), `not all from the service worker: ${urls}`);
    assert.deepEqual(errors, []);
    await context.setOffline(false);
  });
});

test('a new deploy shows the update banner, and Reload switches to it', async () => {
  // The second deploy: the same files plus a visible change to index.html, and its sw.js from the same generator.
  const second = await mkdtemp(join(tmpdir(), 'gymhook-deploy-'));
  try {
    await cp(DIST, second, { recursive: true });
    const html = await readFile(join(second, 'index.html'), 'utf8');
    await writeFile(join(second, 'index.html'), html.replace('</head>', '<meta name="gymhook-deploy" content="2" /></head>'));
    const next = await serviceWorker(second);
    await writeFile(join(second, 'sw.js'), next.text);
    const { version } = await distSw();
    assert.notEqual(next.version, version);

    await withSite({ base: BASE }, async (site, context) => {
      const { page, errors } = await openApp(context, site.url);
      await serviceWorkerReady(page);
      await page.reload();
      await page.getByTestId('payload-input').waitFor();
      assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null));

      site.setRoot(second);
      await page.reload(); // the old worker still serves the first deploy; the browser finds the new sw.js
      const banner = page.getByTestId('update-ready');
      await banner.getByTestId('update-reload').waitFor({ timeout: 15000 });
      assert.equal(await banner.getAttribute('role'), 'status');
      assert.equal(await banner.innerText().then((t) => t.split('\n')[0]), 'A new version of gymhook is ready');
      assert.equal(await page.locator('meta[name="gymhook-deploy"]').count(), 0);
      assert.equal(await banner.getByRole('button', { name: 'Reload' }).evaluate((b) => b.tagName), 'BUTTON');

      await mkdir(ARTIFACTS, { recursive: true });
      for (const width of [360, 1440]) {
        await page.setViewportSize({ width, height: 800 });
        await page.screenshot({ path: join(ARTIFACTS, `update-banner-${width}.png`) });
      }

      await banner.getByTestId('update-reload').click();
      await page.locator('meta[name="gymhook-deploy"]').waitFor({ state: 'attached', timeout: 10000 });
      await page.getByTestId('payload-input').waitFor();
      await analysesAPaste(page);
      const after = await serviceWorkerReady(page);
      assert.equal(after.names.length, 1, 'the first deploy\'s cache is gone');
      assert.ok(after.names[0].endsWith(next.version), after.names[0]);
      assert.equal(await page.getByTestId('update-ready').count(), 0);
      assert.deepEqual(errors, []);
    });
  } finally {
    await rm(second, { recursive: true, force: true });
  }
});

test('every URL in index.html, the manifest and the precache list is relative and names a built file', async () => {
  const files = await listFiles(DIST);
  const relative = (url) => !url.startsWith('/') && !/^[a-z][a-z0-9+.-]*:/i.test(url);
  const exists = (url) => url === './' || existsSync(join(DIST, new URL(url, 'http://x/').pathname));
  const check = (where, urls) => {
    for (const url of urls) {
      assert.ok(relative(url), `${where}: ${url} is not relative`);
      assert.ok(exists(url), `${where}: ${url} is not in dist/`);
    }
  };

  const html = await readFile(join(DIST, 'index.html'), 'utf8');
  const htmlUrls = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
  assert.ok(htmlUrls.length >= 6, htmlUrls.join(' '));
  check('index.html', htmlUrls);
  assert.doesNotMatch(html, /<script\b(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
  assert.doesNotMatch(html, /unsafe-inline/);

  // The moved loader imports the wasm-bindgen glue and the wasm relative to itself.
  const loader = files.find((f) => /^loader-[0-9a-f]{16}\.js$/.test(f));
  const loaderUrls = [...(await readFile(join(DIST, loader), 'utf8')).matchAll(/'([^']+\.(?:js|wasm))'/g)].map((m) => m[1]);
  assert.equal(loaderUrls.length, 2, loaderUrls.join(' '));
  check(loader, loaderUrls);

  const manifestFile = html.match(/<link rel="manifest" href="\.\/([^"]+)"/)[1];
  const manifest = JSON.parse(await readFile(join(DIST, manifestFile), 'utf8'));
  assert.deepEqual([manifest.start_url, manifest.scope, manifest.id, manifest.display], ['./', './', './', 'standalone']);
  check(manifestFile, manifest.icons.map((i) => i.src));

  const { assets } = await distSw();
  check('sw.js', assets);
  // Everything built is precached (the page as './'), nothing else.
  assert.deepEqual([...assets].sort(), ['./', ...files.filter((f) => f !== 'index.html' && f !== 'sw.js').map((f) => `./${f}`)].sort());
  // Every other file is named by its content hash, so a host may cache it forever (docs/hosting.md).
  // The analysis worker keeps the fixed name src/ui/hooks/background.rs asks for. (Trunk writes its hashes in hex
  // without leading zeros, so they are not always 16 digits.)
  // The exports in schemas/ keep stable names on purpose: they are documentation URLs for tickets and code
  // (docs/hosting.md), so a host revalidates them like index.html; so does the field reference document, whose
  // address people link to (reference/#<anchor>).
  assert.deepEqual(files.filter((f) => !/-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(f) && !f.startsWith('schemas/')),
    ['analysis-worker.js', 'index.html', 'reference/index.html', 'sw.js']);
  // It links to its stylesheet, icon and early.js one level up.
  const reference = await readFile(join(DIST, 'reference/index.html'), 'utf8');
  const referenceUrls = [...reference.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1])
    .filter((url) => !url.startsWith('#'));
  for (const url of referenceUrls) {
    assert.ok(relative(url), `reference/index.html: ${url} is not relative`);
    const path = new URL(url, 'http://x/reference/').pathname;
    assert.ok(path === '/' || existsSync(join(DIST, path)), `reference/index.html: ${url} is not in dist/`);
  }
  assert.doesNotMatch(reference, /<script\b(?![^>]*\ssrc=)[^>]*>/, 'no inline script');
});
