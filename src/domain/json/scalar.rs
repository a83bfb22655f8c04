//! Leaf lexing for the parser: strings with escape decoding, numbers kept as text, literals.
//! Strings without escapes are copied in one slice; escapes switch to an owned buffer.

use super::cursor::Parser;
use super::{Expected, Node, NodeKind, Span, SyntaxError, SyntaxErrorKind};

impl Parser<'_> {
    /// Parses a string starting at its opening quote; leaves the cursor after the closing quote.
    pub(super) fn string(&mut self) -> Result<String, SyntaxError> {
        self.bump();
        let mut decoded: Option<String> = None;
        let mut segment = self.pos;
        loop {
            let rest = self.bytes.get(self.pos..).unwrap_or_default();
            let plain = rest
                .iter()
                .position(|&b| b == b'"' || b == b'\\' || b < 0x20);
            self.advance(plain.unwrap_or(rest.len()));
            match self.peek() {
                Some(b'"') => {
                    let tail = self.slice(segment, self.pos);
                    self.bump();
                    return Ok(match decoded {
                        Some(mut text) => {
                            text.push_str(tail);
                            text
                        }
                        None => tail.to_owned(),
                    });
                }
                Some(b'\\') => {
                    let text = decoded.get_or_insert_with(String::new);
                    text.push_str(self.slice(segment, self.pos));
                    let ch = self.escape()?;
                    text.push(ch);
                    segment = self.pos;
                }
                Some(_) => return Err(self.error(SyntaxErrorKind::ControlCharInString)),
                None => return Err(self.end(Expected::StringEnd)),
            }
        }
    }

    /// Decodes one escape at the cursor's backslash; errors point at that backslash.
    fn escape(&mut self) -> Result<char, SyntaxError> {
        let backslash = self.pos;
        let Some(letter) = self.peek_second() else {
            return Err(self.end(Expected::EscapeChar));
        };
        self.advance(2);
        Ok(match letter {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => return self.unicode_escape(backslash),
            _ => return Err(SyntaxError::new(SyntaxErrorKind::InvalidEscape, backslash)),
        })
    }

    /// `\uXXXX` after the `\u`, joining a high surrogate with the `\uXXXX` low one that must follow.
    fn unicode_escape(&mut self, backslash: usize) -> Result<char, SyntaxError> {
        let lone = SyntaxError::new(SyntaxErrorKind::LoneSurrogate, backslash);
        let unit = self.hex4(backslash)?;
        let units = match unit {
            0xD800..=0xDBFF => {
                match (self.peek(), self.peek_second()) {
                    (Some(b'\\'), Some(b'u')) => {}
                    (None, _) | (Some(b'\\'), None) => return Err(self.end(Expected::LowSurrogate)),
                    _ => return Err(lone),
                }
                let second = self.pos;
                self.advance(2);
                let low = self.hex4(second)?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return Err(lone);
                }
                [unit, low]
            }
            0xDC00..=0xDFFF => return Err(lone),
            // Padding: only the first decoded char is taken.
            _ => [unit, 0],
        };
        // The standard UTF-16 decoder does the surrogate arithmetic.
        char::decode_utf16(units)
            .next()
            .and_then(Result::ok)
            .ok_or(lone)
    }

    fn hex4(&mut self, backslash: usize) -> Result<u16, SyntaxError> {
        let mut unit = 0u16;
        for _ in 0..4 {
            let Some(byte) = self.peek() else {
                return Err(self.end(Expected::HexDigit));
            };
            let Some(digit) = hex_value(byte) else {
                return Err(SyntaxError::new(
                    SyntaxErrorKind::InvalidUnicodeEscape,
                    backslash,
                ));
            };
            // At most three digits came before, so the shift drops no bit.
            unit = unit.wrapping_shl(4) | digit;
            self.bump();
        }
        Ok(unit)
    }

    /// Validates RFC 8259 number syntax and keeps the text; errors point at the number's start.
    pub(super) fn number(&mut self) -> Result<Node, SyntaxError> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.bump();
        }
        match self.peek() {
            Some(b'0') => {
                self.bump();
                if matches!(self.peek(), Some(b'0'..=b'9')) {
                    return Err(SyntaxError::new(SyntaxErrorKind::LeadingZero, start));
                }
            }
            _ => self.digits(start)?,
        }
        if self.peek() == Some(b'.') {
            self.bump();
            self.digits(start)?;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.bump();
            if let Some(b'+' | b'-') = self.peek() {
                self.bump();
            }
            self.digits(start)?;
        }
        let text = self.slice(start, self.pos).into();
        Ok(Node::new(
            Span::new(start, self.pos),
            NodeKind::Number(text),
        ))
    }

    /// One or more ASCII digits.
    fn digits(&mut self, start: usize) -> Result<(), SyntaxError> {
        match self.peek() {
            Some(b'0'..=b'9') => {}
            None => return Err(self.end(Expected::Digit)),
            Some(_) => return Err(SyntaxError::new(SyntaxErrorKind::InvalidNumber, start)),
        }
        while let Some(b'0'..=b'9') = self.peek() {
            self.bump();
        }
        Ok(())
    }

    /// `true`/`false`/`null`; a prefix cut off by the end of input counts as truncation.
    pub(super) fn literal(
        &mut self,
        word: &'static str,
        kind: NodeKind,
    ) -> Result<Node, SyntaxError> {
        let start = self.pos;
        let rest = self.bytes.get(start..).unwrap_or_default();
        if rest.starts_with(word.as_bytes()) {
            self.advance(word.len());
            return Ok(Node::new(Span::new(start, self.pos), kind));
        }
        if word.as_bytes().starts_with(rest) {
            return Err(self.end(Expected::Literal(word)));
        }
        Err(SyntaxError::new(
            SyntaxErrorKind::InvalidLiteral { expected: word },
            start,
        ))
    }
}

/// `0-9`, `a-f`, `A-F` (what `to_digit(16)` accepts) as their value.
fn hex_value(byte: u8) -> Option<u16> {
    let digit = char::from(byte).to_digit(16)?;
    u16::try_from(digit).ok()
}
