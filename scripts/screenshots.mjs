// `make screenshots`: the pictures of the README and docs/, taken headless from the built dist/.
// `node scripts/screenshots.mjs perfectgym-next` takes only the PerfectGym Next pictures.
import { serveDist, launch, openApp, paste } from '../tests/e2e/harness.mjs';

const ONLY = process.argv[2];

// A raw PerfectGym Next delivery as a receiver logs it: the static key header, a content field.
const NEXT = `POST /webhooks/perfectgym-next HTTP/1.1
Host: receiver.example.com
Content-Type: application/json
x-api-key: 45d71d45-79e0-4b13-af86-c914f59750fa

{
  "entityId": 48211093,
  "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f",
  "payload": [
    {
      "timestamp": 1764171900000,
      "type": "CONTRACT_CREATED",
      "content": { "contractId": 7731 }
    }
  ]
}`;

/** PerfectGym Next at a phone and a laptop width: the analysis of a delivery, and the key panel. */
async function perfectGymNext(browser, server) {
  for (const [width, height] of [[360, 780], [1440, 900]]) {
    const { page } = await openApp(browser.context, server.url);
    await page.setViewportSize({ width, height });
    await page.emulateMedia({ colorScheme: 'light' });
    await paste(page, NEXT);
    await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'perfectgym-next');
    if (width < 900) await page.locator('.share').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    else await page.getByTestId('analysis').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `docs/img/perfectgym-next-${width}.png` });
    console.log(`wrote docs/img/perfectgym-next-${width}.png`);
    await page.getByTestId('secret-input').fill('45d71d45-79e0-4b13-af86-c914f59750fa');
    await page.getByTestId('key-panel').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.getByTestId('key-panel').screenshot({ path: `docs/img/perfectgym-next-key-${width}.png` });
    console.log(`wrote docs/img/perfectgym-next-key-${width}.png`);
    await page.close();
  }
}

const BROKEN = `POST /webhooks/gymos HTTP/1.1
Host: receiver.example.com
Content-Type: application/json

{
  "eventType": "Session booked",
  "eventTimestampUtc": "2025-11-25T13:42:01Z",
  "webHookTimestampUtc": "2025-11-25T13:42:03.1234567Z",
  "clientId": "c340d350-b6a1-434c-bfb6-7703e9cb3215",
  "clientBusinessName": "Example Fitness Ltd",
  "clientTradingName": "Example Fitness",
  "subjectType": "MEMBER",
  "subject": { "member": { "id": "91d6528e-cc6b-4027-9c33-a172ce018c81", "fullName": "Justin Credible" } },
  "payload": {
    "session": { "startTimeLocal": "2025-11-26T16:15:00+00:00", "startTimeUtc": "2025-11-26T16:15:00Z" },
    "booking": { "id": "97c6e7c9-0920-438f-828e", "autoBooked": "false", "cancelledTimeUtc": "",
                 "bookedTimeUtc": "2025-11-26T16:02:00+02:00", "seatNumber": 4 },
    "credit": { "cost": "149.99", "creditsIssued": 8.5 }
  }
}`;

const shots = [
  { file: 'docs/img/screenshot.png', scheme: 'light', load: (page) => page.getByRole('button', { name: 'GymOS example' }).click(), vendor: 'gymos' },
  { file: 'docs/img/screenshot-dark.png', scheme: 'dark', load: (page) => page.getByRole('button', { name: 'GymOS example' }).click(), vendor: 'gymos' },
  { file: 'docs/img/diagnostics.png', scheme: 'light', load: (page) => paste(page, BROKEN), vendor: 'gymos' },
];

