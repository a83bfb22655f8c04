//! Unpadded base64url (RFC 4648 §5), the alphabet a URL fragment carries unescaped. Version-1 links
//! hold the paste's UTF-8 bytes this way; version-2 links hold a version byte and deflated state.

// Lengths here come from share links anyone can craft. An overflow would panic (killing the whole wasm
// page) or give a silently wrong number, so each operation is checked or saturating, with the bound that
// makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

use super::ShareError;

const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const BITS_PER_CHAR: u32 = 6;
const SIX_BITS: u32 = 0b11_1111;
/// Where each of a 24-bit group's four characters sits, most significant first.
const CHAR_SHIFTS: [u32; 4] = [18, 12, 6, 0];

pub fn encode(bytes: &[u8]) -> String {
    // A capacity hint (four characters per three bytes): saturating rather than ever panicking.
    let mut out = String::with_capacity(bytes.len().div_ceil(3).saturating_mul(4));
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let group = (b(0) << 16) | (b(1) << 8) | b(2);
        // A chunk of n bytes carries n + 1 meaningful characters; the rest would be padding.
        let shifts = CHAR_SHIFTS.get(..=chunk.len()).unwrap_or_default();
        for shift in shifts {
            // Six bits index the 64-letter alphabet, so `get` always finds the letter.
            let index = ((group >> shift) & SIX_BITS) as usize;
            out.extend(ALPHABET.get(index).map(|&letter| char::from(letter)));
        }
    }
    out
}

/// The inverse of `ALPHABET`, by ranges rather than a search (links of a megabyte decode quickly).
fn sextet(c: char) -> Option<u32> {
    let (first, value_of_first) = match c {
        'A'..='Z' => ('A', 0),
        'a'..='z' => ('a', 26),
        '0'..='9' => ('0', 52),
        '-' => return Some(62),
        '_' => return Some(63),
        _ => return None,
    };
    // `c` lies in the range that starts at `first`: the difference is below 26 and the sum below 64.
    let offset = u32::from(c).checked_sub(u32::from(first))?;
    offset.checked_add(value_of_first)
}

pub fn decode(data: &str) -> Result<Vec<u8>, ShareError> {
    // A capacity hint (three bytes per four characters): saturating rather than ever panicking.
    let mut bytes = Vec::with_capacity((data.len() / 4).saturating_mul(3).saturating_add(2));
    let mut group: u32 = 0;
    let mut count = 0u32;
    for (position, c) in data.chars().enumerate() {
        let value = sextet(c).ok_or(ShareError::BadCharacter { found: c, position })?;
        group = (group << BITS_PER_CHAR) | value;
        // Back to 0 at 4, below.
        count = count.saturating_add(1);
        if count == 4 {
            bytes.extend_from_slice(&[(group >> 16) as u8, (group >> 8) as u8, group as u8]);
            (group, count) = (0, 0);
        }
    }
    match count {
        0 => {}
        2 => bytes.push((group >> 4) as u8),
        3 => bytes.extend_from_slice(&[(group >> 10) as u8, (group >> 2) as u8]),
        _ => {
            return Err(ShareError::Truncated {
                length: data.chars().count(),
            })
        }
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn known_vectors_match_rfc_4648_without_padding() {
        // RFC 4648 §10 test vectors, with the padding removed and the URL-safe alphabet.
        for (plain, encoded) in [
            ("", ""),
            ("f", "Zg"),
            ("fo", "Zm8"),
            ("foo", "Zm9v"),
            ("foob", "Zm9vYg"),
            ("fooba", "Zm9vYmE"),
            ("foobar", "Zm9vYmFy"),
        ] {
            assert_eq!(encode(plain.as_bytes()), encoded);
            assert_eq!(decode(encoded).as_deref(), Ok(plain.as_bytes()));
        }
        assert_eq!(encode(b"??>"), "Pz8-", "62 and 63 are - and _ in base64url");
        assert_eq!(encode(b"???"), "Pz8_");
    }

    #[test]
    fn damaged_links_say_what_is_wrong() {
        assert_eq!(
            decode("Zm9v!"),
            Err(ShareError::BadCharacter {
                found: '!',
                position: 4
            })
        );
        assert_eq!(decode("Zm9vY"), Err(ShareError::Truncated { length: 5 }));
    }

    proptest! {
        #[test]
        fn any_bytes_round_trip(bytes in proptest::collection::vec(any::<u8>(), 0..300)) {
            let encoded = encode(&bytes);
            prop_assert!(encoded.bytes().all(|b| ALPHABET.contains(&b)));
            prop_assert_eq!(decode(&encoded), Ok(bytes));
        }

        #[test]
        fn any_data_decodes_or_errors_without_panicking(data in "\\PC{0,60}") {
            let _ = decode(&data);
        }
    }
}
