//! HMAC-MD5 (RFC 2104), only to recognise a sender or receiver that keyed the hash instead of hashing
//! `id:secret` as Perfect Gym documents: many webhook libraries sign with an HMAC by habit.

use super::diagnosis::{Diagnosis, HmacKey};
use super::pgm::{constant_time_eq_hex, hex};
use super::verdict::SignatureInputs;
use md5::{Digest, Md5};

/// MD5's block size in bytes; longer keys are hashed first (RFC 2104, section 2).
const BLOCK: usize = 64;
const INNER_PAD: u8 = 0x36;
const OUTER_PAD: u8 = 0x5c;

/// Lower-case hex HMAC-MD5 of `message` under `key`.
pub(super) fn hmac_md5_hex(key: &[u8], message: &[u8]) -> String {
    let mut block = [0u8; BLOCK];
    if key.len() > BLOCK {
        let digest = Md5::digest(key);
        for (slot, byte) in block.iter_mut().zip(digest.iter()) {
            *slot = *byte;
        }
    } else {
        for (slot, byte) in block.iter_mut().zip(key) {
            *slot = *byte;
        }
    }
    let pad = |with: u8| block.map(|b| b ^ with);
    let inner = Md5::new()
        .chain_update(pad(INNER_PAD))
        .chain_update(message)
        .finalize();
    let outer = Md5::new()
        .chain_update(pad(OUTER_PAD))
        .chain_update(inner)
        .finalize();
    hex(&outer)
}

/// HMAC-MD5 with the secret as key over the request id, or the other way round.
pub(super) fn diagnose_hmac(inputs: &SignatureInputs<'_>) -> Option<Diagnosis> {
    let (id, secret) = (inputs.request_id.as_bytes(), inputs.secret.as_bytes());
    [
        (HmacKey::Secret, secret, id),
        (HmacKey::RequestId, id, secret),
    ]
    .into_iter()
    .find(|(_, key, message)| constant_time_eq_hex(&hmac_md5_hex(key, message), inputs.signature))
    .map(|(key, _, _)| Diagnosis::HmacMd5 { key })
}

#[cfg(test)]
mod tests {
    use super::hmac_md5_hex;

    #[test]
    fn matches_the_rfc_2202_vectors() {
        // RFC 2202, section 2: test cases 2 and 6 (a key longer than the block).
        assert_eq!(
            hmac_md5_hex(b"Jefe", b"what do ya want for nothing?"),
            "750c783e6ab0b503eaa86e310a5db738"
        );
        assert_eq!(
            hmac_md5_hex(
                &[0xaa; 80],
                b"Test Using Larger Than Block-Size Key - Hash Key First"
            ),
            "6b1ab7fe4bd7bf8f0b62e6ce61b9d0cd"
        );
    }
}
