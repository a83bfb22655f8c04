// Check a webhook's static key in Node.js. The vendor signs nothing: it sends the same key in the
// {{HEADER}} header on every delivery, so comparing it with your key (in constant time) is the whole check.
import { createHash, timingSafeEqual } from 'node:crypto';

// Hashing both sides first gives equal lengths: timingSafeEqual never throws, and the key's length leaks nothing.
export function isExpectedKey(received, expected) {
  const digest = (text) => createHash('sha256').update(String(text ?? ''), 'utf8').digest();
  return String(expected ?? '') !== '' && timingSafeEqual(digest(received), digest(expected));
}

// In a handler (Express shown): req.get matches the header name in any letter case.
//   const received = req.get('{{HEADER}}');
//   const expected = process.env.WEBHOOK_API_KEY;
//   if (!isExpectedKey(received, expected)) return res.sendStatus(401);
const expected = '{{KEY}}';
const received = '{{RECEIVED}}';

console.log(isExpectedKey(received, expected) ? 'match' : 'mismatch');
