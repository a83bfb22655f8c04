//! Checks on the request around the body, by the rules Perfect Gym's document gives (an HTTP POST with a
//! JSON body, HTTPS on port 443, two signing headers): each a warning at its line in the paste. A pasted
//! request is evidence of how a delivery reached a receiver, and these are the mistakes that break one.

use super::lines::{Line, Lines};
use super::RawRequest;
use crate::domain::diagnostic::{Diagnostic, Kind};
use crate::domain::json::{LineIndex, Span};
use crate::domain::signature::{REQUEST_ID_HEADER, SIGNATURE_HEADER};

/// The path request diagnostics carry: not a JSON path, so no body field is taken to be "pointed at".
pub const REQUEST_PATH: &str = "(request)";
const DOCUMENTED_METHOD: &str = "POST";
const HTTPS_PORT: &str = "443";
const CONTENT_TYPE: &str = "Content-Type";
const CONTENT_LENGTH: &str = "Content-Length";
const CONTENT_ENCODING: &str = "Content-Encoding";
const HOST: &str = "Host";

/// A check's finding before it is placed in the paste.
struct Finding {
    kind: Kind,
    line: usize,
    found: Option<String>,
    message: String,
}

pub fn check_request(text: &str, req: &RawRequest<'_>, lines: &LineIndex) -> Vec<Diagnostic> {
    let head: Vec<Line<'_>> = Lines::new(text)
        .take_while(|l| l.start < req.body_offset)
        .collect();
    let request_line = head.iter().find(|l| !l.is_blank()).map_or(1, |l| l.number);
    let mut findings = Vec::new();
    if let Some(method) = req.method.filter(|m| *m != DOCUMENTED_METHOD) {
        findings.push(Finding {
            kind: Kind::Method,
            line: request_line,
            found: Some(method.to_owned()),
            message: format!(
                "The request is a {method}; Perfect Gym sends every webhook as an HTTP POST."
            ),
        });
    }
    if let Some(target) = req.target {
        insecure(target, request_line, "The request target", &mut findings);
    }
    if let Some(host) = req.header(HOST) {
        insecure(host.value, host.line, "The Host header", &mut findings);
    }
    if let Some(h) = req.header(CONTENT_TYPE) {
        let media = h
            .value
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if media != "application/json" && !media.ends_with("+json") {
            findings.push(Finding {
                kind: Kind::ContentType,
                line: h.line,
                found: Some(h.value.to_owned()),
                message: format!("Content-Type is {}; the body is JSON, and receivers that pick a parser by this header will not read it as JSON.", h.value),
            });
        }
    }
    if let Some(h) = req.header(CONTENT_LENGTH) {
        content_length(h.value, h.line, req.body, &mut findings);
    }
    if let Some(h) = req
        .header(CONTENT_ENCODING)
        .filter(|h| !h.value.eq_ignore_ascii_case("identity"))
    {
        findings.push(Finding {
            kind: Kind::ContentEncoding,
            line: h.line,
            found: Some(h.value.to_owned()),
            message: format!("Content-Encoding is {}: the body that was sent is compressed, so the text pasted here is a decoded copy. Decode before parsing; a signature over the body (not Perfect Gym's) would cover the encoded bytes.", h.value),
        });
    }
    for name in [REQUEST_ID_HEADER, SIGNATURE_HEADER] {
        let sent: Vec<_> = super::headers_named(&req.headers, name).collect();
        if let [first, _, ..] = sent.as_slice() {
            for extra in sent.iter().skip(1) {
                findings.push(Finding {
                    kind: Kind::DuplicateHeader,
                    line: extra.line,
                    found: Some(extra.value.to_owned()),
                    message: format!("{name} is sent {} times; the signature check here uses the first (line {}, \"{}\"), and receivers differ in which they read.", sent.len(), first.line, first.value),
                });
            }
        }
    }
    // The request line is no header, indented or not (curl -v output's is, once its "> " is blanked).
    for line in head.iter().filter(|l| l.number > request_line && folded(l)) {
        findings.push(Finding {
            kind: Kind::FoldedHeader,
            line: line.number,
            found: Some(line.content.trim().to_owned()),
            message: "A header line continued on the next line (obsolete folding, RFC 9112 §5.2): most servers reject it or drop the continuation, which is ignored here.".to_owned(),
        });
    }
    findings
        .into_iter()
        .map(|f| {
            let start = head
                .iter()
                .find(|l| l.number == f.line)
                .map_or(0, |l| l.start);
            let end = head
                .iter()
                .find(|l| l.number == f.line)
                .map_or(start, |l| l.start.saturating_add(l.content.len()));
            Diagnostic {
                kind: f.kind,
                path: REQUEST_PATH.to_owned(),
                span: Span { start, end },
                position: lines.position(text, start),
                expected: None,
                found: f.found,
                message: f.message,
            }
        })
        .collect()
}

