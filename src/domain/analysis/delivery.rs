//! One delivery's own text — a raw request or a bare body — analysed: the request checks, the body
//! parsed with spans, the vendor detected, the payload validated. A body that is not JSON as pasted is
//! read once more with what people add to one forgiven (a byte-order mark, comments, trailing commas),
//! each reported.

use super::{Analysis, RequestInfo};
use crate::domain::detect::{by_headers, detect, Detection};
use crate::domain::diagnostic::{Diagnostic, Kind};
use crate::domain::http::{check_request, split_paste, Paste};
use crate::domain::json::{parse_at, LineIndex, Span};
use crate::domain::lenient::{self, Blanked};
use crate::domain::schema::declaration;
use crate::domain::unwrap::{unwrap, Wrapping};
use crate::domain::validate::validate;

/// Offsets in the result are offsets in `text`.
pub fn analyze_delivery(text: &str) -> Analysis {
    let strict = analyze_text(text);
    if !strict.diagnostics.iter().any(|d| d.kind == Kind::Syntax) {
        return strict;
    }
    // Not JSON as pasted: read it as people paste it (curl -v, a BOM, comments), if that is what it is.
    let Some(cleaned) = lenient::clean(text) else {
        return strict;
    };
    let mut forgiven = analyze_text(&cleaned.text);
    // Forgiving that does not make it JSON explains nothing: the strict error says where it breaks.
    if forgiven.diagnostics.iter().any(|d| d.kind == Kind::Syntax) {
        return strict;
    }
    let lines = LineIndex::new(text);
    for d in &mut forgiven.diagnostics {
        d.position = lines.position(text, d.span.start);
    }
    forgiven
        .diagnostics
        .splice(0..0, forgiveness_notes(text, &cleaned.found, &lines));
    forgiven
}

/// The text as it is, with no forgiveness.
fn analyze_text(text: &str) -> Analysis {
    let lines = LineIndex::new(text);
    let paste = split_paste(text);
    let (request, body_offset, body) = match &paste {
        Paste::Body(body) => (None, 0, *body),
        Paste::Request(req) => {
            let info = RequestInfo {
                method: req.method.map(str::to_owned),
                target: req.target.map(str::to_owned),
                headers: req
                    .headers
                    .iter()
                    .map(|h| (h.name.to_owned(), h.value.to_owned()))
                    .collect(),
            };
            (Some(info), req.body_offset, req.body)
        }
    };
    let mut analysis = analyze_body(text, request, body_offset, body, &lines);
    // The request is held to the detected vendor's delivery rules, never to another vendor's.
    let vendor = analysis.vendor().map(declaration);
    let checks = match &paste {
        Paste::Request(req) => check_request(text, req, &lines, vendor),
        Paste::Body(_) => Vec::new(),
    };
    // The request's problems first: they are about how the body arrived.
    analysis.diagnostics.splice(0..0, checks);
    analysis
}

/// Everything about the body: parse, detect, validate.
fn analyze_body(
    text: &str,
    request: Option<RequestInfo>,
    body_offset: usize,
    body: &str,
    lines: &LineIndex,
) -> Analysis {
    let mut analysis = Analysis::nothing();
    analysis.request = request;
    analysis.body_span = Span::new(body_offset, body_offset + body.len());
    if body.trim().is_empty() {
        // No body to read (curl -v shows none), but the headers may still say who sent it.
        let headers = analysis.request.as_ref().map(|r| r.headers.as_slice());
        analysis.detection = by_headers(headers.unwrap_or_default()).map(Detection::Headers);
        return analysis;
    }
    let root = match parse_at(text, body_offset) {
        Ok(root) => root,
        Err(err) => {
            let message = if form_encoded(body) {
                let field = match unwrap(text).map(|u| u.wrapping) {
                    Some(Wrapping::Form { field }) => format!(
                        " Its \"{field}\" field holds JSON: \"Open the unwrapped JSON\" reads it."
                    ),
                    _ => String::new(),
                };
                format!("The body is form-encoded (name=value&…), not JSON: the vendors send their webhooks as JSON.{field}")
            } else {
                err.to_string()
            };
            analysis.diagnostics.push(Diagnostic {
                kind: Kind::Syntax,
                path: String::new(),
                span: Span::new(err.offset, err.offset),
                position: lines.position(text, err.offset),
                expected: None,
                found: None,
                message,
            });
            // The body is unreadable, but the headers may still say who sent it (and whose rules hold).
            let headers = analysis.request.as_ref().map(|r| r.headers.as_slice());
            analysis.detection = by_headers(headers.unwrap_or_default()).map(Detection::Headers);
            return analysis;
        }
    };
    let headers = analysis
        .request
        .as_ref()
        .map(|r| r.headers.as_slice())
        .unwrap_or_default();
    let detection = detect(&root, headers);
    if let Some(vendor) = detection.vendor() {
        let v = validate(declaration(vendor), &root, text, lines);
        analysis.event_name = v.event_name;
        analysis.event = v.event;
        analysis.root = Some(v.root);
        analysis.diagnostics = v.diagnostics;
    } else {
        analysis.diagnostics.push(Diagnostic {
            kind: Kind::Vendor,
            path: String::new(),
            span: Span::new(root.span.start, root.span.start),
            position: lines.position(text, root.span.start),
            expected: None,
            found: None,
            message: detection.explanation(),
        });
    }
    analysis.detection = Some(detection);
    analysis
}

/// `name=value` pairs joined by `&`, on one line: what an HTML form or a form-encoding client sends.
fn form_encoded(body: &str) -> bool {
    let body = body.trim();
    !body.is_empty()
        && !body.contains(char::is_whitespace)
        && body.split('&').all(|pair| {
            pair.split_once('=')
                .is_some_and(|(name, _)| !name.is_empty() && !name.contains(['{', '"', '[']))
        })
}

/// One diagnostic per comment or trailing comma (each is a receiver's parse error), one note for the
/// BOM, the curl output and the response status line.
fn forgiveness_notes(text: &str, found: &[(Blanked, Span)], lines: &LineIndex) -> Vec<Diagnostic> {
    let mut notes: Vec<Diagnostic> = Vec::new();
    for &(what, span) in found {
        let (kind, message) = match what {
            Blanked::Bom => (Kind::Bom, "A byte-order mark (U+FEFF) comes before the body: ignored here. JSON text must not start with one (RFC 8259 §8.1) and some receivers' parsers reject it."),
            Blanked::CurlOutput => (Kind::CurlOutput, "This is curl -v output: the request is read from its \"> \" lines; curl's \"* \" notes, its \"< \" response lines and data markers are set aside."),
            Blanked::ResponseStatus => (Kind::Response, "This starts with an HTTP response's status line: it is what a receiver answered, not the request a webhook sender makes. Its headers and body are read as pasted."),
            Blanked::LineComment | Blanked::BlockComment => (Kind::Comment, "JSON allows no comments: this one is set aside to read the rest, but a receiver's JSON parser rejects the whole body."),
            Blanked::TrailingComma => (Kind::TrailingComma, "JSON allows no comma before a closing bracket: set aside to read the rest, but a receiver's JSON parser rejects the whole body."),
        };
        // One note for all of curl's lines; one diagnostic per comment and comma.
        if kind == Kind::CurlOutput && notes.iter().any(|n| n.kind == kind) {
            continue;
        }
        notes.push(Diagnostic {
            kind,
            path: lenient::TEXT_PATH.to_owned(),
            span,
            position: lines.position(text, span.start),
            expected: None,
            found: text.get(span.start..span.end).map(str::to_owned),
            message: message.to_owned(),
        });
    }
    notes
}
