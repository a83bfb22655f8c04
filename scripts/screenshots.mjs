// `make screenshots`: the README's pictures, taken headless from the built dist/ (light and dark).
import { serveDist, launch, openApp } from '../tests/e2e/harness.mjs';

const server = await serveDist();
const browser = await launch();
try {
  for (const scheme of ['light', 'dark']) {
    const { page } = await openApp(browser.context, server.url);
    await page.emulateMedia({ colorScheme: scheme });
    await page.getByRole('button', { name: 'GymOS example' }).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos');
    const file = scheme === 'light' ? 'docs/screenshot.png' : 'docs/screenshot-dark.png';
    await page.screenshot({ path: file, fullPage: false });
    console.log(`wrote ${file}`);
    await page.close();
  }
  // The field reference filtered to one word: both vendors' events and objects that mention it.
  const page = await browser.context.newPage();
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${server.url}#/reference`);
  await page.getByLabel('Filter fields').fill('cancel');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="reference-entry"]').length < 40);
  await page.screenshot({ path: 'docs/reference.png', fullPage: false });
  console.log('wrote docs/reference.png');
  await page.close();
} finally {
  await browser.close();
  await server.close();
}
