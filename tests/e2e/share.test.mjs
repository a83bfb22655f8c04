// Share links: what the user sees travels in the URL fragment (versioned, compressed), reopens as it was and
// never overwrites later edits. Redaction is on by default: each link here is the one the page wrote to the
// clipboard on a click of *Copy share link*, decoded, and checked for what it must not carry, in every form
// the page reads; the recipient's page must show the sender's diagnostics. Copying never touches the address
// bar or the history.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateRawSync } from 'node:zlib';
import { serveDist, launch, openApp, analysisAttrs, diagnostics } from './harness.mjs';

let server, browser;
before(async () => {
  server = await serveDist();
  browser = await launch();
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(server.url).origin });
});
after(async () => { await browser?.close(); await server?.close(); });

const SIGNATURE = '5f2b8ab8bb4eb7f71cdf5c7b9e8e6a3d';
const TOKEN = 'tok-8d7e6f5a4b3c';
const PGM_BODY = '{"event": "UserModified", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 7, "note": "Zoë $HOME `x`"}}';
const pgmRequest = (id, signature) => `POST /hooks?token=${TOKEN} HTTP/1.1\nX-PerfectGym-Request: ${id}\nX-PerfectGym-Signature: ${signature}\nAuthorization: Bearer ${TOKEN}\n\n${PGM_BODY}`;
const PGM_REQUEST = pgmRequest('r-1', SIGNATURE);

const PERSONAL = {
  firstName: 'Justin', lastName: 'Credible', fullName: 'Justin Credible', email: 'justin.credible@gmail.test',
  mobile: '+447123456789', dateOfBirth: '1983-05-15T00:00:00', homeAddress1: '123 The Street', homeCity: 'Townsville',
  homePostcode: 'TS1 2AB', emergencyContact: 'Jane Credible', emergencyPhone: '+441234567890',
  emergencyAddress: '123 The Street, Townsville, Countyshire', assignedMentor: 'Jim Shark',
};
const member = (extra = {}) => ({
  eventType: 'Session Booked', eventTimestampUtc: '2025-11-25T13:42:01Z', webHookTimestampUtc: '2025-11-25T13:42:03+01:00',
  clientId: 'c340d350-b6a1-434c-bfb6-7703e9cb3215', clientBusinessName: 'Example Fitness Ltd', clientTradingName: 'Example Fitness',
  subjectType: 'MEMBER',
  subject: { member: { id: '91d6528e-cc6b-4027-9c33-a172ce018c81', ...PERSONAL, joinedDate: '', ...extra }, lead: null, attendee: null },
  payload: {
    session: { id: '6fd0aa79-e899-4d93-b465-12fa38d96372', leadCoach: 'Sarah Trainer', startTimeLocal: '2025-11-26T16:15:00+00:00' },
    booking: { id: 'not-a-guid', bookedBy: 'Justin Credible', autoBooked: false, status: 'Booked' },
  },
});
const GYMOS_MEMBER = JSON.stringify(member(), null, 2);
const NEVER = [...Object.values(PERSONAL), 'Sarah Trainer', 'Justin', 'Credible', '447123456789', '1983-05-15', SIGNATURE, TOKEN];

/** Pastes as a user does: the text on the clipboard, Ctrl+V in the paste area. */
async function paste(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  const area = page.getByTestId('payload-input');
  await area.fill('');
  await area.focus();
  await page.keyboard.press('Control+V');
  await page.waitForFunction((n) => document.querySelector('[data-testid="payload-input"]').value.length === n, text.length);
}

async function settle(page, vendor) {
  await page.waitForFunction((v) => document.querySelector('[data-testid="analysis"]')?.dataset.vendor === v, vendor, { timeout: 5000 });
}

async function settleBatch(page, count) {
  await page.waitForFunction((n) => document.querySelectorAll('[data-testid="batch-row"]').length === n, count, { timeout: 5000 });
}

/** Waits for the control to have prepared this paste, clicks *Copy share link*, returns what it copied. */
async function share(page, state = 'redacted') {
  await page.waitForFunction((s) => document.querySelector('[data-testid="share"]').dataset.state === s, state, { timeout: 5000 });
  await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
  await page.getByTestId('share-button').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="share-note"]').textContent.length > 0);
  return page.evaluate(() => navigator.clipboard.readText());
}

/** The paste a `#/s/` link carries: base64url of a version byte and the raw-deflated tagged fields. */
function carried(link) {
  const data = link.split('#/s/')[1];
  const bytes = Buffer.from(data, 'base64url');
  assert.equal(bytes[0], 2, 'a version-2 link');
  const fields = inflateRawSync(bytes.subarray(1));
  for (let at = 0; at < fields.length;) {
    const tag = fields[at++];
    let len = 0;
    for (let shift = 0; ; shift += 7) {
      const b = fields[at++];
      len |= (b & 0x7f) << shift;
      if (!(b & 0x80)) break;
    }
    if (tag === 1) return fields.subarray(at, at + len).toString('utf8');
    at += len;
  }
  return '';
}

