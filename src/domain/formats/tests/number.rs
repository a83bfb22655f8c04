//! Integers from JSON number text, and decimal-place counting.

use crate::domain::formats::{decimal_places, parse_int, IntError};

#[test]
fn parse_int_accepts_plain_integers() {
    let cases = [
        ("0", 0),
        ("42", 42),
        ("-7", -7),
        ("-0", 0),
        ("9223372036854775807", i64::MAX),
        ("-9223372036854775808", i64::MIN),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_int(text), Ok(expected), "{text}");
    }
}

#[test]
fn parse_int_rejects_with_the_specific_variant() {
    use IntError::*;
    let cases = [
        ("3.5", Fractional),
        ("1.0", Fractional),
        ("-0.0", Fractional),
        ("1.5e3", Fractional),
        ("1e3", Exponent),
        ("1E+3", Exponent),
        ("-2e-1", Exponent),
        ("99999999999999999999", OutOfRange),
        ("9223372036854775808", OutOfRange),
        ("-9223372036854775809", OutOfRange),
        ("", NotANumber),
        ("-", NotANumber),
        ("+5", NotANumber),
        ("007", NotANumber),
        ("1.", NotANumber),
        (".5", NotANumber),
        ("1e", NotANumber),
        (" 1", NotANumber),
        ("\"42\"", NotANumber),
        ("NaN", NotANumber),
        ("٣", NotANumber),
    ];
    for (text, expected) in cases {
        assert_eq!(parse_int(text), Err(expected), "{text:?}");
    }
}

#[test]
fn int_messages_say_what_was_expected() {
    assert!(IntError::Fractional.to_string().contains("fraction"));
    assert!(IntError::Exponent.to_string().contains("exponent"));
    assert!(IntError::OutOfRange.to_string().contains("64-bit"));
}

#[test]
fn decimal_places_counts_fraction_digits() {
    let cases = [
        ("12", 0),
        ("12.5", 1),
        ("12.50", 2),
        ("-0.125", 3),
        ("1.25e2", 2),
        ("1e2", 0),
        ("", 0),
        (".", 0),
    ];
    for (text, expected) in cases {
        assert_eq!(decimal_places(text), expected, "{text:?}");
    }
}
