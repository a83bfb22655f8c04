//! The parser's byte cursor over the pasted text, plus constructors for errors at the cursor.
//! Kept apart from the grammar so `parser.rs` and `scalar.rs` share one notion of "where we are".

use super::{Expected, Member, Node, SyntaxError, SyntaxErrorKind};

/// Cursor state; `pos` is always on a char boundary because it only steps over ASCII
/// bytes or whole string contents.
pub(super) struct Parser<'a> {
    pub(super) text: &'a str,
    pub(super) bytes: &'a [u8],
    pub(super) pos: usize,
    pub(super) depth: usize,
    /// Children of all open containers, innermost last: each container then takes its own
    /// children with one exact-size allocation instead of growing a fresh `Vec` by doubling.
    pub(super) items: Vec<Node>,
    pub(super) members: Vec<Member>,
}

/// From this many children on, a container holding the whole stack takes it instead of copying it.
const TAKE_WHOLE_FROM: usize = 4096;

/// A container's children: the stack from `mark` on, as one exact-size `Vec`. When they are the whole
/// stack and many, the stack itself is taken and its spare capacity given back: copying them kept the
/// stack and its copy alive together, which for an object of a million keys peaked 84 MB above the
/// 144 MB the tree needs.
pub(super) fn children<T>(stack: &mut Vec<T>, mark: usize) -> Vec<T> {
    if mark == 0 && stack.len() >= TAKE_WHOLE_FROM {
        let mut all = std::mem::take(stack);
        all.shrink_to_fit();
        all
    } else {
        stack.split_off(mark)
    }
}

impl<'a> Parser<'a> {
    pub(super) fn new(text: &'a str, pos: usize) -> Self {
        Parser {
            text,
            bytes: text.as_bytes(),
            pos,
            depth: 0,
            items: Vec::new(),
            members: Vec::new(),
        }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    /// The byte after the one `peek` returns.
    pub(super) fn peek_second(&self) -> Option<u8> {
        self.bytes.get(self.pos..)?.get(1).copied()
    }

    /// Steps over `count` bytes the caller has just looked at, so `pos + count` is at most the text's
    /// length and cannot overflow; saturating keeps even a wrong count from wrapping `pos` to the start.
    pub(super) fn advance(&mut self, count: usize) {
        self.pos = self.pos.saturating_add(count);
    }

    /// Steps over the byte `peek` has just returned.
    pub(super) fn bump(&mut self) {
        self.advance(1);
    }

    /// The text between two offsets the parser itself produced; empty if that ever fails.
    pub(super) fn slice(&self, start: usize, end: usize) -> &'a str {
        self.text.get(start..end).unwrap_or_default()
    }

    pub(super) fn error(&self, kind: SyntaxErrorKind) -> SyntaxError {
        SyntaxError::new(kind, self.pos)
    }

    /// Truncated input is reported at the very end, where the missing text would go.
    pub(super) fn end(&self, expected: Expected) -> SyntaxError {
        SyntaxError::new(
            SyntaxErrorKind::UnexpectedEnd { expected },
            self.bytes.len(),
        )
    }

    /// `UnexpectedEnd` at the end of input, otherwise `UnexpectedChar` at the cursor.
    pub(super) fn unexpected(&self, expected: Expected) -> SyntaxError {
        match self
            .text
            .get(self.pos..)
            .and_then(|rest| rest.chars().next())
        {
            Some(found) => self.error(SyntaxErrorKind::UnexpectedChar { found, expected }),
            None => self.end(expected),
        }
    }

    pub(super) fn skip_whitespace(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.bump();
        }
    }
}
