// How long 10,000 deliveries take to list in the batch view, and the longest main-thread task meanwhile,
// for each built site given (`node scripts/bench-batch.mjs dist other-dist`): the same pastes, the same
// browser, one run, so two builds compare on a shared, noisy machine. Two pastes: JSON Lines of bodies
// behind a log prefix, and raw requests glued one after another (headers, request ids, retries).
// Figures are medians of RUNS pastes; the longest task is the largest seen in any run.
import { serveDist, launch, openApp } from '../tests/e2e/harness.mjs';
import { resolve } from 'node:path';

const RUNS = 3;
const COUNT = 10_000;
const dists = process.argv.slice(2).map((d) => resolve(d));
if (dists.length === 0) throw new Error('usage: node scripts/bench-batch.mjs DIST [DIST…]');

const body = (i) => JSON.stringify({ event: i % 3 ? 'UserModified' : 'ClassesBooked', triggeredDate: '2025-11-26T16:02:01Z', data: { userId: 1000 + i } });
const PASTES = {
  'JSON Lines': Array.from({ length: COUNT }, (_, i) => `2025-11-26T16:02:01Z INFO webhook ${body(i)}`).join('\n'),
  'glued requests': Array.from({ length: COUNT }, (_, i) => `POST /webhooks/pgm HTTP/1.1\r\nContent-Type: application/json\r\n`
    + `X-PerfectGym-Request: req-${i % 9000}\r\nX-PerfectGym-Signature: 0123456789abcdef0123456789abcdef\r\n\r\n${body(i)}`).join('\r\n\r\n'),
};

/** In the page: pastes `text` from a page task (work inside the protocol's evaluate is no long task), then
 * resolves when every row is summarised, with the time it took and the longest task meanwhile. */
function pasteAndList(text) {
  return new Promise((done) => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.longTasks.push({ start: e.startTime, end: e.startTime + e.duration });
    }).observe({ type: 'longtask' });
    const area = document.querySelector('[data-testid="payload-input"]');
    setTimeout(() => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      const started = performance.now();
      if (area.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))) {
        area.value = text;
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
      }
      const check = () => {
        const batch = document.querySelector('[data-testid="batch"]');
        const summary = batch?.querySelector('.batch-summary')?.textContent ?? '';
        if (batch?.dataset.count === String(text.split(/\n(?=2025|POST)/).length) && !summary.includes('Summarising')) {
          const ended = performance.now();
          // Long-task entries arrive a little after their task.
          setTimeout(() => done({ ms: ended - started, longest: Math.max(0, ...window.longTasks
            .filter((t) => t.end > started && t.start < ended).map((t) => t.end - t.start)) }), 300);
        } else {
          requestAnimationFrame(check);
        }
      };
      requestAnimationFrame(check);
    }, 0);
  });
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launch();
try {
  for (const dist of dists) {
    const server = await serveDist({ root: dist });
    try {
      for (const [label, text] of Object.entries(PASTES)) {
        const runs = [];
        for (let run = 0; run < RUNS; run++) {
          const { page } = await openApp(browser.context, server.url);
          runs.push(await page.evaluate(pasteAndList, text));
          await page.close();
        }
        const ms = median(runs.map((r) => r.ms));
        const longest = Math.max(...runs.map((r) => r.longest));
        console.log(`${dist}\t${label}\t${COUNT} listed in ${(ms / 1000).toFixed(2)} s\tlongest main-thread task ${longest.toFixed(0)} ms`);
      }
    } finally {
      await server.close();
    }
  }
} finally {
  await browser.close();
}
