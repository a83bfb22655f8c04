//! The documented PGM scheme: `X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret)`,
//! plus the hex helpers and the case-insensitive constant-time comparison every check relies on.

use md5::{Digest, Md5};

use crate::domain::schema::perfectgym::SIGNING;

// The names are declared once, in the Perfect Gym declaration; these constants keep their old paths.
/// Header carrying the request id (identical on every retry of one delivery).
pub const REQUEST_ID_HEADER: &str = SIGNING.request_id_header;
/// Header carrying the signature; PGM sends it only when the webhook has a secret.
pub const SIGNATURE_HEADER: &str = SIGNING.signature_header;
/// What PGM puts between request id and secret before hashing.
pub const SEPARATOR: &str = SIGNING.separator;

const HEX_RADIX: u32 = 16;
const NIBBLE_BITS: u32 = 4;
const LOW_NIBBLE: u8 = 0x0f;

/// Exactly the text PGM hashes: request id, colon, secret.
pub fn hashed_string(request_id: &str, secret: &str) -> String {
    [request_id, SEPARATOR, secret].concat()
}

/// Lower-case hex signature PGM would send for this request id and secret.
pub fn compute_pgm(request_id: &str, secret: &str) -> String {
    md5_hex(&hashed_string(request_id, secret))
}

/// Lower-case hex MD5 of the exact UTF-8 bytes of `text`.
pub(super) fn md5_hex(text: &str) -> String {
    hex(&Md5::digest(text.as_bytes()))
}

/// Lower-case hex of a digest.
pub(super) fn hex(digest: &[u8]) -> String {
    let mut hex = String::with_capacity(digest.len().saturating_mul(2));
    for byte in digest {
        for nibble in [byte >> NIBBLE_BITS, byte & LOW_NIBBLE] {
            // A nibble is below 16, so this always yields a (lower-case) digit.
            hex.extend(char::from_digit(u32::from(nibble), HEX_RADIX));
        }
    }
    hex
}

/// Case-insensitive equality (PGM does not document the hex letter case) that inspects every
/// byte when lengths match, mirroring what a receiver must do; lengths themselves are not secret.
pub fn constant_time_eq_hex(a: &str, b: &str) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let difference = a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| {
        acc | (x.to_ascii_lowercase() ^ y.to_ascii_lowercase())
    });
    std::hint::black_box(difference) == 0
}
