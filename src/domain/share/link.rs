//! Link data: `encode` gives the fragment data of a version-2 link (base64url of a version byte and the
//! raw-deflated fields); `decode` reads it back, bounded in memory; `decode_legacy` reads `#/p/` links.

use super::{base64, fields, ShareError, ShareState};

/// The format this page writes. Version 1 (`#/p/`) was the paste as plain base64url.
pub const VERSION: u8 = 2;
/// A link expands to at most this much state: a decompression bomb of a link cannot exhaust the tab.
pub const MAX_STATE_BYTES: usize = 32 * 1024 * 1024;
/// miniz level 9 (best); links are made on a click, so the extra milliseconds buy shorter links.
const DEFLATE_LEVEL: u8 = 9;

pub fn encode(state: &ShareState) -> String {
    let packed = miniz_oxide::deflate::compress_to_vec(&fields::write(state), DEFLATE_LEVEL);
    let mut bytes = Vec::with_capacity(packed.len() + 1);
    bytes.push(VERSION);
    bytes.extend_from_slice(&packed);
    base64::encode(&bytes)
}

pub fn decode(data: &str) -> Result<ShareState, ShareError> {
    let bytes = base64::decode(data)?;
    let (&version, packed) = bytes.split_first().ok_or(ShareError::Empty)?;
    if version != VERSION {
        return Err(ShareError::UnknownVersion { version });
    }
    let raw = miniz_oxide::inflate::decompress_to_vec_with_limit(packed, MAX_STATE_BYTES).map_err(
        |e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Corrupt,
        },
    )?;
    fields::read(&raw)
}

/// A version-1 link: the paste alone, as base64url of its UTF-8 bytes.
pub fn decode_legacy(data: &str) -> Result<ShareState, ShareError> {
    let text = String::from_utf8(base64::decode(data)?).map_err(|_| ShareError::NotText)?;
    Ok(ShareState {
        text,
        selected: None,
        generator: None,
    })
}

/// What a version-1 link held, for tests that prove old links keep opening.
#[cfg(test)]
pub fn encode_legacy(text: &str) -> String {
    base64::encode(text.as_bytes())
}
