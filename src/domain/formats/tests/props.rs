//! Property tests: round trips over the whole supported range, and no parser panics on any input.

use proptest::prelude::*;

use crate::domain::formats::datetime::{MAX_UNIX_SECONDS, MIN_UNIX_SECONDS};
use crate::domain::formats::{decimal_places, parse_int, DateTime, Guid, Zone};

/// Largest offset the grammar can express: 23:59.
const MAX_OFFSET_MINUTES: i16 = 23 * 60 + 59;

fn zone() -> impl Strategy<Value = Zone> {
    prop_oneof![
        Just(Zone::Utc),
        Just(Zone::Unspecified),
        (-MAX_OFFSET_MINUTES..=MAX_OFFSET_MINUTES).prop_map(Zone::Offset),
    ]
}

/// A valid datetime whose nanoseconds use exactly `fraction_digits` digits, as the parser produces.
fn datetime() -> impl Strategy<Value = DateTime> {
    (
        MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS,
        0u8..=9,
        any::<u32>(),
        zone(),
    )
        .prop_map(|(secs, digits, raw, zone)| {
            let scale = 10u32.pow(9 - u32::from(digits));
            let nanos = if digits == 0 {
                0
            } else {
                raw % 1_000_000_000 / scale * scale
            };
            DateTime {
                nanos,
                fraction_digits: digits,
                zone,
                ..DateTime::from_unix(secs, 0)
            }
        })
}

/// Text close to the grammar, so the fuzzing reaches deep into the parser, plus arbitrary strings.
fn near_datetime_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[0-9]{4}-[0-9]{2}-[0-9]{2}([Tt ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{0,12})?)?)?([Zz]|[+-][0-9]{2}:?[0-9]{2})?",
        "[0-9T:.Zz+ -]{0,40}",
        any::<String>(),
    ]
}

proptest! {
    #[test]
    fn from_unix_round_trips(secs in MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS, nanos in 0u32..1_000_000_000) {
        let dt = DateTime::from_unix(secs, nanos);
        prop_assert_eq!(dt.unix_seconds(), secs);
        prop_assert_eq!(dt.nanos, nanos);
        prop_assert!((1..=9999).contains(&dt.year));
    }

    #[test]
    fn canonical_text_parses_back(dt in datetime()) {
        let text = dt.to_rfc3339();
        prop_assert_eq!(DateTime::parse(&text), Ok(dt), "{}", text);
        prop_assert_eq!(DateTime::parse_date(&text), Ok(dt), "{}", text);
    }

    #[test]
    fn utc_text_is_the_same_instant(dt in datetime()) {
        let utc = dt.to_utc_string();
        // An offset can push the UTC form one day outside 0001..9999; only check what can parse.
        if let Ok(parsed) = DateTime::parse(&utc) {
            prop_assert_eq!(parsed.unix_seconds(), dt.unix_seconds());
            prop_assert_eq!(parsed.nanos, dt.nanos);
            prop_assert_eq!(parsed.zone, Zone::Utc);
        }
    }

    #[test]
    fn date_text_parses_back(dt in datetime()) {
        let date = DateTime { has_time: false, hour: 0, minute: 0, second: 0, nanos: 0, fraction_digits: 0, zone: Zone::Unspecified, ..dt };
        prop_assert_eq!(DateTime::parse_date(&date.to_rfc3339()), Ok(date));
    }

    #[test]
    fn datetime_parsers_never_panic(text in near_datetime_text()) {
        let _ = DateTime::parse(&text).map(|d| (d.to_rfc3339(), d.to_utc_string(), d.unix_seconds()));
        let _ = DateTime::parse_date(&text).map(|d| d.to_utc_string());
    }

    #[test]
    fn guid_round_trips(bytes in any::<[u8; 16]>(), upper in any::<bool>()) {
        let guid = Guid::from_bytes(bytes);
        let text = guid.to_string();
        prop_assert_eq!(Guid::parse(&text), Ok(guid));
        prop_assert_eq!(Guid::parse(&text.to_uppercase()), Ok(guid));
        prop_assert_eq!(text.len(), 36);
        prop_assert_eq!(upper || text.chars().all(|c| !c.is_ascii_uppercase()), true);
    }

    #[test]
    fn guid_parser_never_panics(text in prop_oneof!["[0-9a-fA-F{}()-]{30,40}", any::<String>()]) {
        let _ = Guid::parse(&text);
    }

    #[test]
    fn number_parsers_never_panic(text in prop_oneof!["-?[0-9]{0,25}(\\.[0-9]{0,5})?([eE][+-]?[0-9]{0,3})?", any::<String>()]) {
        let _ = (parse_int(&text), decimal_places(&text));
    }

    #[test]
    fn parse_int_agrees_with_i64_display(value in any::<i64>()) {
        prop_assert_eq!(parse_int(&value.to_string()), Ok(value));
    }

    #[test]
    fn relative_wording_never_panics(seconds in any::<i64>()) {
        prop_assert!(!crate::domain::formats::humanize_delta(seconds).is_empty());
        prop_assert!(!crate::domain::formats::format_duration(seconds).is_empty());
    }
}
