//! A file opened or dropped on the page, as text: UTF-8 as it is (a byte-order mark left for the
//! analysis to note), UTF-16 (a Windows editor's "Unicode") recognised by its byte-order mark or its
//! zero bytes and decoded, anything else refused with what it is, and a file past the size the page
//! analyses refused before it is read. Vendors send UTF-8: the page says when a file was not.

use crate::domain::analysis::MAX_INPUT_BYTES;
use crate::domain::size::{byte_size, megabytes};
use thiserror::Error;

/// Why a file is not opened.
#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum FileError {
    #[error("This file is {}; gymhook analyses up to {} at once. The paste area keeps what it holds: split the file, or open one delivery.", megabytes(*bytes), byte_size(MAX_INPUT_BYTES))]
    TooLarge { bytes: u64 },
    #[error("This file is not UTF-8 text: byte {offset} (0x{byte:02X}) starts no UTF-8 character. Webhook bodies are UTF-8 JSON; the paste area keeps what it holds.")]
    NotUtf8 { offset: usize, byte: u8 },
    #[error("This file looks like UTF-16 text but does not decode as UTF-16 (an odd number of bytes, or a broken pair); the paste area keeps what it holds.")]
    BadUtf16,
}

/// Which UTF-16 a file was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Utf16 {
    LittleEndian,
    BigEndian,
}

/// A file's text, and the UTF-16 it was decoded from, if it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Opened {
    pub text: String,
    pub utf16: Option<Utf16>,
}

impl Opened {
    /// What the page says about the file, when there is something to say.
    pub fn note(&self) -> Option<&'static str> {
        self.utf16.map(|_| {
            "This file is UTF-16 text (as Windows editors save \"Unicode\"): it is opened decoded, but webhook bodies are UTF-8, so a receiver reading these bytes would not see JSON."
        })
    }
}

/// A file of `bytes` is refused before it is read when it is past the page's limit.
pub fn check_size(bytes: u64) -> Result<(), FileError> {
    match u64::try_from(MAX_INPUT_BYTES) {
        Ok(max) if bytes > max => Err(FileError::TooLarge { bytes }),
        _ => Ok(()),
    }
}

pub fn open(bytes: &[u8]) -> Result<Opened, FileError> {
    check_size(u64::try_from(bytes.len()).unwrap_or(u64::MAX))?;
    if let Some(order) = utf16(bytes) {
        let start = if matches!(bytes, [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..]) {
            2
        } else {
            0
        };
        let units: Vec<u16> = bytes
            .get(start..)
            .unwrap_or_default()
            .chunks(2)
            .map(|pair| match (order, pair) {
                (Utf16::LittleEndian, [lo, hi]) => Ok(u16::from_le_bytes([*lo, *hi])),
                (Utf16::BigEndian, [hi, lo]) => Ok(u16::from_be_bytes([*hi, *lo])),
                _ => Err(FileError::BadUtf16),
            })
            .collect::<Result<_, _>>()?;
        let text = String::from_utf16(&units).map_err(|_| FileError::BadUtf16)?;
        return Ok(Opened {
            text,
            utf16: Some(order),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Opened {
            text: text.to_owned(),
            utf16: None,
        }),
        Err(e) => {
            let offset = e.valid_up_to();
            Err(FileError::NotUtf8 {
                offset,
                byte: bytes.get(offset).copied().unwrap_or(0),
            })
        }
    }
}

/// UTF-16 by its byte-order mark, or by a zero byte beside nine characters in ten of its first 64
/// (ASCII text, as JSON mostly is, has a zero byte beside each character in UTF-16; a name or a
/// currency sign outside Latin-1 does not). UTF-8 text never holds a zero byte. The page's file
/// reader and the command line's both ask this, so a file is UTF-16 to both or to neither.
pub fn utf16(bytes: &[u8]) -> Option<Utf16> {
    match bytes {
        [0xFF, 0xFE, ..] => return Some(Utf16::LittleEndian),
        [0xFE, 0xFF, ..] => return Some(Utf16::BigEndian),
        _ => {}
    }
    let head: Vec<&[u8]> = bytes.chunks_exact(2).take(64).collect();
    if head.len() < 2 {
        return None;
    }
    let mostly = |beside_zero: fn(&&&[u8]) -> bool| {
        // At most 64 pairs: the products are small; saturating keeps the lint's promise anyway.
        head.iter().filter(beside_zero).count().saturating_mul(10) >= head.len().saturating_mul(9)
    };
    if mostly(|p| matches!(p, [lo, 0] if *lo != 0)) {
        Some(Utf16::LittleEndian)
    } else if mostly(|p| matches!(p, [0, hi] if *hi != 0)) {
        Some(Utf16::BigEndian)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utf16le(text: &str, bom: bool) -> Vec<u8> {
        let mut out = if bom { vec![0xFF, 0xFE] } else { Vec::new() };
        text.encode_utf16()
            .for_each(|u| out.extend(u.to_le_bytes()));
        out
    }

    #[test]
    fn utf8_opens_as_it_is_and_utf16_is_named_and_decoded() {
        let body = "{\"event\": \"Zoë\"}";
        assert_eq!(open(body.as_bytes()).map(|o| o.utf16), Ok(None));
        for bom in [true, false] {
            let opened = open(&utf16le(body, bom)).expect("UTF-16");
            assert_eq!(
                (opened.text.as_str(), opened.utf16),
                (body, Some(Utf16::LittleEndian))
            );
            assert!(opened
                .note()
                .is_some_and(|n| n.starts_with("This file is UTF-16 text")));
        }
        // Without a mark, and a character outside Latin-1 among the first: still UTF-16.
        let priced = utf16le(
            "{\"price\": \"12 €\", \"event\": \"MembershipSold\"}",
            false,
        );
        assert_eq!(utf16(&priced), Some(Utf16::LittleEndian));
        assert_eq!(utf16(body.as_bytes()), None);
        assert_eq!(utf16("é".as_bytes()), None);
        let mut be = vec![0xFE, 0xFF];
        body.encode_utf16().for_each(|u| be.extend(u.to_be_bytes()));
        assert_eq!(open(&be).map(|o| o.utf16), Ok(Some(Utf16::BigEndian)));
    }

    #[test]
    fn other_bytes_and_large_files_are_refused_with_what_they_are() {
        let latin1 = b"{\"name\": \"Zo\xEB\"}";
        let refused = open(latin1).expect_err("not UTF-8");
        assert_eq!(
            refused,
            FileError::NotUtf8 {
                offset: 12,
                byte: 0xEB
            }
        );
        assert!(refused
            .to_string()
            .starts_with("This file is not UTF-8 text: byte 12 (0xEB)"));
        assert_eq!(open(&[0xFF, 0xFE, 0x41]), Err(FileError::BadUtf16));
        let big = check_size(600 * 1024 * 1024).expect_err("too large");
        assert!(
            big.to_string()
                .starts_with("This file is 600.0 MB; gymhook analyses up to 16 MB at once."),
            "{big}"
        );
        assert_eq!(check_size(1024), Ok(()));
    }
}
