//! A `key=value` log line (logfmt, a framework's structured text output): the body under a body key
//! (`body="{\"event\": …}"`, or JSON written bare after `body=`), headers under header keys, the method,
//! path and status under theirs.

use super::kv::{pairs, Pair};
use super::lines::Line;
use super::log_lines::log_time;
use super::logline::{build, inner, Parts};
use super::scan::value_end;
use super::Delivery;
use crate::domain::json::Span;

/// Keys a logger puts a request's body under.
const BODY: [&str; 9] = [
    "body",
    "request_body",
    "requestBody",
    "req_body",
    "raw_body",
    "rawBody",
    "payload",
    "data",
    "json",
];
const METHOD: [&str; 2] = ["method", "http_method"];
const TARGET: [&str; 5] = ["path", "url", "uri", "request_uri", "target"];
const STATUS: [&str; 4] = ["status", "status_code", "statusCode", "http_status"];
const TIME: [&str; 4] = ["time", "ts", "timestamp", "@timestamp"];

/// What a key=value line holds.
pub enum Found {
    Delivery(Delivery),
    /// A request's line (method, path or status named) with no body under any body key.
    NoBody(Span),
}

/// `None` when the line has fewer than two pairs, or names neither a body nor a request.
pub fn line(text: &str, line: Line<'_>) -> Option<Found> {
    let found = pairs(text, line.span);
    if found.len() < 2 {
        return None;
    }
    let get = |keys: &[&str]| found.iter().find(|p| keys.contains(&p.key));
    let body = get(&BODY).and_then(|p| body_span(text, p, line.span.end));
    let mut parts = Parts {
        method: get(&METHOD).map(|p| bare(p)),
        target: get(&TARGET).map(|p| bare(p)),
        status: get(&STATUS).and_then(|p| bare(p).slice(text)?.parse().ok().map(|s| (s, p.value))),
        logged_at: get(&TIME)
            .and_then(|p| bare(p).slice(text))
            .map(str::to_owned)
            .or_else(|| log_time(line.text)),
        body,
        ..Parts::default()
    };
    parts.headers_from(&found);
    let request = parts.method.is_some() || parts.target.is_some() || parts.status.is_some();
    match build(text, &parts) {
        Some(d) => Some(Found::Delivery(d)),
        None if request => Some(Found::NoBody(line.span)),
        None => None,
    }
}

/// A value without its quotes.
fn bare(p: &Pair<'_>) -> Span {
    if p.quoted {
        inner(p.value)
    } else {
        p.value
    }
}

/// The body under `p`: a quoted value holding JSON, or JSON written bare (up to its closing bracket).
fn body_span(text: &str, p: &Pair<'_>, limit: usize) -> Option<(Span, bool)> {
    if p.quoted {
        let holds_json = inner(p.value)
            .slice(text)
            .is_some_and(|s| s.trim_start().starts_with(['{', '[']) || s.starts_with("\\x7B"));
        return holds_json.then_some((p.value, true));
    }
    let starts = text
        .as_bytes()
        .get(p.value.start)
        .is_some_and(|b| *b == b'{' || *b == b'[');
    let end = value_end(text, p.value.start).filter(|e| starts && *e <= limit)?;
    Some((Span::new(p.value.start, end), false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::capture::lines::lines;

    fn read(text: &str) -> Option<Found> {
        lines(text).next().and_then(|l| line(text, l))
    }

    #[test]
    fn a_logfmt_line_with_headers_and_a_quoted_body() {
        let text = r#"time=2025-11-26T16:02:01Z level=info msg="webhook" method=POST path=/h x_perfectgym_request=r-7 status=200 body="{\"event\": \"Test\", \"data\": {}}""#;
        let Some(Found::Delivery(d)) = read(text) else {
            panic!("a delivery")
        };
        assert_eq!(
            d.text,
            "POST /h HTTP/1.1\nx-perfectgym-request: r-7\n\n{\"event\": \"Test\", \"data\": {}}"
        );
        assert_eq!(d.logged_at.as_deref(), Some("2025-11-26T16:02:01Z"));
        assert_eq!(d.response.map(|r| r.status), Some(200));
    }

    #[test]
    fn bare_json_after_the_key_and_a_request_without_body() {
        let text = r#"level=info body={"event": "Test", "data": {}} took=3ms"#;
        let Some(Found::Delivery(d)) = read(text) else {
            panic!("a delivery")
        };
        assert_eq!(d.text, r#"{"event": "Test", "data": {}}"#);
        assert!(d.map.to_paste(0) == text.find('{').unwrap_or(0));
        assert!(matches!(
            read("method=POST path=/h status=500"),
            Some(Found::NoBody(_))
        ));
        assert!(read("level=info msg=hello").is_none());
    }
}
