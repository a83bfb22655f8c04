//! Deliveries inside the lines of a log. Each line is read by the first reader that knows it: an
//! nginx/Apache access-log line (its body escaped in a quoted field), a `key=value` line (its body under
//! a body key), or a JSON object after any prefix (a timestamp, a level, a logger's name; `key=value`
//! pairs there naming headers), on one line or pretty-printed over several. Several make a log (JSON
//! Lines, an access log, a key=value log); a single JSON object behind a prefix is a log line
//! (`2025-11-26T16:02:01Z INFO webhook received: {…}`), whose prefix is a log's, not a header.

use super::access_log;
use super::json_family::item;
use super::kv::pairs;
use super::kv_log;
use super::lines::{lines_from, Line};
use super::logline::{build, Parts};
use super::scan::value_end;
use super::{Capture, Delivery, Form, Note};
use crate::domain::diagnostic::Kind;
use crate::domain::json::Span;

/// Which reader read a line.
#[derive(Clone, Copy, PartialEq, Eq)]
enum By {
    Access,
    KeyValue,
    Json,
}

/// `None` when no line holds a delivery (nor looks like a log line of a request), or the paste is one
/// object with text after it (that is a body whose parse error says where the text starts).
pub fn read(text: &str) -> Option<Capture> {
    let mut found: Vec<(Delivery, By)> = Vec::new();
    let mut bodiless: Vec<(Span, By)> = Vec::new();
    let mut at = 0usize;
    // Bytes a JSON value that is never closed may cost when it is looked for past its line: a log of
    // many unclosed `{` lines must not be scanned to its end from each of them.
    let mut budget = text.len().saturating_mul(2);
    while let Some(line) = lines_from(text, at).next() {
        at = line.next;
        match read_line(text, line, &mut budget) {
            Some(Ok((delivery, by, end))) => {
                found.push((delivery, by));
                // A value spread over several lines: go on after its last line.
                if end > line.next {
                    at = lines_from(text, end).next().map_or(text.len(), |l| l.next);
                }
            }
            Some(Err(no_body)) => bodiless.push(no_body),
            None => {}
        }
    }
    let form = match (found.as_slice(), bodiless.first()) {
        ([], None) => return None,
        ([], Some(&(span, by))) => return Some(unreadable(span, by)),
        ([(one, By::Json)], _) if one.map.to_paste(0) == leading_space(text) => return None,
        ([(_, By::Json)], _) => Form::LogLine,
        ([(_, By::Access), ..], _) => Form::AccessLog,
        ([(_, By::KeyValue), ..], _) => Form::KeyValueLog,
        _ => Form::JsonLines,
    };
    Some(Capture {
        form,
        deliveries: found.into_iter().map(|(d, _)| d).collect(),
        notes: Vec::new(),
    })
}

type LineRead = Result<(Delivery, By, usize), (Span, By)>;

/// The delivery a line holds and where it ends, or the line when it is a request's without a body.
fn read_line(text: &str, line: Line<'_>, budget: &mut usize) -> Option<LineRead> {
    // The other readers only for lines that can be theirs: a quoted request line (`"POST /h HTTP/1.1"`)
    // or a `key=value` pair; a log of JSON lines is not searched for either on each of its lines.
    let json_line = line.text.trim_start().starts_with('{');
    let access = !json_line && line.text.contains(" HTTP/");
    let pairs_there = !json_line && before_json(line.text).contains('=');
    if access {
        match access_log::line(text, line) {
            Some(access_log::Found::Delivery(d)) => {
                return Some(Ok((d, By::Access, line.span.end)))
            }
            Some(access_log::Found::NoBody(span)) => return Some(Err((span, By::Access))),
            None => {}
        }
    }
    if pairs_there || access {
        match kv_log::line(text, line) {
            Some(kv_log::Found::Delivery(d)) => return Some(Ok((d, By::KeyValue, line.span.end))),
            Some(kv_log::Found::NoBody(span)) => return Some(Err((span, By::KeyValue))),
            None => {}
        }
    }
    let brace = line.text.find('{')?;
    let start = line.span.start.saturating_add(brace);
    let limit = if *budget > 0 {
        text.len()
    } else {
        line.span.end
    };
    let Some(end) = text.get(..limit).and_then(|scope| value_end(scope, start)) else {
        *budget = budget.saturating_sub(limit.saturating_sub(start));
        return None;
    };
    let prefix = Span::new(line.span.start, start);
    let mut delivery = prefixed(text, prefix, Span::new(start, end));
    if delivery.logged_at.is_none() {
        delivery.logged_at = prefix.slice(text).and_then(log_time);
    }
    Some(Ok((delivery, By::Json, end)))
}

/// A line's text up to its first `{` (all of it without one), where a log writes its own pairs.
fn before_json(line: &str) -> &str {
    line.split('{').next().unwrap_or(line)
}

/// The JSON at `json` with the headers its prefix names (`x-perfectgym-request=… {…}`), or the JSON
/// alone (a body, or a request logged as JSON).
fn prefixed(text: &str, prefix: Span, json: Span) -> Delivery {
    let mut parts = Parts {
        body: Some((json, false)),
        ..Parts::default()
    };
    parts.headers_from(&pairs(text, prefix));
    if parts.headers.is_empty() {
        return item(text, json);
    }
    build(text, &parts).unwrap_or_else(|| item(text, json))
}

/// A log whose lines are a request's but hold no body: what it looks like, and what is missing.
fn unreadable(span: Span, by: By) -> Capture {
    let (form, message) = match by {
        By::Access => (Form::AccessLog, "This looks like an nginx or Apache access-log line, but no field holds a body: nothing here can be checked. Log the body too (nginx: $request_body in the log_format; Apache: mod_dumpio or mod_security), or paste the raw request."),
        By::KeyValue | By::Json => (Form::KeyValueLog, "This looks like a key=value log line of a request (a method, a path or a status), but no field holds a body (body=, request_body=, payload=): nothing here can be checked. Log the body too, or paste the raw request."),
    };
    Capture {
        form,
        deliveries: Vec::new(),
        notes: vec![Note {
            kind: Kind::Unreadable,
            span,
            message: message.to_owned(),
        }],
    }
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
