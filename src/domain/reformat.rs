//! "Format": re-indents the JSON body of a paste, keeping any request line and headers as they are and
//! every string, key and number byte for byte (escapes such as `\u002B` stay as sent), so the bytes a
//! signature or a diff would compare change only in whitespace. Refuses output many times its input.

use super::http::{split_paste, Paste};
use super::json::{parse_at, pretty_source};
use thiserror::Error;

/// Formatted output may be this many times the body (indentation of deep nesting multiplies it)...
const MAX_GROWTH: usize = 8;
/// ...or this large, whichever is more: small bodies always format.
const MIN_LIMIT_BYTES: usize = 1024 * 1024;

#[derive(Clone, Debug, Error, PartialEq, Eq)]
pub enum Refusal {
    #[error("Format needs a JSON body: fix the problem the diagnostics name first.")]
    NotJson,
    #[error("Format stopped: indented, this {body_bytes}-byte body would pass {limit_bytes} bytes (its nesting multiplies the indentation), so the paste is left as it is.")]
    TooLarge {
        body_bytes: usize,
        limit_bytes: usize,
    },
}

pub fn reformat(text: &str) -> Result<String, Refusal> {
    let body_offset = match split_paste(text) {
        Paste::Body(_) => 0,
        Paste::Request(req) => req.body_offset,
    };
    let root = parse_at(text, body_offset).map_err(|_| Refusal::NotJson)?;
    let head = text.get(..body_offset).unwrap_or_default();
    let body_bytes = text.len().saturating_sub(body_offset);
    let limit_bytes = body_bytes.saturating_mul(MAX_GROWTH).max(MIN_LIMIT_BYTES);
    let body = pretty_source(&root, text, limit_bytes).ok_or(Refusal::TooLarge {
        body_bytes,
        limit_bytes,
    })?;
    Ok(format!("{head}{body}\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_whitespace_between_tokens_changes() {
        let text = "POST /h HTTP/1.1\r\nX-A: 1\r\n\r\n{\"mobile\":\"\\u002B44 7\",\"n\":1.50e0,\"k\\u0065y\":[true,null,{}]}";
        let formatted = reformat(text);
        assert_eq!(
            formatted.as_deref(),
            Ok("POST /h HTTP/1.1\r\nX-A: 1\r\n\r\n{\n  \"mobile\": \"\\u002B44 7\",\n  \"n\": 1.50e0,\n  \"k\\u0065y\": [\n    true,\n    null,\n    {}\n  ]\n}\n")
        );
        let squeeze = |s: &str| s.split_whitespace().collect::<String>();
        assert_eq!(squeeze(&formatted.unwrap_or_default()), squeeze(text));
    }

    #[test]
    fn deep_nesting_that_would_multiply_the_text_is_refused() {
        // 100 levels of arrays, repeated: each line of output carries up to 200 spaces of indent.
        let nested = format!("{}1{}", "[".repeat(100), "]".repeat(100));
        let body = format!("[{}]", vec![nested; 2000].join(","));
        assert!(matches!(reformat(&body), Err(Refusal::TooLarge { .. })));
        assert_eq!(reformat("{\"a\": "), Err(Refusal::NotJson));
        assert!(
            reformat(&["[[1]]"; 10].join("")).is_err(),
            "several values are not one JSON body"
        );
    }
}
