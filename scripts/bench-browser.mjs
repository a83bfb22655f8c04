// Part of `make bench`: what a user's browser pays. Prints the release wasm size (raw and gzip) and the
// time from an input event to the updated analysis for a typical and a ~1 MB payload, in headless Chromium.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { serveDist, launch, openApp } from '../tests/e2e/harness.mjs';

const RUNS = 5;
const wasm = readdirSync('dist').find((f) => f.endsWith('.wasm'));
const bytes = readFileSync(`dist/${wasm}`);
const js = readdirSync('dist').find((f) => f.endsWith('.js'));
console.log(`wasm: ${bytes.length} B raw, ${gzipSync(bytes, { level: 9 }).length} B gzip; js glue: ${readFileSync(`dist/${js}`).length} B raw`);

const server = await serveDist();
const browser = await launch();
try {
  const { page } = await openApp(browser.context, server.url);
  await page.getByRole('button', { name: 'GymOS example' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]').dataset.vendor === 'gymos');
  const typical = await page.getByTestId('payload-input').inputValue();
  const entries = [];
  for (let i = 0; entries.join(',').length < 1024 * 1024; i++) entries.push(`"mergeField${i}": "value number ${i} for the trigger step"`);
  const large = typical.replace('"payload": {', `"payload": {"supplementalData": {${entries.join(', ')}},`);
  for (const [label, text] of [['typical', typical], ['~1 MB', large]]) {
    const times = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternate with an empty paste so every run is a real change.
      times.push(await page.evaluate((t) => new Promise((resolve) => {
        const panel = document.querySelector('[data-testid="analysis"]');
        const area = document.querySelector('[data-testid="payload-input"]');
        area.value = '';
        area.dispatchEvent(new Event('input', { bubbles: true }));
        setTimeout(() => {
          const started = performance.now();
          // The panel is busy from the edit until the analysis of that very text is shown.
          let sawBusy = false;
          new MutationObserver((_, o) => {
            sawBusy ||= panel.getAttribute('aria-busy') === 'true';
            if (sawBusy && panel.getAttribute('aria-busy') === 'false' && panel.dataset.vendor === 'gymos') {
              o.disconnect();
              resolve(performance.now() - started);
            }
          }).observe(panel, { attributes: true });
          area.value = t;
          area.dispatchEvent(new Event('input', { bubbles: true }));
        }, 50);
      }), text));
    }
    times.sort((a, b) => a - b);
    console.log(`${label} payload (${text.length} B): input to analysis ${times[Math.floor(RUNS / 2)].toFixed(1)} ms median of ${RUNS} (includes the debounce for large input)`);
  }
} finally {
  await browser.close();
  await server.close();
}
