// One-off: renders static/favicon.svg into the PNG app icons the web app manifest lists (static/icon-192.png,
// static/icon-512.png) with headless Chromium, as there is no ImageMagick here. The PNGs are committed; run
// `node scripts/icons.mjs` again only when the SVG changes.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from 'playwright-core';

const STATIC = resolve(import.meta.dirname, '../static');
const svg = await readFile(resolve(STATIC, 'favicon.svg'));
const src = `data:image/svg+xml;base64,${svg.toString('base64')}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
try {
  for (const size of [192, 512]) {
    const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
    await page.setContent(`<style>html,body{margin:0;background:transparent}img{display:block}</style>
      <img src="${src}" width="${size}" height="${size}" alt="">`);
    await page.locator('img').evaluate((img) => img.decode());
    await page.screenshot({ path: resolve(STATIC, `icon-${size}.png`), omitBackground: true });
    await page.close();
  }
} finally {
  await browser.close();
}
