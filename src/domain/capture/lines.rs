//! Lines of the paste: which line each delivery starts on, and iterating lines with their offsets.

use super::Delivery;
use crate::domain::json::Span;

/// Sets each delivery's 1-based line from where its first byte sits in the paste. Deliveries come in
/// paste order, so the newlines are counted once for all of them (counting from the start for each made
/// 10,000 deliveries take seconds); one out of order restarts the count.
pub fn number(text: &str, deliveries: &mut [Delivery]) {
    let bytes = text.as_bytes();
    let (mut at, mut line) = (0usize, 1usize);
    for d in deliveries {
        let start = d.map.to_paste(0).min(bytes.len());
        if start < at {
            (at, line) = (0, 1);
        }
        let newlines = bytes
            .get(at..start)
            .unwrap_or_default()
            .iter()
            .filter(|&&b| b == b'\n')
            .count();
        line = line.saturating_add(newlines);
        at = start;
        d.line = line;
    }
}

/// One line: its span without the line break, and where the next line starts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Line<'a> {
    pub text: &'a str,
    pub span: Span,
    pub next: usize,
}

impl Line<'_> {
    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// The lines of `text[from..]` with their offsets in `text` (LF or CRLF; the break is not in `text`).
pub fn lines_from(text: &str, from: usize) -> impl Iterator<Item = Line<'_>> {
    let mut at = from;
    std::iter::from_fn(move || {
        let rest = text.get(at..).filter(|r| !r.is_empty())?;
        let (raw, len) = match rest.find('\n') {
            Some(n) => (rest.get(..n).unwrap_or_default(), n.saturating_add(1)),
            None => (rest, rest.len()),
        };
        let content = raw.strip_suffix('\r').unwrap_or(raw);
        let line = Line {
            text: content,
            span: Span::new(at, at.saturating_add(content.len())),
            next: at.saturating_add(len),
        };
        at = line.next;
        Some(line)
    })
}

pub fn lines(text: &str) -> impl Iterator<Item = Line<'_>> {
    lines_from(text, 0)
}
