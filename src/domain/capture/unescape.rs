//! Decoding the strings a capture wraps a body in, into a `Builder` so every decoded character still
//! points at its escape in the paste: JSON strings (HAR's `postData.text`, a log's `"body"` field).

use super::offsets::Builder;
use crate::domain::json::Span;

/// Appends the JSON string spanning `span` (quotes included) decoded. `false` when it is not a
/// well-formed JSON string (what was appended is then meaningless; callers drop the builder).
pub fn json_string(b: &mut Builder<'_>, text: &str, span: Span) -> bool {
    let inner = Span::new(span.start.saturating_add(1), span.end.saturating_sub(1));
    let (Some(body), Some("\""), Some("\"")) = (
        inner.slice(text),
        text.get(span.start..inner.start),
        text.get(inner.end..span.end),
    ) else {
        return false;
    };
    let mut run = inner.start;
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        let at = inner.start.saturating_add(i);
        b.copy(Span::new(run, at));
        let Some((_, code)) = chars.next() else {
            return false;
        };
        let simple = match code {
            '"' => Some('"'),
            '\\' => Some('\\'),
            '/' => Some('/'),
            'b' => Some('\u{8}'),
            'f' => Some('\u{c}'),
            'n' => Some('\n'),
            'r' => Some('\r'),
            't' => Some('\t'),
            _ => None,
        };
        let (decoded, len) = match (simple, code) {
            (Some(c), _) => (c, 2),
            (None, 'u') => match unicode_escape(body, i) {
                Some(found) => found,
                None => return false,
            },
            _ => return false,
        };
        // Skip the escape's remaining characters (all ASCII).
        for _ in 2..len {
            chars.next();
        }
        let end = at.saturating_add(len);
        b.put(decoded.encode_utf8(&mut [0; 4]), Span::new(at, end));
        run = end;
    }
    b.copy(Span::new(run, inner.end));
    true
}

/// `\uXXXX` (or a surrogate pair of two) at byte `i` of `body`: the character and the escape's length.
fn unicode_escape(body: &str, i: usize) -> Option<(char, usize)> {
    let hex = |from: usize| {
        body.get(from..from.checked_add(4)?)
            .and_then(|h| u32::from_str_radix(h, 16).ok())
    };
    let high = hex(i.checked_add(2)?)?;
    if (0xD800..0xDC00).contains(&high) {
        let next = i.checked_add(6)?;
        if body.get(next..next.checked_add(2)?) != Some("\\u") {
            return None;
        }
        let low = hex(next.checked_add(2)?)?;
        if !(0xDC00..0xE000).contains(&low) {
            return None;
        }
        let code = 0x10000u32
            .checked_add((high.checked_sub(0xD800)?) << 10)?
            .checked_add(low.checked_sub(0xDC00)?)?;
        return char::from_u32(code).map(|c| (c, 12));
    }
    char::from_u32(high).map(|c| (c, 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decoded(text: &str, f: fn(&mut Builder<'_>, &str, Span) -> bool) -> Option<String> {
        let mut b = Builder::new(text);
        f(&mut b, text, Span::new(0, text.len())).then(|| b.finish().0)
    }

    #[test]
    fn json_strings_decode_every_escape() {
        assert_eq!(
            decoded(r#""{\"a\": \"\u00e9\ud83d\ude00\\n\"}""#, json_string).as_deref(),
            Some("{\"a\": \"é😀\\n\"}")
        );
        assert_eq!(decoded(r#""bad \q""#, json_string), None);
        assert_eq!(decoded("no quotes", json_string), None);
    }

    #[test]
    fn decoded_characters_point_at_their_escapes() {
        let text = r#""x\"y""#;
        let mut b = Builder::new(text);
        assert!(json_string(&mut b, text, Span::new(0, text.len())));
        let (out, map) = b.finish();
        assert_eq!(out, "x\"y");
        assert_eq!(map.to_paste(0), 1);
        assert_eq!(map.span(Span::new(1, 2)), Span::new(2, 4));
        assert_eq!(map.to_paste(2), 4);
    }
}
