//! Query and form parameters anywhere in the paste (`?name=value`, `&name=value`, a form body's first
//! `name=value`), and a URL's password (`https://user:password@host`). A credential parameter's value
//! is masked, by its name or by its value's look.

use super::{lines, Masked};
use crate::domain::json::Span;
use crate::domain::share::collect::shape::credential_parameter;

/// What starts a parameter: `?`, `&` and their escaped spellings.
const STARTS: [&str; 6] = ["?", "&", "&amp;", "\\u0026", "%26", "%3F"];
/// A value ends at any of these (or the text's end).
const VALUE_ENDS: &[u8] = b"&#\"'<> \t\r\n\\;,)";
const SCHEME_END: &str = "://";

pub fn scan(text: &str, out: &mut Vec<Masked>) {
    let bytes = text.as_bytes();
    for (at, b) in bytes.iter().enumerate() {
        if !matches!(b, b'?' | b'&' | b'\\' | b'%') {
            continue;
        }
        let Some(rest) = text.get(at..) else { continue };
        if let Some(start) = STARTS.iter().find(|s| rest.starts_with(**s)) {
            parameter(text, at.saturating_add(start.len()), out);
        }
    }
    // A form body: a line that starts with `name=`.
    for (start, line) in lines(text) {
        let looks_like_form = line
            .split_once('=')
            .is_some_and(|(name, _)| !name.is_empty() && name.bytes().all(name_byte));
        if looks_like_form {
            parameter(text, start, out);
        }
    }
    passwords(text, out);
}

fn name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b"_.-[]~%".contains(&b)
}

/// `name=value` at `at`: masks the value when it is a credential.
fn parameter(text: &str, at: usize, out: &mut Vec<Masked>) {
    let Some(rest) = text.get(at..) else { return };
    let name_len = rest.bytes().take_while(|b| name_byte(*b)).count();
    let Some(name) = rest.get(..name_len).filter(|n| !n.is_empty()) else {
        return;
    };
    if rest.as_bytes().get(name_len) != Some(&b'=') {
        return;
    }
    let value_at = at.saturating_add(name_len).saturating_add(1);
    let value_len = text
        .get(value_at..)
        .unwrap_or_default()
        .bytes()
        .take_while(|b| !VALUE_ENDS.contains(b))
        .count();
    let value = text
        .get(value_at..value_at.saturating_add(value_len))
        .unwrap_or_default();
    if !value.is_empty() && credential_parameter(name, value) {
        out.push(Masked {
            span: Span::new(value_at, value_at.saturating_add(value_len)),
            label: format!("?{name}"),
        });
    }
}

/// `scheme://user:password@host`: the password.
fn passwords(text: &str, out: &mut Vec<Masked>) {
    let mut from = 0usize;
    while let Some(found) = text.get(from..).and_then(|r| r.find(SCHEME_END)) {
        let authority = from.saturating_add(found).saturating_add(SCHEME_END.len());
        from = authority;
        let rest = text.get(authority..).unwrap_or_default();
        let end = rest
            .find(['/', '?', '#', ' ', '"', '\'', '\n'])
            .unwrap_or(rest.len());
        let Some(userinfo) = rest
            .get(..end)
            .and_then(|a| a.rsplit_once('@'))
            .map(|(u, _)| u)
        else {
            continue;
        };
        if let Some((user, password)) = userinfo.split_once(':') {
            let start = authority.saturating_add(user.len()).saturating_add(1);
            out.push(Masked {
                span: Span::new(start, start.saturating_add(password.len())),
                label: "a URL's password".to_owned(),
            });
        }
    }
}
