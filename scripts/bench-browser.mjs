// `make bench`, browser half, and the one table. What a user's browser pays, each figure next to a baseline
// measured in the same run (the machine is shared and noisy: ratios and medians, not absolute times, are what the
// goals in docs/performance.md are about):
//  - first-load bytes of dist/ against a bare Yew counter built the same way (benches/counter/);
//  - first contentful paint, the app taking over its prerendered page, and the GymOS example analysed after
//    navigation (opened from a share link), each against the counter's first render, on a first and a repeat visit;
//    beside them the floor for painting, a static page holding one paragraph (benches/paint-floor/);
//  - real pastes — the text put on the clipboard, Ctrl+V pressed in the paste area — of a ~2 KB, 100 KB, 1 MB, 5 MB
//    and 30 MB text: paste → analysis shown against JSON.parse of the same text in the same page, and the longest
//    main-thread task against the floor, a bare page whose paste handler only reads the text (benches/paste-floor/);
//    and a day of deliveries (10,000 glued raw requests): paste → every delivery summarised in the batch view;
// It then reads the native figures — target/bench-native.json (`cargo run --release --example bench`: throughput)
// and target/bench-pathological.md (`cargo run --release --example pathological`: peak memory of pathological
// inputs, a Markdown table) — and prints everything as one aligned table.
import { createServer } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { launch } from '../tests/e2e/harness.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const APP_DIST = join(ROOT, 'dist');
const COUNTER_DIST = join(ROOT, 'target/bench-counter/dist');
const FLOOR_DIST = join(ROOT, 'benches/paste-floor');
const PAINT_FLOOR_DIST = join(ROOT, 'benches/paint-floor');
const NATIVE = join(ROOT, 'target/bench-native.json');
// The engine alone: the npm package's wasm (`make npm`), the domain without the page or Yew.
const ENGINE_WASM = join(ROOT, 'target/npm/package/engine_bg.wasm');
const PATHOLOGICAL = join(ROOT, 'target/bench-pathological.md');
const RUNS = 7;
// Page loads are cheap and the noisiest figure (other builds on the 2 cores): more of them.
const LOADS = 11;
// The deliveries of the batch paste: a day of a busy club's webhooks.
const BATCH = 10_000;
const KB = 1024;
const MB = KB * KB;
// The app's paste area is in its prerendered HTML: "ready" for the app is its first contentful paint and its
// takeover (`live`), not an element appearing.
const APP_READY = '[data-testid="payload-input"]';
const COUNTER_READY = '[data-testid="counter"]';
const PAINT_FLOOR_READY = '[data-testid="paint-floor"]';

for (const [dir, how] of [[APP_DIST, 'make dist'], [COUNTER_DIST, 'make bench (it builds benches/counter)'], [NATIVE, 'cargo run --release --example bench']]) {
  if (!existsSync(dir)) throw new Error(`${dir} is missing: run ${how} first`);
}

// ---- first-load bytes ---------------------------------------------------------------------------------------------

