//! Integers and decimal places read from JSON number text as written in the payload, so "1.0" and
//! "1e3" can be told apart from "1" the way .NET's System.Text.Json tells them apart for an `int`.

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IntError {
    /// .NET rejects any fraction for an integer field, even "1.0".
    #[error(".NET rejects any fraction for an int field, even \".0\"")]
    Fractional,
    #[error(".NET rejects exponent notation (e/E) for an int field")]
    Exponent,
    #[error("the number is outside the 64-bit integer range (-9223372036854775808 to 9223372036854775807)")]
    OutOfRange,
    /// Only reachable when the caller hands over text that is not a JSON number at all.
    #[error("expected JSON number text such as 42 or -7")]
    NotANumber,
}

/// The parts of valid JSON number text: `-? int frac? exp?`.
struct NumberShape {
    has_fraction: bool,
    has_exponent: bool,
}

/// Checks the JSON number grammar (RFC 8259 section 6): no `+`, no leading zeros, digits on both
/// sides of `.`, and at least one digit after `e`.
fn shape(text: &str) -> Option<NumberShape> {
    let mut rest = text.strip_prefix('-').unwrap_or(text).as_bytes();
    let leading = take_digits(&mut rest);
    if leading.is_empty() || (leading.len() > 1 && leading.first() == Some(&b'0')) {
        return None;
    }
    let has_fraction = rest.first() == Some(&b'.');
    if has_fraction {
        rest = rest.get(1..)?;
        if take_digits(&mut rest).is_empty() {
            return None;
        }
    }
    let has_exponent = matches!(rest.first(), Some(b'e' | b'E'));
    if has_exponent {
        rest = rest.get(1..)?;
        if let Some(b'+' | b'-') = rest.first() {
            rest = rest.get(1..)?;
        }
        if take_digits(&mut rest).is_empty() {
            return None;
        }
    }
    rest.is_empty().then_some(NumberShape {
        has_fraction,
        has_exponent,
    })
}

/// Splits the leading ASCII digits off `rest` and returns them.
fn take_digits<'a>(rest: &mut &'a [u8]) -> &'a [u8] {
    let count = rest.iter().take_while(|b| b.is_ascii_digit()).count();
    let (digits, tail) = rest.split_at(count);
    *rest = tail;
    digits
}

/// Reads an integer from JSON number text ("42", "-7"). A fraction or exponent is an error even when
/// the value is whole, matching what the vendors' .NET deserialisers accept.
pub fn parse_int(number_text: &str) -> Result<i64, IntError> {
    let shape = shape(number_text).ok_or(IntError::NotANumber)?;
    if shape.has_fraction {
        return Err(IntError::Fractional);
    }
    if shape.has_exponent {
        return Err(IntError::Exponent);
    }
    // The grammar check leaves only digits with an optional '-', so overflow is the one failure left.
    number_text.parse::<i64>().map_err(|_| IntError::OutOfRange)
}

/// How many digits follow the decimal point (0 when there is none), for "money has two decimals"
/// checks: "12.50" → 2, "12.5" → 1, "12" → 0, "1.25e2" → 2.
pub fn decimal_places(number_text: &str) -> usize {
    number_text.split_once('.').map_or(0, |(_, after)| {
        after.bytes().take_while(u8::is_ascii_digit).count()
    })
}