function assertCarriesNone(text, values) {
  for (const value of values) assert.ok(!text.toLowerCase().includes(value.toLowerCase()), `${value} is not in the link:\n${text}`);
}

const diagnosticKeys = async (page) => (await diagnostics(page)).map((d) => `${d.severity} ${d.kind} ${d.path} ${d.line}:${d.column}`).sort();
const batchRows = (page) => page.getByTestId('batch-row').evaluateAll((els) => els.map((el) => `${el.dataset.vendor} ${el.dataset.event} ${el.dataset.errors}`));

/** Shares `text` from one page, opens the link in another: the link's paste and both pages. */
async function roundTrip(text, { vendor, rows } = {}) {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, text);
  if (rows) await settleBatch(page, rows); else await settle(page, vendor);
  const before = rows ? await batchRows(page) : await diagnosticKeys(page);
  const link = await share(page);
  const { page: opened, errors } = await openApp(browser.context, link);
  if (rows) await settleBatch(opened, rows); else await settle(opened, vendor);
  const after = rows ? await batchRows(opened) : await diagnosticKeys(opened);
  assert.deepEqual(after, before, 'the recipient sees what the sender saw');
  assert.deepEqual(errors, []);
  return { page, link, shared: carried(link), note: await page.getByTestId('share-note').innerText() };
}

test('copying a link leaves the address bar and the history as they were', async () => {
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, PGM_REQUEST);
  await settle(page, 'perfectgym');
  const [href, length] = await page.evaluate(() => [location.href, history.length]);
  const link = await share(page);
  assert.match(link, /#\/s\/[A-Za-z0-9_-]+$/);
  assert.deepEqual(await page.evaluate(() => [location.href, history.length]), [href, length]);
  // The note gives the copied link's own size, as every size on the page reads (1 KB = 1024 bytes, one decimal cut).
  const bytes = link.length;
  const size = bytes < 1024 ? `${bytes} bytes` : bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${Math.floor(bytes / 1024)}.${Math.floor(((bytes % 1024) * 10) / 1024)} KB`;
  assert.ok((await page.getByTestId('share-note').innerText()).startsWith(`Link copied (${size}). It carries the paste with credentials masked (?token, X-PerfectGym-Signature, Authorization).`));
  assertCarriesNone(carried(link), [SIGNATURE, TOKEN]);
  assert.deepEqual(errors, []);
});

test('a link restores paste, selection and generator settings, loads once, and no history entry holds it', async () => {
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
  const link = await share(page, 'off');
  assert.ok(!link.includes('s3cret'), 'the secret is never in the link');
  assert.equal(carried(link), PGM_REQUEST, 'unredacted, by choice');
  const generated = await page.getByTestId('generated-output').innerText();

  const { page: opened, errors: openedErrors } = await openApp(browser.context, link);
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
  await opened.goBack();
  assert.ok(!opened.url().includes('#/s/'), `Back leads to no entry holding the paste: ${opened.url()}`);
  assert.deepEqual([...errors, ...openedErrors], []);
});

test('open a link, edit, visit the field reference, press Back: the edit stays', async () => {
  const { page } = await openApp(browser.context, server.url);
  await paste(page, PGM_BODY);
  await settle(page, 'perfectgym');
  const link = await share(page);

  const { page: opened, errors } = await openApp(browser.context, link);
  await settle(opened, 'perfectgym');
  const edited = PGM_BODY.replace('"userId": 7', '"userId": 8');
  await paste(opened, edited);
  await opened.getByRole('link', { name: 'Field reference' }).click();
  await opened.getByTestId('reference-entry').first().waitFor();
  await opened.goBack();
  await opened.getByTestId('payload-input').waitFor();
  assert.equal(await opened.getByTestId('payload-input').inputValue(), edited);
  assert.deepEqual(errors, []);
});

test('a GymOS member payload and its BOM, comment and trailing-comma spellings carry no personal value', async () => {
  const comment = GYMOS_MEMBER.replace('{\n', '{\n  // from the receiver log\n');
  const trailing = GYMOS_MEMBER.replace('"status": "Booked"', '"status": "Booked",');
  for (const text of [GYMOS_MEMBER, `\uFEFF${GYMOS_MEMBER}`, comment, trailing]) {
    const { page, shared, note } = await roundTrip(text, { vendor: 'gymos' });
    assertCarriesNone(shared, NEVER);
    assert.match(note, /\d+ personal values replaced by fictional ones of the same shape/);
    const parsed = JSON.parse(shared.replace('\uFEFF', '').replace(/\/\/.*\n/, '').replace(/,(\s*[}\]])/g, '$1'));
    assert.equal(parsed.payload.booking.bookedBy, parsed.subject.member.fullName, 'one real person, one stand-in');
    await page.close();
  }
});

test('an empty subjectType and a date of birth that is the problem: replaced, the problem kept', async () => {
  const text = JSON.stringify({ ...member({ dateOfBirth: '14/08/1991' }), subjectType: '' }, null, 2);
  const { page, shared } = await roundTrip(text, { vendor: 'gymos' });
  assertCarriesNone(shared, [...NEVER, '14/08/1991']);
  assert.match(JSON.parse(shared).subject.member.dateOfBirth, /^\d\d\/\d\d\/\d{4}$/, 'an unparseable date of the same layout');
  assert.ok((await diagnosticKeys(page)).some((d) => d.includes('subject.member.dateOfBirth')));
  assert.doesNotMatch(await page.getByTestId('share-summary').innerText(), /Kept as sent/);
});

test('several glued requests lose every signature and credential, each keeps its request id', async () => {
  const other = '0123456789abcdef0123456789abcdef';
  const { shared } = await roundTrip(`${pgmRequest('r-1', SIGNATURE)}\n\n${pgmRequest('r-2', other)}`, { rows: 2 });
  assertCarriesNone(shared, [SIGNATURE, other, TOKEN]);
  assert.ok(shared.includes('X-PerfectGym-Request: r-1') && shared.includes('X-PerfectGym-Request: r-2'), shared);
});

test('a HAR file and a JSON array carry no personal value and no credential', async () => {
  const entry = (body) => ({
    request: {
      method: 'POST', url: `https://receiver.example.com/hooks?token=${TOKEN}`,
      headers: [{ name: 'authorization', value: `Bearer ${TOKEN}` }, { name: 'x-api-key', value: 'ak_live_5f2b8ab8' }],
      queryString: [{ name: 'token', value: TOKEN }], cookies: [{ name: 'session', value: 'sess-9Qx81LmZ' }],
      postData: { mimeType: 'application/json', text: body },
    },
  });
  const har = JSON.stringify({ log: { version: '1.2', entries: [entry(GYMOS_MEMBER), entry(PGM_BODY)] } }, null, 2);
  const { shared } = await roundTrip(har, { rows: 2 });
  assertCarriesNone(shared, [...NEVER, 'ak_live_5f2b8ab8', 'sess-9Qx81LmZ']);
  const array = `[${GYMOS_MEMBER}, ${JSON.stringify(member({ firstName: 'Jane', fullName: 'Jane Credible' }))}]`;
  assertCarriesNone((await roundTrip(array, { rows: 2 })).shared, NEVER);
});