/** One file's sizes, compressed as firstLoad compresses each file. */
function sizes(bytes) {
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/**
 * The wasm, JS and CSS a first visit loads, each compressed on its own as a server would send it: every script,
 * module preload, wasm preload and stylesheet index.html names, the inline scripts in it (the counter's Trunk loader
 * stays inline; the app's is a file), and the app's analysis-worker.js, which the page starts right after its first
 * render. Not counted, for either: index.html itself, icons, the manifest, and the app's sw.js (the service worker's
 * own script, which then fetches the same files into its cache).
 */
function firstLoad(dist) {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const names = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"/g)) names.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const rel = /\srel="([^"]+)"/.exec(m[0])?.[1];
    const href = /\shref="([^"]+)"/.exec(m[0])?.[1];
    if (href && ['modulepreload', 'preload', 'stylesheet'].includes(rel)) names.add(href);
  }
  const parts = [...names].map((n) => readFileSync(join(dist, n.replace(/^\.?\//, ''))));
  if (existsSync(join(dist, 'analysis-worker.js'))) parts.push(readFileSync(join(dist, 'analysis-worker.js')));
  for (const m of html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) parts.push(Buffer.from(m[1]));
  const sum = (f) => parts.reduce((total, bytes) => total + f(bytes).length, 0);
  return {
    files: parts.length,
    raw: sum((b) => b),
    gzip: sum((b) => gzipSync(b, { level: 9 })),
    brotli: sum((b) => brotliCompressSync(b, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })),
  };
}

// ---- serving -------------------------------------------------------------------------------------------------------

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm', '.css': 'text/css' };

/** Serves `dir` at / with the caching of docs/hosting.md: content-hashed names immutable, everything else revalidated. */
async function serve(dir) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const file = normalize(join(dir, path === '/' ? 'index.html' : path));
    if (!file.startsWith(dir + sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      const immutable = /-[0-9a-f]{8,16}(_bg)?\.[a-z]+$/.test(file);
      res.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      }).end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }) };
}

/**
 * In every page, before its own scripts: when the counter's button (or the app's paste area) first exists, and when
 * the element `until` names first exists, the time since navigation start (performance.now()'s origin); the first
 * contentful paint; when the app has taken over its prerendered page (the
 * end of static/early.js's gymhookTakeover.after(), wrapped here as it is defined); and every long task (≥ 50 ms,
 * the browser's own threshold).
 */
