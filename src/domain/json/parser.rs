//! Recursive-descent RFC 8259 parser over bytes, building span-carrying `Node`s.
//! Recursion is bounded by `MAX_DEPTH`, so hostile input yields `TooDeep` instead of a stack overflow.

use super::cursor::{children, Parser};
use super::{Expected, Member, Node, NodeKind, Span, SyntaxError, SyntaxErrorKind};

/// Nested arrays/objects allowed; one more is `TooDeep`.
pub const MAX_DEPTH: usize = 128;

/// Parses a whole text as one JSON value.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    parse_at(text, 0)
}

/// Parses `text[base..]` (e.g. the body of a pasted HTTP request) with spans still relative to the whole `text`.
pub fn parse_at(text: &str, base: usize) -> Result<Node, SyntaxError> {
    if !text.is_char_boundary(base) {
        return Err(SyntaxError::new(
            SyntaxErrorKind::InvalidBase,
            base.min(text.len()),
        ));
    }
    let mut parser = Parser::new(text, base);
    parser.skip_whitespace();
    if parser.peek().is_none() {
        return Err(SyntaxError::new(SyntaxErrorKind::Empty, text.len()));
    }
    let node = parser.value(Expected::Value)?;
    parser.skip_whitespace();
    if parser.peek().is_some() {
        return Err(parser.error(SyntaxErrorKind::TrailingCharacters));
    }
    Ok(node)
}

impl Parser<'_> {
    fn value(&mut self, expected: Expected) -> Result<Node, SyntaxError> {
        match self.peek() {
            Some(b'{') => self.object(),
            Some(b'[') => self.array(),
            Some(b'"') => {
                let start = self.pos;
                let text = self.string()?;
                Ok(Node::new(
                    Span::new(start, self.pos),
                    NodeKind::String(text),
                ))
            }
            Some(b't') => self.literal("true", NodeKind::Bool(true)),
            Some(b'f') => self.literal("false", NodeKind::Bool(false)),
            Some(b'n') => self.literal("null", NodeKind::Null),
            Some(b'-' | b'0'..=b'9') => self.number(),
            _ => Err(self.unexpected(expected)),
        }
    }

    fn enter(&mut self) -> Result<(), SyntaxError> {
        // At most `MAX_DEPTH + 1`: the first level past the limit returns an error.
        self.depth = self.depth.saturating_add(1);
        if self.depth > MAX_DEPTH {
            return Err(self.error(SyntaxErrorKind::TooDeep));
        }
        Ok(())
    }

    fn array(&mut self) -> Result<Node, SyntaxError> {
        let start = self.pos;
        self.enter()?;
        self.bump();
        self.skip_whitespace();
        let mark = self.items.len();
        if self.peek() == Some(b']') {
            self.bump();
        } else {
            let mut expected = Expected::ValueOrArrayEnd;
            loop {
                let item = self.value(expected)?;
                self.items.push(item);
                self.skip_whitespace();
                match self.peek() {
                    Some(b']') => {
                        self.bump();
                        break;
                    }
                    Some(b',') => self.after_comma(b']')?,
                    _ => return Err(self.unexpected(Expected::CommaOrArrayEnd)),
                }
                expected = Expected::Value;
            }
        }
        // `enter` raised it for this container.
        self.depth = self.depth.saturating_sub(1);
        let items = children(&mut self.items, mark);
        Ok(Node::new(
            Span::new(start, self.pos),
            NodeKind::Array(items),
        ))
    }

    fn object(&mut self) -> Result<Node, SyntaxError> {
        let start = self.pos;
        self.enter()?;
        self.bump();
        self.skip_whitespace();
        let mark = self.members.len();
        if self.peek() == Some(b'}') {
            self.bump();
        } else {
            let mut expected = Expected::KeyOrObjectEnd;
            loop {
                if self.peek() != Some(b'"') {
                    return Err(self.unexpected(expected));
                }
                let key_start = self.pos;
                let key = self.string()?;
                let key_span = Span::new(key_start, self.pos);
                self.skip_whitespace();
                if self.peek() != Some(b':') {
                    return Err(self.unexpected(Expected::Colon));
                }
                self.bump();
                self.skip_whitespace();
                let value = self.value(Expected::Value)?;
                self.members.push(Member {
                    key,
                    key_span,
                    value,
                });
                self.skip_whitespace();
                match self.peek() {
                    Some(b'}') => {
                        self.bump();
                        break;
                    }
                    Some(b',') => self.after_comma(b'}')?,
                    _ => return Err(self.unexpected(Expected::CommaOrObjectEnd)),
                }
                expected = Expected::Key;
            }
        }
        // `enter` raised it for this container.
        self.depth = self.depth.saturating_sub(1);
        let members = children(&mut self.members, mark);
        Ok(Node::new(
            Span::new(start, self.pos),
            NodeKind::Object(members),
        ))
    }

    /// Steps over a `,`; a closing bracket right after it is the common `[1,]` mistake,
    /// reported at the comma because that is what must be deleted.
    fn after_comma(&mut self, close: u8) -> Result<(), SyntaxError> {
        let comma = self.pos;
        self.bump();
        self.skip_whitespace();
        if self.peek() == Some(close) {
            return Err(SyntaxError::new(SyntaxErrorKind::TrailingComma, comma));
        }
        Ok(())
    }
}
