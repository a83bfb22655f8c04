//! The parsed tree: every value and key carries its span in the pasted text.
//! Objects stay member lists (not maps) so source order and duplicate keys survive for the validator.

use super::Span;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Node {
    pub span: Span,
    pub kind: NodeKind,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NodeKind {
    Null,
    Bool(bool),
    /// The number exactly as written; converting would lose `249.99` vs `249.990` and big ids.
    Number(Box<str>),
    /// The decoded string (escapes resolved).
    String(String),
    Array(Vec<Node>),
    Object(Vec<Member>),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Member {
    pub key: String,
    /// Span of the key including its quotes.
    pub key_span: Span,
    pub value: Node,
}

impl NodeKind {
    /// The JSON type name, as used in validation messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            NodeKind::Null => "null",
            NodeKind::Bool(_) => "boolean",
            NodeKind::Number(_) => "number",
            NodeKind::String(_) => "string",
            NodeKind::Array(_) => "array",
            NodeKind::Object(_) => "object",
        }
    }
}

impl Node {
    pub fn new(span: Span, kind: NodeKind) -> Self {
        Node { span, kind }
    }

    pub fn type_name(&self) -> &'static str {
        self.kind.type_name()
    }

    pub fn as_object(&self) -> Option<&[Member]> {
        match &self.kind {
            NodeKind::Object(members) => Some(members),
            _ => None,
        }
    }

    pub fn as_array(&self) -> Option<&[Node]> {
        match &self.kind {
            NodeKind::Array(items) => Some(items),
            _ => None,
        }
    }

    pub fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::String(text) => Some(text),
            _ => None,
        }
    }

    pub fn as_bool(&self) -> Option<bool> {
        match self.kind {
            NodeKind::Bool(value) => Some(value),
            _ => None,
        }
    }

    /// The number text as written (e.g. `"249.99"`).
    pub fn as_number_text(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Number(text) => Some(text),
            _ => None,
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self.kind, NodeKind::Null)
    }

    /// The first member called `key`; later duplicates are only visible through `as_object`.
    pub fn get(&self, key: &str) -> Option<&Node> {
        self.member(key).map(|member| &member.value)
    }

    /// Like `get`, but with the key's span too.
    pub fn member(&self, key: &str) -> Option<&Member> {
        self.as_object()?.iter().find(|member| member.key == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn leaf(kind: NodeKind) -> Node {
        Node::new(Span::new(0, 1), kind)
    }

    #[test]
    fn type_names() {
        let names: Vec<_> = [
            NodeKind::Null,
            NodeKind::Bool(true),
            NodeKind::Number("1".into()),
            NodeKind::String("s".into()),
            NodeKind::Array(vec![]),
            NodeKind::Object(vec![]),
        ]
        .iter()
        .map(NodeKind::type_name)
        .collect();
        assert_eq!(
            names,
            ["null", "boolean", "number", "string", "array", "object"]
        );
    }

    #[test]
    fn accessors_match_only_their_kind() {
        let s = leaf(NodeKind::String("x".into()));
        assert_eq!(s.as_str(), Some("x"));
        assert!(s.as_array().is_none() && s.as_object().is_none() && s.as_bool().is_none());
        assert_eq!(
            leaf(NodeKind::Number("1.50".into())).as_number_text(),
            Some("1.50")
        );
        assert_eq!(leaf(NodeKind::Bool(false)).as_bool(), Some(false));
        assert!(leaf(NodeKind::Null).is_null());
        assert_eq!(
            leaf(NodeKind::Array(vec![leaf(NodeKind::Null)]))
                .as_array()
                .map(<[_]>::len),
            Some(1)
        );
    }

    #[test]
    fn get_returns_first_duplicate() {
        let member = |key: &str, n: &str, at: usize| Member {
            key: key.into(),
            key_span: Span::new(at, at + 3),
            value: leaf(NodeKind::Number(n.into())),
        };
        let obj = leaf(NodeKind::Object(vec![
            member("a", "1", 1),
            member("a", "2", 9),
        ]));
        assert_eq!(obj.get("a").and_then(Node::as_number_text), Some("1"));
        assert_eq!(obj.member("a").map(|m| m.key_span), Some(Span::new(1, 4)));
        assert!(obj.get("b").is_none());
        assert!(leaf(NodeKind::Null).get("a").is_none());
    }
}
