//! Redaction for share links: every value the declarations mark personal is replaced by a fictional one
//! of the same type and shape, mentions of those people inside other text follow, credentials leave the
//! request. A value a diagnostic points at stays, so the problem being shared survives; the result is
//! re-analysed and must report the same diagnostics, or the values that changed them are restored.

use super::people::People;
use super::request::{is_credential_header, redact_head};
use crate::domain::analysis::{analyze, Analysis};
use crate::domain::diagnostic::{Diagnostic, Severity};
use crate::domain::generate::cast::Cast;
use crate::domain::json::{parse_at, quoted, Node, NodeKind, Span};
use crate::domain::schema::{FieldDecl, FieldType, Personal};
use crate::domain::typed::{child_path, index_path, TypedObject, TypedValue};
use std::collections::HashMap;

mod values;

/// One personal value that the link carries as a fictional one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Replaced {
    pub path: String,
    pub kind: Personal,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redacted {
    pub text: String,
    pub replaced: Vec<Replaced>,
    /// Personal values left as they are because a diagnostic points at them.
    pub kept: Vec<String>,
    /// Mentions of replaced people inside other text (a document's description, a file name).
    pub mentions: usize,
    pub removed_headers: Vec<String>,
    pub masked_params: Vec<String>,
}

/// What redaction would do, counted cheaply from an analysis (for the share control's summary).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Preview {
    pub personal: usize,
    pub credentials: Vec<String>,
}

pub fn preview(analysis: &Analysis) -> Preview {
    fn count(obj: &TypedObject) -> usize {
        obj.fields
            .iter()
            .map(|f| {
                let personal = f.decl.is_some_and(|d| d.personal.is_some());
                let filled = match &f.value {
                    TypedValue::Text(t) => !t.trim().is_empty(),
                    TypedValue::Bool(b) => *b,
                    TypedValue::Date(_) | TypedValue::DateTime(_) | TypedValue::Raw(_) => true,
                    _ => false,
                };
                usize::from(personal && filled) + nested(&f.value)
            })
            .sum()
    }
    fn nested(value: &TypedValue) -> usize {
        match value {
            TypedValue::Object(o) => count(o),
            TypedValue::List { items, .. } => items.iter().map(nested).sum(),
            _ => 0,
        }
    }
    Preview {
        personal: analysis.root.as_ref().map_or(0, count),
        credentials: analysis
            .request
            .iter()
            .flat_map(|r| &r.headers)
            .filter(|(name, _)| is_credential_header(name))
            .map(|(name, _)| name.clone())
            .collect(),
    }
}

/// A planned replacement of one value's JSON text.
struct Edit {
    span: Span,
    path: String,
    json: String,
    personal: Option<Personal>,
}

pub fn redact(text: &str, analysis: &Analysis) -> Redacted {
    let mut edits = Vec::new();
    let mut kept = Vec::new();
    let body_start = analysis.body_span.start;
    if let (Some(typed), Ok(root)) = (&analysis.root, parse_at(text, body_start)) {
        let mut decls = HashMap::new();
        declared(typed, &mut decls);
        let flagged: Vec<&str> = analysis
            .diagnostics
            .iter()
            .filter(|d| d.kind.severity() != Severity::Info)
            .map(|d| d.path.as_str())
            .collect();
        let mut plan = Plan {
            decls,
            flagged,
            people: People::new(),
            persons: Vec::new(),
            edits: &mut edits,
            kept: &mut kept,
        };
        plan.people_in(&root, "");
        plan.personal_in(&root, "");
        plan.mentions_in(&root, "");
    }
    let mut out = assemble(text, body_start, &edits, kept);
    let after = analyze(&out.text);
    let changed = changed_paths(&analysis.diagnostics, &after.diagnostics);
    if !changed.is_empty() {
        // Never expected (the replacements keep each value's type and shape), but the promise is the
        // same diagnostics: give back the values whose replacement changed them.
        let (restored, rest): (Vec<Edit>, Vec<Edit>) = edits
            .into_iter()
            .partition(|e| changed.iter().any(|p| related(p, &e.path)));
        let mut kept = out.kept;
        kept.extend(
            restored
                .into_iter()
                .filter(|e| e.personal.is_some())
                .map(|e| e.path),
        );
        out = assemble(text, body_start, &rest, kept);
    }
    out
}

struct Plan<'a> {
    decls: HashMap<String, &'static FieldDecl>,
    flagged: Vec<&'a str>,
    people: People,
    /// The stand-in for the person an object describes, by the object's path.
    persons: Vec<(String, Cast)>,
    edits: &'a mut Vec<Edit>,
    kept: &'a mut Vec<String>,
}

