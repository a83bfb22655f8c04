//! The one entry point the page calls on every edit: split a paste into headers and body, parse the body
//! with spans, detect the vendor, validate, and hand back everything the view needs.

use super::detect::{detect, Detection};
use super::diagnostic::{counts, Diagnostic, Kind, Severity};
use super::http::{check_request, split_paste, Paste};
use super::json::{parse_at, LineIndex, Span};
use super::lenient::{self, Blanked};
use super::schema::{declaration, EventMatch, Vendor};
use super::typed::TypedObject;
use super::validate::validate;

#[derive(Clone, Debug, Default)]
pub struct RequestInfo {
    pub method: Option<String>,
    pub target: Option<String>,
    pub headers: Vec<(String, String)>,
}

#[derive(Clone, Debug)]
pub struct Analysis {
    /// Present when the paste was a raw HTTP request (or headers followed by a body).
    pub request: Option<RequestInfo>,
    /// Where the body sits in the pasted text.
    pub body_span: Span,
    /// `None` for an empty paste or a body that is not JSON.
    pub detection: Option<Detection>,
    pub event_name: Option<String>,
    pub event: EventMatch,
    pub root: Option<TypedObject>,
    pub diagnostics: Vec<Diagnostic>,
}

impl Analysis {
    pub fn vendor(&self) -> Option<Vendor> {
        self.detection.as_ref().and_then(Detection::vendor)
    }
    /// `perfectgym` | `gymos` | `unknown`, as exposed in `data-vendor`.
    pub fn vendor_slug(&self) -> &'static str {
        self.vendor().map_or("unknown", Vendor::slug)
    }
    pub fn known_event(&self) -> bool {
        self.event.event().is_some()
    }
    pub fn count(&self, severity: Severity) -> usize {
        counts(&self.diagnostics)
            .get(severity as usize)
            .copied()
            .unwrap_or(0)
    }
    pub fn is_empty_input(&self) -> bool {
        self.detection.is_none() && self.diagnostics.is_empty()
    }
}

/// The largest paste the page analyses: 16 MiB. Analysis needs up to ~20 times its input in memory on
/// the most repetitive shapes (a million tiny keys), and a 32-bit wasm page has 4 GiB at most; logs and
/// captures larger than this are better split. The paste area keeps the text either way.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

pub fn analyze(text: &str) -> Analysis {
    if text.len() > MAX_INPUT_BYTES {
        return too_large(text.len());
    }
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

/// The paste as it is, with no forgiveness.
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
    let mut analysis = Analysis {
        request,
        body_span: Span {
            start: body_offset,
            end: body_offset + body.len(),
        },
        detection: None,
        event_name: None,
        event: EventMatch::Unknown,
        root: None,
        diagnostics: Vec::new(),
    };
    if body.trim().is_empty() {
        return analysis;
    }
    let root = match parse_at(text, body_offset) {
        Ok(root) => root,
        Err(err) => {
            analysis.diagnostics.push(Diagnostic {
                kind: Kind::Syntax,
                path: String::new(),
                span: Span {
                    start: err.offset,
                    end: err.offset,
                },
                position: lines.position(text, err.offset),
                expected: None,
                found: None,
                message: err.to_string(),
            });
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
            span: Span {
                start: root.span.start,
                end: root.span.start,
            },
            position: lines.position(text, root.span.start),
            expected: None,
            found: None,
            message: detection.explanation(),
        });
    }
    analysis.detection = Some(detection);
    analysis
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

/// The answer for a paste of `bytes` past `MAX_INPUT_BYTES`: one diagnostic, nothing parsed.
pub fn too_large(bytes: usize) -> Analysis {
    const MIB: usize = 1024 * 1024;
    let origin = Span { start: 0, end: 0 };
    Analysis {
        request: None,
        body_span: origin,
        detection: None,
        event_name: None,
        event: EventMatch::Unknown,
        root: None,
        diagnostics: vec![Diagnostic {
            kind: Kind::TooLarge,
            path: String::new(),
            span: origin,
            position: LineIndex::new("").position("", 0),
            expected: None,
            found: None,
            message: format!(
                "This text is {}.{} MB; gymhook analyses up to {} MB at once. Split the log, or check one delivery at a time.",
                bytes / MIB,
                bytes % MIB * 10 / MIB,
                MAX_INPUT_BYTES / MIB
            ),
        }],
    }
}
