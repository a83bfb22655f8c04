// `make screenshots`, the page before its wasm: docs/img/prerendered-<width>-<scheme>.png at 360 and 1440 px, light and
// dark, taken while the wasm's request is held back (what a visitor sees between the first paint and the takeover).
import { chromium } from 'playwright-core';
import { serveDist } from '../tests/e2e/harness.mjs';

const server = await serveDist();
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const width of [360, 1440]) {
    for (const scheme of ['light', 'dark']) {
      const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      let release;
      const held = new Promise((ok) => { release = ok; });
      await page.route(/_bg\.wasm$/, async (route) => { await held; await route.continue(); });
      await page.goto(server.url);
      await page.getByTestId('payload-input').waitFor();
      if (await page.evaluate(() => window.wasmBindings !== undefined)) throw new Error('the wasm was not held back');
      const file = `docs/img/prerendered-${width}-${scheme}.png`;
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
      release();
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
