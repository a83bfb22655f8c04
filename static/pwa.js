// Offline support, page side (release builds only: scripts/postbuild.mjs adds this file, content-hashed, next to
// dist/sw.js). Registers ./sw.js for the page's own directory, so any sub-path works, and when a newer deploy's worker
// is installed and waiting, shows "A new version of gymhook is ready" with a Reload button that hands over to it.
if ('serviceWorker' in navigator) {
  const sw = navigator.serviceWorker;
  let reloading = false;
  sw.addEventListener('controllerchange', () => {
    if (reloading) window.location.reload();
  });

  sw.register('./sw.js', { scope: './' }).then((registration) => {
    // Only an update is news: the very first worker installs silently while nothing controls the page.
    const offer = (worker) => {
      if (worker && sw.controller) afterAppMounted(() => showBanner(worker));
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const worker = registration.installing;
      worker?.addEventListener('statechange', () => {
        if (worker.state === 'installed') offer(worker);
      });
    });
    // A tab left open for days still hears about deploys: look again whenever it comes back into view.
    document.addEventListener('visibilitychange', () => {
      if (document.visibilityState === 'visible') registration.update().catch(() => {});
    });
  }).catch((error) => console.warn('gymhook: offline mode is unavailable here:', error));

  function showBanner(worker) {
    if (document.querySelector('[data-testid="update-ready"]')) return;
    const banner = document.createElement('div');
    banner.className = 'update-ready';
    banner.dataset.testid = 'update-ready';
    banner.setAttribute('role', 'status');
    const text = document.createElement('span');
    text.textContent = 'A new version of gymhook is ready';
    const reload = document.createElement('button');
    reload.type = 'button';
    reload.className = 'update-reload';
    reload.dataset.testid = 'update-reload';
    reload.textContent = 'Reload';
    reload.addEventListener('click', () => {
      reload.disabled = true;
      reloading = true;
      // Another tab may already have switched to it; then only this page is left to reload.
      if (worker.state === 'activated') window.location.reload();
      else worker.postMessage({ type: 'SKIP_WAITING' });
    });
    const dismiss = document.createElement('button');
    dismiss.type = 'button';
    dismiss.className = 'update-dismiss';
    dismiss.setAttribute('aria-label', 'Dismiss');
    dismiss.textContent = '×';
    dismiss.addEventListener('click', () => banner.remove());
    document.body.append(banner);
    // Filled after insertion, so screen readers announce the live region's new content.
    window.setTimeout(() => banner.append(text, reload, dismiss), 50);
  }
}

// Yew empties <body> when it mounts, so anything added before then would vanish.
function afterAppMounted(run) {
  if (window.wasmBindings) run();
  else window.addEventListener('TrunkApplicationStarted', () => run(), { once: true });
}
