//! A request logged as JSON: `{headers, body}`, `{request: {headers, body}}`, Express's
//! `{method, url, headers, body}`, pino's `{req: {method, url, headers}, body}` or winston's
//! `{message, headers, body}` — alone, in an array, or one per line. Each becomes a raw request rebuilt
//! from the wrapper's own method, URL and headers (so its request id and signature are read) and its
//! body: a JSON string decoded to the bytes the logger kept, or an object copied as the logger wrote it.

use super::offsets::Builder;
use super::response::status_only;
use super::scan::{items, member, members, Member};
use super::unescape::json_string;
use super::{Delivery, Note};
use crate::domain::diagnostic::Kind;
use crate::domain::json::{parse, Span};

/// Where a wrapper keeps the request, the body, and how the logger names its parts.
const REQUEST: [&str; 2] = ["request", "req"];
const BODY: [&str; 4] = ["body", "rawBody", "raw_body", "requestBody"];
const HEADERS: &str = "headers";
const METHOD: &str = "method";
const URL: [&str; 3] = ["url", "originalUrl", "path"];
const RESPONSE: [&str; 2] = ["response", "res"];
const STATUS: [&str; 2] = ["statusCode", "status"];
const TIME: [&str; 3] = ["time", "timestamp", "@timestamp"];
/// A rebuilt body's length is the logger's, not the sender's: never compared.
const CONTENT_LENGTH: &str = "content-length";

/// The parts of a wrapper, as spans of JSON values.
struct Parts {
    method: Option<Span>,
    url: Option<Span>,
    headers: Option<Span>,
    body: Span,
    status: Option<Span>,
    time: Option<Span>,
}

