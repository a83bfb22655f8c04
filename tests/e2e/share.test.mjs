// Share links: what the user sees travels in the URL fragment (versioned, compressed), reopens as it was,
// never overwrites later edits, and is redacted by default: no signature, credentials or personal data.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launch, openApp, paste, analysisAttrs, diagnostics } from './harness.mjs';

let server, browser;
before(async () => { server = await serveDist(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const SIGNATURE = '5f2b8ab8bb4eb7f71cdf5c7b9e8e6a3d';
const PGM_BODY = '{"event": "UserModified", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 7, "note": "Zoë $HOME `x`"}}';
const PGM_REQUEST = `POST /hooks HTTP/1.1\nX-PerfectGym-Request: r-1\nX-PerfectGym-Signature: ${SIGNATURE}\nAuthorization: Bearer tok-123\n\n${PGM_BODY}`;

// A GymOS member event: every kind of personal value, and one problem (an impossible date of birth on
// the lead is not here; the member's joinedDate carries an offset where none belongs is not personal).
const PERSONAL = {
  firstName: 'Justin', lastName: 'Credible', fullName: 'Justin Credible', email: 'justin.credible@gmail.test',
  mobile: '+447123456789', dateOfBirth: '1983-05-15T00:00:00', homeAddress1: '123 The Street', homeCity: 'Townsville',
  homePostcode: 'TS1 2AB', emergencyContact: 'Jane Credible', emergencyPhone: '+441234567890',
  emergencyAddress: '123 The Street, Townsville, Countyshire', assignedMentor: 'Jim Shark',
};
const GYMOS_MEMBER = JSON.stringify({
  eventType: 'Session Booked', eventTimestampUtc: '2025-11-25T13:42:01Z', webHookTimestampUtc: '2025-11-25T13:42:03+01:00',
  clientId: 'c340d350-b6a1-434c-bfb6-7703e9cb3215', clientBusinessName: 'Example Fitness Ltd', clientTradingName: 'Example Fitness',
  subjectType: 'MEMBER',
  subject: { member: { id: '91d6528e-cc6b-4027-9c33-a172ce018c81', ...PERSONAL, joinedDate: '' }, lead: null, attendee: null },
  payload: {
    session: { id: '6fd0aa79-e899-4d93-b465-12fa38d96372', leadCoach: 'Sarah Trainer', startTimeLocal: '2025-11-26T16:15:00+00:00' },
    booking: { id: 'not-a-guid', bookedBy: 'Justin Credible', autoBooked: false, status: 'Booked' },
  },
}, null, 2);

async function settle(page, vendor) {
  await page.waitForFunction((v) => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === v, vendor, { timeout: 5000 });
}

/** Clicks the share button and returns the link from the address bar once the note says it is made. */
async function share(page) {
  await page.getByTestId('share-button').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="share-note"]').textContent.length > 0);
  return page.evaluate(() => location.href);
}

const diagnosticKeys = async (page) => (await diagnostics(page)).map((d) => `${d.severity} ${d.kind} ${d.path}`).sort();

test('a share link restores paste, selection and generator settings, then shows the plain route', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, PGM_REQUEST);
  await settle(page, 'perfectgym');
  await page.getByTestId('secret-input').fill('s3cret-never-shared');
  await page.locator('tr.field[data-path="data.userId"]').click();
  await page.getByTestId('generate-event').selectOption('gymos:Membership Cancelled');
  await page.getByTestId('generator-seed').fill('4242');
  await page.getByTestId('generator-edge').check();
  await page.getByTestId('generator-format').selectOption('curl');
  await page.getByTestId('share-redact').uncheck();
  const url = await share(page);
  assert.match(url, /#\/s\/[A-Za-z0-9_-]+$/);
  assert.ok(!url.includes('s3cret'), 'the secret is never in the link');
  assert.match(await page.getByTestId('share-note').innerText(), /Link copied \(\d+\.\d KB\)/);
  const generated = await page.getByTestId('generated-output').innerText();

  const { page: opened, errors: openedErrors } = await openApp(browser.context, url);
  await settle(opened, 'perfectgym');
  assert.equal(await opened.getByTestId('payload-input').inputValue(), PGM_REQUEST);
  assert.deepEqual(await analysisAttrs(opened), await analysisAttrs(page));
  assert.equal(await opened.locator('tr.field.selected').getAttribute('data-path'), 'data.userId');
  assert.equal(await opened.getByTestId('generate-event').inputValue(), 'gymos:Membership Cancelled');
  assert.equal(await opened.getByTestId('generator-seed').inputValue(), '4242');
  assert.equal(await opened.getByTestId('generator-edge').isChecked(), true);
  assert.equal(await opened.getByTestId('generator-format').inputValue(), 'curl');
  assert.equal(await opened.getByTestId('generated-output').innerText(), generated);
  assert.equal(await opened.getByTestId('secret-input').inputValue(), '');
  assert.equal(await opened.evaluate(() => location.hash), '#/', 'the address no longer holds the paste');
  assert.deepEqual([...errors, ...openedErrors], []);
});

test('open a link, edit, visit the field reference, press Back: the edit stays', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, PGM_BODY);
  await settle(page, 'perfectgym');
  const url = await share(page);

  const { page: opened, errors } = await openApp(browser.context, url);
  await settle(opened, 'perfectgym');
  const edited = PGM_BODY.replace('"userId": 7', '"userId": 8');
  await paste(opened, edited);
  await opened.getByRole('link', { name: 'Field reference' }).click();
  await opened.getByTestId('reference-entry').first().waitFor();
  await opened.goBack();
  await opened.getByTestId('payload-input').waitFor();
  assert.equal(await opened.getByTestId('payload-input').inputValue(), edited);
  await opened.goForward();
  await opened.goBack();
  await opened.getByTestId('payload-input').waitFor();
  assert.equal(await opened.getByTestId('payload-input').inputValue(), edited);
  assert.deepEqual(errors, []);
});

