//! Shapes found in any text of the paste: a JWT (`eyJ….….…`), a long token after the word `Bearer`,
//! and e-mail addresses (personal whatever field, note or log line they sit in).

use super::Masked;
use crate::domain::json::Span;

const JWT_PREFIX: &str = "eyJ";
const JWT_MIN_SEGMENT: usize = 4;
const BEARER: &str = "bearer ";
/// Outside a header, a bearer token is taken only when it is this long (the word is English too).
const BEARER_MIN_CHARS: usize = 16;

fn token_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"-_.~+/=".contains(&b)
}

fn word_edge(bytes: &[u8], at: usize) -> bool {
    at == 0
        || !bytes
            .get(at.saturating_sub(1))
            .is_some_and(u8::is_ascii_alphanumeric)
}

/// Every offset where `needle` starts at a word's edge in `haystack`.
fn at_word_edges<'a>(haystack: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let bytes = haystack.as_bytes();
    haystack
        .match_indices(needle)
        .map(|(at, _)| at)
        .filter(move |at| word_edge(bytes, *at))
}

pub fn tokens(text: &str, out: &mut Vec<Masked>) {
    let bytes = text.as_bytes();
    let run = |from: usize, allowed: &dyn Fn(u8) -> bool| {
        bytes
            .get(from..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| allowed(**b))
            .count()
    };
    let mut covered = 0usize;
    for at in at_word_edges(text, JWT_PREFIX) {
        if at < covered {
            continue;
        }
        let len = run(at, &|b| {
            b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'.'
        });
        let token = text.get(at..at.saturating_add(len)).unwrap_or_default();
        let segments: Vec<&str> = token.split('.').collect();
        if segments.len() == 3 && segments.iter().take(2).all(|s| s.len() >= JWT_MIN_SEGMENT) {
            out.push(Masked {
                span: Span::new(at, at.saturating_add(len)),
                label: "a JWT".to_owned(),
            });
            covered = at.saturating_add(len);
        }
    }
    let lower = text.to_ascii_lowercase();
    for at in at_word_edges(&lower, BEARER) {
        let from = at.saturating_add(BEARER.len());
        let len = run(from, &token_byte);
        if len >= BEARER_MIN_CHARS {
            out.push(Masked {
                span: Span::new(from, from.saturating_add(len)),
                label: "a bearer token".to_owned(),
            });
        }
    }
}

/// Every e-mail address written plainly: `local@domain.tld`.
pub fn emails(text: &str) -> Vec<String> {
    let bytes = text.as_bytes();
    let local = |b: u8| b.is_ascii_alphanumeric() || b"._%+-".contains(&b);
    let domain = |b: u8| b.is_ascii_alphanumeric() || b == b'-' || b == b'.';
    let mut out: Vec<String> = Vec::new();
    for (at, _) in text.match_indices('@') {
        let start = bytes
            .get(..at)
            .unwrap_or_default()
            .iter()
            .rev()
            .take_while(|b| local(**b))
            .count();
        let start = at.saturating_sub(start);
        let after = at.saturating_add(1);
        let len = bytes
            .get(after..)
            .unwrap_or_default()
            .iter()
            .take_while(|b| domain(**b))
            .count();
        let host = text
            .get(after..after.saturating_add(len))
            .unwrap_or_default()
            .trim_end_matches(['.', '-']);
        let tld_ok = host.rsplit_once('.').is_some_and(|(name, tld)| {
            !name.is_empty() && tld.len() >= 2 && tld.bytes().all(|b| b.is_ascii_alphabetic())
        });
        let mut local_part = text.get(start..at).unwrap_or_default();
        // After a backslash the first letters belong to an escape (`\u002B`, `\n`), not to the address.
        if start > 0 && bytes.get(start.saturating_sub(1)) == Some(&b'\\') {
            local_part = escape_tail(local_part);
        }
        let local_part = local_part.trim_start_matches(['.', '%', '+', '-']);
        if tld_ok && !local_part.is_empty() {
            let email = format!("{local_part}@{host}");
            if !out.contains(&email) {
                out.push(email);
            }
        }
    }
    out
}

/// `part` without the escape it starts with (`u002B`, `x40`, `n`), as it follows a backslash.
fn escape_tail(part: &str) -> &str {
    let hex = |s: &str, n: usize| {
        s.get(..n)
            .is_some_and(|h| h.bytes().all(|b| b.is_ascii_hexdigit()))
    };
    let skip = match part.as_bytes().first() {
        Some(b'u') if part.get(1..).is_some_and(|r| hex(r, 4)) => 5,
        Some(b'x') if part.get(1..).is_some_and(|r| hex(r, 2)) => 3,
        Some(b'n' | b't' | b'r' | b'b' | b'f') => 1,
        _ => 0,
    };
    part.get(skip..).unwrap_or_default()
}
