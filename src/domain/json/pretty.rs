//! Re-serialises a parsed tree (indented or compact) without touching number text or key order.
//! Iterative with an explicit stack, so even a hand-built tree deeper than the parser allows cannot overflow.

use std::fmt::Write as _;
use std::slice::Iter;

use super::{Member, Node, NodeKind};

/// Re-indents with 2 spaces, keeping key order, duplicate keys and number text exactly.
pub fn pretty(node: &Node) -> String {
    render(node, true, None, usize::MAX).unwrap_or_default()
}

/// Compact form (no whitespace), same guarantees as `pretty`.
pub fn compact(node: &Node) -> String {
    render(node, false, None, usize::MAX).unwrap_or_default()
}

/// Re-indents a tree parsed from `source`, copying every scalar and key from it byte for byte, so
/// escapes such as `\u002B` stay as sent and only whitespace between tokens changes. `None` when the
/// output would pass `limit` bytes (deep nesting multiplies indentation), before it is all built.
pub fn pretty_source(node: &Node, source: &str, limit: usize) -> Option<String> {
    render(node, true, Some(source), limit)
}

enum Items<'a> {
    Array(Iter<'a, Node>),
    Object(Iter<'a, Member>),
}

/// An open, non-empty container whose remaining children are still to be written.
struct Frame<'a> {
    items: Items<'a>,
    first: bool,
    close: char,
}

struct Writer<'a> {
    out: String,
    indent: bool,
    stack: Vec<Frame<'a>>,
    /// Where scalars and keys are copied from, when the tree was parsed from text.
    source: Option<&'a str>,
}

fn render(root: &Node, indent: bool, source: Option<&str>, limit: usize) -> Option<String> {
    let mut writer = Writer {
        out: String::new(),
        indent,
        stack: Vec::new(),
        source,
    };
    writer.open(root);
    loop {
        if writer.out.len() > limit {
            return None;
        }
        let depth = writer.stack.len();
        let Some(top) = writer.stack.last_mut() else {
            break;
        };
        let first = std::mem::replace(&mut top.first, false);
        let close = top.close;
        let next = match &mut top.items {
            Items::Array(nodes) => nodes.next().map(|node| (None, node)),
            Items::Object(members) => members.next().map(|m| (Some(m), &m.value)),
        };
        let Some((key, value)) = next else {
            writer.stack.pop();
            // `depth` counted the frame just popped, so it is at least 1.
            writer.newline(depth.saturating_sub(1));
            writer.out.push(close);
            continue;
        };
        if !first {
            writer.out.push(',');
        }
        writer.newline(depth);
        if let Some(member) = key {
            match source.and_then(|s| s.get(member.key_span.start..member.key_span.end)) {
                Some(raw) => writer.out.push_str(raw),
                None => write_string(&mut writer.out, &member.key),
            }
            writer.out.push_str(if indent { ": " } else { ":" });
        }
        writer.open(value);
    }
    Some(writer.out)
}

impl<'a> Writer<'a> {
    /// Writes a scalar or empty container whole; pushes a frame for a non-empty container.
    fn open(&mut self, node: &'a Node) {
        let raw = |span: super::Span| self.source.and_then(|s| s.get(span.start..span.end));
        if let (NodeKind::String(_) | NodeKind::Number(_), Some(raw)) = (&node.kind, raw(node.span))
        {
            return self.out.push_str(raw);
        }
        let (items, open, close) = match &node.kind {
            NodeKind::Null => return self.out.push_str("null"),
            NodeKind::Bool(value) => {
                return self.out.push_str(if *value { "true" } else { "false" })
            }
            NodeKind::Number(text) => return self.out.push_str(text),
            NodeKind::String(text) => return write_string(&mut self.out, text),
            NodeKind::Array(nodes) if nodes.is_empty() => return self.out.push_str("[]"),
            NodeKind::Object(members) if members.is_empty() => return self.out.push_str("{}"),
            NodeKind::Array(nodes) => (Items::Array(nodes.iter()), '[', ']'),
            NodeKind::Object(members) => (Items::Object(members.iter()), '{', '}'),
        };
        self.out.push(open);
        self.stack.push(Frame {
            items,
            first: true,
            close,
        });
    }

    fn newline(&mut self, level: usize) {
        if self.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str("  ");
            }
        }
    }
}

/// `text` as a JSON string literal, escaped as `pretty` escapes it.
pub fn quoted(text: &str) -> String {
    // A capacity hint (the text and its quotes): saturating rather than ever panicking.
    let mut out = String::with_capacity(text.len().saturating_add(2));
    write_string(&mut out, text);
    out
}

/// Escapes only what JSON requires (quote, backslash, control chars); other chars stay raw.
fn write_string(out: &mut String, text: &str) {
    out.push('"');
    let mut plain = 0;
    for (i, byte) in text.bytes().enumerate() {
        let escaped = match byte {
            b'"' => "\\\"",
            b'\\' => "\\\\",
            b'\n' => "\\n",
            b'\r' => "\\r",
            b'\t' => "\\t",
            0x08 => "\\b",
            0x0c => "\\f",
            0..=0x1f => "",
            _ => continue,
        };
        out.push_str(text.get(plain..i).unwrap_or_default());
        if escaped.is_empty() {
            let _ = write!(out, "\\u{byte:04x}");
        } else {
            out.push_str(escaped);
        }
        // `i` indexes `text`, so `i + 1` is at most its length.
        plain = i.saturating_add(1);
    }
    out.push_str(text.get(plain..).unwrap_or_default());
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::super::{parse, Span};
    use super::*;

    const DOC: &str = r#"{"b": [1.50, -0, 1e400, {}], "a": {"x": null, "x": true}, "e": [], "s": "q\"\\\n\u0001é"}"#;

    fn reparsed(text: &str) -> Node {
        parse(text).unwrap_or_else(|e| panic!("{text:?}: {e}"))
    }

    #[test]
    fn compact_keeps_numbers_order_and_duplicates() {
        let expected =
            r#"{"b":[1.50,-0,1e400,{}],"a":{"x":null,"x":true},"e":[],"s":"q\"\\\n\u0001é"}"#;
        assert_eq!(compact(&reparsed(DOC)), expected);
    }

    #[test]
    fn pretty_indents_with_two_spaces() {
        let expected = "{\n  \"b\": [\n    1.50,\n    -0,\n    1e400,\n    {}\n  ],\n  \"a\": {\n    \"x\": null,\n    \"x\": true\n  },\n  \"e\": [],\n  \"s\": \"q\\\"\\\\\\n\\u0001é\"\n}";
        assert_eq!(pretty(&reparsed(DOC)), expected);
    }

    #[test]
    fn round_trip_is_stable() {
        let node = reparsed(DOC);
        for text in [pretty(&node), compact(&node)] {
            assert_eq!(compact(&reparsed(&text)), compact(&node));
        }
        assert_eq!(pretty(&reparsed("[]")), "[]");
        assert_eq!(
            compact(&reparsed(" \"\\b\\f\\t\\r\\/\" ")),
            "\"\\b\\f\\t\\r/\""
        );
    }

    #[test]
    fn hand_built_tree_deeper_than_the_parser_limit() {
        let mut node = Node::new(Span::new(0, 0), NodeKind::Null);
        for _ in 0..1_000 {
            node = Node::new(Span::new(0, 0), NodeKind::Array(vec![node]));
        }
        let text = compact(&node);
        assert_eq!(
            text,
            format!("{}null{}", "[".repeat(1_000), "]".repeat(1_000))
        );
    }
}