test('the link made here stays in the address bar, and Back to it keeps later edits', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, PGM_BODY);
  await settle(page, 'perfectgym');
  const url = await share(page);
  assert.equal(await page.evaluate(() => location.href), url);
  await paste(page, '{"event": "Test"}');
  await page.getByRole('link', { name: 'Field reference' }).click();
  await page.getByTestId('reference-entry').first().waitFor();
  await page.goBack();
  await page.getByTestId('payload-input').waitFor();
  assert.equal(await page.getByTestId('payload-input').inputValue(), '{"event": "Test"}');
  assert.deepEqual(errors, []);
});

test('a redacted link of a signed Perfect Gym request carries no signature or credentials', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, PGM_REQUEST);
  await settle(page, 'perfectgym');
  assert.equal(await page.getByTestId('share-redact').isChecked(), true, 'redaction is on by default');
  assert.match(await page.locator('.share-summary').innerText(), /without its X-PerfectGym-Signature, Authorization header/);
  const url = await share(page);
  assert.match(await page.getByTestId('share-note').innerText(), /Left out: X-PerfectGym-Signature, Authorization\./);
  const before = await diagnosticKeys(page);

  const { page: opened, errors } = await openApp(browser.context, url);
  await settle(opened, 'perfectgym');
  const text = await opened.getByTestId('payload-input').inputValue();
  assert.ok(!text.includes(SIGNATURE) && !text.includes('tok-123'), text);
  assert.ok(text.includes('X-PerfectGym-Request: r-1') && text.endsWith(PGM_BODY), text);
  assert.equal(await opened.getByTestId('request-id-input').inputValue(), 'r-1');
  assert.equal(await opened.getByTestId('signature-input').inputValue(), '');
  assert.deepEqual(await diagnosticKeys(opened), before);
  assert.deepEqual(errors, []);
});

test('a redacted link of a GymOS member payload carries none of the personal values', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, GYMOS_MEMBER);
  await settle(page, 'gymos');
  const before = await diagnosticKeys(page);
  assert.ok(before.some((d) => d.includes('payload.booking.id')), 'the shared problem is there to begin with');
  assert.match(await page.locator('.share-summary').innerText(), /with \d+ personal values replaced by fictional ones/);
  const url = await share(page);
  assert.match(await page.getByTestId('share-note').innerText(), /\d+ personal values replaced/);

  const { page: opened, errors } = await openApp(browser.context, url);
  await settle(opened, 'gymos');
  const text = await opened.getByTestId('payload-input').inputValue();
  for (const value of [...Object.values(PERSONAL), 'Sarah Trainer', 'Justin', 'Credible', '447123456789', '1983-05-15']) {
    assert.ok(!text.includes(value), `${value} is not in the shared payload`);
    assert.ok(!decodeURIComponent(url).includes(value), `${value} is not in the link`);
  }
  assert.deepEqual(await diagnosticKeys(opened), before, 'the same diagnostics, the problem included');
  assert.equal(JSON.parse(text).payload.booking.bookedBy, JSON.parse(text).subject.member.fullName,
    'one real person, one stand-in');
  assert.deepEqual(errors, []);
});

test('an old #/p/ link still opens, and a long link is flagged', async () => {
  const legacy = Buffer.from(PGM_BODY, 'utf8').toString('base64url');
  const { page, errors } = await openApp(browser.context, `${server.url}#/p/${legacy}`);
  await settle(page, 'perfectgym');
  assert.equal(await page.getByTestId('payload-input').inputValue(), PGM_BODY);

  const notes = Array.from({ length: 1500 }, (_, i) => `"k${i}": "${(i * 7919).toString(36)}-${(i * 104729).toString(36)}"`).join(', ');
  await paste(page, `{"event": "Test", "triggeredDate": "2020-06-01T14:44:46Z", "data": {${notes}}}`);
  await settle(page, 'perfectgym');
  await share(page);
  assert.match(await page.getByTestId('share-note').innerText(), /cut links longer than 8 KB/);
  assert.deepEqual(errors, []);
});

test('a damaged share link is explained and the page still works', async () => {
  for (const fragment of ['#/p/Zm9v!!', '#/s/Zm9v', '#/s/Av___w']) {
    const { page, errors } = await openApp(browser.context, `${server.url}${fragment}`);
    assert.match(await page.getByRole('alert').innerText(), /could not be opened: the link/);
    await paste(page, '{"eventType": "Session Booked", "payload": {}}');
    await settle(page, 'gymos');
    assert.deepEqual(errors, []);
    await page.close();
  }
});
