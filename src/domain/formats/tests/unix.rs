//! Unix-second conversions and the calendar underneath them.
//!
//! Expected values were computed independently with GNU date, e.g.
//! `date -u -d 2025-11-26T10:15:00-05:30 +%s` → 1764171900 (fractions dropped before asking).

use crate::domain::formats::calendar::{
    civil_from_days, days_from_civil, days_in_month, is_leap_year,
};
use crate::domain::formats::datetime::{MAX_UNIX_SECONDS, MIN_UNIX_SECONDS};
use crate::domain::formats::DateTime;

#[test]
fn unix_seconds_match_gnu_date() {
    let cases = [
        ("2020-06-01T14:44:46Z", 1_591_022_686),
        ("2025-02-19T16:02:02.7763675Z", 1_739_980_922),
        ("1983-05-15T00:00:00", 421_804_800),
        ("2025-11-26T17:00:00+00:00", 1_764_176_400),
        ("2025-01-10T00:00:00Z", 1_736_467_200),
        ("2025-12-10T23:59:59Z", 1_765_411_199),
        ("0001-01-01T00:00:00Z", -62_135_596_800),
        ("9999-12-31T23:59:59Z", 253_402_300_799),
        ("2024-02-29T12:00:00+02:00", 1_709_200_800),
        ("1969-12-31T23:59:59Z", -1),
        ("1970-01-01T00:00:00Z", 0),
        ("2000-03-01T00:00:00Z", 951_868_800),
        ("1900-03-01T00:00:00Z", -2_203_891_200),
        ("2025-11-26T10:15:00-05:30", 1_764_171_900),
        ("2025-03-30T01:30:00+0100", 1_743_294_600),
    ];
    for (input, expected) in cases {
        let parsed = DateTime::parse(input).map(|d| d.unix_seconds());
        assert_eq!(parsed, Ok(expected), "{input}");
    }
}

#[test]
fn a_positive_offset_is_earlier_in_utc() {
    let seconds = |input: &str| {
        DateTime::parse(input)
            .map(|d| d.unix_seconds())
            .unwrap_or_default()
    };
    let utc = seconds("2025-11-26T17:00:00Z");
    assert_eq!(seconds("2025-11-26T17:00:00+02:00"), utc - 2 * 3600);
    assert_eq!(seconds("2025-11-26T17:00:00-01:30"), utc + 90 * 60);
    assert_eq!(
        seconds("2025-11-26T17:00:00"),
        utc,
        "Unspecified is read as UTC"
    );
}

#[test]
fn from_unix_builds_utc_values() {
    let cases = [
        (0, 0, "1970-01-01T00:00:00Z"),
        (1_591_022_686, 0, "2020-06-01T14:44:46Z"),
        (1_739_980_922, 776_367_500, "2025-02-19T16:02:02.7763675Z"),
        (1_739_980_922, 500_000_000, "2025-02-19T16:02:02.5Z"),
        (-1, 1, "1969-12-31T23:59:59.000000001Z"),
        (i64::MIN, 0, "0001-01-01T00:00:00Z"),
        (i64::MAX, u32::MAX, "9999-12-31T23:59:59.999999999Z"),
    ];
    for (secs, nanos, expected) in cases {
        assert_eq!(
            DateTime::from_unix(secs, nanos).to_rfc3339(),
            expected,
            "{secs}"
        );
    }
}

#[test]
fn range_limits_agree_with_the_calendar() {
    assert_eq!(days_from_civil(1, 1, 1) * 86_400, MIN_UNIX_SECONDS);
    assert_eq!(
        days_from_civil(9999, 12, 31) * 86_400 + 86_399,
        MAX_UNIX_SECONDS
    );
    assert_eq!(civil_from_days(0), (1970, 1, 1));
    assert_eq!(civil_from_days(-1), (1969, 12, 31));
    assert_eq!(civil_from_days(days_from_civil(2024, 2, 29)), (2024, 2, 29));
}

#[test]
fn leap_years_and_month_lengths() {
    let leap = [
        (2024, true),
        (2025, false),
        (2000, true),
        (1900, false),
        (2100, false),
        (1, false),
        (4, true),
    ];
    for (year, expected) in leap {
        assert_eq!(is_leap_year(year), expected, "{year}");
    }
    let lengths = [
        ((2024, 2), Some(29)),
        ((2025, 2), Some(28)),
        ((2025, 4), Some(30)),
        ((2025, 12), Some(31)),
        ((2025, 0), None),
        ((2025, 13), None),
    ];
    for ((year, month), expected) in lengths {
        assert_eq!(days_in_month(year, month), expected, "{year}-{month}");
    }
}

#[test]
fn hand_built_nonsense_never_panics() {
    let odd = DateTime {
        year: i32::MIN,
        month: 255,
        day: 255,
        hour: 255,
        minute: 255,
        second: 255,
        nanos: u32::MAX,
        fraction_digits: 255,
        has_time: true,
        zone: crate::domain::formats::Zone::Offset(i16::MIN),
    };
    let _ = (odd.unix_seconds(), odd.to_utc_string(), odd.to_rfc3339());
    let odd_max = DateTime {
        year: i32::MAX,
        zone: crate::domain::formats::Zone::Offset(i16::MAX),
        ..odd
    };
    let _ = (
        odd_max.unix_seconds(),
        odd_max.to_utc_string(),
        odd_max.to_rfc3339(),
    );
}
