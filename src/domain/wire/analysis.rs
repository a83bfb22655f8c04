//! A whole `Analysis` on the wire: request, detection, event, typed tree and diagnostics.

use super::bytes::{Reader, Writer};
use super::registry::{event, event_index, objects, vendor, vendor_index};
use super::typed::{read_span, span, Tree};
use super::{WireError, VERSION};
use crate::domain::analysis::{Analysis, RequestInfo};
use crate::domain::capture::Response;
use crate::domain::detect::Detection;
use crate::domain::diagnostic::{Diagnostic, Kind};
use crate::domain::json::Position;
use crate::domain::schema::{declaration, EventMatch, Vendor};

/// Every diagnostic kind, in a fixed order: its index is its code on the wire.
pub(super) const KINDS: [Kind; 41] = Kind::ALL;

/// The JSON type names `Detection::NotAnObject` can carry (`NodeKind::type_name`'s words).
const TYPE_NAMES: [&str; 6] = ["null", "boolean", "number", "string", "array", "object"];

/// A kind's index in `KINDS`. Exhaustive, so a new kind cannot be forgotten here (a test checks the two
/// agree).
pub(super) fn kind_code(k: Kind) -> u8 {
    match k {
        Kind::Syntax => 0,
        Kind::Type => 1,
        Kind::Format => 2,
        Kind::EmptyAsNull => 3,
        Kind::NullNotNullable => 4,
        Kind::UtcOffset => 5,
        Kind::NumericString => 6,
        Kind::Spelling => 7,
        Kind::Value => 8,
        Kind::SubjectMismatch => 9,
        Kind::Missing => 10,
        Kind::DuplicateKey => 11,
        Kind::Undocumented => 12,
        Kind::Observed => 13,
        Kind::UnknownEvent => 14,
        Kind::Vendor => 15,
        Kind::TooLarge => 16,
        Kind::Precision => 17,
        Kind::Range => 18,
        Kind::Invisible => 19,
        Kind::Method => 20,
        Kind::ContentType => 21,
        Kind::ContentLength => 22,
        Kind::DuplicateHeader => 23,
        Kind::InsecureTarget => 24,
        Kind::ContentEncoding => 25,
        Kind::FoldedHeader => 26,
        Kind::Bom => 27,
        Kind::CurlOutput => 28,
        Kind::Response => 29,
        Kind::Comment => 30,
        Kind::TrailingComma => 31,
        Kind::ZoneLess => 32,
        Kind::Answer => 33,
        Kind::Capture => 34,
        Kind::Chunked => 35,
        Kind::Unreadable => 36,
        Kind::InferredType => 37,
        Kind::EpochSeconds => 38,
        Kind::ExtraItems => 39,
        Kind::Delivery => 40,
    }
}

pub fn encode(a: &Analysis) -> Vec<u8> {
    let all = objects();
    let tree = Tree { objects: &all };
    let mut w = Writer::default();
    w.byte(VERSION);
    w.bool(a.request.is_some());
    if let Some(req) = &a.request {
        w.opt_str(req.method.as_deref());
        w.opt_str(req.target.as_deref());
        w.n(req.headers.len());
        for (name, value) in &req.headers {
            w.str(name);
            w.str(value);
        }
    }
    span(&mut w, a.body_span);
    detection(&mut w, a.detection.as_ref());
    w.opt_str(a.event_name.as_deref());
    event_match(&mut w, a.event, a.vendor());
    w.bool(a.root.is_some());
    if let Some(root) = &a.root {
        tree.object(&mut w, root);
    }
    w.n(a.diagnostics.len());
    for d in &a.diagnostics {
        w.byte(kind_code(d.kind));
        w.str(&d.path);
        span(&mut w, d.span);
        w.n(d.position.line);
        w.n(d.position.column);
        w.opt_str(d.expected.as_deref());
        w.opt_str(d.found.as_deref());
        w.str(&d.message);
    }
    response(&mut w, a.response.as_ref());
    w.out
}

fn response(w: &mut Writer, r: Option<&Response>) {
    w.bool(r.is_some());
    if let Some(r) = r {
        w.n(usize::from(r.status));
        w.str(&r.reason);
        w.n(r.headers.len());
        for (name, value) in &r.headers {
            w.str(name);
            w.str(value);
        }
        w.opt_str(r.body.as_deref());
        span(w, r.span);
    }
}

fn read_response(r: &mut Reader<'_>) -> Result<Option<Response>, WireError> {
    if !r.bool()? {
        return Ok(None);
    }
    let status = u16::try_from(r.n()?).map_err(|_| WireError::Damaged)?;
    let reason = r.str()?;
    let count = r.count()?;
    let mut headers = Vec::with_capacity(count);
    for _ in 0..count {
        headers.push((r.str()?, r.str()?));
    }
    Ok(Some(Response {
        status,
        reason,
        headers,
        body: r.opt_str()?,
        span: read_span(r)?,
    }))
}

