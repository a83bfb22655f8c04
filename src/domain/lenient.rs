//! Forgiving input: what people actually paste, read anyway and explained. A byte-order mark, `curl -v`
//! output (`> ` request lines, `< ` response lines, `* ` notes), a pasted HTTP response's status line,
//! and JavaScript-style comments and trailing commas in the body are blanked out — replaced by spaces,
//! line breaks kept — so every offset, line and column still points into the text as pasted. Each is
//! reported: the comments and commas as errors (JSON allows neither; receivers' parsers reject them).

use super::http::{split_paste, Paste};
use super::json::Span;

/// The path their diagnostics carry: about the text as pasted, not a JSON path (so a share link's
/// redaction never takes one for a body field).
pub const TEXT_PATH: &str = "(text)";
const BOM: char = '\u{feff}';
const CURL_SENT: &str = ">";
const CURL_RECEIVED: &str = "<";
const CURL_NOTE: &str = "*";
/// `curl -v` prints what it sent or received of a body as `} [123 bytes data]` / `{ [...]`.
const CURL_DATA: [&str; 2] = ["} [", "{ ["];
const STATUS_PREFIX: &str = "HTTP/";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Blanked {
    Bom,
    /// The `> `, `< ` and `* ` lines of `curl -v`.
    CurlOutput,
    /// The status line of an HTTP response (`HTTP/1.1 200 OK`).
    ResponseStatus,
    LineComment,
    BlockComment,
    TrailingComma,
}

pub struct Cleaned {
    /// The paste with the blanked parts replaced by spaces: the same length, the same line breaks.
    pub text: String,
    pub found: Vec<(Blanked, Span)>,
}

/// `None` when there is nothing to forgive.
pub fn clean(text: &str) -> Option<Cleaned> {
    let mut bytes = text.as_bytes().to_vec();
    let mut found = Vec::new();
    curl_and_status(text, &mut bytes, &mut found);
    // Comments are looked for in the body only: a header value may hold braces and "//" (a URL).
    let body_from = match std::str::from_utf8(&bytes).map(split_paste) {
        Ok(Paste::Request(r)) => r.body_offset,
        _ => 0,
    };
    body_extras(text, body_from, &mut bytes, &mut found);
    if found.is_empty() {
        return None;
    }
    // Only ASCII bytes and whole UTF-8 sequences were replaced by spaces: still UTF-8.
    String::from_utf8(bytes)
        .ok()
        .map(|text| Cleaned { text, found })
}

/// Replaces `span` with spaces, keeping line breaks.
fn blank(bytes: &mut [u8], span: Span) {
    for b in bytes.iter_mut().take(span.end).skip(span.start) {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// Lines with their byte offsets.
fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0usize, |at, line| {
        let start = *at;
        *at = at.saturating_add(line.len());
        Some((start, line.trim_end_matches(['\n', '\r'])))
    })
}

fn curl_and_status(text: &str, bytes: &mut [u8], found: &mut Vec<(Blanked, Span)>) {
    let first = lines(text).find(|(_, l)| !l.trim().is_empty());
    let curl = first.is_some_and(|(_, l)| {
        let l = l.trim_start_matches(BOM);
        [CURL_SENT, CURL_RECEIVED, CURL_NOTE]
            .iter()
            .any(|p| l == *p || l.starts_with(&format!("{p} ")))
    });
    let mut status_seen = false;
    for (start, line) in lines(text) {
        let content = line.trim_start_matches(BOM);
        let lead = line.len().saturating_sub(content.len());
        let at = start.saturating_add(lead);
        if curl {
            let prefix = [CURL_SENT, CURL_RECEIVED, CURL_NOTE]
                .into_iter()
                .find(|p| content == *p || content.starts_with(&format!("{p} ")));
            match prefix {
                // What curl sent: keep the line, drop the marker.
                Some(CURL_SENT) => {
                    let span = Span::new(at, at.saturating_add(content.len().min(2)));
                    blank(bytes, span);
                    found.push((Blanked::CurlOutput, span));
                }
                Some(_) => {
                    let span = Span::new(at, at.saturating_add(content.len()));
                    blank(bytes, span);
                    found.push((Blanked::CurlOutput, span));
                }
                None if CURL_DATA.iter().any(|d| content.starts_with(d)) => {
                    let span = Span::new(at, at.saturating_add(content.len()));
                    blank(bytes, span);
                    found.push((Blanked::CurlOutput, span));
                }
                None => {}
            }
            continue;
        }
        if !status_seen && !content.trim().is_empty() {
            status_seen = true;
            let status = content.trim_start();
            let is_status = status.strip_prefix(STATUS_PREFIX).is_some_and(|rest| {
                rest.split_whitespace()
                    .nth(1)
                    .is_some_and(|code| code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()))
            });
            if is_status {
                let span = Span::new(at, at.saturating_add(content.len()));
                blank(bytes, span);
                found.push((Blanked::ResponseStatus, span));
            }
        }
    }
}

