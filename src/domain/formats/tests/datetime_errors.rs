//! Rejected datetimes and dates: each case asserts the exact variant and byte position.

use crate::domain::formats::{DateTime, DateTimeError};

const AFTER_YEAR: &str = "'-' after the 4-digit year";
const YEAR: &str = "a 4-digit year";
const T_SEPARATOR: &str = "'T' between the date and the time";
const ZONE: &str = "'Z', an offset such as +02:00, or the end";
const END: &str = "the end of the value";
const FRACTION: &str = "1 to 9 fraction digits after '.'";

fn unexpected(position: usize, found: char, expected: &'static str) -> DateTimeError {
    DateTimeError::Unexpected {
        position,
        found,
        expected,
    }
}

fn truncated(position: usize, expected: &'static str) -> DateTimeError {
    DateTimeError::Truncated { position, expected }
}

/// Day errors always point at byte 8, where `DD` starts.
fn bad_day(day: u8, month: u8, year: i32) -> DateTimeError {
    DateTimeError::DayOutOfRange {
        day,
        month,
        year,
        position: 8,
    }
}

#[test]
fn datetime_errors_name_the_component_and_position() {
    use DateTimeError::*;
    #[rustfmt::skip]
    let cases = [
        ("", Empty),
        ("2025", truncated(4, AFTER_YEAR)),
        ("2025-01-10T", truncated(11, "a 2-digit hour")),
        ("2025-01-10T10:00:00.", truncated(20, FRACTION)),
        ("2025-01-10T10:00:00+02", truncated(22, "2-digit offset minutes")),
        ("25-01-10T10:00:00Z", unexpected(2, '-', YEAR)),
        ("12025-01-10T10:00:00Z", unexpected(4, '5', AFTER_YEAR)),
        ("+2025-01-10T10:00:00Z", unexpected(0, '+', YEAR)),
        ("2025/01/10T10:00:00Z", unexpected(4, '/', AFTER_YEAR)),
        ("2025-1-10T10:00:00Z", unexpected(6, '-', "a 2-digit month")),
        ("2025-01-10X10:00:00Z", unexpected(10, 'X', T_SEPARATOR)),
        ("2025-01-10T10.00Z", unexpected(13, '.', "':' after the hour")),
        ("2025-01-10T10:00:00,5Z", unexpected(19, ',', ZONE)),
        ("2025-01-10T10:00:00.Z", unexpected(20, 'Z', FRACTION)),
        ("2025-01-10T10:00:00UTC", unexpected(19, 'U', ZONE)),
        ("2025-01-10T10:00:00Z ", unexpected(20, ' ', END)),
        ("2025-01-10T10:00:00+02:00:00", unexpected(25, ':', END)),
        ("2025-01-10T10:00:00\u{2212}02:00", unexpected(19, '\u{2212}', ZONE)),
        ("2025-01-10 10:00:00Z", SpaceSeparator { position: 10 }),
        ("2025-01-10", MissingTime { position: 10 }),
        ("0000-01-10T10:00:00Z", YearOutOfRange { year: 0, position: 0 }),
        ("2025-00-10T10:00:00Z", MonthOutOfRange { month: 0, position: 5 }),
        ("2025-13-10T10:00:00Z", MonthOutOfRange { month: 13, position: 5 }),
        ("2025-02-29T10:00:00Z", bad_day(29, 2, 2025)),
        ("1900-02-29T10:00:00Z", bad_day(29, 2, 1900)),
        ("2025-04-31T10:00:00Z", bad_day(31, 4, 2025)),
        ("2025-01-00T10:00:00Z", bad_day(0, 1, 2025)),
        ("2025-01-32T10:00:00Z", bad_day(32, 1, 2025)),
        ("2025-01-10T24:00:00Z", HourOutOfRange { hour: 24, position: 11 }),
        ("2025-01-10T10:60:00Z", MinuteOutOfRange { minute: 60, position: 14 }),
        ("2025-12-31T23:59:60Z", SecondOutOfRange { second: 60, position: 17 }),
        ("2025-01-10T10:00:00.1234567890Z", FractionTooLong { digits: 10, position: 20 }),
        ("2025-01-10T10:00:00+24:00", OffsetHourOutOfRange { hours: 24, position: 20 }),
        ("2025-01-10T10:00:00-0160", OffsetMinuteOutOfRange { minutes: 60, position: 22 }),
    ];
    for (input, expected) in cases {
        assert_eq!(DateTime::parse(input), Err(expected), "{input:?}");
    }
}

