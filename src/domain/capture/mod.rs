//! What people paste, read as deliveries. Receiver developers have a raw request, `curl -v` output, a
//! TCP stream, a server's log, a framework's dump of its request object, a HAR file or a day of JSON
//! Lines; `read` recognises the form by what the text looks like (a cheap look at its first lines, not
//! "try JSON, then fall back"), hands it to that form's reader, and returns every delivery found: the
//! text the analysis reads (a raw request or a body), where each of its bytes sits in the paste, the
//! line it starts on, and the receiver's answer when the capture shows one.
//!
//! Each reader is its own module with its own tests. Readers know HTTP and the capture formats, never a
//! vendor: which headers sign a request, or what a body holds, is the declarations' business.

// Offsets here come from pasted text. An overflow would panic (killing the whole wasm page) or give a
// silently wrong number, so each operation is checked or saturating, with the bound that makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

mod access_log;
mod aspnet;
pub mod chunked;
mod classify;
mod curl;
mod dump;
mod escapes;
pub mod file;
mod form;
mod har;
mod json_family;
mod kv;
mod kv_log;
mod lines;
mod literal;
mod log_lines;
mod logline;
mod offsets;
mod raw;
mod response;
pub mod scan;
mod stream;
#[cfg(test)]
mod tests;
mod unescape;
mod wrapped;

pub use form::Form;
pub use offsets::{Builder, OffsetMap};

use super::diagnostic::Kind;
use super::json::Span;
use classify::Shape;

/// A paste read: its form, its deliveries and what the page should say about how it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Capture {
    pub form: Form,
    /// In the order they appear in the paste. Empty when nothing could be read (see `notes`).
    pub deliveries: Vec<Delivery>,
    /// About the paste as a whole: what was set aside, or why nothing could be read.
    pub notes: Vec<Note>,
}

impl Capture {
    /// Two or more deliveries: the page lists them in the batch view.
    pub fn is_batch(&self) -> bool {
        self.deliveries.len() > 1
    }
}

/// One delivery found in a paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Delivery {
    /// What `analysis::analyze_delivery` reads: a raw request (request line, headers, blank line,
    /// body) or a bare body. A slice of the paste where the capture holds one as is; rebuilt otherwise.
    pub text: String,
    /// Where each byte of `text` sits in the paste.
    pub map: OffsetMap,
    /// 1-based line of the paste where the delivery starts.
    pub line: usize,
    /// The receiver's answer, when the capture shows it (curl -v, a TCP stream, a HAR entry, a log).
    pub response: Option<Response>,
    /// When the capture says the delivery arrived (a log line's timestamp), as written there.
    pub logged_at: Option<String>,
    /// What the reader did to get `text` (de-chunked, unescaped, rebuilt from a framework's dump).
    pub notes: Vec<Note>,
}

impl Delivery {
    /// The paste's bytes `span`, as they are.
    fn slice(text: &str, span: Span) -> Delivery {
        Delivery {
            text: span.slice(text).unwrap_or_default().to_owned(),
            map: OffsetMap::slice(span),
            line: 1,
            response: None,
            logged_at: None,
            notes: Vec::new(),
        }
    }

    /// A rebuilt text and its map.
    fn built((text, map): (String, OffsetMap)) -> Delivery {
        Delivery {
            text,
            map,
            line: 1,
            response: None,
            logged_at: None,
            notes: Vec::new(),
        }
    }
}

/// What the receiver answered, as the capture shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Response {
    pub status: u16,
    pub reason: String,
    pub headers: Vec<(String, String)>,
    /// The answer's body; `None` when the capture does not show it.
    pub body: Option<String>,
    /// Where the status is in the paste.
    pub span: Span,
}

/// Something the page says about how a paste was read, at a place in the paste.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Note {
    pub kind: Kind,
    pub span: Span,
    pub message: String,
}

/// Reads a paste. Never fails: text no reader recognises is one bare body, whose parse error then says
/// where it stops being JSON.
pub fn read(text: &str) -> Capture {
    let mut capture = match classify::shape(text) {
        Shape::Empty => Capture {
            form: Form::Empty,
            deliveries: Vec::new(),
            notes: Vec::new(),
        },
        Shape::Json { start } => json_family::read(text, start),
        Shape::Http => raw::read(text),
        Shape::Curl => curl::read(text),
        Shape::AspNet => aspnet::read(text).unwrap_or_else(|| body(text)),
        Shape::Other => other(text),
    };
    lines::number(text, &mut capture.deliveries);
    capture
}

/// Text that opens with no capture's mark: a framework's dump, a log, or else one body.
fn other(text: &str) -> Capture {
    dump::read(text)
        .or_else(|| log_lines::read(text))
        .unwrap_or_else(|| body(text))
}

/// The whole paste as one body.
fn body(text: &str) -> Capture {
    Capture {
        form: Form::Body,
        deliveries: vec![Delivery::slice(text, Span::new(0, text.len()))],
        notes: Vec::new(),
    }
}
