// Trunk post-build hook (Trunk.toml `[[hooks]] stage = "post_build"`): runs after every `trunk build` and every
// `trunk serve` rebuild, in Trunk's staging directory (TRUNK_STAGING_DIR) just before it becomes dist/.
//  1. Strict CSP: every inline <script> Trunk wrote (its wasm loader; under `trunk serve` also its autoreload client)
//     moves into a content-hashed file referenced with src + integrity, so no 'unsafe-inline' is needed.
//  2. The web app manifest and its icons are renamed by content hash and index.html links the new name, so every file
//     but index.html and sw.js can be cached forever.
//  3. Release (TRUNK_PROFILE=release): static/pwa.js (registration + update banner) is added, content-hashed, and
//     sw.js is written from static/sw.js with every built file to precache and a version hashed over all of them.
//     Debug builds get static/sw-retire.js as sw.js instead: it caches nothing and retires a release worker.
//  4. The exports (schemas/: JSON Schema, OpenAPI, AsyncAPI, TypeScript, Pydantic, C#, Go, Rust and
//     index.json) are written by the native `gymhook export --format all`, before the service worker lists the
//     files, so they are precached too. The page fetches them; no generator is compiled into the wasm. Beside them:
//     the signature test vectors (`gymhook vectors`) and the receiver tests that read them (snippets/tests/).
//  5. Prerendering: the native `gymhook prerender` (Yew's server renderer) draws the app's first view, which goes
//     into index.html's <body> so the page paints before the wasm arrives, and the whole field reference, written
//     as reference/index.html (readable and printable without JavaScript). static/early.js, a classic script in the
//     <head> of both, applies the remembered theme before the first paint and carries over to the live app what was
//     typed or pasted before the wasm was ready.
// Also a module: the browser tests import serviceWorker() and precacheList() to build a second deploy and check URLs.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const STATIC = resolve(import.meta.dirname, '../static');

const digest = (bytes) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
const integrity = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const hashedName = (name, bytes) => `${basename(name, extname(name))}-${digest(bytes)}${extname(name)}`;

/** Writes `bytes` as `<stem>-<hash><ext>` in `dir` and returns the file name. */
async function writeHashed(dir, stem, ext, bytes) {
  const name = hashedName(stem + ext, bytes);
  await writeFile(join(dir, name), bytes);
  return name;
}

/** Moves each inline <script> into its own hashed file. Trunk's own output is regular enough for a pattern. */
async function externalizeInlineScripts(dir, html) {
  const written = [];
  const pending = [];
  html = html.replace(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi, (tag, attrs, body) => {
    if (/\ssrc\s*=/i.test(attrs) || body.trim() === '') return tag;
    let stem = 'inline';
    if (body.includes('{{__TRUNK_ADDRESS__}}')) {
      stem = 'autoreload';
      // trunk serve fills these in HTML responses only; a .js file must find its server and path on its own.
      body = body
        .replaceAll("'{{__TRUNK_ADDRESS__}}'", 'window.location.host')
        .replaceAll("'{{__TRUNK_WS_BASE__}}'", "new URL('./', window.location.href).pathname");
    } else if (body.includes('TrunkApplicationStarted')) {
      stem = 'loader';
    }
    const bytes = Buffer.from(body.trim() + '\n');
    const name = hashedName(`${stem}.js`, bytes);
    pending.push(writeFile(join(dir, name), bytes));
    written.push(name);
    return `<script${attrs} src="./${name}" integrity="${integrity(bytes)}"></script>`;
  });
  await Promise.all(pending);
  return { html, written };
}

