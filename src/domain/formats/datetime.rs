//! `DateTime`: an ISO-8601 date or datetime exactly as the vendor sent it (zone and fraction precision
//! kept), with conversion to a UTC instant and back to canonical text.

use std::fmt;
use std::str::FromStr;

use super::calendar::{
    civil_from_days, days_from_civil, SECONDS_PER_DAY, SECONDS_PER_HOUR, SECONDS_PER_MINUTE,
};
use super::datetime_error::DateTimeError;
use super::datetime_parse::{self, TimePart};

pub use super::relative::{format_duration, humanize_delta};

/// Powers of ten scaling a fraction of `n` digits to nanoseconds: `10^(9 - n)`.
pub(super) const NANOS_SCALE: [u32; 10] = [
    1_000_000_000,
    100_000_000,
    10_000_000,
    1_000_000,
    100_000,
    10_000,
    1_000,
    100,
    10,
    1,
];
const MAX_FRACTION_DIGITS: u8 = 9;
const MAX_NANOS: u32 = 999_999_999;
const DECIMAL_BASE: u32 = 10;
/// 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z (`date -u -d 0001-01-01T00:00:00Z +%s`, and the same
/// for the other); a test checks them against `days_from_civil`.
pub(super) const MIN_UNIX_SECONDS: i64 = -62_135_596_800;
pub(super) const MAX_UNIX_SECONDS: i64 = 253_402_300_799;
const MINUTES_PER_HOUR: u16 = 60;

/// The time zone designator as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Zone {
    /// `Z` (or `z`).
    Utc,
    /// `±hh:mm` or `±hhmm`, in minutes east of UTC: `+00:00` is `Offset(0)`, `-05:30` is `Offset(-330)`.
    Offset(i16),
    /// No designator, as in GymOS's `"1983-05-15T00:00:00"` (.NET `DateTimeKind.Unspecified`).
    Unspecified,
}

/// A parsed date or datetime. `has_time` is false for a bare `YYYY-MM-DD` (then the time fields are 0
/// and the zone is `Unspecified`). `fraction_digits` is how many fraction digits were sent (0-9).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DateTime {
    pub year: i32,
    pub month: u8,
    pub day: u8,
    pub hour: u8,
    pub minute: u8,
    pub second: u8,
    pub nanos: u32,
    pub fraction_digits: u8,
    pub has_time: bool,
    pub zone: Zone,
}

impl DateTime {
    /// A full datetime: `YYYY-MM-DDThh:mm[:ss[.f{1,9}]][Z|±hh:mm|±hhmm]`; `t` and `z` may be lower case.
    pub fn parse(s: &str) -> Result<DateTime, DateTimeError> {
        datetime_parse::parse(s, TimePart::Required).and_then(|dt| in_utc_range(dt, s))
    }

    /// A date: `YYYY-MM-DD`, or a full datetime, since vendors send dates as `1983-05-15T00:00:00`.
    pub fn parse_date(s: &str) -> Result<DateTime, DateTimeError> {
        datetime_parse::parse(s, TimePart::Optional).and_then(|dt| in_utc_range(dt, s))
    }

    /// Minutes east of UTC; `None` when no zone was given, `Some(0)` for `Z`.
    pub fn offset_minutes(&self) -> Option<i16> {
        match self.zone {
            Zone::Utc => Some(0),
            Zone::Offset(minutes) => Some(minutes),
            Zone::Unspecified => None,
        }
    }

    /// Whole seconds since 1970-01-01T00:00:00Z, with the offset applied. A value without a zone is
    /// treated as UTC: that is how Perfect Gym's and GymOS's .NET code serialises its UTC timestamps.
    pub fn unix_seconds(&self) -> i64 {
        // Any field values keep this far inside i64 (|days| < 2^31 * 366, the rest below 2^16 each),
        // so nothing saturates: the saturating forms only rule out an overflow check.
        let days = days_from_civil(self.year, self.month, self.day);
        let time_of_day = i64::from(self.hour)
            .saturating_mul(SECONDS_PER_HOUR)
            .saturating_add(i64::from(self.minute).saturating_mul(SECONDS_PER_MINUTE))
            .saturating_add(i64::from(self.second));
        let offset =
            i64::from(self.offset_minutes().unwrap_or(0)).saturating_mul(SECONDS_PER_MINUTE);
        days.saturating_mul(SECONDS_PER_DAY)
            .saturating_add(time_of_day)
            .saturating_sub(offset)
    }

    /// The UTC datetime `secs` seconds and `nanos` nanoseconds after the epoch, with as many fraction
    /// digits as `nanos` needs. Out-of-range input is clamped to 0001-01-01..9999-12-31 and
    /// 999,999,999 ns, so the result always prints as valid ISO-8601.
    pub fn from_unix(secs: i64, nanos: u32) -> DateTime {
        let nanos = nanos.min(MAX_NANOS);
        DateTime {
            nanos,
            fraction_digits: significant_fraction_digits(nanos),
            ..utc_fields(secs.clamp(MIN_UNIX_SECONDS, MAX_UNIX_SECONDS))
        }
    }

