//! Human wording for spans of time: "3 minutes ago" next to a timestamp, and "2 min 5 s" for the
//! delay between two timestamps. Both take any `i64`, including `i64::MIN`.

const MINUTE: u64 = 60;
const HOUR: u64 = 60 * MINUTE;
const DAY: u64 = 24 * HOUR;
/// Calendar-free approximations: good enough for "about how long ago", never used for arithmetic.
const MONTH: u64 = 30 * DAY;
const YEAR: u64 = 365 * DAY;
/// U+2212 MINUS SIGN, which lines up with digits better than a hyphen in the UI.
const MINUS: char = '\u{2212}';

/// Words for a moment `seconds` away from now: negative is in the past ("3 minutes ago"), positive
/// in the future ("in 2 days"); under a minute either way is "just now". Counts are rounded down.
pub fn humanize_delta(seconds: i64) -> String {
    let magnitude = seconds.unsigned_abs();
    if magnitude < MINUTE {
        return "just now".to_owned();
    }
    let (count, unit) = [
        (YEAR, "year"),
        (MONTH, "month"),
        (DAY, "day"),
        (HOUR, "hour"),
    ]
    .into_iter()
    .find(|(size, _)| magnitude >= *size)
    .map_or((magnitude / MINUTE, "minute"), |(size, unit)| {
        // Every size is a non-zero constant.
        (magnitude.checked_div(size).unwrap_or(0), unit)
    });
    let plural = if count == 1 { "" } else { "s" };
    if seconds < 0 {
        format!("{count} {unit}{plural} ago")
    } else {
        format!("in {count} {unit}{plural}")
    }
}

/// A compact duration with its two largest units, dropping a zero second unit: "0 s", "45 s",
/// "2 min 5 s", "3 h 4 min", "2 d 3 h", "2 d". A negative span is prefixed with "−" (U+2212).
pub fn format_duration(seconds: i64) -> String {
    let magnitude = seconds.unsigned_abs();
    let (days, hours) = (magnitude / DAY, magnitude % DAY / HOUR);
    let (minutes, secs) = (magnitude % HOUR / MINUTE, magnitude % MINUTE);
    let (major, minor) = if days > 0 {
        ((days, "d"), (hours, "h"))
    } else if hours > 0 {
        ((hours, "h"), (minutes, "min"))
    } else if minutes > 0 {
        ((minutes, "min"), (secs, "s"))
    } else {
        ((secs, "s"), (0, ""))
    };
    let sign = if seconds < 0 {
        MINUS.to_string()
    } else {
        String::new()
    };
    let text = format!("{sign}{} {}", major.0, major.1);
    if minor.0 == 0 {
        text
    } else {
        format!("{text} {} {}", minor.0, minor.1)
    }
}
