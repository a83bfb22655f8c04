//! Parsers for the value formats the Perfect Gym and GymOS documents use (GUID, ISO-8601, JSON integers)
//! and the small calendar arithmetic the UI needs. Pure Rust, no panics on any input: this runs in wasm.
//!
//! Every error that points into the input carries `position`, a 0-based byte offset into the text
//! given to the parser, so the UI can highlight the exact spot; messages show the same number.

// Positions and values here come from pasted text. An overflow would panic (killing the whole wasm page)
// or give a silently wrong number, so each operation is checked or saturating, with the bound that makes
// it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

pub mod calendar;
mod cursor;
pub mod datetime;
mod datetime_error;
mod datetime_parse;
pub mod guid;
pub mod number;
mod relative;

pub use datetime::{format_duration, humanize_delta, DateTime, Zone};
pub use datetime_error::DateTimeError;
pub use guid::{Guid, GuidError};
pub use number::{decimal_places, parse_int, IntError};

#[cfg(test)]
mod tests;
