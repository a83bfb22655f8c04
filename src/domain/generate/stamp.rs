//! How generated datetimes are written: UTC as vendors usually send it, the club's local time with its
//! offset, and the spellings edge-case mode uses (.NET's seven fraction digits, `+00:00`, no zone).

use super::rng::Rng;
use crate::domain::formats::calendar::{
    civil_from_days, days_from_civil, SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE,
};
use crate::domain::formats::{DateTime, Zone};

/// The year used when a computed year does not fit (never in practice: generated years are near 2025).
const FALLBACK_YEAR: i32 = 2025;

/// .NET writes seven fraction digits (100 ns ticks).
const TICK_NANOS: u32 = 100;
const TICKS_PER_SECOND: u64 = 10_000_000;
const FRACTION_DIGITS_DOTNET: u8 = 7;
/// UK summer time: one hour ahead, from 01:00 UTC on the last Sunday of March to that of October.
const BST_OFFSET_MINUTES: i16 = 60;
const BST_CHANGE_HOUR: i64 = 1;
const MARCH: u8 = 3;
const OCTOBER: u8 = 10;
const LAST_DAY_OF_MARCH_AND_OCTOBER: u8 = 31;
const DAYS_PER_WEEK: i64 = 7;
/// 1970-01-01 was a Thursday: day 0 is weekday 4 counting from Sunday.
const EPOCH_WEEKDAY_FROM_SUNDAY: i64 = 4;

/// How a datetime is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Style {
    /// `2025-11-26T16:02:02Z`, with seven fraction digits when the instant has a fraction.
    Utc,
    /// `2025-11-26T16:02:02.7793681+00:00`: UTC spelled as an offset.
    PlusZero,
    /// `2025-11-26T16:02:02.7793681`: no zone at all.
    ZoneLess,
    /// The club's wall-clock time with its offset: `+00:00` in winter, `+01:00` in summer.
    LocalUk,
    /// A date as the vendor sends it: midnight, `Z`.
    Date,
    /// A date as the document's own example sends it: midnight, no zone.
    DateZoneLess,
}

/// A random .NET tick fraction (seven digits) for edge cases, zero otherwise.
pub fn fraction(rng: &mut Rng, edge: bool) -> u32 {
    if edge {
        u32::try_from(rng.below(TICKS_PER_SECOND)).unwrap_or(0) * TICK_NANOS
    } else {
        0
    }
}

pub fn format(secs: i64, nanos: u32, style: Style) -> String {
    let (shift, zone) = match style {
        Style::Utc | Style::Date => (0, Zone::Utc),
        Style::PlusZero => (0, Zone::Offset(0)),
        Style::ZoneLess | Style::DateZoneLess => (0, Zone::Unspecified),
        Style::LocalUk => {
            let offset = uk_offset_minutes(secs);
            (i64::from(offset) * SECONDS_PER_MINUTE, Zone::Offset(offset))
        }
    };
    let date_only = matches!(style, Style::Date | Style::DateZoneLess);
    let secs = if date_only {
        secs.div_euclid(SECONDS_PER_DAY) * SECONDS_PER_DAY
    } else {
        secs + shift
    };
    let nanos = if date_only { 0 } else { nanos };
    DateTime {
        zone,
        fraction_digits: if nanos == 0 {
            0
        } else {
            FRACTION_DIGITS_DOTNET
        },
        ..DateTime::from_unix(secs, nanos)
    }
    .to_rfc3339()
}

/// Minutes the UK is ahead of UTC at `secs` (the clubs, phones and postcodes are British).
fn uk_offset_minutes(secs: i64) -> i16 {
    let (year, _, _) = civil_from_days(secs.div_euclid(SECONDS_PER_DAY));
    let year = i32::try_from(year).unwrap_or(FALLBACK_YEAR);
    let change = |month| {
        let last = days_from_civil(year, month, LAST_DAY_OF_MARCH_AND_OCTOBER);
        let weekday = (last + EPOCH_WEEKDAY_FROM_SUNDAY).rem_euclid(DAYS_PER_WEEK);
        (last - weekday) * SECONDS_PER_DAY + BST_CHANGE_HOUR * SECONDS_PER_HOUR
    };
    if (change(MARCH)..change(OCTOBER)).contains(&secs) {
        BST_OFFSET_MINUTES
    } else {
        0
    }
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;

    /// Seconds since the epoch of an ISO-8601 text (tests only; `i64::MIN` if it does not parse).
    pub(in crate::domain::generate) fn at(text: &str) -> i64 {
        DateTime::parse(text)
            .map(|d| d.unix_seconds())
            .unwrap_or(i64::MIN)
    }

    #[test]
    fn uk_summer_time_starts_and_ends_on_the_last_sundays() {
        // 2025: BST from 30 March 01:00 UTC to 26 October 01:00 UTC.
        assert_eq!(
            format(at("2025-03-30T00:59:59Z"), 0, Style::LocalUk),
            "2025-03-30T00:59:59+00:00"
        );
        assert_eq!(
            format(at("2025-03-30T01:00:00Z"), 0, Style::LocalUk),
            "2025-03-30T02:00:00+01:00"
        );
        assert_eq!(
            format(at("2025-10-26T00:59:59Z"), 0, Style::LocalUk),
            "2025-10-26T01:59:59+01:00"
        );
        assert_eq!(
            format(at("2025-10-26T01:00:00Z"), 0, Style::LocalUk),
            "2025-10-26T01:00:00+00:00"
        );
    }

    #[test]
    fn styles_write_the_documented_shapes() {
        let t = at("2025-11-26T16:02:02Z");
        assert_eq!(
            format(t, 779_368_100, Style::Utc),
            "2025-11-26T16:02:02.7793681Z"
        );
        assert_eq!(
            format(t, 779_368_100, Style::PlusZero),
            "2025-11-26T16:02:02.7793681+00:00"
        );
        assert_eq!(format(t, 0, Style::ZoneLess), "2025-11-26T16:02:02");
        assert_eq!(format(t, 5, Style::Date), "2025-11-26T00:00:00Z");
        assert_eq!(format(t, 0, Style::DateZoneLess), "2025-11-26T00:00:00");
        assert_eq!(format(t, 0, Style::Utc), "2025-11-26T16:02:02Z");
    }
}
