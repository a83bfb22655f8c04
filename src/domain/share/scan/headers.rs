//! Header lines anywhere in the paste: at a line's start (after indentation and curl's `> ` / `< `
//! markers), and inside a curl command's `-H '…'` / `--header "…"`. A credential header's value is
//! masked after its scheme word; a cookie's values after each `=`; folded continuation lines with it.

use super::{lines, Masked};
use crate::domain::json::Span;
use crate::domain::share::collect::shape::{credential_header_value, secret_part};

const CURL_MARKERS: [&str; 2] = ["> ", "< "];
const CURL_HEADER_OPTIONS: [&str; 3] = ["-H", "--header", "--proxy-header"];
const COOKIE_WORD: &str = "cookie";

pub fn scan(text: &str, out: &mut Vec<Masked>) {
    let mut folding: Option<String> = None;
    for (start, line) in lines(text) {
        let indented = line.starts_with([' ', '\t']);
        if let Some(label) = folding
            .as_ref()
            .filter(|_| indented && !line.trim().is_empty())
        {
            // A continuation of a credential header, unless it is a header of its own.
            if header_at(line, 0, None).is_none() {
                let lead = line.len().saturating_sub(line.trim_start().len());
                let span = Span::new(
                    start.saturating_add(lead),
                    start.saturating_add(line.trim_end().len()),
                );
                out.push(Masked {
                    span,
                    label: label.clone(),
                });
                continue;
            }
        }
        folding = None;
        let trimmed = line.trim_start();
        let mut from = line.len().saturating_sub(trimmed.len());
        if let Some(marker) = CURL_MARKERS.iter().find(|m| trimmed.starts_with(**m)) {
            from = from.saturating_add(marker.len());
        }
        if let Some(found) = header_at(line, from, None) {
            folding = found.credential.then(|| found.name.to_owned());
            push(&found, start, line, out);
        }
        for at in curl_options(line) {
            let quote = line
                .get(at..)
                .and_then(|r| r.chars().next())
                .filter(|c| *c == '\'' || *c == '"');
            let from = at.saturating_add(quote.map_or(0, char::len_utf8));
            if let Some(found) = header_at(line, from, quote) {
                push(&found, start, line, out);
            }
        }
    }
}

struct Header<'a> {
    name: &'a str,
    /// The value's span within the line.
    value: (usize, usize),
    credential: bool,
}

/// `Name : value` starting at `from` in `line`; the value ends at `quote` when given, else the line.
fn header_at(line: &str, from: usize, quote: Option<char>) -> Option<Header<'_>> {
    let rest = line.get(from..)?;
    let pseudo = usize::from(rest.starts_with(':'));
    let name_len = rest
        .get(pseudo..)?
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b))
        .count();
    if name_len == 0 {
        return None;
    }
    let name_end = pseudo.saturating_add(name_len);
    let name = rest.get(..name_end)?;
    let after = rest.get(name_end..)?;
    let spaces = after
        .len()
        .saturating_sub(after.trim_start_matches([' ', '\t']).len());
    let colon = after.get(spaces..)?.strip_prefix(':')?;
    let value_start = from
        .saturating_add(name_end)
        .saturating_add(spaces)
        .saturating_add(1)
        .saturating_add(colon.len().saturating_sub(colon.trim_start().len()));
    let value_text = line.get(value_start..)?;
    let value_len = match quote {
        Some(q) => value_text.find(q).unwrap_or(value_text.len()),
        None => value_text.trim_end().len(),
    };
    let value = line.get(value_start..value_start.saturating_add(value_len))?;
    Some(Header {
        name,
        value: (value_start, value_start.saturating_add(value_len)),
        credential: credential_header_value(name, value),
    })
}

fn push(found: &Header, line_start: usize, line: &str, out: &mut Vec<Masked>) {
    if !found.credential {
        return;
    }
    let (from, to) = found.value;
    let value = line.get(from..to).unwrap_or_default();
    let label = found.name.to_owned();
    let at = |offset: usize| line_start.saturating_add(from).saturating_add(offset);
    if found.name.to_ascii_lowercase().contains(COOKIE_WORD) {
        // Each cookie's value: `a=1; b=2` keeps its names.
        let mut offset = 0usize;
        for pair in value.split_inclusive(';') {
            if let Some(eq) = pair.find('=') {
                let end = pair.trim_end_matches(';').trim_end().len();
                out.push(Masked {
                    span: Span::new(
                        at(offset.saturating_add(eq).saturating_add(1)),
                        at(offset.saturating_add(end)),
                    ),
                    label: label.clone(),
                });
            }
            offset = offset.saturating_add(pair.len());
        }
        return;
    }
    let (skip, secret) = secret_part(value);
    let end = skip.saturating_add(secret.trim_end().len());
    out.push(Masked {
        span: Span::new(at(skip), at(end)),
        label,
    });
}

/// Offsets in `line` just after each `-H ` / `--header ` (where a quoted header follows).
fn curl_options(line: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for option in CURL_HEADER_OPTIONS {
        let mut from = 0usize;
        while let Some(found) = line.get(from..).and_then(|r| r.find(option)) {
            let at = from.saturating_add(found);
            let after = at.saturating_add(option.len());
            let boundary = at == 0
                || line
                    .as_bytes()
                    .get(at.saturating_sub(1))
                    .is_some_and(u8::is_ascii_whitespace);
            let rest = line.get(after..).unwrap_or_default();
            let gap = rest
                .len()
                .saturating_sub(rest.trim_start_matches([' ', '=']).len());
            if boundary && gap > 0 {
                out.push(after.saturating_add(gap));
            }
            from = after;
        }
    }
    out
}