pub fn decode(bytes: &[u8]) -> Result<Analysis, WireError> {
    let all = objects();
    let tree = Tree { objects: &all };
    let mut r = Reader { bytes };
    if r.byte()? != VERSION {
        return Err(WireError::Version);
    }
    let request = if r.bool()? {
        let method = r.opt_str()?;
        let target = r.opt_str()?;
        let count = r.count()?;
        let mut headers = Vec::with_capacity(count);
        for _ in 0..count {
            headers.push((r.str()?, r.str()?));
        }
        Some(RequestInfo {
            method,
            target,
            headers,
        })
    } else {
        None
    };
    let body_span = read_span(&mut r)?;
    let detection = read_detection(&mut r)?;
    let event_name = r.opt_str()?;
    let event = read_event_match(&mut r)?;
    let root = if r.bool()? {
        Some(tree.read_object(&mut r, 0)?)
    } else {
        None
    };
    let count = r.count()?;
    let mut diagnostics = Vec::with_capacity(count);
    for _ in 0..count {
        diagnostics.push(Diagnostic {
            kind: *KINDS
                .get(usize::from(r.byte()?))
                .ok_or(WireError::Damaged)?,
            path: r.str()?,
            span: read_span(&mut r)?,
            position: Position {
                line: r.n()?,
                column: r.n()?,
            },
            expected: r.opt_str()?,
            found: r.opt_str()?,
            message: r.str()?,
        });
    }
    let response = read_response(&mut r)?;
    if !r.bytes.is_empty() {
        return Err(WireError::Damaged);
    }
    Ok(Analysis {
        request,
        body_span,
        detection,
        event_name,
        event,
        root,
        diagnostics,
        response,
    })
}

const NO_DETECTION: u8 = 0;
const SHAPE: u8 = 1;
const HEADERS: u8 = 2;
const NOT_AN_OBJECT: u8 = 3;
const NO_MATCH: u8 = 4;

fn detection(w: &mut Writer, d: Option<&Detection>) {
    match d {
        None => w.byte(NO_DETECTION),
        Some(Detection::Shape(v)) => {
            w.byte(SHAPE);
            w.byte(vendor_index(*v));
        }
        Some(Detection::Headers(v)) => {
            w.byte(HEADERS);
            w.byte(vendor_index(*v));
        }
        Some(Detection::NotAnObject { found }) => {
            w.byte(NOT_AN_OBJECT);
            let i = TYPE_NAMES.iter().position(|k| k == found);
            w.byte(i.unwrap_or(0) as u8);
        }
        Some(Detection::NoMatch { closest }) => {
            w.byte(NO_MATCH);
            w.bool(closest.is_some());
            if let Some((v, missing)) = closest {
                w.byte(vendor_index(*v));
                w.n(missing.len());
                missing.iter().for_each(|m| w.str(m));
            }
        }
    }
}

fn read_detection(r: &mut Reader<'_>) -> Result<Option<Detection>, WireError> {
    Ok(Some(match r.byte()? {
        NO_DETECTION => return Ok(None),
        SHAPE => Detection::Shape(vendor(r.byte()?)?),
        HEADERS => Detection::Headers(vendor(r.byte()?)?),
        NOT_AN_OBJECT => Detection::NotAnObject {
            found: TYPE_NAMES
                .get(usize::from(r.byte()?))
                .ok_or(WireError::Damaged)?,
        },
        NO_MATCH => Detection::NoMatch {
            closest: if r.bool()? {
                let v = vendor(r.byte()?)?;
                let count = r.count()?;
                let mut missing = Vec::with_capacity(count);
                for _ in 0..count {
                    missing.push(marker_name(v, &r.str()?)?);
                }
                Some((v, missing))
            } else {
                None
            },
        },
        _ => return Err(WireError::Damaged),
    }))
}

/// The `&'static` name of a vendor's envelope field, as the declaration spells it.
fn marker_name(v: Vendor, name: &str) -> Result<&'static str, WireError> {
    declaration(v)
        .envelope
        .fields
        .iter()
        .find(|f| f.name == name)
        .map(|f| f.name)
        .ok_or(WireError::UnknownDeclaration)
}

const UNKNOWN: u8 = 0;
const EXACT: u8 = 1;
const ALIAS: u8 = 2;
const CASE_VARIANT: u8 = 3;

fn event_match(w: &mut Writer, m: EventMatch, v: Option<Vendor>) {
    let indexed = |e| v.and_then(|v| event_index(v, e).map(|i| (v, i)));
    let (tag, at, alias) = match m {
        EventMatch::Exact(e) => (EXACT, indexed(e), None),
        EventMatch::Alias(e, a) => (
            ALIAS,
            indexed(e),
            e.aliases.iter().position(|x| std::ptr::eq(x, a)),
        ),
        EventMatch::CaseVariant(e) => (CASE_VARIANT, indexed(e), None),
        EventMatch::Unknown => (UNKNOWN, None, None),
    };
    let Some((v, i)) = at else {
        return w.byte(UNKNOWN);
    };
    w.byte(tag);
    w.byte(vendor_index(v));
    w.n(i);
    if tag == ALIAS {
        w.n(alias.unwrap_or(0));
    }
}

fn read_event_match(r: &mut Reader<'_>) -> Result<EventMatch, WireError> {
    let tag = r.byte()?;
    if tag == UNKNOWN {
        return Ok(EventMatch::Unknown);
    }
    let e = event(vendor(r.byte()?)?, r.n()?)?;
    Ok(match tag {
        EXACT => EventMatch::Exact(e),
        CASE_VARIANT => EventMatch::CaseVariant(e),
        ALIAS => EventMatch::Alias(
            e,
            e.aliases.get(r.n()?).ok_or(WireError::UnknownDeclaration)?,
        ),
        _ => return Err(WireError::Damaged),
    })
}
