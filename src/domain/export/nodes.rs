//! Building JSON documents (the schemas, OpenAPI, AsyncAPI) as the parser's own `Node` tree, so they
//! print with the same pretty printer the explorer uses; no span points anywhere.

use crate::domain::json::{Member, Node, NodeKind, Span};

pub(in crate::domain::export) const NOWHERE: Span = Span { start: 0, end: 0 };

pub(in crate::domain::export) fn string(text: &str) -> Node {
    Node::new(NOWHERE, NodeKind::String(text.to_owned()))
}

pub(in crate::domain::export) fn number(text: &str) -> Node {
    Node::new(NOWHERE, NodeKind::Number(text.into()))
}

pub(in crate::domain::export) fn boolean(value: bool) -> Node {
    Node::new(NOWHERE, NodeKind::Bool(value))
}

pub(in crate::domain::export) fn array(items: Vec<Node>) -> Node {
    Node::new(NOWHERE, NodeKind::Array(items))
}

pub(in crate::domain::export) fn member(key: &str, value: Node) -> Member {
    Member {
        key: key.to_owned(),
        key_span: NOWHERE,
        value,
    }
}

pub(in crate::domain::export) fn object(members: Vec<(&str, Node)>) -> Node {
    Node::new(
        NOWHERE,
        NodeKind::Object(members.into_iter().map(|(k, v)| member(k, v)).collect()),
    )
}
