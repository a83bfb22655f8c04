//! Share links: what the user sees (paste, selection, generator settings) travels in the URL fragment,
//! versioned and compressed. Fragments never reach a server, so sharing sends nothing anywhere; the
//! signature secret is never part of it.
//!
//! Redaction (`prepare`) is a pipeline that fails closed: `read` the paste as the page does, `collect`
//! every personal value and credential, `sweep` them everywhere with stand-ins of the same shape,
//! `verify` by reading the result again; what cannot be accounted for is refused, not guessed at.

mod base64;
mod collect;
mod fields;
mod link;
mod prepare;
mod read;
mod report;
mod scan;
mod standin;
mod sweep;
#[cfg(test)]
mod tests_link;
#[cfg(test)]
mod tests_redact;
mod text;
mod verify;

pub(crate) use base64::decode as base64url_decode;
pub(crate) use base64::encode as base64url_encode;
pub use collect::Unread;
pub use link::{decode, decode_legacy, encode, MAX_STATE_BYTES, VERSION};
pub use prepare::{prepare, Prepared};
pub use read::Form;
pub use report::{Outcome, Refusal, Report};

use super::generate::{Choice, Format};
use thiserror::Error;

/// Everything a link restores.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShareState {
    /// The paste, exactly as it will be shown (already redacted when the user chose so).
    pub text: String,
    /// The JSON path of the field or diagnostic the user had selected.
    pub selected: Option<String>,
    pub generator: Option<GeneratorLink>,
}

/// The example generator's settings, minus the receiver URL (which may name a private host).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GeneratorLink {
    pub choice: Choice,
    pub seed: u64,
    pub edge_cases: bool,
    pub format: Format,
}

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum ShareError {
    #[error("the link's data has a character that base64url does not use ({found:?} at position {position})")]
    BadCharacter { found: char, position: usize },
    #[error("the link's data is cut short: its length ({length}) cannot be base64url")]
    Truncated { length: usize },
    #[error("the link's data is not UTF-8 text")]
    NotText,
    #[error("the link is empty")]
    Empty,
    #[error("the link was made by a newer gymhook (format version {version}; this page reads up to {VERSION})")]
    UnknownVersion { version: u8 },
    #[error("the link's data is damaged: it does not decompress")]
    Corrupt,
    #[error("the link's data expands to more than {} MB", MAX_STATE_BYTES / (1024 * 1024))]
    TooLarge,
    #[error("the link's data is damaged: a field is cut short")]
    CutField,
}
