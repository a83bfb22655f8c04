//! The documented PGM scheme: `X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret)`,
//! plus the hex helpers and the case-insensitive constant-time comparison every check relies on.

use md5::{Digest, Md5};

/// Header carrying the request id (identical on every retry of one delivery).
pub const REQUEST_ID_HEADER: &str = "X-PerfectGym-Request";
/// Header carrying the signature; PGM sends it only when the webhook has a secret.
pub const SIGNATURE_HEADER: &str = "X-PerfectGym-Signature";
/// What PGM puts between request id and secret before hashing.
pub const SEPARATOR: &str = ":";

const HEX_DIGITS: &[u8; 16] = b"0123456789abcdef";
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
    let digest = Md5::digest(text.as_bytes());
    let mut hex = String::with_capacity(digest.len() * 2);
    for byte in digest.iter() {
        hex.push(char::from(HEX_DIGITS[usize::from(byte >> NIBBLE_BITS)]));
        hex.push(char::from(HEX_DIGITS[usize::from(byte & LOW_NIBBLE)]));
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
