//! The field reference: every vendor, event, object and field, walked from the same declarations the
//! validator reads (`schema`), as one flat ordered list of entries with stable, shareable anchors.

mod build;
mod filter;
mod intro;
mod sections;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_filter;
#[cfg(test)]
mod tests_links;

pub use build::build;
pub use filter::{filter, Counts};
pub use intro::Fact;
pub use sections::{sections, ObjectGroup, VendorSection};

use super::schema::{EventDecl, FieldDecl, ObjectDecl, Vendor};
use std::sync::LazyLock;

/// One addressable item of the reference. Fields follow their object; objects follow the vendor's events.
#[derive(Debug)]
pub struct Entry {
    pub vendor: Vendor,
    /// Stable identifier used in `#/reference/<anchor>` links, e.g. `gymos/field/payload.booking.autoBooked`.
    pub anchor: String,
    pub kind: EntryKind,
}

#[derive(Debug)]
pub enum EntryKind {
    Vendor(VendorIntro),
    Event(EventEntry),
    Object(ObjectEntry),
    Field(FieldEntry),
}

/// What a developer needs before reading fields: where the facts come from and how a payload is recognised.
#[derive(Debug)]
pub struct VendorIntro {
    pub facts: Vec<Fact>,
}

/// A link to another entry, with the text to show for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Link {
    pub label: String,
    pub anchor: String,
}

#[derive(Debug)]
pub struct EventEntry {
    pub decl: &'static EventDecl,
    /// Perfect Gym: the layout of this event's `data`.
    pub data: Option<Link>,
    /// GymOS: the payload objects this event populates, labelled by their path.
    pub objects: Vec<Link>,
    /// The vendor's entity field and what it is for this event (`entityId`, `customerId`); `None` as
    /// the meaning where the documents do not say.
    pub entity: Option<(&'static str, Option<&'static str>)>,
}

#[derive(Debug)]
pub struct ObjectEntry {
    pub decl: &'static ObjectDecl,
    /// Where the object sits in a payload (`payload.booking`, `data.nestedData`); empty for the envelope.
    pub path: String,
    /// The events that carry this object: Perfect Gym events whose `data` has this layout, GymOS
    /// events that fill this payload object. Empty when no declared event names it.
    pub used_by: Vec<&'static str>,
    /// Perfect Gym data layouts: the event the layout is named after in anchors (its first user).
    pub layout: Option<&'static str>,
}

#[derive(Debug)]
pub struct FieldEntry {
    pub decl: &'static FieldDecl,
    /// The field's JSON path as it appears in a payload (`payload.booking.autoBooked`).
    pub path: String,
    /// Anchor of the object entry the field belongs to.
    pub object: String,
    /// For object-typed fields: the anchor of the object's own entry.
    pub target: Option<String>,
}

impl FieldEntry {
    /// The type badge: the vendor's type name, with `?` when null is allowed.
    pub fn type_label(&self) -> String {
        let nullable = if self.decl.nullable { "?" } else { "" };
        format!("{}{nullable}", self.decl.ty.label())
    }
}

impl Entry {
    /// The HTML `id` of the entry's element: the anchor with spaces (not allowed in ids) replaced by `_`.
    /// No prefix, so the static reference document (`reference/#gymos/field/payload.booking.autoBooked`)
    /// scrolls to an entry with no script; the app's own ids never take this `vendor[/kind/…]` shape.
    pub fn element_id(&self) -> String {
        element_id(&self.anchor)
    }

    pub fn object(&self) -> Option<&ObjectEntry> {
        match &self.kind {
            EntryKind::Object(o) => Some(o),
            _ => None,
        }
    }

    pub fn field(&self) -> Option<&FieldEntry> {
        match &self.kind {
            EntryKind::Field(f) => Some(f),
            _ => None,
        }
    }
}

/// The anchor of an event's entry (`gymos/event/Session Booked`). The reference names its event
/// entries with it, and every link to an event (an object's "Used by") calls it too, so the two agree.
pub fn event_anchor(vendor: Vendor, event: &str) -> String {
    format!("{}/event/{event}", vendor.slug())
}

/// See [`Entry::element_id`]; also used to find the element a `#/reference/<anchor>` link names.
pub fn element_id(anchor: &str) -> String {
    anchor.replace(' ', "_")
}

static ENTRIES: LazyLock<Vec<Entry>> = LazyLock::new(build);

/// The whole reference, built once from the declarations.
pub fn entries() -> &'static [Entry] {
    &ENTRIES
}

/// The anchor of a declared field's entry, found by identity: the typed view holds the very
/// declaration the validator matched, so a Perfect Gym `userId` leads to its own event's layout.
pub fn field_anchor(decl: &FieldDecl) -> Option<&'static str> {
    entries()
        .iter()
        .find(|e| e.field().is_some_and(|f| std::ptr::eq(f.decl, decl)))
        .map(|e| e.anchor.as_str())
}
