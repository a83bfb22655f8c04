//! Proleptic Gregorian calendar arithmetic: leap years, month lengths and day numbers counted from
//! 1970-01-01, using Howard Hinnant's `days_from_civil` / `civil_from_days` (chrono-compatible).
//!
//! All arithmetic is in `i64` on values that stay far from its limits, so no input can overflow.

/// The years ISO-8601 writes with exactly four digits, the only ones the vendors send.
pub const MIN_YEAR: i32 = 1;
pub const MAX_YEAR: i32 = 9999;
pub const MONTHS_PER_YEAR: u8 = 12;
pub const SECONDS_PER_MINUTE: i64 = 60;
pub const MINUTES_PER_HOUR: i64 = 60;
pub const SECONDS_PER_HOUR: i64 = SECONDS_PER_MINUTE * MINUTES_PER_HOUR;
pub const HOURS_PER_DAY: i64 = 24;
pub const SECONDS_PER_DAY: i64 = SECONDS_PER_HOUR * HOURS_PER_DAY;

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
/// Month lengths in a common year; February gains a day in leap years.
const DAYS_IN_MONTH: [u8; 12] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const FEBRUARY: u8 = 2;
const LEAP_DAY: u8 = 1;

// Hinnant's algorithm works in 400-year "eras" whose years start on 1 March, so the leap day is
// the last day of a year and month lengths follow a fixed 153-days-per-5-months pattern.
const YEARS_PER_ERA: i64 = 400;
const DAYS_PER_ERA: i64 = 146_097;
const DAYS_PER_COMMON_YEAR: i64 = 365;
/// Days from 0000-03-01 (day 0 of era 0) to 1970-01-01.
const EPOCH_SHIFT_DAYS: i64 = 719_468;
/// March-based months: 5 months (Mar-Jul, Aug-Dec) hold 153 days.
const DAYS_PER_FIVE_MONTHS: i64 = 153;
const FIVE_MONTHS: i64 = 5;
/// Months before March when the year starts in March (Jan and Feb count as months 10 and 11).
const MARCH_BASED_SHIFT: i64 = 3;
const MARCH_BASED_MONTHS_BEFORE_JANUARY: i64 = 10;
/// Intervals of the leap rule, counted in days within an era (4, 100 and 400 years).
const DAYS_PER_4_YEARS: i64 = 1_460;
const DAYS_PER_100_YEARS: i64 = 36_524;
const LAST_DAY_OF_ERA: i64 = DAYS_PER_ERA - 1;
const LEAP_EVERY: i64 = 4;
const NO_LEAP_EVERY: i64 = 100;

pub fn is_leap_year(year: i32) -> bool {
    let year = i64::from(year);
    year % LEAP_EVERY == 0 && (year % NO_LEAP_EVERY != 0 || year % YEARS_PER_ERA == 0)
}

/// The number of days in `month` (1-12) of `year`, or `None` for a month that does not exist.
pub fn days_in_month(year: i32, month: u8) -> Option<u8> {
    let common = *DAYS_IN_MONTH.get(usize::from(month).checked_sub(1)?)?;
    let leap = month == FEBRUARY && is_leap_year(year);
    // At most 28 + 1.
    Some(if leap {
        common.saturating_add(LEAP_DAY)
    } else {
        common
    })
}

/// English name of `month` (1-12), for messages such as "day 29 does not exist in February 2025".
pub fn month_name(month: u8) -> Option<&'static str> {
    MONTH_NAMES.get(usize::from(month).checked_sub(1)?).copied()
}

/// Days from 1970-01-01 to the given date (negative before it). Meant for valid dates; out-of-range
/// components give a meaningless number but never overflow.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "i64 arithmetic on an i32 year and u8 month and day: every intermediate is below 2^31 * 366, \
              far from i64's limits, and the divisors are non-zero constants"
)]
pub fn days_from_civil(year: i32, month: u8, day: u8) -> i64 {
    let (month, day) = (i64::from(month), i64::from(day));
    let year = i64::from(year) - i64::from(month <= i64::from(FEBRUARY));
    let era = year.div_euclid(YEARS_PER_ERA);
    let year_of_era = year - era * YEARS_PER_ERA;
    let march_month = if month > i64::from(FEBRUARY) {
        month - MARCH_BASED_SHIFT
    } else {
        month + MARCH_BASED_MONTHS_BEFORE_JANUARY - 1
    };
    let day_of_year = (DAYS_PER_FIVE_MONTHS * march_month + 2) / FIVE_MONTHS + day - 1;
    let day_of_era = year_of_era * DAYS_PER_COMMON_YEAR + year_of_era / LEAP_EVERY
        - year_of_era / NO_LEAP_EVERY
        + day_of_year;
    era * DAYS_PER_ERA + day_of_era - EPOCH_SHIFT_DAYS
}

/// The date `days` after 1970-01-01 as (year, month 1-12, day 1-31). The year is `i64` because any
/// `i64` day count is accepted; callers clamp to the range they support.
#[allow(
    clippy::arithmetic_side_effects,
    reason = "the only unbounded input is added with saturation; after it |era| <= 2^63 / 146097, so \
              era * 146097 and era * 400 fit an i64, and the rest stays within one 400-year era"
)]
pub fn civil_from_days(days: i64) -> (i64, u8, u8) {
    let shifted = days.saturating_add(EPOCH_SHIFT_DAYS);
    let era = shifted.div_euclid(DAYS_PER_ERA);
    let day_of_era = shifted - era * DAYS_PER_ERA;
    let year_of_era = (day_of_era - day_of_era / DAYS_PER_4_YEARS
        + day_of_era / DAYS_PER_100_YEARS
        - day_of_era / LAST_DAY_OF_ERA)
        / DAYS_PER_COMMON_YEAR;
    let day_of_year = day_of_era
        - (DAYS_PER_COMMON_YEAR * year_of_era + year_of_era / LEAP_EVERY
            - year_of_era / NO_LEAP_EVERY);
    let march_month = (FIVE_MONTHS * day_of_year + 2) / DAYS_PER_FIVE_MONTHS;
    let day = day_of_year - (DAYS_PER_FIVE_MONTHS * march_month + 2) / FIVE_MONTHS + 1;
    let month = if march_month < MARCH_BASED_MONTHS_BEFORE_JANUARY {
        march_month + MARCH_BASED_SHIFT
    } else {
        march_month - MARCH_BASED_MONTHS_BEFORE_JANUARY + 1
    };
    let year = year_of_era + era * YEARS_PER_ERA + i64::from(month <= i64::from(FEBRUARY));
    // Both fit: the algorithm yields month 1-12 and day 1-31.
    (year, month as u8, day as u8)
}
