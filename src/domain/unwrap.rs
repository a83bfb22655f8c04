//! Bodies that hold the delivery in another wrapping, offered back as a plain paste: a JSON string that
//! holds JSON (double-encoded by a logging library), an `application/x-www-form-urlencoded` body with a
//! JSON field, a `Transfer-Encoding: chunked` body. The page says what it saw and offers the unwrapped
//! text; nothing changes until the user takes it.

use super::http::{split_paste, Paste};
use super::json::{parse, Node};

const CHUNKED: &str = "chunked";
const TRANSFER_ENCODING: &str = "Transfer-Encoding";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapping {
    /// The body is a JSON string whose text is a JSON object.
    JsonString,
    /// A form-encoded body; `field` holds the JSON.
    Form { field: String },
    /// A chunked body, joined.
    Chunked { chunks: usize },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unwrapped {
    pub wrapping: Wrapping,
    /// The paste with the body unwrapped (headers kept, `Transfer-Encoding` dropped when de-chunked).
    pub text: String,
}

impl Unwrapped {
    pub fn explanation(&self) -> String {
        match &self.wrapping {
            Wrapping::JsonString => "The body is a JSON string that holds JSON: it was encoded twice, as logging libraries often do. The vendors send the object itself.".to_owned(),
            Wrapping::Form { field } => format!("The body is form-encoded (application/x-www-form-urlencoded) and its \"{field}\" field holds JSON. The vendors send the JSON itself."),
            Wrapping::Chunked { chunks } => format!("The body is sent with Transfer-Encoding: chunked ({chunks} chunks): the chunk sizes are not part of the JSON."),
        }
    }
}

pub fn unwrap(text: &str) -> Option<Unwrapped> {
    let (head, body, chunked) = match split_paste(text) {
        Paste::Body(body) => ("", body, false),
        Paste::Request(r) => {
            let chunked = r
                .header(TRANSFER_ENCODING)
                .is_some_and(|h| h.value.to_ascii_lowercase().contains(CHUNKED));
            (
                text.get(..r.body_offset).unwrap_or_default(),
                r.body,
                chunked,
            )
        }
    };
    if chunked {
        let (joined, chunks) = dechunk(body)?;
        let head: String = head
            .split_inclusive('\n')
            .filter(|l| {
                !l.trim_start()
                    .to_ascii_lowercase()
                    .starts_with(&TRANSFER_ENCODING.to_ascii_lowercase())
            })
            .collect();
        return Some(Unwrapped {
            wrapping: Wrapping::Chunked { chunks },
            text: format!("{head}{joined}"),
        });
    }
    let trimmed = body.trim();
    if trimmed.starts_with('"') {
        let inner = parse(trimmed).ok()?.as_str()?.to_owned();
        is_object(&inner).then(|| Unwrapped {
            wrapping: Wrapping::JsonString,
            text: format!("{head}{inner}"),
        })
    } else if !trimmed.starts_with(['{', '[']) && trimmed.contains('=') {
        trimmed.split('&').find_map(|pair| {
            let (name, value) = pair.split_once('=')?;
            let value = percent_decode(value)?;
            is_object(&value).then(|| Unwrapped {
                wrapping: Wrapping::Form {
                    field: percent_decode(name).unwrap_or_else(|| name.to_owned()),
                },
                text: format!("{head}{value}"),
            })
        })
    } else {
        None
    }
}

fn is_object(text: &str) -> bool {
    parse(text).is_ok_and(|n: Node| n.as_object().is_some())
}

/// `+` as space and `%XX` escapes, as form encoding writes them; `None` when not UTF-8 or malformed.
fn percent_decode(s: &str) -> Option<String> {
    let mut out = Vec::with_capacity(s.len());
    let mut bytes = s.bytes();
    while let Some(b) = bytes.next() {
        match b {
            b'+' => out.push(b' '),
            b'%' => {
                let hi = char::from(bytes.next()?).to_digit(16)?;
                let lo = char::from(bytes.next()?).to_digit(16)?;
                out.push(u8::try_from(hi * 16 + lo).ok()?);
            }
            b => out.push(b),
        }
    }
    String::from_utf8(out).ok()
}

/// Joins `size CRLF data CRLF ... 0 CRLF CRLF` (LF alone accepted: pastes lose CRs).
fn dechunk(body: &str) -> Option<(String, usize)> {
    let mut rest = body;
    let mut out = String::with_capacity(body.len());
    let mut chunks = 0usize;
    loop {
        let (line, after) = rest.split_once('\n')?;
        let size_text = line
            .trim_end_matches('\r')
            .split(';')
            .next()
            .unwrap_or_default()
            .trim();
        let size = usize::from_str_radix(size_text, 16).ok()?;
        if size == 0 {
            return (chunks > 0).then_some((out, chunks));
        }
        let data = after.get(..size)?;
        out.push_str(data);
        chunks = chunks.saturating_add(1);
        let after_data = after.get(size..)?;
        rest = after_data
            .strip_prefix("\r\n")
            .or_else(|| after_data.strip_prefix('\n'))
            .unwrap_or(after_data);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BODY: &str = r#"{"event": "Test", "data": {"note": "a + b"}}"#;

    #[test]
    fn a_json_string_holding_json_is_decoded() {
        let wrapped = crate::domain::json::quoted(BODY);
        let u = unwrap(&format!("POST /h HTTP/1.1\n\n{wrapped}")).expect("offered");
        assert_eq!(u.wrapping, Wrapping::JsonString);
        assert_eq!(u.text, format!("POST /h HTTP/1.1\n\n{BODY}"));
        assert!(unwrap("\"just text\"").is_none());
    }

    #[test]
    fn a_form_field_holding_json_is_decoded() {
        let encoded = "a=1&payload=%7B%22event%22%3A+%22Test%22%2C+%22data%22%3A+%7B%7D%7D";
        let u = unwrap(&format!(
            "POST /h HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\n{encoded}"
        ))
        .expect("offered");
        assert_eq!(
            u.wrapping,
            Wrapping::Form {
                field: "payload".into()
            }
        );
        assert!(
            u.text.ends_with("\n\n{\"event\": \"Test\", \"data\": {}}"),
            "{}",
            u.text
        );
        assert!(unwrap("a=1&b=2").is_none());
    }

    #[test]
    fn a_chunked_body_is_joined_and_the_header_dropped() {
        let (a, b) = BODY.split_at(20);
        let text = format!("POST /h HTTP/1.1\r\nTransfer-Encoding: chunked\r\nX-A: 1\r\n\r\n{:x}\r\n{a}\r\n{:x}\r\n{b}\r\n0\r\n\r\n", a.len(), b.len());
        let u = unwrap(&text).expect("offered");
        assert_eq!(u.wrapping, Wrapping::Chunked { chunks: 2 });
        assert_eq!(u.text, format!("POST /h HTTP/1.1\r\nX-A: 1\r\n\r\n{BODY}"));
        assert!(u.explanation().contains("2 chunks"));
        assert!(unwrap("POST /h HTTP/1.1\nTransfer-Encoding: chunked\n\nnot chunked").is_none());
        assert!(unwrap(BODY).is_none());
    }
}
