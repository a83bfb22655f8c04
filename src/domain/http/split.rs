//! Recognises what was pasted: bare body, request line + headers + body, or headers + body.
//! Lenient by design: it never fails, anything unrecognised is treated as body.
//!
//! Choices documented here:
//! - Headers end at the first blank line (LF or CRLF; spaces/tabs only count as blank).
//! - Obsolete folded continuation lines (starting with space/tab, not themselves `Name: value`)
//!   are ignored: HTTP/1.1 deprecated folding, and PGM headers are single-line.
//! - Indented `Name: value` lines are still headers (pastes from docs/chat are often indented).
//! - A line before any blank line that is neither a header nor a continuation starts the body:
//!   users often paste headers directly followed by the JSON.

use super::lines::{Line, Lines};
use super::{Header, Paste, RawRequest};

/// Characters that open a JSON document: such a paste is a bare body.
const JSON_OPENERS: [char; 2] = ['{', '['];
/// Byte-order mark some editors put before pasted JSON.
const BOM: char = '\u{feff}';
/// Optional whitespace around header values (RFC 9110 OWS).
const OWS: [char; 2] = [' ', '\t'];
const HEADER_SEPARATOR: char = ':';
const VERSION_PREFIX: &str = "HTTP/";
/// Methods accepted on a request line without a version (`POST /hooks`), where a generic
/// token would make ordinary two-word text look like a request.
const KNOWN_METHODS: [&str; 7] = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"];

/// Splits a paste; never fails (unrecognised input is a bare body).
pub fn split_paste(text: &str) -> Paste<'_> {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == BOM);
    if start.starts_with(JSON_OPENERS) {
        return Paste::Body(text);
    }
    let mut lines = Lines::new(text).skip_while(Line::is_blank).peekable();
    let Some(first) = lines.peek().copied() else {
        return Paste::Body(text);
    };
    let mut request = RawRequest {
        method: None,
        target: None,
        version: None,
        headers: Vec::new(),
        body: "",
        body_offset: text.len(),
    };
    if let Some((method, target, version)) = parse_request_line(first.content) {
        request.method = Some(method);
        request.target = Some(target);
        request.version = version;
        lines.next();
    } else if parse_header(first).is_none() {
        return Paste::Body(text);
    }
    for line in lines {
        if line.is_blank() {
            request.body_offset = line.next_offset;
            break;
        }
        if let Some(header) = parse_header(line) {
            request.headers.push(header);
        } else if !line.content.starts_with(OWS) {
            request.body_offset = line.start;
            break;
        }
        // else: folded continuation line, ignored (see module docs).
    }
    request.body = text.get(request.body_offset..).unwrap_or_default();
    Paste::Request(request)
}

/// Whether a line (without its break) is a request line: `METHOD target HTTP/x[.y]`, or `METHOD target`
/// for well-known methods.
pub fn is_request_line(content: &str) -> bool {
    parse_request_line(content.trim_start_matches(OWS)).is_some()
}

/// `(name, value)` of a `Name: value` line (indentation and pseudo-headers allowed, as in a paste).
pub fn header_line(content: &str) -> Option<(&str, &str)> {
    let line = Line {
        content,
        number: 1,
        start: 0,
        next_offset: content.len(),
    };
    parse_header(line).map(|h| (h.name, h.value))
}

/// A response's status line, `HTTP/1.1 200 OK`: its status code and reason phrase.
pub fn status_line(content: &str) -> Option<(u16, &str)> {
    let content = content.trim_start_matches(OWS);
    let (version, rest) = content.split_once(' ')?;
    if !is_http_version(version) {
        return None;
    }
    let rest = rest.trim_start_matches(' ');
    let (code, reason) = rest.split_once(' ').unwrap_or((rest, ""));
    if code.len() != 3 || !is_digits(code) {
        return None;
    }
    Some((code.parse().ok()?, reason.trim()))
}

/// `METHOD target HTTP/x[.y]`, or `METHOD target` for well-known methods.
fn parse_request_line(content: &str) -> Option<(&str, &str, Option<&str>)> {
    let mut parts = content.split_ascii_whitespace();
    let method = parts.next().filter(|method| is_token(method))?;
    let target = parts.next()?;
    let version = parts.next();
    if parts.next().is_some() {
        return None;
    }
    match version {
        Some(version) if is_http_version(version) => Some((method, target, Some(version))),
        None if KNOWN_METHODS.contains(&method) => Some((method, target, None)),
        _ => None,
    }
}

/// `HTTP/` followed by a major version and an optional `.minor` (1.0, 1.1, 2, 2.0, 3).
fn is_http_version(version: &str) -> bool {
    let Some(number) = version.strip_prefix(VERSION_PREFIX) else {
        return false;
    };
    let (major, minor) = number.split_once('.').unwrap_or((number, "0"));
    is_digits(major) && is_digits(minor)
}

fn is_digits(text: &str) -> bool {
    !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit())
}

/// `Name: value` (leading indentation allowed); also HTTP/2 pseudo-headers like `:path: /`
/// as browser dev tools print them.
fn parse_header(line: Line<'_>) -> Option<Header<'_>> {
    let content = line.content.trim_start_matches(OWS);
    let (name, bare_name, value) = match content.strip_prefix(HEADER_SEPARATOR) {
        Some(pseudo) => {
            let (bare_name, value) = pseudo.split_once(HEADER_SEPARATOR)?;
            // The name keeps its leading colon, the one byte before `bare_name`.
            (content.get(..=bare_name.len())?, bare_name, value)
        }
        None => {
            let (name, value) = content.split_once(HEADER_SEPARATOR)?;
            (name, name, value)
        }
    };
    if !is_token(bare_name) {
        return None;
    }
    let value = value.trim_matches(OWS);
    Some(Header {
        name,
        value,
        line: line.number,
    })
}

/// RFC 9110 token: visible ASCII except separators.
fn is_token(text: &str) -> bool {
    const EXTRA: &[u8] = b"!#$%&'*+-.^_`|~";
    !text.is_empty()
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || EXTRA.contains(&b))
}