/// BOMs, comments and trailing commas outside JSON strings, from the first `{` or `[` on.
fn body_extras(text: &str, from: usize, bytes: &mut [u8], found: &mut Vec<(Blanked, Span)>) {
    let Some(start) = text
        .get(from..)
        .and_then(|body| body.find(['{', '[']))
        .map(|at| at.saturating_add(from))
    else {
        return;
    };
    if let Some(bom) = text.find(BOM).filter(|&b| b <= start) {
        let span = Span::new(bom, bom.saturating_add(BOM.len_utf8()));
        blank(bytes, span);
        found.push((Blanked::Bom, span));
    }
    let source = text.as_bytes();
    let mut i = start;
    let mut in_string = false;
    let mut escaped = false;
    while let Some(&b) = source.get(i) {
        if in_string {
            match b {
                _ if escaped => escaped = false,
                b'\\' => escaped = true,
                b'"' => in_string = false,
                _ => {}
            }
            i = i.saturating_add(1);
            continue;
        }
        let next = source.get(i.saturating_add(1)).copied();
        match (b, next) {
            (b'"', _) => in_string = true,
            (b'/', Some(b'/')) => {
                let end = text
                    .get(i..)
                    .and_then(|r| r.find('\n'))
                    .map_or(text.len(), |n| i.saturating_add(n));
                let span = Span::new(i, end);
                blank(bytes, span);
                found.push((Blanked::LineComment, span));
                i = end;
                continue;
            }
            (b'/', Some(b'*')) => {
                let end = text
                    .get(i.saturating_add(2)..)
                    .and_then(|r| r.find("*/"))
                    .map_or(text.len(), |n| {
                        i.saturating_add(2).saturating_add(n).saturating_add(2)
                    });
                let span = Span::new(i, end);
                blank(bytes, span);
                found.push((Blanked::BlockComment, span));
                i = end;
                continue;
            }
            (b',', _) if closes_next(bytes, i.saturating_add(1)) => {
                let span = Span::new(i, i.saturating_add(1));
                blank(bytes, span);
                found.push((Blanked::TrailingComma, span));
            }
            _ => {}
        }
        i = i.saturating_add(1);
    }
}

/// Whether the next thing after `from` (skipping whitespace, and comments already blanked or not) is
/// a closing bracket: then the comma before it is a trailing one.
fn closes_next(bytes: &[u8], from: usize) -> bool {
    let mut i = from;
    while let Some(&b) = bytes.get(i) {
        match b {
            b' ' | b'\t' | b'\n' | b'\r' => i = i.saturating_add(1),
            b'/' if bytes.get(i.saturating_add(1)) == Some(&b'/') => {
                while bytes.get(i).is_some_and(|&c| c != b'\n') {
                    i = i.saturating_add(1);
                }
            }
            b'/' if bytes.get(i.saturating_add(1)) == Some(&b'*') => {
                i = i.saturating_add(2);
                while bytes.get(i).is_some()
                    && !(bytes.get(i) == Some(&b'*')
                        && bytes.get(i.saturating_add(1)) == Some(&b'/'))
                {
                    i = i.saturating_add(1);
                }
                i = i.saturating_add(2);
            }
            b'}' | b']' => return true,
            _ => return false,
        }
    }
    false
}
