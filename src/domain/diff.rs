//! Two deliveries compared field by field: what one has that the other lacks, and what differs (with a
//! change of JSON type called out). Key order, whitespace and string escapes do not count; numbers are
//! compared as written, since "249.90" and "249.9" may be read differently by a receiver.

use super::http::{split_paste, Paste};
use super::json::{compact, parse_at, Node, NodeKind, SyntaxError};
use super::typed::{child_path, index_path};

/// Longest value quoted in a change.
const SHOWN_CHARS: usize = 80;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Added {
        path: String,
        value: String,
    },
    Removed {
        path: String,
        value: String,
    },
    Changed {
        path: String,
        before: String,
        after: String,
        types: Option<(&'static str, &'static str)>,
    },
}

impl Change {
    pub fn path(&self) -> &str {
        match self {
            Change::Added { path, .. }
            | Change::Removed { path, .. }
            | Change::Changed { path, .. } => path,
        }
    }
    /// `added` / `removed` / `changed` / `type-changed`, as `data-change`.
    pub fn key(&self) -> &'static str {
        match self {
            Change::Added { .. } => "added",
            Change::Removed { .. } => "removed",
            Change::Changed { types: Some(_), .. } => "type-changed",
            Change::Changed { .. } => "changed",
        }
    }
}

/// Which side could not be read.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DiffError {
    #[error("the first delivery's body is not JSON: {0}")]
    First(SyntaxError),
    #[error("the second delivery's body is not JSON: {0}")]
    Second(SyntaxError),
}

/// Compares the JSON bodies of two pastes (bare bodies or whole requests).
pub fn diff(first: &str, second: &str) -> Result<Vec<Change>, DiffError> {
    let a = body(first).map_err(DiffError::First)?;
    let b = body(second).map_err(DiffError::Second)?;
    let mut out = Vec::new();
    walk(&a, &b, "", &mut out);
    Ok(out)
}

/// Whether the two pastes' bodies are the same bytes (retries of one delivery should be).
pub fn same_bytes(first: &str, second: &str) -> bool {
    split_paste(first).body() == split_paste(second).body()
}

fn body(text: &str) -> Result<Node, SyntaxError> {
    let offset = match split_paste(text) {
        Paste::Body(_) => 0,
        Paste::Request(r) => r.body_offset,
    };
    parse_at(text, offset)
}

fn shown(node: &Node) -> String {
    let text = compact(node);
    if text.chars().count() > SHOWN_CHARS {
        let cut: String = text.chars().take(SHOWN_CHARS).collect();
        format!("{cut}…")
    } else {
        text
    }
}

fn walk(a: &Node, b: &Node, path: &str, out: &mut Vec<Change>) {
    match (&a.kind, &b.kind) {
        (NodeKind::Object(am), NodeKind::Object(bm)) => {
            for m in am {
                let p = child_path(path, &m.key);
                match b.get(&m.key) {
                    Some(other) => walk(&m.value, other, &p, out),
                    None => out.push(Change::Removed {
                        path: p,
                        value: shown(&m.value),
                    }),
                }
            }
            for m in bm.iter().filter(|m| a.get(&m.key).is_none()) {
                out.push(Change::Added {
                    path: child_path(path, &m.key),
                    value: shown(&m.value),
                });
            }
        }
        (NodeKind::Array(ai), NodeKind::Array(bi)) => {
            for (i, x) in ai.iter().enumerate() {
                match bi.get(i) {
                    Some(y) => walk(x, y, &index_path(path, i), out),
                    None => out.push(Change::Removed {
                        path: index_path(path, i),
                        value: shown(x),
                    }),
                }
            }
            for (i, y) in bi.iter().enumerate().skip(ai.len()) {
                out.push(Change::Added {
                    path: index_path(path, i),
                    value: shown(y),
                });
            }
        }
        (x, y) if x == y => {}
        (x, y) => {
            let types = (x.type_name() != y.type_name()).then(|| (x.type_name(), y.type_name()));
            out.push(Change::Changed {
                path: path.to_owned(),
                before: shown(a),
                after: shown(b),
                types,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn order_whitespace_and_escapes_do_not_count() {
        let a = r#"{"a": 1, "b": {"c": "x+y", "d": [1, 2]}}"#;
        let b = "POST /h HTTP/1.1\n\n{\"b\":{\"d\":[1,2],\"c\":\"x\\u002By\"},\n \"a\":1}";
        assert_eq!(diff(a, b), Ok(Vec::new()));
        // Equal values, other bytes: retries should be byte for byte the same, and these are not.
        assert!(!same_bytes(a, b));
        assert!(same_bytes(a, &format!("POST /h HTTP/1.1\nX-A: 1\n\n{a}")));
    }

    #[test]
    fn added_removed_changed_and_type_changes_are_named() {
        let a = r#"{"event": "Test", "data": {"userId": 7, "old": true, "list": [1, 2]}}"#;
        let b = r#"{"event": "Test", "data": {"userId": "7", "new": null, "list": [1, 3, 4]}}"#;
        let changes = diff(a, b).unwrap_or_default();
        let keys: Vec<(&str, &str)> = changes.iter().map(|c| (c.key(), c.path())).collect();
        assert_eq!(
            keys,
            [
                ("type-changed", "data.userId"),
                ("removed", "data.old"),
                ("changed", "data.list[1]"),
                ("added", "data.list[2]"),
                ("added", "data.new"),
            ]
        );
        assert!(matches!(
            changes.first(),
            Some(Change::Changed {
                types: Some(("number", "string")),
                ..
            })
        ));
        assert!(matches!(diff("{", "{}"), Err(DiffError::First(_))));
    }
}
