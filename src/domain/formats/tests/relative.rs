//! Wording of relative times and durations.

use crate::domain::formats::{format_duration, humanize_delta};

#[test]
fn humanize_delta_words() {
    let cases = [
        (0, "just now"),
        (59, "just now"),
        (-59, "just now"),
        (-60, "1 minute ago"),
        (-180, "3 minutes ago"),
        (3_599, "in 59 minutes"),
        (-3_600, "1 hour ago"),
        (7_200, "in 2 hours"),
        (2 * 86_400, "in 2 days"),
        (-29 * 86_400, "29 days ago"),
        (-30 * 86_400, "1 month ago"),
        (90 * 86_400, "in 3 months"),
        (-365 * 86_400, "1 year ago"),
        (3 * 365 * 86_400 + 5, "in 3 years"),
        (i64::MIN, "292471208677 years ago"),
        (i64::MAX, "in 292471208677 years"),
    ];
    for (seconds, expected) in cases {
        assert_eq!(humanize_delta(seconds), expected, "{seconds}");
    }
}

#[test]
fn format_duration_keeps_two_units() {
    let cases = [
        (0, "0 s"),
        (45, "45 s"),
        (60, "1 min"),
        (125, "2 min 5 s"),
        (3 * 3_600 + 4 * 60 + 59, "3 h 4 min"),
        (3_600, "1 h"),
        (2 * 86_400 + 3 * 3_600 + 10, "2 d 3 h"),
        (2 * 86_400 + 59, "2 d"),
        (-45, "\u{2212}45 s"),
        (-125, "\u{2212}2 min 5 s"),
        (i64::MIN, "\u{2212}106751991167300 d 15 h"),
    ];
    for (seconds, expected) in cases {
        assert_eq!(format_duration(seconds), expected, "{seconds}");
    }
}
