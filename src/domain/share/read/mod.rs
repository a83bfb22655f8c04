//! What the page reads a paste as, for sharing: every delivery `capture::read` finds in it (raw and glued
//! requests, curl -v, TCP streams, logs, HAR, arrays, JSON Lines, requests logged as JSON, chunked
//! bodies), each as the text `analyze_delivery` reads with any JSON-string or form wrapping taken off; a
//! `curl` command as the request it sends. Redaction collects from these and verifies by reading its
//! own result the same way; a paste read as no delivery cannot be redacted.

mod curl;
mod frames;
mod shell;

pub use frames::View;

use crate::domain::analysis::{analyze_delivery, Analysis};
use crate::domain::capture::{self, Capture};
use crate::domain::json::Span;
use crate::domain::unwrap::unwrap;

/// Wrappings read through, one inside another at most this deep (a form field holding a JSON string).
const MAX_UNWRAPS: usize = 2;

/// How the paste was read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Form {
    /// As `capture::read` reads it.
    Capture(capture::Form),
    CurlCommand,
}

impl Form {
    pub fn label(self) -> &'static str {
        match self {
            Form::Capture(form) => form.label(),
            Form::CurlCommand => "a curl command",
        }
    }
}

pub struct Delivery {
    /// What `analyze_delivery` reads for this delivery.
    pub text: String,
    pub analysis: Analysis,
}

pub struct Reading {
    pub form: Form,
    pub deliveries: Vec<Delivery>,
    /// Why no delivery could be read, when none was (the capture's own words).
    pub nothing: Option<String>,
    /// Spans of the paste a reader found credentials in (a curl command's `-u`, `-b`, `--oauth2-bearer`).
    pub credentials: Vec<(Span, String)>,
    /// The framing of chunked bodies (see `View`), in order.
    pub frames: Vec<Span>,
}

/// Reads `text` as the page does.
pub fn read(text: &str) -> Reading {
    if let Some(command) = curl::read(text) {
        return reading(
            Form::CurlCommand,
            vec![command.request],
            None,
            command.credentials,
            Vec::new(),
        );
    }
    let capture = capture::read(text);
    let frames = capture
        .deliveries
        .iter()
        .flat_map(|d| frames::framing(text, &d.map, d.text.len()))
        .collect();
    let nothing = capture
        .deliveries
        .is_empty()
        .then(|| nothing_read(&capture));
    let texts = capture.deliveries.into_iter().map(|d| d.text).collect();
    reading(
        Form::Capture(capture.form),
        texts,
        nothing,
        Vec::new(),
        frames,
    )
}

fn reading(
    form: Form,
    texts: Vec<String>,
    nothing: Option<String>,
    credentials: Vec<(Span, String)>,
    frames: Vec<Span>,
) -> Reading {
    let deliveries = texts
        .into_iter()
        .map(|t| {
            let text = unwrapped(t);
            let analysis = analyze_delivery(&text);
            Delivery { text, analysis }
        })
        .collect();
    Reading {
        form,
        deliveries,
        nothing,
        credentials,
        frames,
    }
}

fn nothing_read(capture: &Capture) -> String {
    capture
        .notes
        .first()
        .map_or_else(|| "it holds no delivery".to_owned(), |n| n.message.clone())
}

/// The delivery's text with its wrappings (a JSON string, a form field, chunks) taken off, as the
/// page's unwrap offer reads it.
fn unwrapped(mut text: String) -> String {
    for _ in 0..MAX_UNWRAPS {
        match unwrap(&text) {
            Some(u) => text = u.text,
            None => break,
        }
    }
    text
}