function instrument([ready, until]) {
  window.firstRenderAt = null;
  window.fcpAt = null;
  window.liveAt = null;
  window.doneAt = null;
  const seen = () => {
    const now = performance.now();
    if (window.firstRenderAt === null && document.querySelector(ready)) window.firstRenderAt = now;
    if (until && window.doneAt === null && document.querySelector(until)) window.doneAt = now;
    return window.firstRenderAt !== null && (!until || window.doneAt !== null);
  };
  new MutationObserver((_, o) => { if (seen()) o.disconnect(); })
    .observe(document, { childList: true, subtree: true, attributes: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') window.fcpAt = e.startTime;
  }).observe({ type: 'paint', buffered: true });
  let takeover;
  Object.defineProperty(window, 'gymhookTakeover', {
    configurable: true,
    get: () => takeover,
    set: (given) => {
      takeover = { ...given, after: () => { given.after(); window.liveAt = performance.now(); } };
    },
  });
  window.longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Opens `url` in a new page of `context`; resolves once the counter's button is there, or the app has taken over and
 * the element `until` names (if any) is there. Returns the page and its times since navigation start (ms):
 * `firstRender`, `fcp`, `live` (the app's takeover) and `done` (`until` first matched).
 */
async function load(context, url, ready, errors, until = null) {
  const page = await context.newPage();
  await page.addInitScript(instrument, [ready, until]);
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  // Waited for by a promise in the page, not page.waitForFunction: that injects Playwright's selector engine into
  // the page while it starts (16 ms of script on its main thread, traced), which no visitor's browser runs.
  await page.evaluate((watched) => new Promise((resolve, reject) => {
    const ready = () => (window.gymhookTakeover ? window.liveAt !== null : window.firstRenderAt !== null)
      && window.fcpAt !== null && (!watched || window.doneAt !== null);
    const giveUp = performance.now() + 60_000;
    const check = () => {
      if (ready()) resolve();
      else if (performance.now() > giveUp) reject(new Error('the page was not ready within 60 s'));
      else setTimeout(check, 5);
    };
    check();
  }), until !== null);
  const t = await page.evaluate(() => ({ firstRender: window.firstRenderAt, fcp: window.fcpAt, live: window.liveAt, done: window.doneAt }));
  return { page, ...t };
}

// ---- pastes --------------------------------------------------------------------------------------------------------

/**
 * In the page: a GymOS Session Booked with a supplementalData of about `bytes` bytes, built as
 * tests/e2e/large.test.mjs builds it (a multi-MB string through the test protocol would take seconds).
 */
function buildLarge(bytes) {
  const entries = [];
  for (let i = 0, size = 0; size < bytes; i += 1) {
    const entry = `"mergeField${i}": "value number ${i} for the trigger step, with some text"`;
    entries.push(entry);
    size += entry.length + 2;
  }
  window.benchText = `{"eventType": "Session Booked", "eventTimestampUtc": "2025-11-25T13:42:01Z", "subjectType": "MEMBER",
    "subject": {"member": {"id": "91d6528e-cc6b-4027-9c33-a172ce018c81"}, "lead": null, "attendee": null},
    "payload": {"supplementalData": {${entries.join(', ')}}}}`;
  return window.benchText.length;
}

/**
 * In the page: `n` raw Perfect Gym requests with compact one-line bodies glued by blank lines, as a day of deliveries
 * is captured (each with its own request id; no secret is typed, so no signature is checked).
 */
function buildBatch(n) {
  const requests = [];
  for (let i = 0; i < n; i += 1) {
    const body = JSON.stringify({ event: 'UserModified', triggeredDate: '2020-06-01T14:44:46Z', data: { userId: i } });
    requests.push(`POST /webhooks/pgm HTTP/1.1\r\nHost: receiver.example\r\nContent-Type: application/json\r\n`
      + `X-PerfectGym-Request: bench-${i}\r\nX-PerfectGym-Signature: ${'0'.repeat(32)}\r\n`
      + `Content-Length: ${body.length}\r\n\r\n${body}`);
  }
  window.benchText = requests.join('\r\n\r\n');
  return window.benchText.length;
}

/**
 * In the page: Clear, then wait until the empty analysis is shown and the page has been idle a moment; then put
 * window.benchText on the clipboard for the next paste (not timed: the text is there before the person presses
 * Ctrl+V).
 */
async function clearPaste() {
  const shown = () => {
    const a = document.querySelector('[data-testid="analysis"]');
    return a && a.dataset.event === '' && a.getAttribute('aria-busy') === 'false';
  };
  const clear = document.querySelector('[data-testid="clear-button"]');
  if (!clear.disabled) clear.click();
  while (!shown()) await new Promise((ok) => requestAnimationFrame(ok));
  await navigator.clipboard.writeText(window.benchText);
  await new Promise((ok) => setTimeout(ok, 300));
}

/**
 * In the page, before Ctrl+V: focuses the paste area and arms the watch — the paste starts at the keydown (its
 * timeStamp; the key press, the paste event and the page's handler are one task) and ends when `done(expected)`
 * holds: the app's analysis of the new text shown; on the floor page, its handler having read the text.
 * Resolves window.pasteTimes to { start, end }.
 */
function armPaste(expected) {
  const area = document.querySelector('[data-testid="payload-input"]');
  const done = () => {
    if (window.pastedAt !== undefined) return window.pastedLength === expected.length;
    if (expected.rows !== null) {
      // A batch: every delivery summarised (the status line stops saying "Summarising…").
      const summary = document.querySelector('.batch-summary')?.textContent ?? '';
      return summary.startsWith(`${expected.rows} deliveries`) && !summary.includes('Summarising');
    }
    const a = document.querySelector('[data-testid="analysis"]');
    if (!a || a.getAttribute('aria-busy') !== 'false') return false;
    return expected.event === null
      ? document.querySelector('[data-testid="diagnostic"][data-kind="too-large"]') !== null
      : a.dataset.event === expected.event;
  };
  area.focus();
  window.pasteTimes = new Promise((resolve) => {
    document.addEventListener('keydown', (e) => {
      const start = e.timeStamp;
      const check = () => {
        if (done()) resolve({ start, end: window.pastedAt ?? performance.now() });
        else requestAnimationFrame(check);
      };
      requestAnimationFrame(check);
    }, { once: true, capture: true });
  });
}

/** Presses Ctrl+V in `page` (armed) and returns the paste's duration and its longest main-thread task. */
async function timedPaste(page, expected) {
  // A person pastes into the tab in front of them. A tab behind another gets its animation frames late (Chromium
  // throttles them), which here made a 2 KB paste look ten times slower than it is.
  await page.bringToFront();
  await page.evaluate(armPaste, expected);
  await page.keyboard.press('Control+V');
  const { start, end } = await page.evaluate(() => window.pasteTimes);
  // Long-task entries arrive a little after the task; then take those overlapping the keydown → result window.
  await page.waitForTimeout(300);
  const longest = await page.evaluate(([from, to]) => Math.max(0, ...window.longTasks
    .filter((t) => t.start < to && t.end > from).map((t) => t.end - t.start)), [start, end]);
  return { ms: end - start, longest };
}

/** In the page: JSON.parse of window.benchText, ms per call, over calls repeated for at least 30 ms. */
function timeJsonParse() {
  const text = window.benchText;
  const started = performance.now();
  let calls = 0;
  let elapsed;
  do {
    JSON.parse(text);
    calls += 1;
    elapsed = performance.now() - started;
  } while (elapsed < 30);
  return elapsed / calls;
}

/**
 * `RUNS` real pastes of the text `build()` leaves in window.benchText, into the app's page (cleared before each) and
 * into the floor page. `event` is the event the analysis must show, or null for a text past the size limit; `rows`,
 * for a batch, the deliveries it must list (and then there is no JSON.parse to compare with).
 */
async function measurePaste(page, floor, label, build, event, rows = null) {
  const bytes = await build(page);
  await build(floor);
  const expected = { event, rows, length: bytes };
  const [times, longest, floorTimes, floorLongest, parse] = [[], [], [], [], []];
  for (let run = 0; run < RUNS; run++) {
    // A JSON.parse sample in every run, between pastes: a burst of load from elsewhere hits both figures.
    if (event !== null && rows === null) parse.push(await page.evaluate(timeJsonParse));
    await page.evaluate(clearPaste);
    const app = await timedPaste(page, expected);
    times.push(app.ms);
    longest.push(app.longest);
    await floor.evaluate(() => {
      delete window.pastedAt;
      document.querySelector('textarea').value = '';
      return navigator.clipboard.writeText(window.benchText);
    });
    const bare = await timedPaste(floor, expected);
    floorTimes.push(bare.ms);
    floorLongest.push(bare.longest);
  }
  const worst = (xs) => Math.max(...xs);
  return {
    label, bytes, ms: median(times), parse: parse.length ? median(parse) : null,
    longestMax: worst(longest), longRuns: longest.filter((t) => t > 0).length, longestMedian: median(longest),
    floorMax: worst(floorLongest), floorMedian: median(floorLongest), floorMs: median(floorTimes),
  };
}

// ---- the run -------------------------------------------------------------------------------------------------------

const size = {
  app: firstLoad(APP_DIST),
  counter: firstLoad(COUNTER_DIST),
  engine: existsSync(ENGINE_WASM) ? sizes(readFileSync(ENGINE_WASM)) : null,
};
const app = await serve(APP_DIST);
const counter = await serve(COUNTER_DIST);
const floorSite = await serve(FLOOR_DIST);
const paintFloor = await serve(PAINT_FLOOR_DIST);
const errors = [];
// Per visit kind: the counter's first render; the paint floor's first contentful paint; the app's first contentful
// paint and takeover; the example analysed.
const loads = () => ({ counter: [], floor: [], fcp: [], live: [], example: [] });
const render = { first: loads(), repeat: loads() };
const pastes = [];
const EXAMPLE_SHOWN = '[data-testid="analysis"][data-event="Session Booked"][aria-busy="false"]';
const options = {
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};
const fresh = await chromium.launch(options);
const profile = await launch();
try {
  const context = profile.context;
  for (const site of [app, floorSite]) {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(site.url).origin });
  }
  // The GymOS example as a share link, the way it arrives from a ticket: made once by the app itself.
  const maker = (await load(context, app.url, APP_READY, errors)).page;
  await maker.getByRole('button', { name: 'GymOS example' }).click();
  await maker.waitForSelector(EXAMPLE_SHOWN);
  const exampleText = await maker.getByTestId('payload-input').inputValue();
  // The link goes to the clipboard only (the address bar is never touched): read it from there.
  await maker.waitForFunction(() => document.querySelector('[data-testid="share"]')?.dataset.state === 'redacted');
  await maker.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
  await maker.getByTestId('share-button').click();
  await maker.waitForFunction(() => navigator.clipboard.readText().then((t) => t.includes('#/s/')));
  const exampleLink = await maker.evaluate(() => navigator.clipboard.readText());
  await maker.evaluate(() => navigator.serviceWorker.ready.then(() => new Promise((ok) => setTimeout(ok, 1000))));
  await maker.close();

  /** One round of loads: the counter, the paint floor, the app, the app opening the example link; alternating, so a
   * burst of load from other processes hits all of them. */
  const round = async (open, into) => {
    into.counter.push((await open(counter.url, COUNTER_READY)).firstRender);
    into.floor.push((await open(paintFloor.url, PAINT_FLOOR_READY)).fcp);
    const plain = await open(app.url, APP_READY);
    into.fcp.push(plain.fcp);
    into.live.push(plain.live);
    into.example.push((await open(exampleLink, APP_READY, EXAMPLE_SHOWN)).done);
  };
  // First visit: a new context (empty cache, no service worker) per load.
  for (let run = 0; run < LOADS; run++) {
    await round(async (url, ready, until) => {
      const c = await fresh.newContext({ viewport: { width: 1280, height: 900 } });
      const t = await load(c, url, ready, errors, until);
      await c.close();
      return t;
    }, render.first);
  }
  await fresh.close();
  // Repeat visit: new tabs of one browser profile, after the untimed visits above filled the HTTP cache and the
  // app's service worker cache (the counter: one untimed visit here).
  (await load(context, counter.url, COUNTER_READY, errors)).page.close();
  for (let run = 0; run < LOADS; run++) {
    await round(async (url, ready, until) => {
      const t = await load(context, url, ready, errors, until);
      await t.page.close();
      return t;
    }, render.repeat);
  }

  // Real pastes: one app page (a repeat visit) and one floor page; every run clears first, so each paste is a
  // change to analyse.
  const { page } = await load(context, app.url, APP_READY, errors);
  const floor = await context.newPage();
  await floor.addInitScript(instrument, ['textarea', null]);
  await floor.goto(floorSite.url);
  const example = (p) => p.evaluate((text) => { window.benchText = text; return text.length; }, exampleText);
  pastes.push(await measurePaste(page, floor, 'GymOS example', example, 'Session Booked'));
  for (const [label, bytes, event] of [['100 KB', 100 * KB, 'Session Booked'], ['1 MB', MB, 'Session Booked'],
    ['5 MB', 5 * MB, 'Session Booked'], ['30 MB', 30 * MB, null]]) {
    pastes.push(await measurePaste(page, floor, label, (p) => p.evaluate(buildLarge, bytes), event));
  }
  pastes.push(await measurePaste(page, floor, 'batch', (p) => p.evaluate(buildBatch, BATCH), null, BATCH));
} finally {
  await fresh.close();
  await profile.close();
  await app.close();
  await counter.close();
  await floorSite.close();
  await paintFloor.close();
}
if (errors.length) throw new Error(`page errors during the bench:\n${errors.join('\n')}`);

