//! The ISO-8601 grammar behind `DateTime::parse` and `DateTime::parse_date`, one component at a time,
//! so each error can name the component and its byte position.

use super::calendar::{days_in_month, MAX_YEAR, MIN_YEAR};
use super::cursor::Cursor;
use super::datetime::{DateTime, Zone, NANOS_SCALE};
use super::datetime_error::DateTimeError;

const YEAR_DIGITS: usize = 4;
const MAX_FRACTION_DIGITS: usize = 9;
const MAX_HOUR: u8 = 23;
const MAX_MINUTE: u8 = 59;
const MAX_SECOND: u8 = 59;
const MAX_MONTH: u8 = 12;
const MINUTES_PER_HOUR: i16 = 60;

/// Whether the date may stand alone (`parse_date`) or must be followed by a time (`parse`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum TimePart {
    Required,
    Optional,
}

pub(super) fn parse(text: &str, time_part: TimePart) -> Result<DateTime, DateTimeError> {
    if text.is_empty() {
        return Err(DateTimeError::Empty);
    }
    let mut cur = Cursor::new(text);
    let mut dt = parse_date_part(&mut cur)?;
    match cur.peek() {
        None if time_part == TimePart::Optional => return Ok(dt),
        None => return Err(DateTimeError::MissingTime { position: cur.pos }),
        Some(b'T' | b't') => cur.bump(),
        Some(b' ') => return Err(DateTimeError::SpaceSeparator { position: cur.pos }),
        Some(_) => return Err(cur.unexpected("'T' between the date and the time")),
    }
    parse_time_part(&mut cur, &mut dt)?;
    dt.zone = parse_zone(&mut cur)?;
    match cur.peek() {
        None => Ok(dt),
        Some(_) => Err(cur.unexpected("the end of the value")),
    }
}

fn parse_date_part(cur: &mut Cursor) -> Result<DateTime, DateTimeError> {
    let year_pos = cur.pos;
    let year = cur.number(YEAR_DIGITS, "a 4-digit year")?;
    let year = i32::try_from(year).unwrap_or(i32::MAX);
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(DateTimeError::YearOutOfRange {
            year,
            position: year_pos,
        });
    }
    cur.expect(b'-', "'-' after the 4-digit year")?;
    let (month, month_pos) = cur.two_digits("a 2-digit month")?;
    if !(1..=MAX_MONTH).contains(&month) {
        return Err(DateTimeError::MonthOutOfRange {
            month,
            position: month_pos,
        });
    }
    cur.expect(b'-', "'-' after the month")?;
    let (day, day_pos) = cur.two_digits("a 2-digit day")?;
    let last_day = days_in_month(year, month).unwrap_or(0);
    if day == 0 || day > last_day {
        return Err(DateTimeError::DayOutOfRange {
            day,
            month,
            year,
            position: day_pos,
        });
    }
    Ok(DateTime {
        year,
        month,
        day,
        hour: 0,
        minute: 0,
        second: 0,
        nanos: 0,
        fraction_digits: 0,
        has_time: false,
        zone: Zone::Unspecified,
    })
}

/// Fills in `hh:mm[:ss[.f]]`; seconds and fraction are optional as in ISO-8601 extended format.
fn parse_time_part(cur: &mut Cursor, dt: &mut DateTime) -> Result<(), DateTimeError> {
    let (hour, position) = cur.two_digits("a 2-digit hour")?;
    if hour > MAX_HOUR {
        return Err(DateTimeError::HourOutOfRange { hour, position });
    }
    cur.expect(b':', "':' after the hour")?;
    let (minute, position) = cur.two_digits("2-digit minutes")?;
    if minute > MAX_MINUTE {
        return Err(DateTimeError::MinuteOutOfRange { minute, position });
    }
    (dt.hour, dt.minute, dt.has_time) = (hour, minute, true);
    if cur.peek() != Some(b':') {
        return Ok(());
    }
    cur.bump();
    let (second, position) = cur.two_digits("2-digit seconds")?;
    if second > MAX_SECOND {
        return Err(DateTimeError::SecondOutOfRange { second, position });
    }
    dt.second = second;
    if cur.peek() != Some(b'.') {
        return Ok(());
    }
    cur.bump();
    let fraction_pos = cur.pos;
    let digits = cur.digit_run();
    if digits == 0 {
        return Err(cur.unexpected("1 to 9 fraction digits after '.'"));
    }
    if digits > MAX_FRACTION_DIGITS {
        return Err(DateTimeError::FractionTooLong {
            digits,
            position: fraction_pos,
        });
    }
    let value = cur.value_of(fraction_pos, digits);
    let scale = NANOS_SCALE.get(digits).copied().unwrap_or(1);
    dt.nanos = value.saturating_mul(scale);
    dt.fraction_digits = u8::try_from(digits).unwrap_or(0);
    Ok(())
}

fn parse_zone(cur: &mut Cursor) -> Result<Zone, DateTimeError> {
    let sign: i16 = match cur.peek() {
        None => return Ok(Zone::Unspecified),
        Some(b'Z' | b'z') => {
            cur.bump();
            return Ok(Zone::Utc);
        }
        Some(b'+') => 1,
        Some(b'-') => -1,
        Some(_) => return Err(cur.unexpected("'Z', an offset such as +02:00, or the end")),
    };
    cur.bump();
    let (hours, position) = cur.two_digits("2-digit offset hours")?;
    if hours > MAX_HOUR {
        return Err(DateTimeError::OffsetHourOutOfRange { hours, position });
    }
    // Both `+hh:mm` and the basic `+hhmm` appear in the wild.
    if cur.peek() == Some(b':') {
        cur.bump();
    }
    let (minutes, position) = cur.two_digits("2-digit offset minutes")?;
    if minutes > MAX_MINUTE {
        return Err(DateTimeError::OffsetMinuteOutOfRange { minutes, position });
    }
    // Hours are at most 23 and minutes at most 59 (checked above): |total| <= 1439 fits an i16.
    let total = i16::from(hours)
        .saturating_mul(MINUTES_PER_HOUR)
        .saturating_add(i16::from(minutes));
    Ok(Zone::Offset(sign.saturating_mul(total)))
}
