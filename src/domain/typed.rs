//! The validated payload as a typed tree: each value already parsed into its documented type, so a view
//! renders GUIDs, datetimes (with their offset) and decimals (with their exact text) without re-parsing.

use super::formats::{DateTime, Guid};
use super::json::Span;
use super::schema::{FieldDecl, ObjectDecl};

#[derive(Clone, Debug, PartialEq)]
pub struct TypedObject {
    /// The declaration the object was checked against; `None` for objects the documents do not describe.
    pub decl: Option<&'static ObjectDecl>,
    pub path: String,
    pub span: Span,
    /// Declared fields, then undocumented ones up to `KEPT_ENTRIES`: a megabyte of unknown keys must not
    /// become a megabyte of rows in memory (each is still validated, and counted below).
    pub fields: Vec<TypedField>,
    /// Undocumented fields validated but not kept as rows.
    pub omitted: usize,
}

/// How many entries of a list, a map or an object's undocumented fields the typed tree keeps. Memory
/// stays a small multiple of the input however many there are; the paste area has every one.
pub const KEPT_ENTRIES: usize = 1000;

impl TypedObject {
    pub fn get(&self, name: &str) -> Option<&TypedField> {
        self.fields.iter().find(|f| f.name == name)
    }

    /// The object naming the event: this one, or the one the `path` of field names leads to (a list's
    /// first element counts), as `VendorDecl::event_in` gives it.
    pub fn holder(&self, path: &[&str]) -> Option<&TypedObject> {
        let mut object = self;
        for name in path {
            object = match &object.get(name)?.value {
                TypedValue::Object(child) => child,
                TypedValue::List { items, .. } => match items.first()? {
                    TypedValue::Object(child) => child,
                    _ => return None,
                },
                _ => return None,
            };
        }
        Some(object)
    }

    /// Declared fields the payload does not carry, in declaration order (the view can reveal them).
    pub fn absent_fields(&self) -> Vec<&'static FieldDecl> {
        self.decl
            .map(|d| {
                d.fields
                    .iter()
                    .filter(|f| self.get(f.name).is_none())
                    .collect()
            })
            .unwrap_or_default()
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct TypedField {
    pub name: String,
    /// `None` when the documents do not list the field.
    pub decl: Option<&'static FieldDecl>,
    pub path: String,
    pub key_span: Span,
    pub span: Span,
    pub value: TypedValue,
}

#[derive(Clone, Debug, PartialEq)]
pub enum TypedValue {
    Null,
    /// `""` where a datetime or GUID belongs: the vendor's way of saying null.
    EmptyAsNull,
    Guid(Guid),
    DateTime(DateTime),
    Date(DateTime),
    /// Milliseconds since the Unix epoch, as sent (an instant in UTC: `DateTime::from_unix_millis`).
    Epoch(i64),
    /// The number exactly as sent: "249.99", "20", "1e2".
    Decimal(Box<str>),
    Int(i64),
    Bool(bool),
    Text(String),
    /// The first `KEPT_ENTRIES` items, and how many the list has.
    List {
        items: Vec<TypedValue>,
        total: usize,
    },
    /// The first `KEPT_ENTRIES` entries, and how many the map has.
    Map {
        entries: Vec<(String, TypedValue)>,
        total: usize,
    },
    Object(TypedObject),
    /// A value that is not of its documented type, or of an undocumented field: shown as compact JSON.
    Raw(String),
}

/// Builds dot paths (`subject.member.currentMemberships[1]`); keys that are not plain names get `["..."]`.
pub fn child_path(parent: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '$' || c == '-');
    match (parent.is_empty(), plain) {
        (true, true) => key.to_owned(),
        (false, true) => format!("{parent}.{key}"),
        (_, false) => format!("{parent}[{}]", super::json::quoted(key)),
    }
}

pub fn index_path(parent: &str, index: usize) -> String {
    format!("{parent}[{index}]")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_use_dots_brackets_and_quote_odd_keys() {
        assert_eq!(child_path("", "payload"), "payload");
        assert_eq!(child_path("payload", "booking"), "payload.booking");
        assert_eq!(
            index_path("subject.member.currentMemberships", 1),
            "subject.member.currentMemberships[1]"
        );
        assert_eq!(
            child_path("payload.supplementalData", "call purpose"),
            "payload.supplementalData[\"call purpose\"]"
        );
        assert_eq!(child_path("", ""), "[\"\"]");
    }
}
