//! A byte cursor for the ASCII-only ISO-8601 grammar: reads fixed-width digit groups and turns
//! whatever it finds instead into a `DateTimeError` carrying the byte position.

use super::datetime_error::DateTimeError;

const TWO_DIGITS: usize = 2;
const DECIMAL_RADIX: u32 = 10;

/// A read position over ASCII-only grammar; everything before `pos` has matched ASCII, so `pos`
/// is always on a char boundary and slicing there cannot fail.
pub(super) struct Cursor<'a> {
    text: &'a str,
    pub(super) pos: usize,
}

impl<'a> Cursor<'a> {
    pub(super) fn new(text: &'a str) -> Cursor<'a> {
        Cursor { text, pos: 0 }
    }

    pub(super) fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    /// Steps over the byte `peek` has just returned: `pos` stays at most the text's length, so the
    /// addition cannot overflow.
    pub(super) fn bump(&mut self) {
        self.pos = self.pos.saturating_add(1);
    }

    /// The error for whatever sits at `pos`: the end of the text, or an unexpected character.
    pub(super) fn unexpected(&self, expected: &'static str) -> DateTimeError {
        let position = self.pos;
        match self
            .text
            .get(position..)
            .and_then(|rest| rest.chars().next())
        {
            Some(found) => DateTimeError::Unexpected {
                position,
                found,
                expected,
            },
            None => DateTimeError::Truncated { position, expected },
        }
    }

    pub(super) fn expect(&mut self, byte: u8, expected: &'static str) -> Result<(), DateTimeError> {
        if self.peek() != Some(byte) {
            return Err(self.unexpected(expected));
        }
        self.bump();
        Ok(())
    }

    /// Exactly `count` ASCII digits as a number.
    pub(super) fn number(
        &mut self,
        count: usize,
        expected: &'static str,
    ) -> Result<u32, DateTimeError> {
        let start = self.pos;
        for _ in 0..count {
            match self.peek() {
                Some(b) if b.is_ascii_digit() => self.bump(),
                _ => return Err(self.unexpected(expected)),
            }
        }
        Ok(self.value_of(start, count))
    }

    pub(super) fn two_digits(
        &mut self,
        expected: &'static str,
    ) -> Result<(u8, usize), DateTimeError> {
        let start = self.pos;
        let value = self.number(TWO_DIGITS, expected)?;
        Ok((u8::try_from(value).unwrap_or(u8::MAX), start))
    }

    /// Consumes the digits at `pos` and returns how many there were.
    pub(super) fn digit_run(&mut self) -> usize {
        let start = self.pos;
        while self.peek().is_some_and(|b| b.is_ascii_digit()) {
            self.bump();
        }
        // `pos` only moved forward from `start`.
        self.pos.saturating_sub(start)
    }

    /// The value of `count` (at most 9) already-checked digits starting at `start`.
    pub(super) fn value_of(&self, start: usize, count: usize) -> u32 {
        let digits = self.text.as_bytes().iter().skip(start).take(count);
        digits.fold(0u32, |acc, b| {
            let digit = char::from(*b).to_digit(DECIMAL_RADIX).unwrap_or(0);
            acc.saturating_mul(DECIMAL_RADIX).saturating_add(digit)
        })
    }
}
