//! Backslash escapes as servers and loggers write a body into a log line: nginx's `\x22` for `"`
//! (its default `escape`), `\"` and `\\` (Apache, logfmt, nginx `escape=json`), `\n`, `\r`, `\t`,
//! `\/` and `\u00e9`. Decoded into a `Builder`, so each decoded character points at its escape.

use super::offsets::Builder;
use crate::domain::json::Span;

/// Appends `span` of `text` with its escapes decoded. `false` when the decoded bytes are not UTF-8 or an
/// escape is cut short (callers then drop the builder).
pub fn decode(b: &mut Builder<'_>, text: &str, span: Span) -> bool {
    let Some(part) = span.slice(text) else {
        return false;
    };
    let bytes = part.as_bytes();
    let mut run = span.start;
    let mut i = 0usize;
    // Consecutive `\xHH` bytes of one multi-byte character, decoded together.
    let mut pending: Vec<u8> = Vec::new();
    let mut pending_from = 0usize;
    while let Some(&byte) = bytes.get(i) {
        let at = span.start.saturating_add(i);
        let escape = (byte == b'\\').then(|| escape(part, i)).flatten();
        match escape {
            Some((decoded, len)) => {
                if pending.is_empty() {
                    b.copy(Span::new(run, at));
                    pending_from = at;
                }
                pending.extend_from_slice(&decoded);
                i = i.saturating_add(len);
                run = span.start.saturating_add(i);
            }
            None if byte == b'\\' => return false,
            None => {
                if !flush(b, &mut pending, Span::new(pending_from, at)) {
                    return false;
                }
                i = i.saturating_add(1);
            }
        }
    }
    let end = span.start.saturating_add(bytes.len());
    if !flush(b, &mut pending, Span::new(pending_from, end)) {
        return false;
    }
    b.copy(Span::new(run, end));
    true
}

/// The bytes the escape at `i` of `part` stands for, and its length.
fn escape(part: &str, i: usize) -> Option<(Vec<u8>, usize)> {
    let code = *part.as_bytes().get(i.checked_add(1)?)?;
    let hex = |from: usize, len: usize| {
        part.get(i.checked_add(from)?..i.checked_add(from)?.checked_add(len)?)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    let simple = |c: u8| Some((vec![c], 2));
    match code {
        b'x' => hex(2, 2)
            .and_then(|v| u8::try_from(v).ok())
            .map(|v| (vec![v], 4)),
        b'u' => {
            let c = char::from_u32(hex(2, 4)?)?;
            Some((c.to_string().into_bytes(), 6))
        }
        b'"' | b'\\' | b'/' | b'\'' => simple(code),
        b'n' => simple(b'\n'),
        b'r' => simple(b'\r'),
        b't' => simple(b'\t'),
        _ => None,
    }
}

fn flush(b: &mut Builder<'_>, pending: &mut Vec<u8>, from: Span) -> bool {
    if pending.is_empty() {
        return true;
    }
    let Ok(decoded) = std::str::from_utf8(pending) else {
        return false;
    };
    b.put(decoded, from);
    pending.clear();
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str) -> Option<String> {
        let mut b = Builder::new(text);
        decode(&mut b, text, Span::new(0, text.len())).then(|| b.finish().0)
    }

    #[test]
    fn server_escapes_decode_to_utf8() {
        assert_eq!(
            decoded(r#"{\x22name\x22: \x22Zo\xC3\xAB\x22, \x22q\x22: \"\\\"}"#).as_deref(),
            Some(r#"{"name": "Zoë", "q": "\"}"#)
        );
        assert_eq!(decoded(r"a\nb\u00e9\/").as_deref(), Some("a\nbé/"));
        assert_eq!(decoded(r"\xC3"), None, "half a character");
        assert_eq!(decoded(r"bad \q"), None);
    }

    #[test]
    fn each_character_points_at_its_escape() {
        let text = r"{\x22a\x22:1}";
        let mut b = Builder::new(text);
        assert!(decode(&mut b, text, Span::new(0, text.len())));
        let (out, map) = b.finish();
        assert_eq!(out, r#"{"a":1}"#);
        assert_eq!(map.span(Span::new(1, 2)).slice(text), Some(r"\x22"));
        assert_eq!(map.to_paste(2), 5);
        assert_eq!(map.to_paste(5), text.len() - 2);
    }
}
