//! A delivery rebuilt from what one log line says about it: the method and target, the headers it
//! names (`key=value` pairs), the body (escaped inside quotes, or JSON as is) and the status answered.
//! The access-log and `key=value` readers find the parts; this writes the raw request the analysis
//! reads, every part pointing at its place in the line.

use super::escapes::decode;
use super::kv::{header_name, Pair};
use super::offsets::Builder;
use super::response::status_only;
use super::wrapped::path_of;
use super::Delivery;
use crate::domain::json::Span;

/// What a log line says, as spans of it.
#[derive(Default)]
pub struct Parts {
    pub method: Option<Span>,
    pub target: Option<Span>,
    /// `(header name, value span, quoted)`.
    pub headers: Vec<(String, Span, Span, bool)>,
    /// The body, and whether it sits inside quotes with escapes.
    pub body: Option<(Span, bool)>,
    pub status: Option<(u16, Span)>,
    pub logged_at: Option<String>,
}

impl Parts {
    /// Adds every pair that names a header.
    pub fn headers_from(&mut self, pairs: &[Pair<'_>]) {
        for p in pairs {
            if let Some(name) = header_name(p.key) {
                self.headers.push((name, p.key_span, p.value, p.quoted));
            }
        }
    }
}

/// The inside of a quoted span (its quotes left out).
pub fn inner(span: Span) -> Span {
    Span::new(
        span.start.saturating_add(1),
        span.end.saturating_sub(1).max(span.start.saturating_add(1)),
    )
}

/// The raw request the parts describe; `None` without a body, or with one whose escapes do not decode.
pub fn build(text: &str, p: &Parts) -> Option<Delivery> {
    let (body, escaped) = p.body?;
    let mut b = Builder::new(text);
    if let (Some(method), Some(target)) = (p.method, p.target) {
        b.copy(method);
        b.put(" ", method);
        let url = target.slice(text).unwrap_or("/");
        b.put(path_of(url), target);
        b.put(" HTTP/1.1\n", target);
    }
    for (name, key, value, quoted) in &p.headers {
        b.put(name, *key);
        b.put(": ", *key);
        if *quoted {
            if !decode(&mut b, text, inner(*value)) {
                return None;
            }
        } else {
            b.copy(*value);
        }
        b.put("\n", *value);
    }
    if !b.is_empty() {
        b.put("\n", body);
    }
    if escaped {
        if !decode(&mut b, text, inner(body)) {
            return None;
        }
    } else {
        b.copy(body);
    }
    let mut d = Delivery::built(b.finish());
    d.response = p.status.map(|(status, span)| status_only(status, span));
    d.logged_at.clone_from(&p.logged_at);
    Some(d)
}
