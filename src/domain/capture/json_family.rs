//! Pastes that open with JSON: one body, a JSON array of deliveries, a HAR file, or several JSON
//! values one after another (JSON Lines). The shape is learnt by scanning brackets (`scan`), never by
//! parsing the whole paste: a single 5 MB body stays one slice, read once by the analysis.

use super::scan::{items, members, skip_space, value_end};
use super::{body, dump, har, log_lines, wrapped, Capture, Delivery, Form};
use crate::domain::json::Span;

pub fn read(text: &str, start: usize) -> Capture {
    let Some(end) = value_end(text, start) else {
        // Cut short or broken: one body, whose parse error says where.
        return body(text);
    };
    if is_log_prefix(text, start, end) {
        return super::other(text);
    }
    if skip_space(text, end) < text.len() {
        // More after the first value: one delivery per value (a log), or a body with trailing text.
        return log_lines::read(text).unwrap_or_else(|| body(text));
    }
    let span = Span::new(start, end);
    match text.as_bytes().get(start) {
        Some(b'[') => array(text, span),
        _ => har::read(text, span)
            .or_else(|| {
                wrapped::read(text, span).map(|d| Capture {
                    form: Form::Wrapped,
                    deliveries: vec![d],
                    notes: Vec::new(),
                })
            })
            // Not JSON inside (`{ headers: {…} }`, `{'body': b'…'}`): a framework's printout.
            .or_else(|| {
                members(text, span)
                    .is_none()
                    .then(|| dump::read(text))
                    .flatten()
            })
            .unwrap_or_else(|| body(text)),
    }
}

/// An array whose items are all objects is a batch of deliveries; any other array is one body.
fn array(text: &str, span: Span) -> Capture {
    let Some(spans) = items(text, span) else {
        return body(text);
    };
    let objects = !spans.is_empty() && spans.iter().all(|s| members(text, *s).is_some());
    if !objects {
        return body(text);
    }
    Capture {
        form: Form::JsonArray,
        deliveries: spans.iter().map(|s| item(text, *s)).collect(),
        notes: Vec::new(),
    }
}

/// One delivery of a batch: the request an item wraps, or the item itself.
pub fn item(text: &str, span: Span) -> Delivery {
    wrapped::read(text, span).unwrap_or_else(|| Delivery::slice(text, span))
}

/// `[2025-11-26 16:07:40,512] INFO in webhooks: …` (Python's logging, Flask's default format): a bracketed
/// prefix with more text after it on its line is a log's, not a JSON array.
fn is_log_prefix(text: &str, start: usize, end: usize) -> bool {
    let rest_of_line = text
        .get(end..)
        .and_then(|rest| rest.lines().next())
        .unwrap_or_default();
    text.as_bytes().get(start) == Some(&b'[') && !rest_of_line.trim().is_empty()
}
