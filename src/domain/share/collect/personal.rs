//! The personal values of one analysed delivery: every value of a field the declarations mark personal
//! (the typed tree says which declaration each field was checked against), with the key it sits under,
//! and whether a diagnostic points at the value itself. A diagnostic on an object points at no value
//! inside it: those are replaced like any other.

use crate::domain::analysis::Analysis;
use crate::domain::json::{parse_at, Node, NodeKind};
use crate::domain::lenient;
use crate::domain::schema::{FieldDecl, Personal, Sample};
use crate::domain::typed::{child_path, index_path, TypedObject, TypedValue};
use std::collections::HashMap;

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Value {
    Text(String),
    /// A number or `true`, as written.
    Literal(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Found {
    pub delivery: usize,
    pub path: String,
    /// The key the value is written under; `None` for an item of a list.
    pub key: Option<String>,
    pub kind: Personal,
    pub sample: Sample,
    pub value: Value,
    /// A diagnostic points at this value (or an item of it).
    pub flagged: bool,
}

/// Every personal value of the delivery's body, in document order.
pub fn personal(delivery: usize, text: &str, analysis: &Analysis) -> Vec<Found> {
    // Read where the analysis read: a BOM, comments and trailing commas blanked (offsets unchanged).
    let cleaned = lenient::clean(text);
    let readable = cleaned.as_ref().map_or(text, |c| c.text.as_str());
    let root = parse_at(text, analysis.body_span.start)
        .or_else(|_| parse_at(readable, analysis.body_span.start));
    let (Some(typed), Ok(root)) = (&analysis.root, root) else {
        return Vec::new();
    };
    let mut decls = HashMap::new();
    declared(typed, &mut decls);
    let flagged = |path: &str| {
        analysis.diagnostics.iter().any(|d| {
            d.path == path
                || d.path
                    .strip_prefix(path)
                    .is_some_and(|rest| rest.starts_with('['))
        })
    };
    let mut out = Vec::new();
    walk(&root, "", &mut |key, path, node| {
        let Some(decl) = decls.get(path) else { return };
        let Some(kind) = decl.personal else { return };
        let mut push = |path: String, key: Option<String>, value: Value| {
            out.push(Found {
                delivery,
                flagged: flagged(&path),
                path,
                key,
                kind,
                sample: decl.sample,
                value,
            })
        };
        match &node.kind {
            NodeKind::String(s) if !s.trim().is_empty() => push(
                path.to_owned(),
                Some(key.to_owned()),
                Value::Text(s.clone()),
            ),
            NodeKind::Number(n) => push(
                path.to_owned(),
                Some(key.to_owned()),
                Value::Literal(n.to_string()),
            ),
            NodeKind::Bool(true) => push(
                path.to_owned(),
                Some(key.to_owned()),
                Value::Literal("true".into()),
            ),
            NodeKind::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    if let Some(s) = item.as_str().filter(|s| !s.trim().is_empty()) {
                        push(index_path(path, i), None, Value::Text(s.to_owned()));
                    }
                }
            }
            _ => {}
        }
    });
    out
}

/// Visits every object member with its key and path, parents before children.
fn walk(node: &Node, path: &str, visit: &mut dyn FnMut(&str, &str, &Node)) {
    match &node.kind {
        NodeKind::Object(members) => {
            for m in members {
                let child = child_path(path, &m.key);
                visit(&m.key, &child, &m.value);
                walk(&m.value, &child, visit);
            }
        }
        NodeKind::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(item, &index_path(path, i), visit);
            }
        }
        _ => {}
    }
}

/// The declaration each field of the typed tree was checked against, by path.
fn declared(obj: &TypedObject, out: &mut HashMap<String, &'static FieldDecl>) {
    fn value(v: &TypedValue, out: &mut HashMap<String, &'static FieldDecl>) {
        match v {
            TypedValue::Object(o) => declared(o, out),
            TypedValue::List { items, .. } => items.iter().for_each(|i| value(i, out)),
            _ => {}
        }
    }
    for f in &obj.fields {
        if let Some(d) = f.decl {
            out.insert(f.path.clone(), d);
        }
        value(&f.value, out);
    }
}