test('curl -v output and a curl command carry no credential and no personal value', async () => {
  const verbose = `*   Trying 127.0.0.1:443...\n> POST /hooks?token=${TOKEN} HTTP/1.1\n> X-PerfectGym-Request: r-1\n> X-PerfectGym-Signature: ${SIGNATURE}\n> Authorization: Bearer ${TOKEN}\n> \n${PGM_BODY}\n`;
  assertCarriesNone((await roundTrip(verbose, { vendor: 'perfectgym' })).shared, [SIGNATURE, TOKEN]);
  const command = `curl -X POST 'https://receiver.example.com/hooks?token=${TOKEN}' \\\n  -H 'X-Api-Key: ak_live_5f2b8ab8' -u ops:hunter2-pw \\\n  --data-binary '${GYMOS_MEMBER}'`;
  const { page } = await openApp(browser.context, server.url);
  await paste(page, command);
  const shared = carried(await share(page));
  assertCarriesNone(shared, [...NEVER, 'ak_live_5f2b8ab8', 'hunter2-pw']);
  assert.ok(shared.startsWith("curl -X POST 'https://receiver.example.com/hooks?token="), shared);
});

test('a paste the page cannot redact is refused, and shared unredacted only on a second, explicit click', async () => {
  const text = `POST /hooks HTTP/1.1\nAuthorization: Bearer ${TOKEN}\n\nname=Justin+Credible`;
  const { page, errors } = await openApp(browser.context, server.url);
  await paste(page, text);
  assert.equal(await share(page, 'refused'), '(nothing copied)', 'the first click copies nothing');
  assert.match(await page.getByTestId('share-note').innerText(), /^No link was made\. This paste cannot be redacted: the paste is not JSON the page can read/);
  await page.getByTestId('share-unredacted').click();
  await page.waitForFunction(() => /^Link copied/.test(document.querySelector('[data-testid="share-note"]').textContent));
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(carried(link), text);
  assert.match(await page.getByTestId('share-note').innerText(), /It carries the paste exactly as it is, personal data and credentials included\./);
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
    await page.getByTestId('payload-input').fill('{"eventType": "Session Booked", "payload": {}}');
    await settle(page, 'gymos');
    assert.deepEqual(errors, []);
    await page.close();
  }
});