fn pick(m: &[Member<'_>], keys: &[&str]) -> Option<Span> {
    keys.iter().find_map(|k| member(m, k)).map(|m| m.value)
}

/// The parts of the object at `span`, when it wraps a request: a body beside headers, a method or a URL
/// (a body alone is a webhook's own field, never a wrapper).
fn parts(text: &str, span: Span) -> Option<Parts> {
    let top = members(text, span)?;
    let inner = pick(&top, &REQUEST).and_then(|r| members(text, r));
    let from = |keys: &[&str]| {
        inner
            .as_deref()
            .and_then(|m| pick(m, keys))
            .or_else(|| pick(&top, keys))
    };
    let body = from(&BODY)?;
    let headers = from(&[HEADERS]);
    let method = from(&[METHOD]);
    let url = from(&URL);
    if headers.is_none() && method.is_none() && url.is_none() {
        return None;
    }
    let status = pick(&top, &RESPONSE)
        .and_then(|r| members(text, r))
        .and_then(|m| pick(&m, &STATUS));
    Some(Parts {
        method,
        url,
        headers,
        body,
        status,
        time: pick(&top, &TIME),
    })
}

/// The request the object at `span` wraps, rebuilt; `None` when it wraps none.
pub fn read(text: &str, span: Span) -> Option<Delivery> {
    let p = parts(text, span)?;
    let raw_body = text.as_bytes().get(p.body.start) == Some(&b'"');
    let mut b = Builder::new(text);
    let string = |s: Option<Span>| s.and_then(|s| decoded(text, s));
    if let (Some(method), Some(url)) = (p.method, p.url) {
        let target = string(Some(url)).unwrap_or_else(|| "/".to_owned());
        b.put(&string(Some(method)).unwrap_or_default(), method);
        b.put(" ", method);
        b.put(path_of(&target), url);
        b.put(" HTTP/1.1\n", url);
    }
    for (name, value) in p.headers.map(|h| headers(text, h)).unwrap_or_default() {
        let name_text = decoded(text, name).unwrap_or_default();
        if !raw_body && name_text.eq_ignore_ascii_case(CONTENT_LENGTH) {
            continue;
        }
        b.put(&name_text, name);
        b.put(": ", name);
        header_value(&mut b, text, value);
        b.put("\n", value);
    }
    if !b.is_empty() {
        b.put("\n", p.body);
    }
    if raw_body {
        if !json_string(&mut b, text, p.body) {
            return None;
        }
    } else {
        b.copy(p.body);
    }
    let mut d = Delivery::built(b.finish());
    if !raw_body {
        d.notes.push(Note {
            kind: Kind::Capture,
            span: p.body,
            message: "The body was logged as parsed JSON, not as the bytes received: its spacing, key order and escapes are the logger's, so its length is not compared with Content-Length.".to_owned(),
        });
    }
    d.logged_at = p
        .time
        .and_then(|t| t.slice(text))
        .map(|t| t.trim_matches('"').to_owned());
    d.response = p
        .status
        .and_then(|s| s.slice(text)?.trim_matches('"').parse().ok())
        .map(|status| status_only(status, p.status.unwrap_or(span)));
    Some(d)
}

/// A header value: a string decoded in place, a list (Node keeps repeated headers so) joined, anything
/// else as written.
fn header_value(b: &mut Builder<'_>, text: &str, value: Span) {
    match text.as_bytes().get(value.start) {
        Some(b'"') if value.slice(text).is_some_and(|v| parse(v).is_ok()) => {
            json_string(b, text, value);
        }
        Some(b'[') => {
            let parts: Vec<String> = items(text, value)
                .unwrap_or_default()
                .into_iter()
                .filter_map(|s| decoded(text, s))
                .collect();
            b.put(&parts.join(", "), value);
        }
        _ => b.copy(value),
    }
}

/// `(name, value)` spans of the headers at `span`: an object (`{"Host": "x"}`), a list of
/// `{name, value}` (HAR-like) or a list of pairs (`[["Host", "x"]]`).
fn headers(text: &str, span: Span) -> Vec<(Span, Span)> {
    if let Some(m) = members(text, span) {
        return m.iter().map(|m| (m.key_span, m.value)).collect();
    }
    items(text, span)
        .unwrap_or_default()
        .into_iter()
        .filter_map(|item| {
            if let Some(m) = members(text, item) {
                return Some((member(&m, "name")?.value, member(&m, "value")?.value));
            }
            match items(text, item)?.as_slice() {
                [name, value] => Some((*name, *value)),
                _ => None,
            }
        })
        .collect()
}

/// The string at `span` decoded (a number or other value as written).
fn decoded(text: &str, span: Span) -> Option<String> {
    let raw = span.slice(text)?;
    match parse(raw).ok()?.as_str() {
        Some(s) => Some(s.to_owned()),
        None => Some(raw.to_owned()),
    }
}

/// The path and query of a URL (`https://host/h?x=1` → `/h?x=1`); a path as it is.
pub fn path_of(url: &str) -> &str {
    url.split_once("://")
        .and_then(|(_, rest)| rest.find('/').and_then(|p| rest.get(p..)))
        .unwrap_or(url)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PGM: &str = r#"{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{}}"#;

    fn rebuilt(text: &str) -> Option<Delivery> {
        read(text, Span::new(0, text.len()))
    }

    #[test]
    fn headers_and_a_raw_body_string_make_the_request_back() {
        let body = crate::domain::json::quoted(PGM);
        let text = format!(
            r#"{{"headers": {{"x-perfectgym-request": "r-1", "content-length": "66"}}, "body": {body}}}"#
        );
        let d = rebuilt(&text).expect("a wrapper");
        assert_eq!(
            d.text,
            format!("x-perfectgym-request: r-1\ncontent-length: 66\n\n{PGM}")
        );
        assert!(d.notes.is_empty(), "the body is the bytes received");
        let id = d.text.find("r-1").unwrap_or(0);
        assert_eq!(
            text.get(d.map.to_paste(id)..)
                .map(|t| t.starts_with("r-1\"")),
            Some(true)
        );
    }

    #[test]
    fn express_and_pino_shapes_give_method_url_and_headers() {
        let express = format!(
            r#"{{"method": "POST", "url": "/webhooks?x=1", "headers": {{"X-PerfectGym-Request": "7", "Content-Length": "66"}}, "body": {PGM}}}"#
        );
        let d = rebuilt(&express).expect("express");
        assert_eq!(
            d.text,
            format!("POST /webhooks?x=1 HTTP/1.1\nX-PerfectGym-Request: 7\n\n{PGM}"),
            "a parsed body's length is the logger's: Content-Length left out"
        );
        assert_eq!(d.notes.first().map(|n| n.kind), Some(Kind::Capture));
        let pino = format!(
            r#"{{"level":30,"time":1732636921000,"req":{{"id":1,"method":"POST","url":"/h","headers":{{"x-perfectgym-request":"9","x-list":["a","b"]}}}},"body":{PGM},"res":{{"statusCode":500}},"msg":"webhook"}}"#
        );
        let d = rebuilt(&pino).expect("pino");
        assert!(
            d.text
                .starts_with("POST /h HTTP/1.1\nx-perfectgym-request: 9\nx-list: a, b\n\n"),
            "{}",
            d.text
        );
        assert_eq!(d.response.map(|r| r.status), Some(500));
        assert_eq!(d.logged_at.as_deref(), Some("1732636921000"));
    }

    #[test]
    fn a_webhook_body_is_no_wrapper() {
        assert!(rebuilt(PGM).is_none());
        assert!(
            rebuilt(r#"{"body": {"a": 1}}"#).is_none(),
            "a body alone is a field"
        );
        let pairs = r#"{"request": {"headers": [["Host", "h"], {"name": "X-A", "value": "b"}], "body": "{}"}}"#;
        assert_eq!(
            rebuilt(pairs).map(|d| d.text),
            Some("Host: h\nX-A: b\n\n{}".to_owned())
        );
    }
}
