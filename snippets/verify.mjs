// Verify a Perfect Gym (PGM) webhook signature in Node.js.
// PGM sends X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret) as hex.
// The hex letter case is not documented: compare lower-cased, in constant time.
import { createHash, timingSafeEqual } from 'node:crypto';
import { pathToFileURL } from 'node:url';

export function pgmSignature(requestId, secret) {
  return createHash('md5').update(`${requestId}:${secret}`, 'utf8').digest('hex');
}

export function isValidPgmSignature(requestId, signature, secret) {
  const expected = Buffer.from(pgmSignature(requestId, secret), 'utf8');
  const received = Buffer.from(String(signature ?? '').toLowerCase(), 'utf8');
  return expected.length === received.length && timingSafeEqual(expected, received);
}

// Run directly (node verify.mjs) it checks the values below; imported, it only provides the functions.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  // In a handler (Express shown) the values come from the request and your configuration:
  //   const requestId = req.get('X-PerfectGym-Request');
  //   const signature = req.get('X-PerfectGym-Signature'); // absent when no secret is configured
  //   const secret = process.env.PGM_WEBHOOK_SECRET;
  const requestId = '{{REQUEST_ID}}';
  const secret = '{{SECRET}}';
  const signature = '{{SIGNATURE}}';

  console.log(pgmSignature(requestId, secret));
  console.log(isValidPgmSignature(requestId, signature, secret) ? 'valid' : 'invalid');
}