/// `http://`, or a port other than 443, in an absolute target or a Host value.
fn insecure(value: &str, line: usize, what: &str, findings: &mut Vec<Finding>) {
    let lower = value.to_ascii_lowercase();
    let authority = match lower
        .strip_prefix("http://")
        .or_else(|| lower.strip_prefix("https://"))
    {
        Some(rest) => rest.split('/').next().unwrap_or_default(),
        None if lower.starts_with('/') => return,
        None => lower.as_str(),
    };
    let port = authority
        .rsplit_once(':')
        .map(|(_, p)| p)
        .filter(|p| p.bytes().all(|b| b.is_ascii_digit()));
    let why = if lower.starts_with("http://") {
        Some("plain http".to_owned())
    } else {
        port.filter(|p| *p != HTTPS_PORT)
            .map(|p| format!("port {p}"))
    };
    if let Some(why) = why {
        findings.push(Finding {
            kind: Kind::InsecureTarget,
            line,
            found: Some(value.to_owned()),
            message: format!("{what} uses {why}: Perfect Gym only calls webhooks over HTTPS on port 443, so it never delivers to {value}."),
        });
    }
}

fn content_length(value: &str, line: usize, body: &str, findings: &mut Vec<Finding>) {
    let bytes = body.len();
    let declared = value.trim().parse::<usize>().ok();
    if declared == Some(bytes) {
        return;
    }
    // Pastes often gain or lose a final newline, or turn CRLF into LF: say what would have matched.
    let without_newline = body
        .strip_suffix('\n')
        .map(|b| b.strip_suffix('\r').unwrap_or(b))
        .map(str::len);
    let crlf = bytes.saturating_add(
        body.matches('\n')
            .count()
            .saturating_sub(body.matches("\r\n").count()),
    );
    let hint = match declared {
        None => "it is not a number".to_owned(),
        Some(n) if Some(n) == without_newline => {
            "it matches the body without its final line break, which the paste probably added"
                .to_owned()
        }
        Some(n) if n == crlf && crlf != bytes => {
            "it matches the body with CRLF line endings: the paste probably turned them into LF"
                .to_owned()
        }
        Some(n) if n < bytes => format!("a receiver reading {n} bytes cuts the body short"),
        Some(_) => "a receiver waits for bytes that never come, then times out".to_owned(),
    };
    findings.push(Finding {
        kind: Kind::ContentLength,
        line,
        found: Some(value.to_owned()),
        message: format!(
            "Content-Length says {value}, but the body here is {bytes} bytes: {hint}."
        ),
    });
}

/// A line inside the headers that starts with whitespace and is not itself `Name: value`.
fn folded(line: &Line<'_>) -> bool {
    let content = line.content;
    content.starts_with([' ', '\t'])
        && !line.is_blank()
        && content
            .trim_start()
            .split_once(':')
            .is_none_or(|(name, _)| name.is_empty() || name.contains(char::is_whitespace))
}
