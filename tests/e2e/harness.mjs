// Shared set-up for the browser tests: serve the built dist/ on 127.0.0.1 and drive Debian's Chromium
// through playwright-core. Every page records its errors so each test can assert there were none.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const DIST = resolve(import.meta.dirname, '../../dist');
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves dist/ (or `root`) on 127.0.0.1 as a plain static host would. `base` puts the site under a sub-path such as
 * '/tools/gymhook/' (anything outside it is 404; the bare sub-path redirects to it with a slash); `headers` are sent
 * with every response. Returns the site's `url`, every requested path in `requests`, `setRoot(dir)` to switch to
 * another build while running (a new deploy), and `close()`.
 */
export async function serveDist({ base = '/', headers = {}, root = DIST } = {}) {
  let dir = resolve(root);
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    if (`${path}/` === base) { res.writeHead(301, { location: base, ...headers }).end(); return; }
    if (!path.startsWith(base)) { res.writeHead(404, headers).end('not found'); return; }
    const rel = path.slice(base.length);
    const file = normalize(join(dir, rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel));
    if (!file.startsWith(dir + sep)) { res.writeHead(403, headers).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', ...headers }).end(body);
    } catch {
      res.writeHead(404, headers).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    url: `${origin}${base}`,
    origin,
    requests,
    setRoot: (other) => { dir = resolve(other); },
    close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }),
  };
}

export async function launch() {
  const profile = mkdtempSync(join(tmpdir(), 'gymhook-chromium-'));
  const browser = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  return {
    context: browser,
    close: async () => { await browser.close(); rmSync(profile, { recursive: true, force: true }); },
  };
}

/** Opens the app and waits until the Yew app has mounted. Returns the page and its collected errors. */
export async function openApp(context, url) {
  const page = await context.newPage();
  const errors = [];
  const requests = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(url);
  await page.getByTestId('payload-input').waitFor();
  // The field is in the prerendered HTML before the wasm has arrived: wait until the app has taken the page over
  // (Trunk's loader sets wasmBindings once the wasm has started, after the app's first render).
  await page.waitForFunction(() => window.wasmBindings !== undefined);
  return { page, errors, requests };
}

/** Replaces the textarea's content as a paste would, firing one `input` event. */
export async function paste(page, text) {
  await page.getByTestId('payload-input').fill(text);
}

export async function analysisAttrs(page) {
  return page.getByTestId('analysis').evaluate((el) => ({
    vendor: el.dataset.vendor, event: el.dataset.event, knownEvent: el.dataset.knownEvent,
    errors: Number(el.dataset.errors), warnings: Number(el.dataset.warnings),
  }));
}

export async function diagnostics(page) {
  return page.getByTestId('diagnostic').evaluateAll((els) => els.map((el) => ({
    severity: el.dataset.severity, kind: el.dataset.kind, path: el.dataset.path,
    line: Number(el.dataset.line), column: Number(el.dataset.column), text: el.textContent,
  })));
}

// The page's CSP (script-src 'self', no 'unsafe-inline') blocks page.addScriptTag: with `content` it is an
// inline script, and with `path` playwright also inlines the file's text. page.evaluate runs through the
// DevTools protocol, which the page's CSP does not govern, so axe's source is evaluated that way.
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');


/** Runs axe on the whole document; returns the serious and critical violations, summarised. */
export async function seriousViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) await page.evaluate(AXE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

