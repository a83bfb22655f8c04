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

/// Line starts of one text, so each lookup is a binary search instead of a rescan.
#[derive(Clone, Debug)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Per line: true when it holds only ASCII, so a column is a subtraction. Minified
    /// payloads are one huge line and the validator may ask for hundreds of positions on it.
    ascii: Vec<bool>,
}

impl LineIndex {
    pub fn new(text: &str) -> Self {
        let mut starts = vec![0];
        let mut ascii = Vec::new();
        let mut line_ascii = true;
        for (i, &byte) in text.as_bytes().iter().enumerate() {
            line_ascii &= byte.is_ascii();
            if byte == b'\n' {
                starts.push(i + 1);
                ascii.push(line_ascii);
                line_ascii = true;
            }
        }
        ascii.push(line_ascii);
        LineIndex { starts, ascii }
    }

    /// Offsets past the end clamp to the end; offsets inside a char snap back to its start.
    pub fn position(&self, text: &str, offset: usize) -> Position {
        let mut offset = offset.min(text.len());
        while offset > 0 && !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&start| start <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        let bytes = offset.saturating_sub(start);
        let column = match (self.ascii.get(line - 1), text.get(start..offset)) {
            (Some(false), Some(prefix)) => prefix.chars().count(),
            _ => bytes,
        };
        Position {
            line,
            column: column + 1,
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
