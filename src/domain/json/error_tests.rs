//! Unit tests for every `SyntaxErrorKind`: the right kind at the offset a human should look at.

use super::*;
use Expected as E;
use SyntaxErrorKind as K;

/// Asserts `text` fails with `kind` at `offset`.
#[track_caller]
fn fails(text: &str, kind: SyntaxErrorKind, offset: usize) {
    assert_eq!(
        parse(text).err(),
        Some(SyntaxError::new(kind, offset)),
        "input {text:?}"
    );
}

fn end(expected: Expected) -> SyntaxErrorKind {
    K::UnexpectedEnd { expected }
}

fn unexpected(found: char, expected: Expected) -> SyntaxErrorKind {
    K::UnexpectedChar { found, expected }
}

#[test]
fn empty_input_points_at_the_end() {
    fails("", K::Empty, 0);
    fails("  \r\n\t", K::Empty, 5);
}

#[test]
fn truncated_input_points_at_the_end_and_says_what_was_expected() {
    let cases = [
        ("{\"a\": 1", E::CommaOrObjectEnd),
        ("{", E::KeyOrObjectEnd),
        ("{\"a\"", E::Colon),
        ("{\"a\": ", E::Value),
        ("{\"a\": 1, ", E::Key),
        ("[", E::ValueOrArrayEnd),
        ("[1", E::CommaOrArrayEnd),
        ("[1,", E::Value),
        ("\"abc", E::StringEnd),
        ("\"ab\\", E::EscapeChar),
        ("\"\\u12", E::HexDigit),
        ("\"\\uD800", E::LowSurrogate),
        ("\"\\uD800\\", E::LowSurrogate),
        ("\"\\uD800\\uDC", E::HexDigit),
        ("-", E::Digit),
        ("1.", E::Digit),
        ("1e+", E::Digit),
        ("tru", E::Literal("true")),
        ("[fals", E::Literal("false")),
        ("{\"a\": n", E::Literal("null")),
    ];
    for (text, expected) in cases {
        fails(text, end(expected), text.len());
    }
}

#[test]
fn unexpected_char_points_at_it() {
    fails("{\"a\" 1}", unexpected('1', E::Colon), 5);
    fails("[1 2]", unexpected('2', E::CommaOrArrayEnd), 3);
    fails("{1: 2}", unexpected('1', E::KeyOrObjectEnd), 1);
    fails("{'a': 2}", unexpected('\'', E::KeyOrObjectEnd), 1);
    fails("{\"a\": 1, 2}", unexpected('2', E::Key), 9);
    fails(
        "{\"a\": 1 \"b\": 2}",
        unexpected('"', E::CommaOrObjectEnd),
        8,
    );
    fails("[,1]", unexpected(',', E::ValueOrArrayEnd), 1);
    fails("[1,,2]", unexpected(',', E::Value), 3);
    fails("+1", unexpected('+', E::Value), 0);
    fails("[.5]", unexpected('.', E::ValueOrArrayEnd), 1);
    fails("NaN", unexpected('N', E::Value), 0);
    fails("// c\n1", unexpected('/', E::Value), 0);
    fails("\u{feff}{}", unexpected('\u{feff}', E::Value), 0);
    fails("{\"a\": é}", unexpected('é', E::Value), 6);
}

#[test]
fn bad_literal_points_at_its_start() {
    fails("{\"a\": tru}", K::InvalidLiteral { expected: "true" }, 6);
    fails("[nul1]", K::InvalidLiteral { expected: "null" }, 1);
    fails("fals e", K::InvalidLiteral { expected: "false" }, 0);
    fails("True", unexpected('T', E::Value), 0);
}

#[test]
fn bad_escapes_point_at_the_backslash() {
    fails(r#""ab\x""#, K::InvalidEscape, 3);
    fails("\"\\é\"", K::InvalidEscape, 1);
    fails("\"\\\n\"", K::InvalidEscape, 1);
    fails(r#"["\u12G4"]"#, K::InvalidUnicodeEscape, 2);
    fails(r#""x\u12""#, K::InvalidUnicodeEscape, 2);
    fails(r#""\u+123""#, K::InvalidUnicodeEscape, 1);
    fails(r#""\uD800\uZZZZ""#, K::InvalidUnicodeEscape, 7);
}

#[test]
fn lone_surrogates_point_at_the_first_escape() {
    fails(r#""\uDC00""#, K::LoneSurrogate, 1);
    fails(r#""a\uD800""#, K::LoneSurrogate, 2);
    fails(r#""\uD800\u0041""#, K::LoneSurrogate, 1);
    fails(r#""\uD800\uD800""#, K::LoneSurrogate, 1);
    fails(r#""\uD800\n""#, K::LoneSurrogate, 1);
    fails(r#""\uDBFFx""#, K::LoneSurrogate, 1);
}

#[test]
fn raw_control_chars_in_strings() {
    fails("\"a\tb\"", K::ControlCharInString, 2);
    fails("{\"line\nbreak\": 1}", K::ControlCharInString, 6);
    fails("\"\u{0}\"", K::ControlCharInString, 1);
    fails("\"\\n\u{1f}\"", K::ControlCharInString, 3);
}

#[test]
fn malformed_numbers_point_at_the_number() {
    fails("[1.]", K::InvalidNumber, 1);
    fails("[1.e5]", K::InvalidNumber, 1);
    fails("[-x]", K::InvalidNumber, 1);
    fails("{\"p\": 1e}", K::InvalidNumber, 6);
    fails("2E+-1", K::InvalidNumber, 0);
    fails("01", K::LeadingZero, 0);
    fails("[-012]", K::LeadingZero, 1);
    fails("00.5", K::LeadingZero, 0);
}

#[test]
fn trailing_commas_point_at_the_comma() {
    fails("[1,]", K::TrailingComma, 2);
    fails("{\"a\": 1 , \n}", K::TrailingComma, 8);
}

#[test]
fn trailing_characters_point_after_the_value() {
    fails("1 2", K::TrailingCharacters, 2);
    fails("{} x", K::TrailingCharacters, 3);
    fails("truex", K::TrailingCharacters, 4);
    fails("\"a\"\"b\"", K::TrailingCharacters, 3);
    fails("[1]]", K::TrailingCharacters, 3);
    fails("0x10", K::TrailingCharacters, 1);
    fails("1.5.3", K::TrailingCharacters, 3);
}

#[test]
fn display_is_a_human_sentence() {
    let message = |text: &str| parse(text).err().map(|e| e.to_string()).unwrap_or_default();
    assert_eq!(
        message("{\"a\": 1"),
        "unexpected end of input: expected `}` or `,`"
    );
    assert_eq!(message("{\"a\" 1}"), "unexpected `1`: expected `:`");
    assert_eq!(message("[1,]"), "trailing comma is not allowed");
}
