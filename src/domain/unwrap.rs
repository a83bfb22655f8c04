//! Bodies that hold the delivery in another wrapping, offered back as a plain paste: a JSON string that
//! holds JSON (double-encoded by a logging library), an `application/x-www-form-urlencoded` body with a
//! JSON field. The page says what it saw and offers the unwrapped text; nothing changes until the user
//! takes it. (A chunked body needs no offer: `capture` reads it joined, with a note.)

use super::http::{split_paste, Paste};
use super::json::{parse, Node};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Wrapping {
    /// The body is a JSON string whose text is a JSON object.
    JsonString,
    /// A form-encoded body; `field` holds the JSON.
    Form { field: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unwrapped {
    pub wrapping: Wrapping,
    /// The paste with the body unwrapped (headers kept).
    pub text: String,
}

impl Unwrapped {
    pub fn explanation(&self) -> String {
        match &self.wrapping {
            Wrapping::JsonString => "The body is a JSON string that holds JSON: it was encoded twice, as logging libraries often do. The vendors send the object itself.".to_owned(),
            Wrapping::Form { field } => format!("The body is form-encoded (application/x-www-form-urlencoded) and its \"{field}\" field holds JSON. The vendors send the JSON itself."),
        }
    }
}

pub fn unwrap(text: &str) -> Option<Unwrapped> {
    let (head, body) = match split_paste(text) {
        Paste::Body(body) => ("", body),
        Paste::Request(r) => (text.get(..r.body_offset).unwrap_or_default(), r.body),
    };
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
}
