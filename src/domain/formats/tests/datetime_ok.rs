//! Accepted datetime and date forms, including the real vendor samples, and their canonical text.

use crate::domain::formats::{DateTime, Zone};

/// Builds the expected value: (y, m, d), (h, min, s), (nanos, fraction digits), zone.
fn dt(date: (i32, u8, u8), time: (u8, u8, u8), fraction: (u32, u8), zone: Zone) -> DateTime {
    DateTime {
        year: date.0,
        month: date.1,
        day: date.2,
        hour: time.0,
        minute: time.1,
        second: time.2,
        nanos: fraction.0,
        fraction_digits: fraction.1,
        has_time: true,
        zone,
    }
}

#[test]
fn parses_every_accepted_datetime_form() {
    use Zone::*;
    #[rustfmt::skip]
    let cases = [
        // Vendor samples.
        ("2025-02-19T16:02:02.7763675Z", dt((2025, 2, 19), (16, 2, 2), (776_367_500, 7), Utc)),
        ("1983-05-15T00:00:00", dt((1983, 5, 15), (0, 0, 0), (0, 0), Unspecified)),
        ("2025-11-26T17:00:00+00:00", dt((2025, 11, 26), (17, 0, 0), (0, 0), Offset(0))),
        ("2025-01-10T00:00:00Z", dt((2025, 1, 10), (0, 0, 0), (0, 0), Utc)),
        ("2020-06-01T14:44:46Z", dt((2020, 6, 1), (14, 44, 46), (0, 0), Utc)),
        ("2025-12-10T23:59:59Z", dt((2025, 12, 10), (23, 59, 59), (0, 0), Utc)),
        // Lenient spellings.
        ("2025-12-10t23:59:59z", dt((2025, 12, 10), (23, 59, 59), (0, 0), Utc)),
        ("2025-12-10T23:59", dt((2025, 12, 10), (23, 59, 0), (0, 0), Unspecified)),
        ("2025-12-10T23:59Z", dt((2025, 12, 10), (23, 59, 0), (0, 0), Utc)),
        ("2025-12-10T23:59:59+0200", dt((2025, 12, 10), (23, 59, 59), (0, 0), Offset(120))),
        ("2025-12-10T23:59:59-05:30", dt((2025, 12, 10), (23, 59, 59), (0, 0), Offset(-330))),
        ("2025-12-10T23:59:59-00:00", dt((2025, 12, 10), (23, 59, 59), (0, 0), Offset(0))),
        ("2025-12-10T23:59:59+23:59", dt((2025, 12, 10), (23, 59, 59), (0, 0), Offset(1439))),
        // Fractions of 1 to 9 digits.
        ("2025-01-01T00:00:00.5Z", dt((2025, 1, 1), (0, 0, 0), (500_000_000, 1), Utc)),
        ("2025-01-01T00:00:00.120", dt((2025, 1, 1), (0, 0, 0), (120_000_000, 3), Unspecified)),
        ("2025-01-01T00:00:00.000000001Z", dt((2025, 1, 1), (0, 0, 0), (1, 9), Utc)),
        ("2025-01-01T00:00:00.999999999+01:00",
            dt((2025, 1, 1), (0, 0, 0), (999_999_999, 9), Offset(60))),
        // Calendar edges.
        ("2024-02-29T12:00:00Z", dt((2024, 2, 29), (12, 0, 0), (0, 0), Utc)),
        ("2000-02-29T00:00:00Z", dt((2000, 2, 29), (0, 0, 0), (0, 0), Utc)),
        ("0001-01-01T00:00:00Z", dt((1, 1, 1), (0, 0, 0), (0, 0), Utc)),
        ("9999-12-31T23:59:59.9999999Z",
            dt((9999, 12, 31), (23, 59, 59), (999_999_900, 7), Utc)),
    ];
    for (input, expected) in cases {
        assert_eq!(DateTime::parse(input), Ok(expected), "{input}");
        assert_eq!(
            DateTime::parse_date(input),
            Ok(expected),
            "{input} as a date"
        );
        assert_eq!(
            input.parse::<DateTime>(),
            Ok(expected),
            "{input} via FromStr"
        );
    }
}

#[test]
fn parses_bare_dates() {
    let cases = [
        ("1983-05-15", (1983, 5, 15)),
        ("2024-02-29", (2024, 2, 29)),
        ("9999-12-31", (9999, 12, 31)),
    ];
    for (input, (year, month, day)) in cases {
        let parsed = DateTime::parse_date(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        let expected = DateTime {
            has_time: false,
            zone: Zone::Unspecified,
            ..dt((year, month, day), (0, 0, 0), (0, 0), Zone::Unspecified)
        };
        assert_eq!(parsed, expected, "{input}");
        assert_eq!(parsed.to_rfc3339(), input);
        assert_eq!(parsed.offset_minutes(), None);
    }
}

#[test]
fn offset_minutes_reflects_the_zone() {
    let cases = [
        ("2025-01-10T00:00:00Z", Some(0)),
        ("2025-01-10T00:00:00+00:00", Some(0)),
        ("2025-01-10T00:00:00+02:00", Some(120)),
        ("2025-01-10T00:00:00-0930", Some(-570)),
        ("2025-01-10T00:00:00", None),
    ];
    for (input, expected) in cases {
        let parsed = DateTime::parse(input).map(|d| d.offset_minutes());
        assert_eq!(parsed, Ok(expected), "{input}");
    }
}

#[test]
fn canonical_text_keeps_zone_and_fraction_as_sent() {
    let cases = [
        (
            "2025-02-19T16:02:02.7763675Z",
            "2025-02-19T16:02:02.7763675Z",
        ),
        ("1983-05-15T00:00:00", "1983-05-15T00:00:00"),
        ("2025-11-26T17:00:00+00:00", "2025-11-26T17:00:00+00:00"),
        ("2025-11-26t17:00z", "2025-11-26T17:00:00Z"),
        (
            "2025-11-26T17:00:00.120-0530",
            "2025-11-26T17:00:00.120-05:30",
        ),
        (
            "2025-11-26T17:00:00.000+01:00",
            "2025-11-26T17:00:00.000+01:00",
        ),
    ];
    for (input, expected) in cases {
        let parsed = DateTime::parse(input).map(|d| d.to_rfc3339());
        assert_eq!(parsed.as_deref(), Ok(expected), "{input}");
        let displayed = DateTime::parse(input).map(|d| d.to_string());
        assert_eq!(displayed.as_deref(), Ok(expected), "{input} via Display");
    }
}

#[test]
fn utc_text_moves_the_instant_to_z() {
    let cases = [
        (
            "2025-02-19T16:02:02.7763675Z",
            "2025-02-19T16:02:02.7763675Z",
        ),
        ("2025-11-26T17:00:00+00:00", "2025-11-26T17:00:00Z"),
        ("2025-11-26T17:15:00+01:00", "2025-11-26T16:15:00Z"),
        ("2025-12-31T23:30:00.50-01:00", "2026-01-01T00:30:00.50Z"),
        ("2024-03-01T01:00:00+02:00", "2024-02-29T23:00:00Z"),
        ("1983-05-15T00:00:00", "1983-05-15T00:00:00Z"),
        ("1983-05-15", "1983-05-15T00:00:00Z"),
    ];
    for (input, expected) in cases {
        let parsed = DateTime::parse_date(input).map(|d| d.to_utc_string());
        assert_eq!(parsed.as_deref(), Ok(expected), "{input}");
    }
}
