// Part of `make screenshots`: docs/img/batch.png, the batch view of a small log of mixed deliveries with two
// of them compared. Its own script so it can be retaken alone: `node scripts/batch-screenshot.mjs`.
import { serveDist, launch, openApp, paste } from '../tests/e2e/harness.mjs';

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
} finally {
  await browser.close();
  await server.close();
}
