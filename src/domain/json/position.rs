//! Byte spans into the pasted text and their translation to 1-based line:column positions.
//! Columns count chars, because that is what an editor cursor shows for "é" or "ł".

use std::fmt;

/// A half-open byte range `start..end` into the original text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    /// The spanned text, or `None` when the span does not fit `text` (e.g. a different text).
    pub fn slice<'a>(&self, text: &'a str) -> Option<&'a str> {
        text.get(self.start..self.end)
    }
}

/// A 1-based line and column (column in chars, not bytes).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Position {
    pub line: usize,
    pub column: usize,
}

impl fmt::Display for Position {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.line, self.column)
    }
}

/// Bytes between two char-count checkpoints: a lookup counts at most this many bytes.
const CHECKPOINT_BYTES: usize = 1024;

/// Line starts and char-count checkpoints of one text, so each lookup is a binary search plus a short
/// count instead of a rescan. Minified payloads are one huge line, non-ASCII text is common in names,
/// and the validator may ask for thousands of positions on that line.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// `chars_before[k]`: chars that start in `text[..k * CHECKPOINT_BYTES]`.
    chars_before: Vec<usize>,
}

/// UTF-8 continuation bytes (`10xxxxxx`) do not start a char.
fn starts_char(byte: u8) -> bool {
    byte & 0b1100_0000 != 0b1000_0000
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let checkpoints = (bytes.len() / CHECKPOINT_BYTES).saturating_add(1);
        let mut chars_before = Vec::with_capacity(checkpoints);
        // Counts and offsets below are at most `bytes.len()`, so the additions cannot overflow.
        let mut chars: usize = 0;
        for (i, &byte) in bytes.iter().enumerate() {
            if i % CHECKPOINT_BYTES == 0 {
                chars_before.push(chars);
            }
            chars = chars.saturating_add(usize::from(starts_char(byte)));
            if byte == b'\n' {
                starts.push(i.saturating_add(1));
            }
        }
        chars_before.push(chars);
        LineIndex {
            starts,
            chars_before,
        }
    }

    /// Chars that start before byte `offset` (a char boundary).
    fn chars_before(&self, text: &str, offset: usize) -> usize {
        let k = offset / CHECKPOINT_BYTES;
        // At most `offset`: cannot overflow.
        let from = k.saturating_mul(CHECKPOINT_BYTES);
        let base = self.chars_before.get(k).copied().unwrap_or(0);
        let tail = text.as_bytes().get(from..offset).unwrap_or_default();
        // Both terms count chars of one text: their sum is at most its length.
        base.saturating_add(tail.iter().filter(|&&b| starts_char(b)).count())
    }

    /// Offsets past the end clamp to the end; offsets inside a char snap back to its start.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset = offset.saturating_sub(1);
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(0);
        // `start <= offset`, so this is never negative for the text the index was built from; an index
        // asked about a different text (see the test below) gets column 1 rather than a wrapped number.
        let column = self
            .chars_before(text, offset)
            .saturating_sub(self.chars_before(text, start));
        Position {
            line,
            column: column.saturating_add(1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pos(text: &str, offset: usize) -> (usize, usize) {
        let p = LineIndex::new(text).position(text, offset);
        (p.line, p.column)
    }

    #[test]
    fn lf_lines() {
        let text = "{\n  \"a\": 1\n}";
        assert_eq!(pos(text, 0), (1, 1));
        assert_eq!(pos(text, 1), (1, 2)); // the '\n' itself still belongs to line 1
        assert_eq!(pos(text, 4), (2, 3));
        assert_eq!(pos(text, 11), (3, 1));
    }

    #[test]
    fn crlf_lines() {
        let text = "{\r\n  \"a\": 1\r\n}";
        assert_eq!(pos(text, 1), (1, 2));
        assert_eq!(pos(text, 2), (1, 3));
        assert_eq!(pos(text, 5), (2, 3));
        assert_eq!(pos(text, 13), (3, 1));
    }

    #[test]
    fn lone_cr_does_not_end_a_line() {
        assert_eq!(pos("a\rb", 2), (1, 3));
    }

    #[test]
    fn multibyte_chars_count_once() {
        let text = "{\"é\": x}";
        // 'x' is at byte 7 but char 6 (é is two bytes).
        assert_eq!(text.find('x'), Some(7));
        assert_eq!(pos(text, 7), (1, 7));
        let text = "ok\n\"żółw\" x";
        assert_eq!(pos(text, text.len() - 1), (2, 8));
    }

    #[test]
    fn offsets_past_end_or_inside_a_char_clamp() {
        assert_eq!(pos("ab\ncd", 99), (2, 3));
        assert_eq!(pos("ab\n", 3), (2, 1));
        assert_eq!(pos("", 5), (1, 1));
        // Byte 2 is inside 'é' (bytes 1..3): it snaps back to the 'é' itself.
        assert_eq!(pos("aéb", 2), (1, 2));
    }

    #[test]
    fn a_different_text_never_panics() {
        let index = LineIndex::new("a\nb\nc\nd");
        assert_eq!(index.position("é", 1), Position { line: 1, column: 1 });
        assert_eq!(index.position("", 10).line, 1);
    }

    #[test]
    fn span_slice_and_position_display() {
        assert_eq!(Span::new(1, 3).slice("abcd"), Some("bc"));
        assert_eq!(Span::new(1, 9).slice("abcd"), None);
        assert_eq!(Position { line: 2, column: 5 }.to_string(), "2:5");
    }
}