/**
 * The rows of examples/pathological.rs's Markdown table, read by its column names: `input` (what it is), `size`
 * and `added by analyze` (the peak resident set over the one just before analysing, in MB, which it prints to one
 * decimal), `analyze` (the time, as printed).
 */
function pathological() {
  if (!existsSync(PATHOLOGICAL)) return null;
  const lines = readFileSync(PATHOLOGICAL, 'utf8').split('\n').filter((l) => l.startsWith('|'));
  const cells = (l) => l.split('|').slice(1, -1).map((c) => c.trim());
  const names = cells(lines[0] ?? '|');
  const col = (name) => {
    const i = names.indexOf(name);
    if (i < 0) throw new Error(`${PATHOLOGICAL} has no column "${name}" (columns: ${names.join(', ')})`);
    return i;
  };
  const [input, size, analyze, added] = ['input', 'size', 'analyze', 'added by analyze'].map(col);
  const bytes = (c) => {
    const [, n, unit] = /^([\d.]+)\s*(B|KB|MB|GB)$/.exec(c) ?? [];
    if (!n) throw new Error(`${PATHOLOGICAL}: "${c}" is not a size`);
    return Number(n) * { B: 1, KB, MB, GB: KB * MB }[unit];
  };
  return lines.slice(2).map(cells).map((c) => ({
    input: c[input].replaceAll('`', ''), size: bytes(c[size]), analyze: c[analyze], added: bytes(c[added]),
  }));
}

