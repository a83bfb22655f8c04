//! The message an analysis worker sends back: an `Analysis` as compact bytes (a Uint8Array moves
//! between threads without copying). Declarations cross as indices into the one schema both sides
//! share, so the main thread gets back the very same `&'static` declarations.

mod analysis;
mod bytes;
mod registry;
#[cfg(test)]
mod tests;
mod typed;

pub use analysis::{decode, encode};

use thiserror::Error;

/// Bumped whenever the layout changes; page and worker come from one build, so a mismatch is damage.
const VERSION: u8 = 2;

#[derive(Clone, Copy, Debug, Error, PartialEq, Eq)]
pub enum WireError {
    #[error("the analysis message is damaged")]
    Damaged,
    #[error("the analysis message names a declaration this page does not have")]
    UnknownDeclaration,
    #[error("the analysis message comes from another version of gymhook")]
    Version,
}