#[test]
fn date_errors_match_datetime_errors_except_for_a_bare_date() {
    use DateTimeError::*;
    #[rustfmt::skip]
    let cases = [
        ("", Empty),
        ("1983-05", truncated(7, "'-' after the month")),
        ("1983-05-1", truncated(9, "a 2-digit day")),
        ("15.05.1983", unexpected(2, '.', YEAR)),
        ("1983-05-15Z", unexpected(10, 'Z', T_SEPARATOR)),
        ("1983-05-15 00:00:00", SpaceSeparator { position: 10 }),
        ("2025-02-29", bad_day(29, 2, 2025)),
        ("2025-02-29T00:00:00", bad_day(29, 2, 2025)),
    ];
    for (input, expected) in cases {
        assert_eq!(DateTime::parse_date(input), Err(expected), "{input:?}");
    }
}

fn message(input: &str) -> String {
    DateTime::parse(input)
        .err()
        .map(|e| e.to_string())
        .unwrap_or_default()
}

#[test]
fn messages_are_human() {
    let day = message("2025-02-29T00:00:00Z");
    assert_eq!(day, "day 29 does not exist in February 2025 (position 8)");
    assert!(message("2025-01-10 10:00").contains("needs a 'T'"));
    assert!(message("").contains("empty"));
    let unexpected = message("2025/01/10T10:00");
    assert!(
        unexpected.contains("found '/' at position 4"),
        "{unexpected}"
    );
    assert!(unexpected.contains("YYYY-MM-DDThh:mm"), "{unexpected}");
    assert!(message("2025-12-31T23:59:60Z").contains("leap seconds"));
}

#[test]
fn position_points_at_the_problem() {
    let position = |input: &str| DateTime::parse(input).err().and_then(|e| e.position());
    assert_eq!(position(""), None);
    assert_eq!(position("2025-13-01T00:00"), Some(5));
    assert_eq!(position("2025-01-01T00:00:00.1234567890"), Some(20));
}

/// Found by fuzzing: these used to parse, then print in UTC as `10000-01-01T01:59:00Z` and
/// `0000-12-31T23:00:00Z`, text the parser itself rejects.
#[test]
fn an_offset_that_pushes_the_instant_out_of_years_1_to_9999_is_rejected() {
    for (input, after, position) in [
        ("9999-12-31T23:59-0200", true, 16),
        ("9999-12-31T23:59:59.9999999-00:01", true, 27),
        ("0001-01-01T00:00:00+01:00", false, 19),
    ] {
        assert_eq!(
            DateTime::parse(input),
            Err(DateTimeError::UtcOutOfRange { after, position }),
            "{input}"
        );
        assert_eq!(
            DateTime::parse_date(input).err(),
            Some(DateTimeError::UtcOutOfRange { after, position })
        );
    }
    assert!(message("9999-12-31T23:59-0200").contains("lies after 9999-12-31T23:59:59Z in UTC"));
    // The very edges, in UTC or pushed inwards by their offset, still parse and print back.
    for input in [
        "9999-12-31T23:59:59.9999999Z",
        "0001-01-01T00:00:00Z",
        "9999-12-31T23:59:59+01:00",
        "0001-01-01T00:00:00-14:00",
    ] {
        let dt = DateTime::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        let utc = dt.to_utc_string();
        assert_eq!(
            DateTime::parse(&utc).map(|u| u.unix_seconds()),
            Ok(dt.unix_seconds()),
            "{utc}"
        );
    }
}
