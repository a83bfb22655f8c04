//! Deliveries inside lines of a log: each JSON object found after any prefix (a timestamp, a level, a
//! logger's name), on one line or pretty-printed over several. Two or more make JSON Lines; a single
//! one behind a prefix is a log line (`2025-11-26T16:02:01Z INFO webhook received: {…}`), whose prefix
//! is a log's, not a header.

use super::json_family::item;
use super::lines::lines_from;
use super::scan::value_end;
use super::{Capture, Form};
use crate::domain::json::Span;

/// `None` when no line holds a JSON object, or the paste is one object with text after it (that is a
/// body whose parse error says where the text starts).
pub fn read(text: &str) -> Option<Capture> {
    let mut deliveries = Vec::new();
    let mut at = 0usize;
    while let Some(line) = lines_from(text, at).next() {
        at = line.next;
        let Some(brace) = line.text.find('{') else {
            continue;
        };
        let start = line.span.start.saturating_add(brace);
        let Some(end) = value_end(text, start) else {
            continue;
        };
        let prefix = line.text.get(..brace).unwrap_or_default();
        let mut delivery = item(text, Span::new(start, end));
        if delivery.logged_at.is_none() {
            delivery.logged_at = log_time(prefix);
        }
        deliveries.push(delivery);
        // A value spread over several lines: go on after its last line.
        if end > line.next {
            at = lines_from(text, end).next().map_or(text.len(), |l| l.next);
        }
    }
    let form = match deliveries.as_slice() {
        [] => return None,
        [one] if one.map.to_paste(0) == leading_space(text) => return None,
        [_] => Form::LogLine,
        _ => Form::JsonLines,
    };
    Some(Capture {
        form,
        deliveries,
        notes: Vec::new(),
    })
}

/// Where the paste's first non-whitespace character is.
fn leading_space(text: &str) -> usize {
    text.len().saturating_sub(text.trim_start().len())
}

/// The timestamp a log prefix starts with (`2025-11-26T16:02:01Z`, `[2025-11-26 16:02:01.123]`), as
/// written: a date (four digits, a dash) and the time token after it when the two are apart.
pub fn log_time(prefix: &str) -> Option<String> {
    let trimmed = prefix.trim_start().trim_start_matches('[');
    let mut tokens = trimmed.split_whitespace();
    let first = tokens.next()?.trim_end_matches([']', ',']);
    let is_date = first.len() >= 10
        && first.as_bytes().iter().take(4).all(u8::is_ascii_digit)
        && first.as_bytes().get(4) == Some(&b'-');
    if !is_date {
        return None;
    }
    if first.len() > 10 {
        return Some(first.to_owned());
    }
    match tokens.next().map(|t| t.trim_end_matches([']', ','])) {
        Some(time)
            if time.as_bytes().first().is_some_and(u8::is_ascii_digit) && time.contains(':') =>
        {
            Some(format!("{first} {time}"))
        }
        _ => Some(first.to_owned()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn objects_after_prefixes_and_over_several_lines() {
        let text =
            "2025-11-26T16:02:01Z INFO {\"a\": 1}\nnoise\n[w-2] {\n  \"b\": {}\n}\n{\"c\": 3}\n";
        let capture = read(text).expect("deliveries");
        assert_eq!(capture.form, Form::JsonLines);
        let texts: Vec<&str> = capture.deliveries.iter().map(|d| d.text.as_str()).collect();
        assert_eq!(texts, ["{\"a\": 1}", "{\n  \"b\": {}\n}", "{\"c\": 3}"]);
        assert_eq!(
            capture
                .deliveries
                .first()
                .and_then(|d| d.logged_at.clone())
                .as_deref(),
            Some("2025-11-26T16:02:01Z")
        );
    }

    #[test]
    fn one_prefixed_line_is_a_log_line_and_one_bare_object_is_not_a_log() {
        let line = "2025-11-26T16:02:01Z INFO webhook received: {\"event\": \"Test\"}";
        assert_eq!(read(line).map(|c| c.form), Some(Form::LogLine));
        assert!(read("{\"a\": 1} trailing").is_none());
        assert!(read("no json here").is_none());
    }

    #[test]
    fn log_times_as_written() {
        assert_eq!(
            log_time("2025-11-26T16:02:01Z INFO ").as_deref(),
            Some("2025-11-26T16:02:01Z")
        );
        assert_eq!(
            log_time("[2025-11-26 16:02:01.123] ").as_deref(),
            Some("2025-11-26 16:02:01.123")
        );
        assert_eq!(log_time("INFO 2025-11-26"), None);
    }
}
