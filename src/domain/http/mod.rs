//! Splits a pasted raw HTTP request (or a bare body) into request line, headers and body.
//! Slices borrow the pasted text, so the body keeps its exact bytes for signature checks.

// Offsets here come from pasted text. An overflow would panic (killing the whole wasm page) or give a
// silently wrong number, so each operation is checked or saturating, with the bound that makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

mod checks;
mod lines;
mod split;
#[cfg(test)]
mod tests;

pub use checks::{check_request, REQUEST_PATH};
pub use split::{header_line, is_request_line, split_paste, status_line};

/// One `Name: value` line of the pasted request.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Header<'a> {
    pub name: &'a str,
    /// Value with surrounding spaces and tabs (HTTP "optional whitespace") trimmed.
    pub value: &'a str,
    /// 1-based line number in the pasted text, so the UI can point at the line.
    pub line: usize,
}

/// A pasted request. Request-line parts are `None` when only headers + body were pasted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RawRequest<'a> {
    pub method: Option<&'a str>,
    pub target: Option<&'a str>,
    pub version: Option<&'a str>,
    pub headers: Vec<Header<'a>>,
    /// Everything after the blank line that ends the headers, exactly as pasted.
    pub body: &'a str,
    /// Byte offset of `body` in the pasted text: `text[body_offset..] == body`.
    pub body_offset: usize,
}

impl<'a> RawRequest<'a> {
    /// First header whose name matches case-insensitively (HTTP header names are case-insensitive).
    pub fn header(&self, name: &str) -> Option<&Header<'a>> {
        headers_named(&self.headers, name).next()
    }
}

/// A header as some part of the crate keeps it: parsed (`Header`) or copied into an analysis
/// (`(name, value)`); `headers_named` looks either up.
pub trait NamedHeader {
    fn header_name(&self) -> &str;
}

impl NamedHeader for Header<'_> {
    fn header_name(&self) -> &str {
        self.name
    }
}

impl NamedHeader for (String, String) {
    fn header_name(&self) -> &str {
        &self.0
    }
}

/// Every header called `name`, in the order sent. The one header lookup of the crate: HTTP header
/// names are case-insensitive, and a name sent twice is reported by `check_request`, so both need all.
pub fn headers_named<'h, 'n, H: NamedHeader>(
    headers: &'h [H],
    name: &'n str,
) -> impl Iterator<Item = &'h H> + use<'h, 'n, H> {
    headers
        .iter()
        .filter(move |header| header.header_name().eq_ignore_ascii_case(name))
}

/// What the user pasted: a bare body, or a request with headers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Paste<'a> {
    Body(&'a str),
    Request(RawRequest<'a>),
}

impl<'a> Paste<'a> {
    /// The body in both cases: the bare paste, or what follows the headers.
    pub fn body(&self) -> &'a str {
        match self {
            Paste::Body(body) => body,
            Paste::Request(request) => request.body,
        }
    }

    /// The parsed request, when the paste was one.
    pub fn request(&self) -> Option<&RawRequest<'a>> {
        match self {
            Paste::Body(_) => None,
            Paste::Request(request) => Some(request),
        }
    }
}
