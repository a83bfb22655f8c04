//! The pass over `"key": value` pairs, in any spelling of JSON (raw, JSON inside a JSON string, a
//! percent-encoded form field): a value written under a personal field's key is replaced wherever the
//! pair appears, however short or common the value is (`"title": "Mr"`, `"isPregnant": true`).

use super::plan::Plan;
use super::{Edits, Origin};
use crate::domain::json::Span;
use crate::domain::share::text::pieces::{decode_at, pieces, Depth, Piece};
use crate::domain::share::text::{rewrite, Fit};

/// Keys longer than this are not looked up; values longer than this are not read whole.
const MAX_KEY_CHARS: usize = 64;
const MAX_VALUE_CHARS: usize = 64 * 1024;
const LITERAL_BYTES: &[u8] = b"+-0123456789.eEtrufals";

pub fn sweep(text: &str, plan: &Plan, depth: Depth, edits: &mut Edits) {
    if plan.keyed.is_empty() {
        return;
    }
    let bytes = text.as_bytes();
    let mut at = 0usize;
    while let Some(found) = bytes
        .get(at..)
        .and_then(|r| r.iter().position(|b| *b == b'"' || *b == b'%'))
    {
        let q = at.saturating_add(found);
        at = q.saturating_add(1);
        let Some(open) = quote_at(text, q, depth) else {
            continue;
        };
        if let Some((span, replacement, id)) = pair(text, plan, open, depth) {
            if edits.add(span, replacement, Origin::Value(id)) {
                at = span.end;
            }
        }
    }
}

/// The quote piece whose `"` byte (or `%22`) is at `q`, with the backslashes before it.
fn quote_at(text: &str, q: usize, depth: Depth) -> Option<Piece> {
    let bytes = text.as_bytes();
    let slashes = bytes
        .get(..q)?
        .iter()
        .rev()
        .take_while(|b| **b == b'\\')
        .count();
    decode_at(text, q.saturating_sub(slashes), depth).filter(|p| {
        p.ch == '"' && p.end == q.saturating_add(if bytes.get(q) == Some(&b'%') { 3 } else { 1 })
    })
}

/// Reads pieces from `from` to the next quote spelled as `open`: the span and decoded text inside.
fn string(text: &str, open: Piece, limit: usize, depth: Depth) -> Option<(Span, String, Piece)> {
    let mut inside = String::new();
    for (n, p) in pieces(text, open.end, text.len(), depth).enumerate() {
        if p.ch == '"' && p.style == open.style {
            return Some((Span::new(open.end, p.start), inside, p));
        }
        if n >= limit {
            return None;
        }
        inside.push(p.ch);
    }
    None
}

/// `"key": value` starting at the quote `open`: the value's span, its replacement and value index.
fn pair(text: &str, plan: &Plan, open: Piece, depth: Depth) -> Option<(Span, String, usize)> {
    let (_, key, close) = string(text, open, MAX_KEY_CHARS, depth)?;
    let values = plan.keyed.get(&key)?;
    let mut rest = pieces(text, close.end, text.len(), depth).peekable();
    let space = |p: &Piece| {
        p.ch.is_whitespace()
            || (p.ch == '+'
                && matches!(
                    open.style,
                    crate::domain::share::text::pieces::Style::Percent { .. }
                ))
    };
    let mut gap_before = Vec::new();
    while rest.next_if(|p| space(p)).is_some() {}
    if rest.next()?.ch != ':' {
        return None;
    }
    while let Some(p) = rest.next_if(|p| space(p)) {
        gap_before.push(p);
    }
    let first = rest.next()?;
    if first.ch == '"' && first.style == open.style {
        let (span, value, _) = string(text, first, MAX_VALUE_CHARS, depth)?;
        let (standin, id) = values.get(&value)?;
        return Some((span, shaped(text, span, depth, standin, &value), *id));
    }
    // A number or a boolean, written raw.
    let start = first.start;
    let len = text
        .as_bytes()
        .get(start..)?
        .iter()
        .take_while(|b| LITERAL_BYTES.contains(b))
        .count();
    let literal = text.get(start..start.saturating_add(len))?;
    let (standin, id) = values.get(literal)?;
    if standin.len() == literal.len() {
        let span = Span::new(start, start.saturating_add(len));
        return Some((span, shaped(text, span, depth, standin, literal), *id));
    }
    // `true` → `false`: one space before it goes, so the length stays where there is one.
    let gap = gap_before
        .iter()
        .rev()
        .find(|p| p.ch == ' ' && p.end.saturating_sub(p.start) == 1);
    match gap {
        Some(space) if standin.len() == literal.len().saturating_add(1) => {
            let span = Span::new(space.start, start.saturating_add(len));
            let kept = text.get(space.end..start).unwrap_or_default();
            Some((span, format!("{kept}{standin}"), *id))
        }
        _ => Some((
            Span::new(start, start.saturating_add(len)),
            standin.clone(),
            *id,
        )),
    }
}

/// `span` (which reads as `real`) with the letters and digits of `standin` (as long as `real`, its
/// other characters the same) written in, each where `real` has one.
fn shaped(text: &str, span: Span, depth: Depth, standin: &str, real: &str) -> String {
    let mut chars = standin
        .chars()
        .zip(real.chars())
        .filter(|(_, r)| r.is_alphanumeric())
        .map(|(s, _)| s);
    rewrite(text, span, depth, Fit::Shape, || chars.next())
}
