//! An nginx or Apache access-log line: `1.2.3.4 - - [26/Nov/2025:16:02:01 +0000] "POST /h HTTP/1.1"
//! 200 2 "-" "UA" "{\x22event\x22: …}"`. The quoted request line gives the method and target, the
//! status after it the receiver's answer, and the quoted field holding JSON (`$request_body`, escaped
//! as the server escapes it) the body. Headers come from `name="value"` fields when the log format
//! names them (`x_perfectgym_request="$http_x_perfectgym_request"`); positional fields name nothing.

use super::kv::pairs;
use super::lines::Line;
use super::logline::{build, inner, Parts};
use super::Delivery;
use crate::domain::http::is_request_line;
use crate::domain::json::Span;

/// What an access-log line holds.
pub enum Found {
    Delivery(Delivery),
    /// An access-log line with no body field: the span is the line.
    NoBody(Span),
}

/// `None` when the line is no access-log line (no quoted request line followed by a status).
pub fn line(text: &str, line: Line<'_>) -> Option<Found> {
    let fields = quoted_fields(text, line.span);
    let (request, after) = fields.iter().enumerate().find_map(|(i, f)| {
        let inside = inner(*f).slice(text)?;
        is_request_line(inside).then_some((inner(*f), i))
    })?;
    let status_span = status_after(text, request.end.saturating_add(1), line.span.end)?;
    let status = status_span.slice(text)?.parse().ok()?;
    let mut words = request.slice(text)?.split(' ');
    let method_len = words.next()?.len();
    let target_len = words.next()?.len();
    let method = Span::new(request.start, request.start.saturating_add(method_len));
    let target_start = method.end.saturating_add(1);
    let mut parts = Parts {
        method: Some(method),
        target: Some(Span::new(
            target_start,
            target_start.saturating_add(target_len),
        )),
        status: Some((status, status_span)),
        logged_at: bracketed_time(line.text),
        ..Parts::default()
    };
    parts.headers_from(&pairs(text, Span::new(status_span.end, line.span.end)));
    parts.body = fields
        .iter()
        .skip(after.saturating_add(1))
        .find(|f| {
            inner(**f)
                .slice(text)
                .is_some_and(|s| s.trim_start().starts_with(['{', '[']))
        })
        .map(|f| (*f, true));
    Some(match build(text, &parts) {
        Some(d) => Found::Delivery(d),
        None => Found::NoBody(line.span),
    })
}

/// Every `"…"` field of the line (backslash escapes skipped), quotes included.
fn quoted_fields(text: &str, span: Span) -> Vec<Span> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = span.start;
    while i < span.end {
        if bytes.get(i) != Some(&b'"') {
            i = i.saturating_add(1);
            continue;
        }
        let start = i;
        i = i.saturating_add(1);
        while i < span.end && bytes.get(i) != Some(&b'"') {
            i = i.saturating_add(if bytes.get(i) == Some(&b'\\') { 2 } else { 1 });
        }
        if i < span.end {
            out.push(Span::new(start, i.saturating_add(1)));
        }
        i = i.saturating_add(1);
    }
    out
}

/// The three-digit status right after the request field.
fn status_after(text: &str, from: usize, limit: usize) -> Option<Span> {
    let rest = text.get(from..limit)?;
    let start = from.saturating_add(rest.len().saturating_sub(rest.trim_start().len()));
    let digits = text
        .get(start..limit)?
        .bytes()
        .take_while(u8::is_ascii_digit)
        .count();
    (digits == 3).then(|| Span::new(start, start.saturating_add(3)))
}

/// `26/Nov/2025:16:02:01 +0000` from `[26/Nov/2025:16:02:01 +0000]`.
fn bracketed_time(line: &str) -> Option<String> {
    let open = line.find('[')?;
    let close = line.get(open..)?.find(']')?;
    let inside = line.get(open.saturating_add(1)..open.saturating_add(close))?;
    inside
        .bytes()
        .next()
        .is_some_and(|b| b.is_ascii_digit())
        .then(|| inside.to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::capture::lines::lines;

    fn read(text: &str) -> Option<Found> {
        lines(text).next().and_then(|l| line(text, l))
    }

    #[test]
    fn an_nginx_line_with_its_escaped_body() {
        let text = r#"203.0.113.9 - - [26/Nov/2025:16:02:01 +0000] "POST /webhooks/pgm HTTP/1.1" 500 21 "-" "PerfectGym" rid="abc-1" x_perfectgym_signature="9a1b" "{\x22event\x22:\x22Test\x22,\x22data\x22:{}}""#;
        let Some(Found::Delivery(d)) = read(text) else {
            panic!("a delivery")
        };
        assert_eq!(
            d.text,
            "POST /webhooks/pgm HTTP/1.1\nx-perfectgym-signature: 9a1b\n\n{\"event\":\"Test\",\"data\":{}}"
        );
        assert_eq!(d.response.map(|r| r.status), Some(500));
        assert_eq!(d.logged_at.as_deref(), Some("26/Nov/2025:16:02:01 +0000"));
        let event = d.text.find("Test").unwrap_or(0);
        assert_eq!(
            text.get(d.map.to_paste(event)..)
                .map(|t| t.starts_with("Test")),
            Some(true)
        );
    }

    #[test]
    fn a_line_without_a_body_says_so_and_prose_is_no_access_log() {
        let text = r#"203.0.113.9 - - [26/Nov/2025:16:02:01 +0000] "POST /webhooks/pgm HTTP/1.1" 200 2 "-" "curl/8.5""#;
        assert!(matches!(read(text), Some(Found::NoBody(_))));
        assert!(read("just \"some\" words 200").is_none());
    }
}