// ---- the table -----------------------------------------------------------------------------------------------------

const native = JSON.parse(readFileSync(NATIVE, 'utf8'));
const kb = (b) => `${(b / KB).toFixed(1)} KB`;
const mb = (b) => `${(b / MB).toFixed(1)} MB`;
const ms = (t) => `${t < 0.1 ? t.toFixed(4) : t < 10 ? t.toFixed(2) : t.toFixed(1)} ms`;
const x = (r) => `${r < 10 ? r.toFixed(2) : r.toFixed(1)}×`;
/** "yes", or "no" with how far off: `value` against a limit `goal` that it should not exceed. */
const over = (value, goal) => { const p = (value / goal - 1) * 100; return `${p < 1 ? p.toFixed(1) : Math.round(p)}% over`; };
const atMost = (value, goal, unit = (v) => x(v)) => (value <= goal ? 'yes' : `no: ${unit(value)}, ${over(value, goal)}`);

const rows = [];
const row = (what, ours, base, ratio, goal, met) => rows.push([what, ours, base ?? '—', ratio ?? '—', goal ?? '—', met ?? '—']);
for (const [key, name] of [['raw', 'raw'], ['gzip', 'gzip -9'], ['brotli', 'brotli -11']]) {
  const r = size.app[key] / size.counter[key];
  row(`first-load bytes, ${name}`, kb(size.app[key]), `counter ${kb(size.counter[key])}`, x(r),
    key === 'gzip' ? '≤ 2.5×' : null, key === 'gzip' ? atMost(r, 2.5) : null);
}
// What any page that analyses in the browser with this engine loads at least: the counter (Yew) and the engine.
if (size.engine) {
  for (const [key, name] of [['gzip', 'gzip -9'], ['brotli', 'brotli -11']]) {
    const floor = size.counter[key] + size.engine[key];
    row(`  the engine alone (the npm package's wasm), ${name}; with the counter`, `${kb(size.engine[key])}; ${kb(floor)}`,
      `counter ${kb(size.counter[key])}`, x(floor / size.counter[key]));
  }
} else row('  the engine alone (the npm package\'s wasm)', `not measured: no ${ENGINE_WASM}`);
for (const [key, name] of [['first', 'first visit'], ['repeat', 'repeat visit']]) {
  const r = render[key];
  const base = median(r.counter);
  const vs = (ours, what, goal) => {
    const ratio = median(ours) / base;
    row(`${what}, ${name}`, ms(median(ours)), `counter first render ${ms(base)}`, x(ratio),
      goal === null ? null : `≤ ${goal}×`, goal === null ? null : atMost(ratio, goal));
  };
  vs(r.floor, 'first contentful paint of a static page holding one paragraph (the floor)', null);
  vs(r.fcp, 'first contentful paint', 0.6);
  vs(r.live, 'navigation → app live (prerendered page hydrated)', null);
  vs(r.example, 'navigation → GymOS example analysed (share link)', 2.0);
}
for (const p of pastes) {
  const what = p.label === 'batch'
    ? `Ctrl+V → batch listed, ${BATCH.toLocaleString('en')} glued requests ${mb(p.bytes)}`
    : `Ctrl+V → analysis shown, ${p.label === 'GymOS example' ? `GymOS example ${kb(p.bytes)}` : p.label}`;
  // Beside JSON.parse: how long the bare page takes from the keydown to its handler having the text.
  const received = `bare page has it ${ms(p.floorMs)}`;
  if (p.parse === null) row(what, ms(p.ms), received, null, null, null);
  else {
    const [base, ratio] = [`JSON.parse ${ms(p.parse)}; ${received}`, p.ms / p.parse];
    if (p.label === 'GymOS example') row(what, ms(p.ms), base, x(ratio), '≤ 16 ms', atMost(p.ms, 16, ms));
    else if (p.label === '1 MB') row(what, ms(p.ms), base, x(ratio), '≤ 10× JSON.parse', atMost(ratio, 10));
    else row(what, ms(p.ms), base, x(ratio));
  }
  // The worst of the runs, for both: a single long task is what a person feels.
  const task = (t) => (t === 0 ? 'none ≥ 50 ms' : ms(t));
  const ours = p.longRuns === 0 ? task(0) : `${ms(p.longestMax)} (${p.longRuns} of ${RUNS} runs had one)`;
  const floorText = `bare page ${task(p.floorMax)}`;
  const ratio = p.floorMax > 0 ? x(p.longestMax / p.floorMax) : null;
  if (p.label === '5 MB') row('  longest main-thread task in it', ours, floorText, ratio, 'none > 50 ms', atMost(p.longestMax, 50, ms));
  else if (p.label === '30 MB') {
    const met = p.floorMax > 0 ? atMost(p.longestMax / p.floorMax, 1.5) : (p.longestMax === 0 ? 'yes' : 'no: the bare page had none');
    row('  longest main-thread task in it', ours, floorText, ratio, '≤ 1.5× bare page', met);
  } else row('  longest main-thread task in it', ours, floorText, ratio);
}
for (const t of native.throughput) {
  const mbps = (s) => `${(t.bytes / s / 1e6).toFixed(1)} MB/s`;
  row(`native analyze, ${t.label} ${t.bytes < MB / 2 ? kb(t.bytes) : mb(t.bytes)}`, mbps(t.analyze_s), `serde_json ${mbps(t.serde_json_s)}`, `${x(t.analyze_s / t.serde_json_s)} time`);
}
const memory = pathological();
if (!memory) row('native peak memory', `not measured: no ${PATHOLOGICAL}`);
for (const p of memory ?? []) {
  const r = p.added / p.size;
  row(`native peak memory, ${p.input}`, `+${mb(p.added)}, ${p.analyze}`, `input ${mb(p.size)}`, x(r), '< 20× input',
    r < 20 ? 'yes' : `no: ${x(r)}, ${over(r, 20)}`);
}

const header = ['what', 'app', 'baseline', 'ratio', 'goal', 'met?'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd();
console.log(`\nmedians of ${LOADS} page loads of each kind and ${RUNS} pastes (longest tasks: the worst run); 1 KB = 1024 bytes, 1 MB = 1024 KB; ratios against baselines measured in this run`);
console.log(line(header));
for (const r of rows) console.log(line(r));
