//! Credentials found by looking at the paste itself, whatever form it is in: header lines (`Name: value`
//! at a line's start, after curl's `> ` / `< `, in a curl command's `-H '…'`), query and form
//! parameters anywhere (a request line, a `Referer`, an HTTP/2 `:path`, a URL in a body), a URL's
//! password, header maps and name/value pairs in JSON (HAR, framework dumps), bearer tokens and JWTs
//! in any text; and e-mail addresses anywhere. Each credential is a span of the paste to mask.

// Offsets here come from pasted text. An overflow would panic (killing the whole wasm page) or give a
// silently wrong number, so each operation is checked or saturating, with the bound that makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

mod headers;
mod json;
mod query;
mod shapes;

use crate::domain::json::Span;

/// A span of the paste holding a credential.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Masked {
    pub span: Span,
    /// What the link says was masked: a header's or parameter's name, or the kind of token.
    pub label: String,
}

#[derive(Default)]
pub struct Scan {
    pub masks: Vec<Masked>,
    /// E-mail addresses, as found (decoded spellings are found by the value sweep).
    pub emails: Vec<String>,
}

pub fn scan(text: &str) -> Scan {
    let mut masks = Vec::new();
    headers::scan(text, &mut masks);
    query::scan(text, &mut masks);
    json::scan(text, &mut masks);
    shapes::tokens(text, &mut masks);
    masks.retain(|m| m.span.end > m.span.start);
    masks.sort_by_key(|m| (m.span.start, std::cmp::Reverse(m.span.end)));
    Scan {
        masks,
        emails: shapes::emails(text),
    }
}

/// Lines of `text` with the offset each starts at (line breaks not included).
pub(super) fn lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split_inclusive('\n').scan(0usize, |at, line| {
        let start = *at;
        *at = at.saturating_add(line.len());
        Some((start, line.trim_end_matches(['\n', '\r'])))
    })
}
