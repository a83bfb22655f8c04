// Development builds' sw.js (written by scripts/postbuild.mjs when TRUNK_PROFILE is not release): it caches nothing.
// It exists for one case: a release build once served on this origin (say 127.0.0.1:8080) left its caching worker
// behind, which would keep serving that old build instead of `trunk serve`. The browser's routine update check
// fetches this file, installs it, and it removes gymhook's caches, unregisters itself and reloads the open pages.
self.addEventListener('install', () => self.skipWaiting());

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    const prefix = `gymhook:${self.registration.scope}:`;
    const keys = await caches.keys();
    await Promise.all(keys.filter((key) => key.startsWith(prefix)).map((key) => caches.delete(key)));
    await self.registration.unregister();
    const pages = await self.clients.matchAll({ type: 'window' });
    await Promise.all(pages.map((page) => page.navigate(page.url).catch(() => {})));
  })());
});