const server = await serveDist();
const browser = await launch();
try {
  await perfectGymNext(browser, server);
  if (ONLY === 'perfectgym-next') {
    await browser.close();
    await server.close();
    process.exit(0);
  }
  for (const shot of shots) {
    const { page } = await openApp(browser.context, server.url);
    await page.emulateMedia({ colorScheme: shot.scheme });
    await shot.load(page);
    await page.waitForFunction((v) => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === v, shot.vendor);
    await page.screenshot({ path: shot.file });
    console.log(`wrote ${shot.file}`);
    await page.close();
  }
  // The field reference filtered to one word: both vendors' events and objects that mention it.
  const reference = await browser.context.newPage();
  await reference.emulateMedia({ colorScheme: 'light' });
  await reference.goto(`${server.url}#/reference`);
  await reference.getByLabel('Filter fields').fill('cancel');
  await reference.waitForFunction(() => document.querySelectorAll('[data-testid="reference-entry"]').length < 40);
  await reference.screenshot({ path: 'docs/img/reference.png', fullPage: false });
  console.log('wrote docs/img/reference.png');
  await reference.close();
  // The share control after a click on a GymOS member payload: what was replaced, the link's size.
  const { page: sharing } = await openApp(browser.context, server.url);
  await sharing.setViewportSize({ width: 1280, height: 1100 });
  await sharing.getByRole('button', { name: 'GymOS example', exact: true }).click();
  await sharing.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos');
  await sharing.getByTestId('share-button').click();
  await sharing.waitForFunction(() => document.querySelector('[data-testid="share-note"]').textContent.length > 0);
  await sharing.locator('.paste').evaluate((el) => el.scrollIntoView());
  const box = await sharing.locator('.column').boundingBox();
  const share = await sharing.getByTestId('share').boundingBox();
  await sharing.screenshot({ path: 'docs/img/share.png', clip: { x: box.x, y: share.y - 250, width: box.width, height: share.height + 262 } });
  console.log('wrote docs/img/share.png');
  await sharing.close();
  // The example generator, as docs/features.md shows it: a GymOS event as a raw HTTP request.
  const { page: generator } = await openApp(browser.context, server.url);
  await generator.getByTestId('generate-event').selectOption('gymos:Session Booked');
  await generator.getByTestId('generator-format').selectOption('http');
  await generator.getByTestId('generator').screenshot({ path: 'docs/img/generator.png' });
  console.log('wrote docs/img/generator.png');
  await generator.close();
  // The Export view as docs/exports.md shows it: a TypeScript file at the type a reference link named.
  const exporting = await browser.context.newPage();
  await exporting.setViewportSize({ width: 1280, height: 900 });
  await exporting.goto(`${server.url}#/export/gymos/typescript/SessionBookedEvent`);
  await exporting.getByTestId('export-target').waitFor();
  await exporting.waitForTimeout(300);
  // The preview keeps the type in view inside its own scroll box; show the page from the vendor choice down.
  await exporting.locator('.export-choice').first().evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 12));
  await exporting.screenshot({ path: 'docs/img/export.png' });
  console.log('wrote docs/img/export.png');
  await exporting.close();
  // Every screen: explorer, reference and generator at a phone, a tablet and a laptop width, light
  // and dark, as docs/img/<view>-<width>-<scheme>.png. Each is the viewport at the view's start, as a user first sees it.
  for (const [width, height] of [[360, 780], [768, 1024], [1440, 900]]) {
    for (const scheme of ['light', 'dark']) {
      const { page } = await openApp(browser.context, server.url);
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme: scheme });
      await page.getByRole('button', { name: 'GymOS example', exact: true }).click();
      await page.waitForFunction(() => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === 'gymos');
      const shoot = async (view) => {
        const file = `docs/img/${view}-${width}-${scheme}.png`;
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
      };
      // On a narrow screen the analysis follows the paste area: show where it starts, below the text field.
      if (width < 900) await page.locator('.share').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shoot('explorer');
      await page.getByTestId('generate-event').selectOption('gymos:Session Booked');
      await page.getByTestId('generator-format').selectOption('http');
      await page.getByTestId('generator').evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shoot('generator');
      await page.goto(`${server.url}#/reference`);
      await page.getByTestId('reference-entry').first().waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot('reference');
      // The Export view, opened at a type as a link from the reference does.
      await page.goto(`${server.url}#/export/gymos/typescript/SessionBookedEvent`);
      await page.getByTestId('export-target').waitFor();
      await page.evaluate(() => window.scrollTo(0, 0));
      await shoot('export');
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
