//! JSON parsing that keeps a byte span for every value and key, so validation errors can
//! point at line:column in the pasted text. Pure Rust, panic-free on any input.

// Offsets here come from pasted text. An overflow would panic (killing the whole wasm page) or give a
// silently wrong number, so each operation is checked or saturating, with the bound that makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

mod cursor;
mod error;
mod node;
mod parser;
mod position;
mod pretty;
mod scalar;

pub use error::{Expected, SyntaxError, SyntaxErrorKind};
pub use node::{Member, Node, NodeKind};
pub use parser::{parse, parse_at, MAX_DEPTH};
pub use position::{LineIndex, Position, Span};
pub use pretty::{compact, pretty, pretty_source, quoted};

#[cfg(test)]
mod error_tests;
#[cfg(test)]
mod parser_tests;
