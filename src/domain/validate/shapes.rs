//! The shapes the first two vendors never sent: lists of objects (each checked against its declaration,
//! a note when a list documented as holding one element holds more), epoch milliseconds (an instant, with
//! a warning when the number reads as seconds), and event data whose very shape is only inferred.

use super::words::found;
use super::{excerpt, Ctx};
use crate::domain::diagnostic::Kind;
use crate::domain::formats::{parse_int, DateTime};
use crate::domain::json::{compact, Node, NodeKind};
use crate::domain::schema::{FieldDecl, ObjectDecl, Provenance};
use crate::domain::typed::{index_path, TypedValue, KEPT_ENTRIES};

/// 2000-01-01T00:00:00Z in milliseconds: an event time before it, sent by a living webhook, is a mistake.
const YEAR_2000_MS: i64 = 946_684_800_000;
/// The same instant in seconds, and 2100-01-01T00:00:00Z: seconds in this range are a plausible date.
const YEAR_2000_S: i64 = 946_684_800;
const YEAR_2100_S: i64 = 4_102_444_800;

impl Ctx<'_> {
    /// Every element checked against `decl` at its own path (`payload[0]`); a list documented as holding
    /// one element that holds more gets a note, since receivers reading only the first miss the rest.
    pub(super) fn object_list(
        &mut self,
        items: &[Node],
        field: &'static FieldDecl,
        decl: &'static ObjectDecl,
        path: &str,
    ) -> TypedValue {
        if field.one_item && items.len() > 1 {
            if let Some(second) = items.get(1) {
                self.report(Kind::ExtraItems, &index_path(path, 1), second.span, Some("one element"),
                    Some(format!("{} elements", items.len())),
                    format!("{} holds {} elements, but the documents describe it as \"currently single element\": receivers that read only {} miss the other {}. Each is checked and shown here.",
                        field.name, items.len(), index_path(path, 0), items.len() - 1));
            }
        }
        let mut kept = Vec::with_capacity(items.len().min(KEPT_ENTRIES));
        for (i, item) in items.iter().enumerate() {
            let item_path = index_path(path, i);
            let value = match &item.kind {
                NodeKind::Object(members) => {
                    TypedValue::Object(self.object(members, Some(decl), &item_path, item.span))
                }
                _ => {
                    // An inferred list (its very shape a reading of the documents) is only warned about.
                    let kind = if field.type_inferred {
                        Kind::InferredType
                    } else {
                        Kind::Type
                    };
                    self.report(
                        kind,
                        &item_path,
                        item.span,
                        Some("object"),
                        Some(excerpt(item)),
                        format!("expected an object ({}), found {}", decl.name, found(item)),
                    );
                    TypedValue::Raw(compact(item))
                }
            };
            if kept.len() < KEPT_ENTRIES {
                kept.push(value);
            }
        }
        TypedValue::List {
            items: kept,
            total: items.len(),
        }
    }

    /// An integer count of milliseconds: an error when it is no integer, a warning when it is no date in
    /// years 0001-9999 or reads as a date before 2000 but as a plausible date in seconds.
    pub(super) fn epoch_millis(
        &mut self,
        node: &Node,
        field: &FieldDecl,
        path: &str,
        text: &str,
    ) -> TypedValue {
        let millis = match parse_int(text) {
            Ok(millis) => millis,
            Err(e) => {
                let why = format!(
                    "expected an integer count of milliseconds, found {} — {e}",
                    found(node)
                );
                self.report(
                    Kind::Type,
                    path,
                    node.span,
                    Some(field.ty.label()),
                    Some(excerpt(node)),
                    why,
                );
                return TypedValue::Raw(compact(node));
            }
        };
        // Any int64 is what the documents type it as; one that is no date at all is worth a warning.
        let Some(at) = DateTime::from_unix_millis(millis) else {
            self.report(Kind::Range, path, node.span, Some("a date in years 0001-9999"), Some(text.to_owned()),
                format!("{text} milliseconds since 1970 is outside years 0001-9999: no receiver can read it as a date."));
            return TypedValue::Epoch(millis);
        };
        if millis < YEAR_2000_MS && (YEAR_2000_S..YEAR_2100_S).contains(&millis) {
            let as_seconds = DateTime::from_unix(millis, 0);
            self.report(Kind::EpochSeconds, path, node.span, Some("milliseconds since 1970"), Some(text.to_owned()),
                format!("{text} read as milliseconds, as documented, is {} (before 2000); read as seconds it is {}. The sender probably wrote seconds: multiply by 1000.",
                    at.to_rfc3339(), as_seconds.to_rfc3339()));
        }
        TypedValue::Epoch(millis)
    }

    /// Whether the event data being read has a layout the documents leave ambiguous (gymhook infers it).
    pub(super) fn event_data_inferred(&self) -> bool {
        self.event_data
            .is_some_and(|d| d.provenance == Provenance::Inferred)
    }

    /// Event data of another shape than the inferred layout: a warning that repeats why the layout is
    /// only a reading of the documents.
    pub(super) fn inferred_layout(&mut self, node: &Node, path: &str) -> TypedValue {
        let why = self.event_data.map_or("", |d| d.description);
        self.report(
            Kind::InferredType,
            path,
            node.span,
            Some("object"),
            Some(excerpt(node)),
            format!(
                "expected an object by inference, found {}. {why}",
                found(node)
            ),
        );
        TypedValue::Raw(compact(node))
    }
}
