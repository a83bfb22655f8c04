//! Reading the paste through its spellings (`pieces`), in words (`tokens`), and writing a replacement
//! back letter for letter (`rewrite`): only letters and digits change, each in the spelling and case
//! of the one it replaces and with as many UTF-8 bytes, so the paste keeps every length and offset.

// Offsets here come from pasted text. An overflow would panic (killing the whole wasm page) or give a
// silently wrong number, so each operation is checked or saturating, with the bound that makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

pub mod pieces;
pub mod tokens;

use super::standin::{cased, with_width};
use crate::domain::json::Span;
use pieces::{encode, pieces, Depth};

/// The byte offset `n` logical characters into `span` (its end when it has fewer).
pub fn skip_chars(text: &str, span: Span, n: usize) -> usize {
    pieces(text, span.start, span.end, 1)
        .nth(n)
        .map_or(span.end, |p| p.start)
}

/// The logical text of `span`, read as JSON.
pub fn decoded(text: &str, span: Span) -> String {
    pieces(text, span.start, span.end, 1)
        .map(|p| p.ch)
        .collect()
}

/// How replacement characters are fitted to the ones they replace.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fit {
    /// A fictional value: the case of the letter replaced, a digit for a digit.
    Shape,
    /// A mask: its own letters, as they are.
    Mask,
}

/// `span` of `text` with each letter or digit replaced by the next character `next` gives, fitted as
/// `fit` says and spelled as the one replaced; everything else as is.
pub fn rewrite(
    text: &str,
    span: Span,
    depth: Depth,
    fit: Fit,
    mut next: impl FnMut() -> Option<char>,
) -> String {
    let mut out = String::with_capacity(span.end.saturating_sub(span.start));
    for (i, piece) in pieces(text, span.start, span.end, depth).enumerate() {
        let raw = text.get(piece.start..piece.end).unwrap_or_default();
        if !piece.is_alnum() {
            out.push_str(raw);
            continue;
        }
        let Some(c) = next() else {
            out.push_str(raw);
            continue;
        };
        // Digits stay digits, so a number's shape survives a stand-in.
        let c = match (fit, piece.ch.is_ascii_digit(), c.is_ascii_digit()) {
            (Fit::Mask, _, _) => c,
            (Fit::Shape, true, false) => char::from(b'0'.saturating_add((u32::from(c) % 10) as u8)),
            (Fit::Shape, _, _) => cased(c, piece.ch),
        };
        encode(with_width(c, piece.ch.len_utf8(), i), piece.style, &mut out);
    }
    out
}
