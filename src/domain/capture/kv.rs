//! `key=value` pairs as logs write them (logfmt, nginx/Apache custom formats, a prefix before a JSON
//! body): bare values up to the next space, quoted ones up to their closing quote with backslash
//! escapes. Keys that name an HTTP header (`x-perfectgym-request=…`, `x_perfectgym_request=…`,
//! `http_x_perfectgym_request=…`, `headers.x-api-key=…`) become the delivery's headers, so a log whose
//! lines carry the request id and the signature in a prefix gets a signature verdict.

use crate::domain::json::Span;

/// One pair: the key as written and the value's span (with its quotes when quoted).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pair<'t> {
    pub key: &'t str,
    pub key_span: Span,
    pub value: Span,
    pub quoted: bool,
}

/// Prefixes loggers put before a header's name.
const HEADER_PREFIXES: [&str; 6] = [
    "req.headers.",
    "request.headers.",
    "headers.",
    "header.",
    "http_",
    "header_",
];

/// The pairs in `span` of `text`, in order. Text between pairs (a level, a message) is passed over.
pub fn pairs(text: &str, span: Span) -> Vec<Pair<'_>> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut i = span.start;
    while i < span.end {
        // A key starts after a space (or at the start) and runs to `=`. Each byte is looked at a
        // bounded number of times: a run that is no key is skipped whole.
        let at_start = i == span.start
            || bytes
                .get(i.saturating_sub(1))
                .is_some_and(|b| b.is_ascii_whitespace());
        if !at_start {
            i = i.saturating_add(1);
            continue;
        }
        let end = (i..span.end)
            .find(|&j| !bytes.get(j).copied().is_some_and(is_key_byte))
            .unwrap_or(span.end);
        if end == i || bytes.get(end) != Some(&b'=') {
            i = end.max(i.saturating_add(1));
            continue;
        }
        let value_start = end.saturating_add(1);
        let (value_end, quoted) = value_end(bytes, value_start, span.end);
        out.push(Pair {
            key: text.get(i..end).unwrap_or_default(),
            key_span: Span::new(i, end),
            value: Span::new(value_start, value_end),
            quoted,
        });
        i = value_end.max(i.saturating_add(1));
    }
    out
}

fn is_key_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.' | b'@')
}

/// Where a value starting at `start` ends, and whether it is quoted.
fn value_end(bytes: &[u8], start: usize, limit: usize) -> (usize, bool) {
    match bytes.get(start) {
        Some(&q @ (b'"' | b'\'')) => {
            let mut j = start.saturating_add(1);
            while j < limit {
                match bytes.get(j) {
                    Some(b'\\') => j = j.saturating_add(2),
                    Some(&c) if c == q => return (j.saturating_add(1), true),
                    _ => j = j.saturating_add(1),
                }
            }
            (limit, false)
        }
        _ => {
            let end = (start..limit)
                .find(|&j| bytes.get(j).is_some_and(|b| b.is_ascii_whitespace()))
                .unwrap_or(limit);
            (end, false)
        }
    }
}

/// Header names a log writes without any prefix besides the `x-` ones.
const PLAIN_HEADERS: [&str; 7] = [
    "content-type",
    "content-length",
    "content-encoding",
    "transfer-encoding",
    "user-agent",
    "authorization",
    "host",
];

/// The header a key names, in the spelling HTTP uses (`x_perfectgym_request` → `x-perfectgym-request`):
/// a key with a header prefix (`headers.`, `http_`), an `x-` name, or a standard header's name; `None`
/// for a logger's own keys (a level, a message, a body, a client address).
pub fn header_name(key: &str) -> Option<String> {
    let lower = key.to_ascii_lowercase();
    let prefixed = HEADER_PREFIXES.iter().find_map(|p| lower.strip_prefix(p));
    let name = prefixed.unwrap_or(&lower).replace('_', "-");
    let token = !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-');
    let known =
        prefixed.is_some() || name.starts_with("x-") || PLAIN_HEADERS.contains(&name.as_str());
    (token && known).then_some(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_bare_and_quoted() {
        let line =
            r#"level=info msg="webhook received" x-perfectgym-request=r-1 body="{\"a\": 1}" 200"#;
        let p = pairs(line, Span::new(0, line.len()));
        let shown: Vec<(&str, &str)> = p
            .iter()
            .map(|p| (p.key, p.value.slice(line).unwrap_or_default()))
            .collect();
        assert_eq!(
            shown,
            [
                ("level", "info"),
                ("msg", "\"webhook received\""),
                ("x-perfectgym-request", "r-1"),
                ("body", r#""{\"a\": 1}""#)
            ]
        );
        assert!(p.iter().filter(|p| p.quoted).count() == 2);
    }

    #[test]
    fn header_names_from_log_keys() {
        assert_eq!(
            header_name("x_perfectgym_request").as_deref(),
            Some("x-perfectgym-request")
        );
        assert_eq!(
            header_name("http_x_perfectgym_signature").as_deref(),
            Some("x-perfectgym-signature")
        );
        assert_eq!(
            header_name("headers.Content-Type").as_deref(),
            Some("content-type")
        );
        assert_eq!(header_name("Content_Type").as_deref(), Some("content-type"));
        assert_eq!(header_name("level"), None);
        assert_eq!(header_name("remote_addr"), None);
        assert_eq!(header_name("request_body"), None);
    }
}