/** Renames the manifest and the icons it lists by content hash; returns index.html pointing at the new name. */
async function hashManifest(dir, html) {
  const link = 'href="./manifest.webmanifest"';
  if (!html.includes(link)) return { html, written: [] };
  const manifest = JSON.parse(await readFile(join(dir, 'manifest.webmanifest'), 'utf8'));
  const written = [];
  for (const icon of manifest.icons ?? []) {
    const name = hashedName(icon.src, await readFile(join(dir, icon.src)));
    await rename(join(dir, icon.src), join(dir, name));
    icon.src = name;
    written.push(name);
  }
  const name = await writeHashed(dir, 'manifest', '.webmanifest', Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
  await rm(join(dir, 'manifest.webmanifest'));
  written.push(name);
  return { html: html.replace(link, `href="./${name}"`), written };
}

/** Every file under `dir`, as a sorted list of relative POSIX paths. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? e.path, e.name)).split(sep).join('/'))
    .sort();
}

/**
 * The release service worker for the site in `dir`: static/sw.js with ASSETS = './' (the page) plus every file
 * except index.html and sw.js, and VERSION hashed over the template and every file's name and content.
 */
export async function serviceWorker(dir) {
  const template = await readFile(join(STATIC, 'sw.js'), 'utf8');
  const files = (await listFiles(dir)).filter((f) => f !== 'sw.js');
  const hash = createHash('sha256').update(template);
  for (const file of files) hash.update(`\0${file}\0`).update(await readFile(join(dir, file)));
  const version = hash.digest('hex').slice(0, 16);
  const assets = ['./', ...files.filter((f) => f !== 'index.html').map((f) => `./${f}`)];
  const text = template
    .replace(/^const VERSION = .*;$/m, `const VERSION = ${JSON.stringify(version)};`)
    .replace(/^const ASSETS = .*;$/m, `const ASSETS = ${JSON.stringify(assets, null, 2)};`);
  if (!text.includes(version) || !text.includes(assets.at(-1))) throw new Error('static/sw.js: VERSION or ASSETS line not found');
  return { text, version, assets };
}

/** The VERSION and ASSETS of a written sw.js. */
export function precacheList(swText) {
  const version = JSON.parse(swText.match(/^const VERSION = (.*);$/m)[1]);
  const assets = JSON.parse(swText.match(/^const ASSETS = (\[[\s\S]*?\]);$/m)[1]);
  return { version, assets };
}

/** Runs the native command line (`gymhook …args`) from the repository's root. */
function gymhook(...args) {
  execFileSync('cargo', ['run', '--quiet', '--bin', 'gymhook', '--', ...args], {
    cwd: resolve(import.meta.dirname, '..'),
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Runs the native command line's export into `out`, then its signature test vectors (`<vendor>.vectors.json`
 *  for each vendor that signs) and the ready-to-run receiver tests that read them (`receiver-tests/`);
 *  returns how many files `out` holds. */
function exportSchemas(out) {
  gymhook('export', '--format', 'all', '--out', out);
  gymhook('vectors', '--out', out);
  cpSync(resolve(import.meta.dirname, '..', 'snippets', 'tests'), join(out, 'receiver-tests'), { recursive: true });
  return readdirSync(out).length;
}

/** The prerendered body fragments: `app` (the first view) and `reference` (the reference document). */
async function prerender() {
  const out = await mkdtemp(join(tmpdir(), 'gymhook-prerender-'));
  try {
    gymhook('prerender', '--out', out);
    return { app: await readFile(join(out, 'app.html'), 'utf8'), reference: await readFile(join(out, 'reference.html'), 'utf8') };
  } finally {
    await rm(out, { recursive: true, force: true });
  }
}

/** A `<script>` (classic: it runs before the first paint) for a file at `src`, with its integrity hash. */
const classicScript = (src, bytes) => `<script src="${src}" integrity="${integrity(bytes)}"></script>`;

/**
 * reference/index.html: the reference document's body in a page of its own, with index.html's CSP and the same
 * stylesheet, icon and early.js (one level up).
 */
async function referenceDocument(dir, indexHtml, body, early) {
  const pick = (pattern, what) => {
    const m = indexHtml.match(pattern);
    if (!m) throw new Error(`index.html has no ${what}`);
    return m;
  };
  const csp = pick(/<meta http-equiv="Content-Security-Policy"[^>]*>/, 'CSP meta')[0];
  const css = pick(/<link rel="stylesheet" href="\.\/([^"]+)"/, 'stylesheet')[1];
  const icon = pick(/<link rel="icon" href="\.\/([^"]+)"/, 'icon')[1];
  const cssBytes = await readFile(join(dir, css));
  const html = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="description" content="Every event, object and field the webhooks send, by vendor: type, description, provenance, example and personal-data mark." />
    ${csp}
    <title>Field reference — gymhook</title>
    <link rel="stylesheet" href="../${css}" integrity="${integrity(cssBytes)}" />
    <link rel="icon" href="../${icon}" />
    ${classicScript(`../${early.name}`, early.bytes)}
  </head>
  <body class="reference-document">
${body}
  </body>
</html>
`;
  await mkdir(join(dir, 'reference'), { recursive: true });
  await writeFile(join(dir, 'reference', 'index.html'), html);
  return 'reference/index.html';
}

async function main() {
  const dir = process.env.TRUNK_STAGING_DIR;
  if (!dir) throw new Error('postbuild.mjs runs as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)');
  const release = process.env.TRUNK_PROFILE === 'release';
  const indexPath = join(dir, 'index.html');
  let html = await readFile(indexPath, 'utf8');

  const scripts = await externalizeInlineScripts(dir, html);
  const manifest = await hashManifest(dir, scripts.html);
  html = manifest.html;
  const written = [...scripts.written, ...manifest.written];
  written.push(`schemas/ (${exportSchemas(join(dir, 'schemas'))} files)`);

  const pages = await prerender();
  const earlyBytes = await readFile(join(STATIC, 'early.js'));
  const early = { name: await writeHashed(dir, 'early', '.js', earlyBytes), bytes: earlyBytes };
  written.push(early.name);
  if (!html.includes('<body>') || !html.includes('</head>')) throw new Error('index.html has no <body> or </head>');
  // Last in <head>: a classic script blocks the parser until it has run, so the stylesheet, the glue and the wasm
  // are already on their way when it is fetched (first in <head>, it held them back a round trip, and the first paint).
  html = html
    .replace('</head>', `  ${classicScript(`./${early.name}`, early.bytes)}\n  </head>`)
    .replace('<body>', `<body>${pages.app}`);
  written.push(`index.html (first view prerendered, ${pages.app.length} characters)`);
  written.push(await referenceDocument(dir, html, pages.reference, early));

  if (release) {
    const bytes = await readFile(join(STATIC, 'pwa.js'));
    const name = await writeHashed(dir, 'pwa', '.js', bytes);
    html = html.replace('</head>', `\n    <script type="module" src="./${name}" integrity="${integrity(bytes)}"></script>\n  </head>`);
    written.push(name);
  }
  const inline = html.match(/<script\b(?![^>]*\ssrc\s*=)[^>]*>/i);
  if (inline) throw new Error(`index.html still has an inline script: ${inline[0]}`);
  await writeFile(indexPath, html);

  if (release) {
    const sw = await serviceWorker(dir);
    await writeFile(join(dir, 'sw.js'), sw.text);
    written.push(`sw.js (version ${sw.version}, ${sw.assets.length} URLs to precache)`);
  } else {
    await writeFile(join(dir, 'sw.js'), await readFile(join(STATIC, 'sw-retire.js')));
    written.push('sw.js (development: retires any caching worker)');
  }
  console.log(`postbuild (${release ? 'release' : 'debug'}): ${written.join(', ')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error) => { console.error(`postbuild: ${error.message}`); process.exit(1); });
}
