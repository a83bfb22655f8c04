// Part of `make screenshots`: docs/img/batch.png, the batch view of a small log of mixed deliveries with two
// of them compared; docs/img/batch-audit-1440.png and -360.png, the audit of a day of glued raw requests (a
// retried delivery, a forged one) with the secret typed, as docs/captures.md shows it. Its own script so it can
// be retaken alone: `node scripts/batch-screenshot.mjs`.
import { readFile } from 'node:fs/promises';
import { serveDist, launch, openApp, paste } from '../tests/e2e/harness.mjs';

// The corpus capture and the secret its Perfect Gym deliveries are signed with (tests/captures/make.py).
const GLUED = await readFile(new URL('../tests/captures/glued-compact-pgm.http', import.meta.url), 'utf8');
const SECRET = 'corpus-secret-7Qx';

const PGM = (event, id, date = '2020-06-01T14:44:46Z') => JSON.stringify({ event, triggeredDate: date, data: { userId: id } });
const GYMOS = (eventType, at) => JSON.stringify({ eventType, eventTimestampUtc: at, subjectType: 'MEMBER', payload: {} });
const LOG = [
  `2025-11-25T13:42:01Z INFO webhook ${PGM('UserModified', 1042, '2025-11-25T13:42:01Z')}`,
  `2025-11-25T13:43:10Z INFO webhook ${GYMOS('Session Booked', '2025-11-25T13:43:09Z')}`,
  `2025-11-25T13:44:02Z INFO webhook ${PGM('ClassesBooked', 'n/a', 'yesterday')}`,
  `2025-11-25T13:45:30Z INFO webhook ${GYMOS('Membership added', '2025-11-25T13:45:29Z')}`,
  `2025-11-25T13:47:12Z INFO webhook ${PGM('UserModified', '1043', '2025-11-25T13:47:12Z')}`,
].join('\n');

const server = await serveDist();
const browser = await launch();
try {
  const { page } = await openApp(browser.context, server.url);
  await page.setViewportSize({ width: 1440, height: 900 });
  await paste(page, LOG);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"]').length === 5);
  await page.getByTestId('batch-compare').nth(0).check();
  await page.getByTestId('batch-compare').nth(4).check();
  await page.getByTestId('diff').waitFor();
  await page.getByTestId('batch').screenshot({ path: 'docs/img/batch.png' });
  console.log('wrote docs/img/batch.png');
  await page.close();
  for (const [width, height] of [[1440, 900], [360, 780]]) {
    const { page: audit } = await openApp(browser.context, server.url);
    await audit.setViewportSize({ width, height });
    await paste(audit, GLUED);
    await audit.getByTestId('secret-input').fill(SECRET);
    await audit.waitForFunction(() => document.querySelectorAll('[data-testid="batch-row"][data-signature="mismatch"]').length === 1
      && !document.querySelector('.batch-summary').textContent.includes('Summarising'));
    const file = `docs/img/batch-audit-${width}.png`;
    await audit.getByTestId('batch').screenshot({ path: file });
    console.log(`wrote ${file}`);
    await audit.close();
  }
} finally {
  await browser.close();
  await server.close();
}
