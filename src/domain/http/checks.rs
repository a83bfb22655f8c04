//! Checks on the request around the body: each a warning at its line in the paste. A pasted request is
//! evidence of how a delivery reached a receiver, and these are the mistakes that break one. The rules
//! are the detected vendor's declared delivery rules (method, JSON body, HTTPS and its port, the scheme's
//! headers), never another vendor's; what holds for any HTTP request (Content-Length, Content-Encoding,
//! folded header lines) is checked whatever the vendor.

use super::lines::{Line, Lines};
use super::RawRequest;
use crate::domain::diagnostic::{Diagnostic, Kind};
use crate::domain::json::{LineIndex, Span};
use crate::domain::schema::VendorDecl;

/// The path request diagnostics carry: not a JSON path, so no body field is taken to be "pointed at".
pub const REQUEST_PATH: &str = "(request)";
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

/// `vendor` is the detected vendor, whose delivery rules apply; `None` checks only what holds for any request.
pub fn check_request(
    text: &str,
    req: &RawRequest<'_>,
    lines: &LineIndex,
    vendor: Option<&VendorDecl>,
) -> Vec<Diagnostic> {
    let head: Vec<Line<'_>> = Lines::new(text)
        .take_while(|l| l.start < req.body_offset)
        .collect();
    let request_line = head.iter().find(|l| !l.is_blank()).map_or(1, |l| l.number);
    let mut findings = Vec::new();
    if let Some(vendor) = vendor {
        vendor_rules(req, request_line, vendor, &mut findings);
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
    if let Some(vendor) = vendor {
        duplicate_headers(req, vendor, &mut findings);
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
    place(findings, &head, text, lines)
}

/// The vendor's declared delivery rules: its method, a JSON body, HTTPS (on its port).
fn vendor_rules(
    req: &RawRequest<'_>,
    request_line: usize,
    vendor: &VendorDecl,
    findings: &mut Vec<Finding>,
) {
    let rules = &vendor.delivery_rules;
    if let Some((method, documented)) = req.method.zip(rules.method) {
        if method != documented {
            findings.push(Finding {
                kind: Kind::Method,
                line: request_line,
                found: Some(method.to_owned()),
                message: format!(
                    "The request is a {method}; {} sends every webhook as an HTTP {documented}.",
                    vendor.display_name
                ),
            });
        }
    }
    if rules.https_only {
        if let Some(target) = req.target {
            insecure(target, request_line, "The request target", vendor, findings);
        }
        if let Some(host) = req.header(HOST) {
            insecure(host.value, host.line, "The Host header", vendor, findings);
        }
    }
    // Where the vendor's own sources disagree on retries, the request says what is and is not known.
    if rules.retries_conflict() {
        let deadline = rules
            .deadline_ms
            .map(|ms| {
                let limit = match ms % 1_000 {
                    0 => format!("{} s", ms / 1_000),
                    _ => format!("{ms} ms"),
                };
                format!(" counts a delivery as failed when it is not answered within {limit}, and")
            })
            .unwrap_or_default();
        let claims: Vec<&str> = rules.retries.iter().map(|c| c.source).collect();
        findings.push(Finding {
            kind: Kind::Delivery,
            line: request_line,
            found: None,
            message: format!(
                "{}{deadline} documents retries both ways: {}. Which holds is not documented: answer within \
                 the deadline, process the event asynchronously, and expect the same event more than once.",
                vendor.display_name,
                claims.join("; ")
            ),
        });
    }
    if let Some(h) = req.header(CONTENT_TYPE).filter(|_| rules.json) {
        let media = h
            .value
            .split(';')
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        if media != "application/json" && !media.ends_with("+json") {
            // Only a body that is JSON is said to be: a form-encoded one is what the header says it is.
            let message = if req.body.trim_start().starts_with(['{', '[']) {
                format!("Content-Type is {}; the body is JSON, and receivers that pick a parser by this header will not read it as JSON.", h.value)
            } else {
                format!("Content-Type is {}, and the body is not JSON: {} sends its webhooks as JSON (application/json).", h.value, vendor.display_name)
            };
            findings.push(Finding {
                kind: Kind::ContentType,
                line: h.line,
                found: Some(h.value.to_owned()),
                message,
            });
        }
    }
}

/// Each header of the vendor's authentication scheme sent more than once.
fn duplicate_headers(req: &RawRequest<'_>, vendor: &VendorDecl, findings: &mut Vec<Finding>) {
    let check = match vendor.auth.key() {
        Some(_) => "key check",
        None => "signature check",
    };
    for name in vendor.auth.headers() {
        let sent: Vec<_> = super::headers_named(&req.headers, name).collect();
        if let [first, _, ..] = sent.as_slice() {
            for extra in sent.iter().skip(1) {
                findings.push(Finding {
                    kind: Kind::DuplicateHeader,
                    line: extra.line,
                    found: Some(extra.value.to_owned()),
                    message: format!("{name} is sent {} times; the {check} here uses the first (line {}, \"{}\"), and receivers differ in which they read.", sent.len(), first.line, first.value),
                });
            }
        }
    }
}

/// Each finding at its line of the paste.
fn place(
    findings: Vec<Finding>,
    head: &[Line<'_>],
    text: &str,
    lines: &LineIndex,
) -> Vec<Diagnostic> {
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

/// `http://`, or a port other than the one the vendor calls, in an absolute target or a Host value.
fn insecure(
    value: &str,
    line: usize,
    what: &str,
    vendor: &VendorDecl,
    findings: &mut Vec<Finding>,
) {
    let only_port = vendor.delivery_rules.https_port;
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
        port.zip(only_port)
            .filter(|(sent, only)| *sent != only.to_string())
            .map(|(sent, _)| format!("port {sent}"))
    };
    if let Some(why) = why {
        findings.push(Finding {
            kind: Kind::InsecureTarget,
            line,
            found: Some(value.to_owned()),
            message: format!(
                "{what} uses {why}: {} only calls webhooks over HTTPS{}, so it never delivers to {value}.",
                vendor.display_name,
                only_port.map(|p| format!(" on port {p}")).unwrap_or_default()
            ),
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