impl Plan<'_> {
    fn decl(&self, path: &str) -> Option<&'static FieldDecl> {
        self.decls.get(path).copied()
    }

    fn is_flagged(&self, path: &str) -> bool {
        self.flagged.iter().any(|p| related(p, path))
    }

    /// Pass 1: every object that names a person gets that person's stand-in, before any value is
    /// replaced, so `bookedBy` maps to the member's stand-in wherever it appears.
    fn people_in(&mut self, node: &Node, path: &str) {
        walk(node, path, &mut |node, path| {
            let Some(members) = node.as_object() else {
                return;
            };
            let name = |sample| {
                members.iter().find_map(|m| {
                    let decl = self.decl(&child_path(path, &m.key))?;
                    (decl.sample == sample && decl.personal == Some(Personal::Name))
                        .then(|| m.value.as_str())
                        .flatten()
                })
            };
            use crate::domain::schema::Sample as S;
            let (first, last, full) = (name(S::FirstName), name(S::LastName), name(S::FullName));
            // Only a record of a person splits the name; a lone full name (`bookedBy`) is just a name.
            if first.is_none() && last.is_none() {
                return;
            }
            let (first, last) = (first.unwrap_or_default(), last.unwrap_or_default());
            let full = full.map_or_else(|| format!("{first} {last}"), str::to_owned);
            let cast = self.people.person(&full, first, last).clone();
            self.persons.push((path.to_owned(), cast));
        });
    }

    /// Pass 2: the values the declarations mark personal.
    fn personal_in(&mut self, node: &Node, path: &str) {
        let mut found = Vec::new();
        walk(node, path, &mut |node, path| {
            if let Some(members) = node.as_object() {
                for m in members {
                    let child = child_path(path, &m.key);
                    if let Some(kind) = self.decl(&child).and_then(|d| d.personal) {
                        found.push((child, path.to_owned(), kind, m.value.clone()));
                    }
                }
            }
        });
        for (child, parent, kind, value) in found {
            let Some(decl) = self.decl(&child) else {
                continue;
            };
            let json = match &value.kind {
                NodeKind::Bool(true) => Some("false".to_owned()),
                NodeKind::String(s) if !s.trim().is_empty() => {
                    let person = self.persons.iter().find(|(p, _)| *p == parent);
                    let person = person.map(|(_, cast)| cast.clone());
                    Some(quoted(&values::fictional(
                        &mut self.people,
                        decl,
                        s,
                        person.as_ref(),
                    )))
                }
                _ => None,
            };
            let Some(json) = json else { continue };
            if self.is_flagged(&child) {
                self.kept.push(child);
                continue;
            }
            self.edits.push(Edit {
                span: value.span,
                path: child,
                json,
                personal: Some(kind),
            });
        }
    }

    /// Pass 3: the people replaced above, mentioned inside other text.
    fn mentions_in(&mut self, node: &Node, path: &str) {
        let mut strings = Vec::new();
        walk(node, path, &mut |node, path| {
            if let NodeKind::String(s) = &node.kind {
                strings.push((path.to_owned(), node.span, s.clone()));
            }
        });
        for (path, span, s) in strings {
            let free_text = match self.decl(&path) {
                Some(d) => d.personal.is_none() && is_text(d.ty),
                // List items and map values carry their parent's declaration.
                None => self
                    .decls
                    .iter()
                    .filter(|(p, _)| related(&path, p))
                    .all(|(_, d)| d.personal.is_none() && is_text(d.ty)),
            };
            if !free_text || self.is_flagged(&path) {
                continue;
            }
            let (text, n) = self.people.mentions(&s);
            if n > 0 {
                self.edits.push(Edit {
                    span,
                    path,
                    json: quoted(&text),
                    personal: None,
                });
            }
        }
    }
}

fn is_text(ty: FieldType) -> bool {
    matches!(
        ty,
        FieldType::String | FieldType::StringList | FieldType::StringMap
    )
}

/// Visits every value with its JSON path, parents before children.
fn walk(node: &Node, path: &str, visit: &mut dyn FnMut(&Node, &str)) {
    visit(node, path);
    match &node.kind {
        NodeKind::Object(members) => {
            for m in members {
                walk(&m.value, &child_path(path, &m.key), visit);
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

/// `a` is `b`, inside it, or contains it.
fn related(a: &str, b: &str) -> bool {
    let inside = |x: &str, y: &str| {
        x.strip_prefix(y)
            .is_some_and(|rest| rest.is_empty() || rest.starts_with(['.', '[']))
    };
    inside(a, b) || inside(b, a) || b.is_empty() || a.is_empty()
}

/// Paths whose diagnostics (kind and count) differ between two analyses: both lists sorted, then merged.
fn changed_paths(before: &[Diagnostic], after: &[Diagnostic]) -> Vec<String> {
    fn keys(ds: &[Diagnostic]) -> Vec<(&str, u8)> {
        let mut k: Vec<(&str, u8)> = ds.iter().map(|d| (d.path.as_str(), d.kind as u8)).collect();
        k.sort_unstable();
        k
    }
    let (a, b) = (keys(before), keys(after));
    let (mut i, mut j) = (0, 0);
    let mut paths: Vec<String> = Vec::new();
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => (i, j) = (i + 1, j + 1),
            (Some(x), Some(y)) if x < y => {
                paths.push(x.0.to_owned());
                i += 1;
            }
            (Some(x), None) => {
                paths.push(x.0.to_owned());
                i += 1;
            }
            (_, Some(y)) => {
                paths.push(y.0.to_owned());
                j += 1;
            }
            (None, None) => break,
        }
    }
    paths.dedup();
    paths
}

fn assemble(text: &str, body_start: usize, edits: &[Edit], kept: Vec<String>) -> Redacted {
    let body = text.get(body_start..).unwrap_or_default();
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.span.start);
    let mut new_body = String::with_capacity(body.len());
    let mut at = body_start;
    for e in &sorted {
        new_body.push_str(text.get(at..e.span.start).unwrap_or_default());
        new_body.push_str(&e.json);
        at = e.span.end;
    }
    new_body.push_str(text.get(at..).unwrap_or_default());
    let head = redact_head(text, body_start, (body.len(), new_body.len()));
    let head_text = if head.text.is_empty() {
        text.get(..body_start).unwrap_or_default().to_owned()
    } else {
        head.text
    };
    Redacted {
        text: head_text + &new_body,
        replaced: sorted
            .iter()
            .filter_map(|e| {
                e.personal.map(|kind| Replaced {
                    path: e.path.clone(),
                    kind,
                })
            })
            .collect(),
        kept,
        mentions: sorted.iter().filter(|e| e.personal.is_none()).count(),
        removed_headers: head.removed_headers,
        masked_params: head.masked_params,
    }
}
