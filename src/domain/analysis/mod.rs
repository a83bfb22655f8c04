//! The one entry point the page calls on every edit: read the paste (`capture::read`), analyse its
//! delivery (split headers and body, parse the body with spans, detect the vendor, validate), and hand
//! back everything the view needs, every place in it pointing into the paste as pasted.

mod answer;
mod delivery;
mod place;
#[cfg(test)]
mod tests;
mod time;

pub use answer::{answer_notes, RESPONSE_PATH};
pub use delivery::analyze_delivery;
pub use place::in_paste;

use super::capture::{self, Response};
use super::detect::Detection;
use super::diagnostic::{counts, Diagnostic, Kind, Severity};
use super::http::headers_named;
use super::json::{LineIndex, Span};
use super::schema::{EventMatch, Vendor};
use super::size::{byte_size, megabytes};
use super::typed::TypedObject;

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
    /// The receiver's answer, when the paste shows it (curl -v, a TCP stream, a HAR entry, a log).
    pub response: Option<Response>,
}

impl Analysis {
    pub fn vendor(&self) -> Option<Vendor> {
        self.detection.as_ref().and_then(Detection::vendor)
    }
    /// The detected vendor's slug, or `UNKNOWN_SLUG`, as exposed in `data-vendor`.
    pub fn vendor_slug(&self) -> &'static str {
        Vendor::slug_or_unknown(self.vendor())
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

    /// The value of the first header called `name` (in any case), when the paste was a request with one.
    pub fn header(&self, name: &str) -> Option<&str> {
        let request = self.request.as_ref()?;
        let (_, value) = headers_named(&request.headers, name).next()?;
        Some(value)
    }

    /// Nothing read: no request, no body.
    fn nothing() -> Analysis {
        Analysis {
            request: None,
            body_span: Span::new(0, 0),
            detection: None,
            event_name: None,
            event: EventMatch::Unknown,
            root: None,
            diagnostics: Vec::new(),
            response: None,
        }
    }
}

/// The largest paste the page analyses: 16 MiB. Analysis needs up to ~20 times its input in memory on
/// the most repetitive shapes (a million tiny keys), and a 32-bit wasm page has 4 GiB at most; logs and
/// captures larger than this are better split. The paste area keeps the text either way.
pub const MAX_INPUT_BYTES: usize = 16 * 1024 * 1024;

/// The paste's first delivery (a paste of many is listed by the batch view), in the paste's offsets.
pub fn analyze(text: &str) -> Analysis {
    if text.len() > MAX_INPUT_BYTES {
        return too_large(text.len());
    }
    in_paste(text, &capture::read(text), 0)
}

/// The answer for a paste of `bytes` past `MAX_INPUT_BYTES`: one diagnostic, nothing parsed.
pub fn too_large(bytes: usize) -> Analysis {
    let origin = Span { start: 0, end: 0 };
    let mut analysis = Analysis::nothing();
    analysis.diagnostics.push(Diagnostic {
        kind: Kind::TooLarge,
        path: String::new(),
        span: origin,
        position: LineIndex::new("").position("", 0),
        expected: None,
        found: None,
        message: format!(
            "This text is {}; gymhook analyses up to {} at once. Split the log, or check one delivery at a time.",
            megabytes(u64::try_from(bytes).unwrap_or(u64::MAX)),
            byte_size(MAX_INPUT_BYTES)
        ),
    });
    analysis
}
