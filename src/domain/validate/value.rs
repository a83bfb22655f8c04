//! One value against its declared type: the leniency the vendors' own examples need, and a precise
//! diagnostic (expected vs found) for everything else.

use super::words::{expected, mismatch};
use super::{excerpt, Ctx};
use crate::domain::diagnostic::Kind;
use crate::domain::formats::{parse_int, DateTime, Guid, IntError, Zone};
use crate::domain::json::{compact, parse, Member, Node, NodeKind};
use crate::domain::schema::{FieldDecl, FieldType};
use crate::domain::typed::{child_path, index_path, TypedValue, KEPT_ENTRIES};

impl Ctx<'_> {
    pub(super) fn value(
        &mut self,
        node: &Node,
        field: &'static FieldDecl,
        path: &str,
    ) -> TypedValue {
        if matches!(node.kind, NodeKind::Null) {
            if !field.may_be_null() {
                self.report(Kind::NullNotNullable, path, node.span, Some(field.ty.label()), Some("null".into()),
                    format!("{} is null, but the document does not mark it nullable ({}); receivers should still cope.", field.name, field.ty.label()));
            }
            return TypedValue::Null;
        }
        match (field.ty, &node.kind) {
            (FieldType::String, NodeKind::String(s)) => {
                self.hidden_characters(node, path, s);
                TypedValue::Text(s.clone())
            }
            (FieldType::Guid, NodeKind::String(s)) if s.is_empty() => self.empty(node, field, path),
            (FieldType::Guid, NodeKind::String(s)) => match Guid::parse(s) {
                Ok(g) => TypedValue::Guid(g),
                Err(e) => self.format_error(node, field, path, &e.to_string()),
            },
            (FieldType::DateTime | FieldType::Date, NodeKind::String(s)) if s.is_empty() => {
                self.empty(node, field, path)
            }
            (FieldType::DateTime | FieldType::Date, NodeKind::String(s)) => {
                self.datetime(node, field, path, s)
            }
            (FieldType::Decimal, NodeKind::Number(text)) => {
                self.decimal_range(node, path, text);
                TypedValue::Decimal(text.clone())
            }
            (FieldType::Int | FieldType::Int64, NodeKind::Number(text)) => {
                self.int(node, field, path, text)
            }
            (FieldType::Int | FieldType::Int64, NodeKind::String(s))
                if field.numeric_string_seen =>
            {
                self.numeric_string(node, field, path, s)
            }
            (FieldType::Boolean, NodeKind::Bool(b)) => TypedValue::Bool(*b),
            (FieldType::StringList, NodeKind::Array(items)) => self.string_list(items, path),
            (FieldType::StringMap, NodeKind::Object(members)) => self.string_map(members, path),
            (FieldType::Object(decl), NodeKind::Object(members)) => {
                TypedValue::Object(self.object(members, Some(decl), path, node.span))
            }
            (FieldType::EventData, NodeKind::Object(members)) => {
                let decl = self.event_data;
                TypedValue::Object(self.object(members, decl, path, node.span))
            }
            (FieldType::ObjectList(decl), NodeKind::Array(items)) => {
                self.object_list(items, field, decl, path)
            }
            (FieldType::EpochMillis, NodeKind::Number(text)) => {
                self.epoch_millis(node, field, path, text)
            }
            (FieldType::EventData, _) if self.event_data_inferred() => {
                self.inferred_layout(node, path)
            }
            _ => self.type_error(node, field, path),
        }
    }

    /// A JSON number where an integer belongs: whole, in range for the declared width, exact in JavaScript.
    fn int(&mut self, node: &Node, field: &FieldDecl, path: &str, text: &str) -> TypedValue {
        match parse_int(text) {
            Ok(i) if matches!(field.ty, FieldType::Int) && i32::try_from(i).is_err() => {
                self.format_error(node, field, path, "the number does not fit a 32-bit int")
            }
            Ok(i) => {
                if matches!(field.ty, FieldType::Int64) {
                    self.js_precision(node, path, i);
                }
                TypedValue::Int(i)
            }
            Err(IntError::OutOfRange) => self.format_error(
                node,
                field,
                path,
                "the number does not fit a 64-bit integer",
            ),
            Err(e) => {
                let why = format!("{} — {e}", mismatch(expected(field.ty), node));
                self.type_error_with(node, field, path, why)
            }
        }
    }

    /// Every item checked; the first `KEPT_ENTRIES` kept for the view (the rest are counted).
    fn string_list(&mut self, items: &[Node], path: &str) -> TypedValue {
        let mut kept = Vec::with_capacity(items.len().min(KEPT_ENTRIES));
        for (i, item) in items.iter().enumerate() {
            let value = self.list_item(item, &index_path(path, i));
            if kept.len() < KEPT_ENTRIES {
                kept.push(value);
            }
        }
        TypedValue::List {
            items: kept,
            total: items.len(),
        }
    }

    /// Every entry checked; the first `KEPT_ENTRIES` kept for the view (the rest are counted).
    fn string_map(&mut self, members: &[Member], path: &str) -> TypedValue {
        let mut kept = Vec::with_capacity(members.len().min(KEPT_ENTRIES));
        for m in members {
            let entry = child_path(path, &m.key);
            self.hidden_in_key(m, &entry);
            let value = self.list_item(&m.value, &entry);
            if kept.len() < KEPT_ENTRIES {
                kept.push((m.key.clone(), value));
            }
        }
        TypedValue::Map {
            entries: kept,
            total: members.len(),
        }
    }

    fn datetime(&mut self, node: &Node, field: &FieldDecl, path: &str, s: &str) -> TypedValue {
        let parsed = if matches!(field.ty, FieldType::Date) {
            DateTime::parse_date(s)
        } else {
            DateTime::parse(s)
        };
        match parsed {
            Ok(dt) => {
                if dt.zone == Zone::Unspecified && field.is_utc() {
                    self.report(
                        Kind::ZoneLess,
                        path,
                        node.span,
                        Some("UTC (Z or +00:00)"),
                        Some(s.to_owned()),
                        format!(
                            "{} is documented as UTC but carries no zone; read it as UTC. A parser that \
                             takes a zone-less time as local time (JavaScript's Date, .NET's \
                             DateTimeKind.Unspecified) shifts it by the server's offset.",
                            field.name
                        ),
                    );
                }
                if let Zone::Offset(minutes) = dt.zone {
                    self.offset_range(node, path, minutes, s);
                    if minutes != 0 && field.is_utc() {
                        self.report(
                            Kind::UtcOffset,
                            path,
                            node.span,
                            Some("UTC (Z or +00:00)"),
                            Some(s.to_owned()),
                            format!(
                                "{} is meant to be UTC but carries a {} offset; the instant is {}.",
                                field.name,
                                offset_text(minutes),
                                dt.to_utc_string()
                            ),
                        );
                    }
                }
                if matches!(field.ty, FieldType::Date) {
                    TypedValue::Date(dt)
                } else {
                    TypedValue::DateTime(dt)
                }
            }
            Err(e) => self.format_error(node, field, path, &e.to_string()),
        }
    }

    /// `""` where a datetime or GUID belongs. GymOS's own example sends `"cancelledTimeUtc": ""`.
    fn empty(&mut self, node: &Node, field: &FieldDecl, path: &str) -> TypedValue {
        if field.may_be_null() {
            let why = if field.provenance.is_documented() {
                "the vendor's own example does this"
            } else {
                "no document describes this field; receivers that read it treat \"\" as missing"
            };
            self.report(
                Kind::EmptyAsNull,
                path,
                node.span,
                Some(format!("{} or null", field.ty.label()).as_str()),
                Some("\"\"".into()),
                format!(
                    "{} is an empty string standing for null ({why}); parse \"\" as null.",
                    field.name
                ),
            );
            TypedValue::EmptyAsNull
        } else {
            self.format_error(
                node,
                field,
                path,
                "an empty string, and the field is not nullable",
            )
        }
    }

    /// An id sent as `"1042"`: public receivers accept it, so it is a warning, not an error, when it
    /// holds a whole number; anything else in the string is still wrong.
    fn numeric_string(
        &mut self,
        node: &Node,
        field: &FieldDecl,
        path: &str,
        s: &str,
    ) -> TypedValue {
        match parse_int(s) {
            Ok(i) => {
                self.report(Kind::NumericString, path, node.span, Some(field.ty.label()), Some(excerpt(node)),
                    format!("{} is a number sent as a string; public receivers accept both forms, so parse either.", field.name));
                TypedValue::Int(i)
            }
            Err(_) => self.type_error(node, field, path),
        }
    }

    fn list_item(&mut self, node: &Node, path: &str) -> TypedValue {
        match &node.kind {
            NodeKind::String(s) => {
                self.hidden_characters(node, path, s);
                TypedValue::Text(s.clone())
            }
            _ => {
                self.report(
                    Kind::Type,
                    path,
                    node.span,
                    Some("string"),
                    Some(excerpt(node)),
                    mismatch(expected(FieldType::String), node),
                );
                TypedValue::Raw(compact(node))
            }
        }
    }

    pub(super) fn format_error(
        &mut self,
        node: &Node,
        field: &FieldDecl,
        path: &str,
        why: &str,
    ) -> TypedValue {
        self.report(
            inferred_or(field, Kind::Format),
            path,
            node.span,
            Some(field.ty.label()),
            Some(excerpt(node)),
            format!(
                "{} is not a valid {}: {why}.{}",
                excerpt(node),
                field.ty.label(),
                inferred_note(field)
            ),
        );
        TypedValue::Raw(compact(node))
    }

    fn type_error(&mut self, node: &Node, field: &FieldDecl, path: &str) -> TypedValue {
        let hint = match (&field.ty, &node.kind) {
            // A JSON number between quotes, read by the parser the page already has (a float parser
            // would add its own 5 KB to the wasm for this hint alone).
            (FieldType::Decimal | FieldType::Int | FieldType::Int64, NodeKind::String(s))
                if parse(s.trim()).is_ok_and(|n| matches!(n.kind, NodeKind::Number(_))) =>
            {
                " — a number given as a string; send it without quotes"
            }
            (FieldType::Boolean, NodeKind::String(s)) if s == "true" || s == "false" => {
                " — a boolean given as a string"
            }
            _ => "",
        };
        let why = format!("{}{hint}", mismatch(expected(field.ty), node));
        self.type_error_with(node, field, path, why)
    }

    fn type_error_with(
        &mut self,
        node: &Node,
        field: &FieldDecl,
        path: &str,
        why: String,
    ) -> TypedValue {
        self.report(
            inferred_or(field, Kind::Type),
            path,
            node.span,
            Some(field.ty.label()),
            Some(excerpt(node)),
            format!("{why}{}", inferred_note(field)),
        );
        TypedValue::Raw(compact(node))
    }
}

/// A field whose type the documents do not give is only warned about: the declared type is a guess.
fn inferred_or(field: &FieldDecl, kind: Kind) -> Kind {
    if field.type_inferred {
        Kind::InferredType
    } else {
        kind
    }
}

/// Why a mismatch on such a field is no error, said after the mismatch.
fn inferred_note(field: &FieldDecl) -> String {
    if field.type_inferred {
        format!(
            " The documents name {} but give no type: {} is gymhook's inference, so this is a warning, \
             not an error.",
            field.name,
            field.ty.label()
        )
    } else {
        String::new()
    }
}

/// `+02:00` / `-05:30` from minutes east of UTC.
fn offset_text(minutes: i16) -> String {
    let sign = if minutes < 0 { '-' } else { '+' };
    let abs = minutes.unsigned_abs();
    format!("{sign}{:02}:{:02}", abs / 60, abs % 60)
}
