// docs/img/signature.png: the signature panel in a mismatch state (a swapped-order signature), taken
// headless from the built dist/ (`make dist` first). Run: node scripts/signature-screenshot.mjs
import { createHash } from 'node:crypto';
import { serveDist, launch, openApp, paste } from '../tests/e2e/harness.mjs';

const REQUEST_ID = '7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01';
const SECRET = 'whsec-pgm-demo';
const swapped = createHash('md5').update(`${SECRET}:${REQUEST_ID}`).digest('hex');
const request = [
  'POST /webhooks/pgm HTTP/1.1',
  'Content-Type: application/json',
  `X-PerfectGym-Request: ${REQUEST_ID}`,
  `X-PerfectGym-Signature: ${swapped}`,
  '',
  '{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{"valueLong":12345678}}',
].join('\r\n');

const server = await serveDist();
const browser = await launch();
try {
  const scheme = process.argv[2] === 'dark' ? 'dark' : 'light';
  const { page } = await openApp(browser.context, server.url);
  await page.emulateMedia({ colorScheme: scheme });
  await paste(page, request);
  await page.getByTestId('secret-input').fill(SECRET);
  await page.locator('[data-testid="signature-verdict"][data-diagnosis="swapped-order"]').waitFor({ timeout: 2000 });
  await page.getByTestId('secret-input').blur();
  const file = scheme === 'light' ? 'docs/img/signature.png' : '/tmp/signature-dark.png';
  await page.locator('section.signature').screenshot({ path: file });
  console.log(`wrote ${file}`);
} finally {
  await browser.close();
  await server.close();
}
