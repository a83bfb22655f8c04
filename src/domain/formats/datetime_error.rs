//! Why an ISO-8601 date or datetime was rejected, worded for someone looking at a pasted payload.
//! `position` is the 0-based byte offset of the offending part of the text.

/// The shape every message refers back to.
const SHAPE: &str = "YYYY-MM-DDThh:mm[:ss[.fffffff]][Z|±hh:mm]";

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DateTimeError {
    /// An empty string: the validator reports it as a warning rather than an error.
    #[error("the value is empty; expected a date (YYYY-MM-DD) or a datetime ({SHAPE})")]
    Empty,
    #[error("the value ends after {position} characters; expected {expected} next ({SHAPE})")]
    Truncated {
        position: usize,
        expected: &'static str,
    },
    #[error("found {found:?} at position {position}; expected {expected} ({SHAPE})")]
    Unexpected {
        position: usize,
        found: char,
        expected: &'static str,
    },
    #[error("a space separates date and time at position {position}; ISO-8601 needs a 'T' there, as in 2025-01-10T00:00:00Z")]
    SpaceSeparator { position: usize },
    #[error("only a date was given; a datetime also needs 'T' and a time at position {position}, as in 2025-01-10T00:00:00Z")]
    MissingTime { position: usize },
    #[error("year {year:04} at position {position} is outside the supported range 0001-9999")]
    YearOutOfRange { year: i32, position: usize },
    #[error("month {month:02} at position {position} does not exist; expected 01-12")]
    MonthOutOfRange { month: u8, position: usize },
    #[error("day {day} does not exist in {month_name} {year} (position {position})", month_name = super::calendar::month_name(*.month).unwrap_or("that month"))]
    DayOutOfRange {
        day: u8,
        month: u8,
        year: i32,
        position: usize,
    },
    #[error("hour {hour:02} at position {position} does not exist; expected 00-23 (midnight at the end of a day is 00:00 of the next)")]
    HourOutOfRange { hour: u8, position: usize },
    #[error("minute {minute:02} at position {position} does not exist; expected 00-59")]
    MinuteOutOfRange { minute: u8, position: usize },
    /// Leap seconds (second 60) are rejected too: .NET's `DateTime` cannot hold one, so neither vendor sends it.
    #[error("second {second:02} at position {position} is not accepted; expected 00-59 (leap seconds are not supported)")]
    SecondOutOfRange { second: u8, position: usize },
    #[error("the fraction at position {position} has {digits} digits; expected 1 to 9 (nanosecond precision)")]
    FractionTooLong { digits: usize, position: usize },
    #[error("offset hours {hours:02} at position {position} do not exist; expected 00-23")]
    OffsetHourOutOfRange { hours: u8, position: usize },
    #[error("offset minutes {minutes:02} at position {position} do not exist; expected 00-59")]
    OffsetMinuteOutOfRange { minutes: u8, position: usize },
    /// `9999-12-31T23:59-02:00` is a valid text, but in UTC it is year 10000: .NET's `DateTimeOffset`
    /// throws on it ("the UTC time represented when the offset is applied must be between year 0 and
    /// 10,000"), and printing it in UTC would give text that no ISO-8601 parser reads back.
    #[error("with its offset applied the instant lies {} in UTC, outside years 0001-9999; .NET's DateTimeOffset cannot hold it", if *.after { "after 9999-12-31T23:59:59Z" } else { "before 0001-01-01T00:00:00Z" })]
    UtcOutOfRange { after: bool, position: usize },
}

impl DateTimeError {
    /// Where in the text the problem is, for highlighting; `None` for an empty value.
    pub fn position(&self) -> Option<usize> {
        use DateTimeError::*;
        match *self {
            Empty => None,
            Truncated { position, .. }
            | Unexpected { position, .. }
            | SpaceSeparator { position }
            | MissingTime { position }
            | YearOutOfRange { position, .. }
            | MonthOutOfRange { position, .. }
            | DayOutOfRange { position, .. }
            | HourOutOfRange { position, .. }
            | MinuteOutOfRange { position, .. }
            | SecondOutOfRange { position, .. }
            | FractionTooLong { position, .. }
            | OffsetHourOutOfRange { position, .. }
            | OffsetMinuteOutOfRange { position, .. }
            | UtcOutOfRange { position, .. } => Some(position),
        }
    }
}
