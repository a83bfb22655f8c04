// gymhook's service worker: after one visit the page loads and works with the network off.
// This is a template: scripts/postbuild.mjs writes dist/sw.js from it for release builds, filling in VERSION (a hash
// of every built file, so any change makes a new worker) and ASSETS (every built file, relative to this script).
// Cache-first for those files; anything else goes to the network untouched. A new worker waits until the page asks
// it to take over (the "A new version of gymhook is ready" banner in pwa.js posts {type: 'SKIP_WAITING'}).
const VERSION = 'template';
const ASSETS = [];

// One cache per deploy and per scope, so two copies of gymhook on one origin (say /a/ and /b/) never clear each other.
const PREFIX = `gymhook:${self.registration.scope}:`;
const CACHE = PREFIX + VERSION;
const INDEX = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so a fresh index.html is never paired with stale files or vice versa.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS.map((url) => new Request(url, { cache: 'reload' })))));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys().then((keys) => Promise.all(
    keys.filter((key) => key.startsWith(PREFIX) && key !== CACHE).map((key) => caches.delete(key)))));
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  let key = request;
  if (request.mode === 'navigate') {
    // The page itself, whatever query it carries (routes live in the fragment, which is never sent), and the
    // field reference document (reference/, cached as reference/index.html).
    const path = url.origin + url.pathname;
    if (path === INDEX || path === `${INDEX}index.html`) key = INDEX;
    else if (path === `${INDEX}reference/` || path === `${INDEX}reference/index.html`) key = `${INDEX}reference/index.html`;
    else return;
  } else if (!request.url.startsWith(self.registration.scope)) {
    return;
  }
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(key, { ignoreSearch: request.mode === 'navigate' }))
    .then((hit) => (hit ? unredirected(hit) : fetch(request))));
});

// A host that answered './' with a redirect leaves a `redirected` response in the cache, which a navigation may not use.
function unredirected(response) {
  if (!response.redirected) return response;
  return response.blob().then((body) => new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers }));
}
