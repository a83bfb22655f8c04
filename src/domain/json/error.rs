//! Typed syntax errors: what went wrong and the byte offset a human should look at.
//! Messages are written for people pasting webhook payloads, not for parser authors.

use std::fmt;

/// A syntax error found while parsing; `offset` is a byte offset into the whole text.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub offset: usize,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, offset: usize) -> Self {
        SyntaxError { kind, offset }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum SyntaxErrorKind {
    #[error("the text is empty: expected a JSON value")]
    Empty,
    #[error("unexpected end of input: expected {expected}")]
    UnexpectedEnd { expected: Expected },
    #[error("unexpected `{}`: expected {expected}", found.escape_debug())]
    UnexpectedChar { found: char, expected: Expected },
    #[error("invalid literal: expected `{expected}`")]
    InvalidLiteral { expected: &'static str },
    #[error(
        "invalid escape sequence: only \\\" \\\\ \\/ \\b \\f \\n \\r \\t and \\uXXXX are allowed"
    )]
    InvalidEscape,
    #[error("invalid unicode escape: \\u must be followed by four hex digits")]
    InvalidUnicodeEscape,
    #[error("lone surrogate in unicode escape: \\uD800-\\uDFFF must come as a high/low pair")]
    LoneSurrogate,
    #[error("control character in string: it must be escaped (e.g. \\n, \\t or \\u0001)")]
    ControlCharInString,
    #[error("invalid number")]
    InvalidNumber,
    #[error("invalid number: leading zeros are not allowed")]
    LeadingZero,
    #[error("trailing comma is not allowed")]
    TrailingComma,
    #[error("trailing characters after the JSON value")]
    TrailingCharacters,
    #[error("nesting too deep: more than 128 nested arrays or objects")]
    TooDeep,
    #[error("start offset is not a character boundary of the text")]
    InvalidBase,
}

/// What the parser was looking for when it met something else (or the end).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expected {
    Value,
    ValueOrArrayEnd,
    CommaOrArrayEnd,
    Key,
    KeyOrObjectEnd,
    Colon,
    CommaOrObjectEnd,
    Digit,
    HexDigit,
    EscapeChar,
    LowSurrogate,
    StringEnd,
    Literal(&'static str),
}

impl fmt::Display for Expected {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            Expected::Value => "a value",
            Expected::ValueOrArrayEnd => "a value or `]`",
            Expected::CommaOrArrayEnd => "`,` or `]`",
            Expected::Key => "a string key",
            Expected::KeyOrObjectEnd => "a string key or `}`",
            Expected::Colon => "`:`",
            Expected::CommaOrObjectEnd => "`}` or `,`",
            Expected::Digit => "a digit",
            Expected::HexDigit => "a hex digit",
            Expected::EscapeChar => "an escape character after `\\`",
            Expected::LowSurrogate => "a `\\u` low surrogate escape",
            Expected::StringEnd => "a closing `\"`",
            Expected::Literal(word) => return write!(f, "`{word}`"),
        };
        f.write_str(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncated_object_message_names_what_was_expected() {
        let err = SyntaxError::new(
            SyntaxErrorKind::UnexpectedEnd {
                expected: Expected::CommaOrObjectEnd,
            },
            7,
        );
        assert_eq!(
            err.to_string(),
            "unexpected end of input: expected `}` or `,`"
        );
    }

    #[test]
    fn unexpected_char_message_escapes_invisible_chars() {
        let kind = SyntaxErrorKind::UnexpectedChar {
            found: '\u{feff}',
            expected: Expected::Value,
        };
        assert_eq!(kind.to_string(), "unexpected `\\u{feff}`: expected a value");
        let kind = SyntaxErrorKind::UnexpectedEnd {
            expected: Expected::Literal("null"),
        };
        assert_eq!(kind.to_string(), "unexpected end of input: expected `null`");
    }
}
