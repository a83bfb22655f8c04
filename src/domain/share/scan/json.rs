//! Credentials in JSON wrappers: a HAR file's `headers`, `queryString` and `cookies` (name/value
//! pairs), and header maps as logs and framework dumps write them (`"headers": {"authorization": …}`).
//! Read from the paste when it is JSON, and from each line that holds a JSON object (JSON Lines).

use super::{lines, Masked};
use crate::domain::json::{parse, parse_at, Node, NodeKind, Span};
use crate::domain::share::collect::shape::{
    credential_header_value, credential_parameter, secret_part,
};

const HEADER_WORD: &str = "header";
const COOKIE_WORD: &str = "cookie";
const QUERY_WORDS: [&str; 3] = ["query", "param", "postdata"];
const NAME: &str = "name";
const VALUE: &str = "value";
/// Lines longer than this are not parsed for wrappers (a minified payload is one delivery, read whole).
const MAX_LINE_BYTES: usize = 256 * 1024;

pub fn scan(text: &str, out: &mut Vec<Masked>) {
    if let Ok(root) = parse_at(text, 0) {
        walk(text, &root, "", 0, out);
        return;
    }
    for (start, line) in lines(text) {
        let Some(brace) = line.find('{').filter(|_| line.len() <= MAX_LINE_BYTES) else {
            continue;
        };
        let from = start.saturating_add(brace);
        let json = text
            .get(from..start.saturating_add(line.trim_end().len()))
            .unwrap_or_default();
        if let Ok(node) = parse(json) {
            let before = out.len();
            walk(json, &node, "", 0, out);
            for m in out.iter_mut().skip(before) {
                m.span = Span::new(
                    m.span.start.saturating_add(from),
                    m.span.end.saturating_add(from),
                );
            }
        }
    }
}

/// `parent` is the key the node sits under (lowered), which says what its members are.
fn walk(text: &str, node: &Node, parent: &str, depth: usize, out: &mut Vec<Masked>) {
    if depth > crate::domain::json::MAX_DEPTH {
        return;
    }
    let next = depth.saturating_add(1);
    match &node.kind {
        NodeKind::Object(members) => {
            pair(text, node, parent, out);
            let header_map = parent.contains(HEADER_WORD) || parent.contains(COOKIE_WORD);
            for m in members {
                if header_map && m.value.as_object().is_none() {
                    header(text, &m.key, &m.value, parent, out);
                }
                walk(text, &m.value, &m.key.to_ascii_lowercase(), next, out);
            }
        }
        NodeKind::Array(items) => {
            for item in items {
                walk(text, item, parent, next, out);
            }
        }
        _ => {}
    }
}

/// `{"name": …, "value": …}` (HAR): masked by the rule of what holds it.
fn pair(text: &str, node: &Node, parent: &str, out: &mut Vec<Masked>) {
    let field = |key: &str| {
        node.as_object()?
            .iter()
            .find(|m| m.key.eq_ignore_ascii_case(key))
            .map(|m| &m.value)
    };
    let (Some(name), Some(value)) = (field(NAME).and_then(Node::as_str), field(VALUE)) else {
        return;
    };
    let Some(text_value) = value.as_str() else {
        return;
    };
    let credential = if parent.contains(COOKIE_WORD) {
        true
    } else if parent.contains(HEADER_WORD) {
        credential_header_value(name, text_value)
    } else if QUERY_WORDS.iter().any(|w| parent.contains(w)) {
        credential_parameter(name, text_value)
    } else {
        credential_header_value(name, text_value) || credential_parameter(name, text_value)
    };
    if credential {
        string(text, value, skip_of(parent, text_value), name, out);
    }
}

/// One member of a header map: a string, or a list of strings (a header sent twice).
fn header(text: &str, key: &str, value: &Node, parent: &str, out: &mut Vec<Masked>) {
    let items: Vec<&Node> = match &value.kind {
        NodeKind::Array(items) => items.iter().collect(),
        _ => vec![value],
    };
    for item in items {
        let Some(v) = item.as_str() else { continue };
        if parent.contains(COOKIE_WORD) || credential_header_value(key, v) {
            string(text, item, skip_of(key, v), key, out);
        }
    }
}

/// Characters of a value kept in front: an authorization scheme word.
fn skip_of(name: &str, value: &str) -> usize {
    if name.to_ascii_lowercase().contains(COOKIE_WORD) {
        return 0;
    }
    let (offset, _) = secret_part(value);
    value.get(..offset).map_or(0, |s| s.chars().count())
}

/// Masks a JSON string node (inside its quotes), keeping its first `skip` logical characters.
fn string(text: &str, node: &Node, skip: usize, label: &str, out: &mut Vec<Masked>) {
    let span = node.span;
    if text.get(span.start..span.end).is_some_and(|s| s.len() >= 2) {
        let inner = Span::new(span.start.saturating_add(1), span.end.saturating_sub(1));
        let start = crate::domain::share::text::skip_chars(text, inner, skip);
        out.push(Masked {
            span: Span::new(start, inner.end),
            label: label.to_owned(),
        });
    }
}
