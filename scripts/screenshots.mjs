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
  // The example generator, as the README shows it: a GymOS event as a raw HTTP request.
  const { page } = await openApp(browser.context, server.url);
  await page.getByTestId('generate-event').selectOption('gymos:Session Booked');
  await page.getByTestId('generator-format').selectOption('http');
  await page.getByTestId('generator').screenshot({ path: 'docs/generator.png' });
  console.log('wrote docs/generator.png');
} finally {
  await browser.close();
  await server.close();
}