    /// The UTC datetime `millis` milliseconds after the epoch (milliseconds shown), or `None` outside
    /// years 0001-9999.
    pub fn from_unix_millis(millis: i64) -> Option<DateTime> {
        const MILLIS_PER_SECOND: i64 = 1_000;
        const NANOS_PER_MILLI: u32 = 1_000_000;
        let secs = millis.div_euclid(MILLIS_PER_SECOND);
        if !(MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS).contains(&secs) {
            return None;
        }
        let milli = u32::try_from(millis.rem_euclid(MILLIS_PER_SECOND)).unwrap_or(0);
        Some(DateTime {
            fraction_digits: 3,
            ..DateTime::from_unix(secs, milli.saturating_mul(NANOS_PER_MILLI))
        })
    }

    /// The same instant in UTC, keeping the fraction digits as sent: `2025-02-19T16:02:02.7763675Z`.
    /// A date-only value becomes midnight UTC of that date.
    pub fn to_utc_string(&self) -> String {
        let utc = DateTime {
            nanos: self.nanos,
            fraction_digits: self.fraction_digits,
            ..utc_fields(self.unix_seconds())
        };
        utc.to_rfc3339()
    }

    /// Canonical text in the value's own zone: upper-case `T`/`Z`, seconds always shown, `±hh:mm`
    /// offsets, the fraction with its original digit count; a date-only value stays `YYYY-MM-DD`.
    pub fn to_rfc3339(&self) -> String {
        let date = format!("{:04}-{:02}-{:02}", self.year, self.month, self.day);
        if !self.has_time {
            return date;
        }
        let (hour, minute, second) = (self.hour, self.minute, self.second);
        let fraction = self.fraction_text();
        let zone = zone_text(self.zone);
        format!("{date}T{hour:02}:{minute:02}:{second:02}{fraction}{zone}")
    }

    fn fraction_text(&self) -> String {
        let digits = self.fraction_digits.min(MAX_FRACTION_DIGITS);
        if digits == 0 {
            return String::new();
        }
        let scale = NANOS_SCALE.get(usize::from(digits)).copied().unwrap_or(1);
        let width = usize::from(digits);
        // `scale` is a power of ten, never 0.
        let fraction = self.nanos.checked_div(scale).unwrap_or(0);
        format!(".{fraction:0width$}")
    }
}

/// Years 0001-9999 hold in the value's own zone by parsing; this checks they still hold in UTC, so every
/// parsed value prints in UTC as text the parser reads back.
fn in_utc_range(dt: DateTime, text: &str) -> Result<DateTime, DateTimeError> {
    /// `YYYY-MM-DD`: a zone sign can only come after the date.
    const DATE_CHARS: usize = 10;
    let secs = dt.unix_seconds();
    if (MIN_UNIX_SECONDS..=MAX_UNIX_SECONDS).contains(&secs) {
        return Ok(dt);
    }
    // The offset is what pushed it out: point at the zone.
    let zone = text
        .rfind(['+', '-', 'Z', 'z'])
        .filter(|&p| p > DATE_CHARS)
        .unwrap_or(text.len());
    Err(DateTimeError::UtcOutOfRange {
        after: secs > MAX_UNIX_SECONDS,
        position: zone,
    })
}

/// The UTC fields of an instant, with no fraction. The year saturates into `i32`; callers keep
/// `secs` within the range of a 4-digit year or one day beyond it.
fn utc_fields(secs: i64) -> DateTime {
    let (year, month, day) = civil_from_days(secs.div_euclid(SECONDS_PER_DAY));
    let second_of_day = secs.rem_euclid(SECONDS_PER_DAY);
    // Each quotient is below 24 or 60, so the narrowing cannot fail.
    let narrow = |value: i64| u8::try_from(value).unwrap_or(0);
    DateTime {
        year: i32::try_from(year).unwrap_or(if year < 0 { i32::MIN } else { i32::MAX }),
        month,
        day,
        hour: narrow(second_of_day / SECONDS_PER_HOUR),
        minute: narrow(second_of_day % SECONDS_PER_HOUR / SECONDS_PER_MINUTE),
        second: narrow(second_of_day % SECONDS_PER_MINUTE),
        nanos: 0,
        fraction_digits: 0,
        has_time: true,
        zone: Zone::Utc,
    }
}

/// The fewest digits that show `nanos` exactly: 500,000,000 ns is `.5`, 0 ns needs none.
fn significant_fraction_digits(nanos: u32) -> u8 {
    if nanos == 0 {
        return 0;
    }
    let mut digits = MAX_FRACTION_DIGITS;
    let mut rest = nanos;
    while rest.is_multiple_of(DECIMAL_BASE) {
        rest /= DECIMAL_BASE;
        digits = digits.saturating_sub(1);
    }
    digits
}

fn zone_text(zone: Zone) -> String {
    match zone {
        Zone::Utc => "Z".to_owned(),
        Zone::Unspecified => String::new(),
        Zone::Offset(minutes) => {
            let sign = if minutes < 0 { '-' } else { '+' };
            let magnitude = minutes.unsigned_abs();
            let (hours, minutes) = (magnitude / MINUTES_PER_HOUR, magnitude % MINUTES_PER_HOUR);
            format!("{sign}{hours:02}:{minutes:02}")
        }
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_rfc3339())
    }
}

impl FromStr for DateTime {
    type Err = DateTimeError;

    fn from_str(s: &str) -> Result<DateTime, DateTimeError> {
        DateTime::parse(s)
    }
}
