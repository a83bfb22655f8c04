//! Walking JSON text without building it: where a value ends, the members of an object and the items
//! of an array, as spans. The classifier and the readers use it to learn a paste's shape (is this a
//! HAR log, an array of wrapped items, two objects on two lines?) at the cost of one pass over the
//! bytes, with no allocation per value, so a 5 MB body is not parsed twice on every edit.

use crate::domain::json::Span;

/// JSON's insignificant whitespace.
pub fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r')
}

/// The first offset at or after `from` that is not whitespace.
pub fn skip_space(text: &str, from: usize) -> usize {
    let bytes = text.as_bytes();
    let mut i = from;
    while bytes.get(i).copied().is_some_and(is_space) {
        i = i.saturating_add(1);
    }
    i
}

/// Where the JSON value starting exactly at `start` ends (exclusive), judged by brackets and strings
/// only; `None` when it is cut short or does not start a value.
pub fn value_end(text: &str, start: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    match bytes.get(start)? {
        b'{' | b'[' => container_end(bytes, start),
        b'"' => string_end(bytes, start),
        b',' | b':' | b'}' | b']' => None,
        _ => {
            let mut i = start;
            while bytes
                .get(i)
                .is_some_and(|&b| !is_space(b) && !matches!(b, b',' | b'}' | b']' | b':'))
            {
                i = i.saturating_add(1);
            }
            Some(i)
        }
    }
}

/// The end of the string whose opening quote is at `start`.
fn string_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut i = start.saturating_add(1);
    loop {
        match bytes.get(i)? {
            b'\\' => i = i.saturating_add(2),
            b'"' => return Some(i.saturating_add(1)),
            b'\n' => return None,
            _ => i = i.saturating_add(1),
        }
    }
}

fn container_end(bytes: &[u8], start: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = start;
    loop {
        match bytes.get(i)? {
            b'{' | b'[' => depth = depth.saturating_add(1),
            b'}' | b']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return Some(i.saturating_add(1));
                }
            }
            b'"' => {
                i = string_end(bytes, i)?;
                continue;
            }
            _ => {}
        }
        i = i.saturating_add(1);
    }
}

/// One member of an object: its key as written between the quotes (escapes not decoded), the key's
/// span with its quotes, and the value's span.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Member<'a> {
    pub key: &'a str,
    pub key_span: Span,
    pub value: Span,
}

/// The members of the object spanning `object`; `None` when it is not a well-formed object.
pub fn members(text: &str, object: Span) -> Option<Vec<Member<'_>>> {
    let bytes = text.as_bytes();
    if bytes.get(object.start) != Some(&b'{') {
        return None;
    }
    let mut out = Vec::new();
    let mut i = skip_space(text, object.start.saturating_add(1));
    if bytes.get(i) == Some(&b'}') {
        return Some(out);
    }
    loop {
        let key_end = string_end(bytes, i).filter(|_| bytes.get(i) == Some(&b'"'))?;
        let key = text.get(i.saturating_add(1)..key_end.saturating_sub(1))?;
        let colon = skip_space(text, key_end);
        if bytes.get(colon) != Some(&b':') {
            return None;
        }
        let value_start = skip_space(text, colon.saturating_add(1));
        let value_end = value_end(text, value_start)?;
        out.push(Member {
            key,
            key_span: Span::new(i, key_end),
            value: Span::new(value_start, value_end),
        });
        let next = skip_space(text, value_end);
        match bytes.get(next)? {
            b',' => i = skip_space(text, next.saturating_add(1)),
            b'}' => return Some(out),
            _ => return None,
        }
    }
}

/// The items of the array spanning `array`; `None` when it is not a well-formed array.
pub fn items(text: &str, array: Span) -> Option<Vec<Span>> {
    let bytes = text.as_bytes();
    if bytes.get(array.start) != Some(&b'[') {
        return None;
    }
    let mut out = Vec::new();
    let mut i = skip_space(text, array.start.saturating_add(1));
    if bytes.get(i) == Some(&b']') {
        return Some(out);
    }
    loop {
        let end = value_end(text, i)?;
        out.push(Span::new(i, end));
        let next = skip_space(text, end);
        match bytes.get(next)? {
            b',' => i = skip_space(text, next.saturating_add(1)),
            b']' => return Some(out),
            _ => return None,
        }
    }
}

/// The member called `key` (as written), if the object has one.
pub fn member<'a>(members: &'a [Member<'a>], key: &str) -> Option<&'a Member<'a>> {
    members.iter().find(|m| m.key == key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_end_where_their_brackets_close() {
        let text = r#"{"a": "}", "b": [1, {"c": "\""}]} tail"#;
        assert_eq!(value_end(text, 0), Some(text.len() - 5));
        assert_eq!(value_end("12, 3", 0), Some(2));
        assert_eq!(value_end(r#"{"a": 1"#, 0), None, "cut short");
        assert_eq!(value_end("}", 0), None);
    }

    #[test]
    fn members_and_items_come_with_their_spans() {
        let text = r#"{"log": {"entries": [ {"x": 1} , 2 ]}, "n": null}"#;
        let m = members(text, Span::new(0, text.len())).expect("object");
        let keys: Vec<&str> = m.iter().map(|m| m.key).collect();
        assert_eq!(keys, ["log", "n"]);
        let log = member(&m, "log").expect("log").value;
        let inner = members(text, log).expect("log object");
        let entries = member(&inner, "entries").expect("entries").value;
        let spans = items(text, entries).expect("array");
        let shown: Vec<&str> = spans.iter().filter_map(|s| s.slice(text)).collect();
        assert_eq!(shown, [r#"{"x": 1}"#, "2"]);
        assert_eq!(members("{}", Span::new(0, 2)), Some(vec![]));
        assert_eq!(members(r#"{"a" 1}"#, Span::new(0, 7)), None);
        assert_eq!(items("[1 2]", Span::new(0, 5)), None);
    }
}
