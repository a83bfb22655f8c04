//! Where each byte of a delivery's text came from in the paste. A delivery is often a slice of the
//! paste (one offset apart), but a reader may also rebuild it: a request line from a log's `Method:` and
//! `Path:` lines, a body unescaped from `\x22` or from a JSON string. The map keeps, piece by piece,
//! which paste bytes each part of the rebuilt text stands for, so a diagnostic found in the delivery
//! points into what was pasted.

use crate::domain::json::Span;

/// One run of the delivery's text and the paste bytes it stands for: a verbatim copy (byte for byte),
/// or a replacement (an escape, a synthesised line) whose every offset points at the start of its
/// paste bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Piece {
    at: usize,
    len: usize,
    paste: usize,
    paste_len: usize,
    copy: bool,
}

impl Piece {
    fn verbatim(&self) -> bool {
        self.copy
    }
    fn end(&self) -> usize {
        self.at.saturating_add(self.len)
    }
    fn paste_end(&self) -> usize {
        self.paste.saturating_add(self.paste_len)
    }
}

/// Delivery-text offsets → paste offsets.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct OffsetMap {
    pieces: Vec<Piece>,
}

impl OffsetMap {
    /// A delivery that is the paste's bytes `span`, unchanged.
    pub fn slice(span: Span) -> Self {
        let len = span.end.saturating_sub(span.start);
        OffsetMap {
            pieces: vec![Piece {
                at: 0,
                len,
                paste: span.start,
                paste_len: len,
                copy: true,
            }],
        }
    }

    /// True when the delivery is the paste itself from its first byte (offsets need no mapping).
    pub fn is_identity(&self) -> bool {
        match self.pieces.as_slice() {
            [] => true,
            [one] => one.paste == 0 && one.verbatim(),
            _ => false,
        }
    }

    /// True when the delivery is a slice of the paste, byte for byte (wherever it starts).
    pub fn is_verbatim(&self) -> bool {
        matches!(self.pieces.as_slice(), [] | [Piece { copy: true, .. }])
    }

    /// The piece holding delivery offset `offset` (the last one for offsets past the end).
    fn piece(&self, offset: usize) -> Option<&Piece> {
        let after = self.pieces.partition_point(|p| p.at <= offset);
        self.pieces.get(after.saturating_sub(1))
    }

    /// Where delivery offset `offset` sits in the paste.
    pub fn to_paste(&self, offset: usize) -> usize {
        let Some(p) = self.piece(offset) else {
            return offset;
        };
        let into = offset.saturating_sub(p.at);
        if p.verbatim() {
            p.paste.saturating_add(into.min(p.paste_len))
        } else if into >= p.len {
            p.paste_end()
        } else {
            p.paste
        }
    }

    /// A delivery span as a paste span: a span ending inside a replacement covers all of its bytes.
    pub fn span(&self, span: Span) -> Span {
        let start = self.to_paste(span.start);
        let end = if span.end > span.start {
            match self.piece(span.end.saturating_sub(1)) {
                Some(p) if !p.verbatim() && span.end <= p.end() => p.paste_end(),
                _ => self.to_paste(span.end),
            }
        } else {
            start
        };
        Span::new(start, end.max(start))
    }
}

/// Builds a delivery's text and its map together.
pub struct Builder<'p> {
    paste: &'p str,
    text: String,
    pieces: Vec<Piece>,
}

impl<'p> Builder<'p> {
    pub fn new(paste: &'p str) -> Self {
        Builder {
            paste,
            text: String::new(),
            pieces: Vec::new(),
        }
    }

    /// The paste's bytes `span`, copied as they are.
    pub fn copy(&mut self, span: Span) {
        let Some(part) = self.paste.get(span.start..span.end) else {
            return;
        };
        let at = self.text.len();
        self.text.push_str(part);
        // Adjacent verbatim copies of adjacent paste bytes are one piece.
        if let Some(last) = self.pieces.last_mut() {
            if last.verbatim() && last.end() == at && last.paste_end() == span.start {
                last.len = last.len.saturating_add(part.len());
                last.paste_len = last.len;
                return;
            }
        }
        self.push(at, part.len(), span.start, part.len(), true);
    }

    /// Text the reader writes in place of the paste's bytes `from` (an unescaped character, a line it
    /// rebuilt). Text equal to the paste's bytes is recorded as a copy.
    pub fn put(&mut self, text: &str, from: Span) {
        if self.paste.get(from.start..from.end) == Some(text) {
            return self.copy(from);
        }
        let at = self.text.len();
        self.text.push_str(text);
        let paste_len = from.end.saturating_sub(from.start);
        self.push(at, text.len(), from.start, paste_len, false);
    }

    fn push(&mut self, at: usize, len: usize, paste: usize, paste_len: usize, copy: bool) {
        if len > 0 {
            self.pieces.push(Piece {
                at,
                len,
                paste,
                paste_len,
                copy,
            });
        }
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    pub fn finish(self) -> (String, OffsetMap) {
        (
            self.text,
            OffsetMap {
                pieces: self.pieces,
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_is_one_offset_apart() {
        let map = OffsetMap::slice(Span::new(10, 20));
        assert_eq!(map.to_paste(0), 10);
        assert_eq!(map.to_paste(5), 15);
        assert_eq!(map.span(Span::new(2, 4)), Span::new(12, 14));
        assert!(!map.is_identity());
        assert!(OffsetMap::slice(Span::new(0, 5)).is_identity());
    }

    #[test]
    fn an_unescaped_body_points_at_its_escapes() {
        // The paste holds `{\x22a\x22:1}`; the delivery `{"a":1}`.
        let paste = r"log {\x22a\x22:1}";
        let mut b = Builder::new(paste);
        b.copy(Span::new(4, 5));
        b.put("\"", Span::new(5, 9));
        b.copy(Span::new(9, 10));
        b.put("\"", Span::new(10, 14));
        b.copy(Span::new(14, 17));
        let (text, map) = b.finish();
        assert_eq!(text, r#"{"a":1}"#);
        // `a` is delivery byte 2, paste byte 9; the value `1` delivery 5, paste 15.
        assert_eq!(map.to_paste(2), 9);
        assert_eq!(map.to_paste(5), 15);
        // The key `"a"` (delivery 1..4) covers both escapes in the paste.
        assert_eq!(map.span(Span::new(1, 4)), Span::new(5, 14));
        assert_eq!(map.span(Span::new(0, 7)), Span::new(4, 17));
    }

    #[test]
    fn a_replacement_of_the_same_length_is_no_copy() {
        let paste = "Method: POST";
        let mut b = Builder::new(paste);
        b.put("POST", Span::new(0, 4));
        let (text, map) = b.finish();
        assert_eq!(text, "POST");
        assert_eq!(map.to_paste(3), 0, "every byte points at the start");
        assert_eq!(map.span(Span::new(1, 4)), Span::new(0, 4));
        b = Builder::new(paste);
        b.put("POST", Span::new(8, 12));
        let (_, map) = b.finish();
        assert_eq!(map.to_paste(3), 11, "equal text is a verbatim copy");
    }
}
