//! The vocabulary every vendor declaration is written in: field types, fields, objects, events.
//! Declarations are `static` data built with `const fn`s, so adding an attribute never touches old entries.

pub use super::marks::{Personal, Provenance};
pub use super::sample::{Moment, Sample, Span};
pub use super::vendor::{SigningDecl, SubjectDecl, SubjectKind, Vendor, VendorDecl};

/// A JSON type as the vendor documents it. Object types point at their own declaration.
#[derive(Clone, Copy, Debug)]
pub enum FieldType {
    Guid,
    DateTime,
    Date,
    Decimal,
    /// A .NET `int` (32-bit), as GymOS documents its counts.
    Int,
    /// A 64-bit integer: Perfect Gym ids (field-notes.md: "ids are PGM int64 ids").
    Int64,
    Boolean,
    String,
    StringList,
    StringMap,
    Object(&'static ObjectDecl),
    /// A JSON array of objects of one declaration (PerfectGym Next's `payload`).
    ObjectList(&'static ObjectDecl),
    /// An integer count of milliseconds since the Unix epoch, in UTC (PerfectGym Next's `timestamp`).
    EpochMillis,
    /// The event's own data (Perfect Gym's `data`, PerfectGym Next's `content`): its layout is the one
    /// declared by the event named beside it (`VendorDecl::event_field` in the same object).
    EventData,
}

impl FieldType {
    /// The label shown on type badges and in the reference, spelled as the vendor documents write it.
    pub fn label(&self) -> &'static str {
        match self {
            FieldType::Guid => "GUID",
            FieldType::DateTime => "datetime",
            FieldType::Date => "date",
            FieldType::Decimal => "decimal",
            FieldType::Int => "int",
            FieldType::Int64 => "int64",
            FieldType::Boolean => "boolean",
            FieldType::String => "string",
            FieldType::StringList => "string[]",
            FieldType::StringMap => "object (string → string)",
            FieldType::Object(_) => "object",
            FieldType::ObjectList(_) => "object[]",
            FieldType::EpochMillis => "int64 (epoch ms)",
            FieldType::EventData => "object (per event)",
        }
    }

    /// The declaration of the object this field holds, one or a list of them.
    pub fn object(&self) -> Option<&'static ObjectDecl> {
        match self {
            FieldType::Object(decl) | FieldType::ObjectList(decl) => Some(decl),
            _ => None,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub struct FieldDecl {
    pub name: &'static str,
    pub ty: FieldType,
    pub nullable: bool,
    pub description: &'static str,
    pub provenance: Provenance,
    /// The value the vendor's own example shows, as JSON text, when it shows one.
    pub example: Option<&'static str>,
    /// Envelope fields whose presence identifies the vendor.
    pub marker: bool,
    /// Missing it is worth a warning (envelope fields); most payload fields are optional in practice.
    pub required: bool,
    /// What kind of realistic value the example generator puts here.
    pub sample: Sample,
    /// The document says the value is in UTC: every `*Utc` name, and fields such as Perfect Gym's
    /// `triggeredDate` whose description says so. The name alone decides nothing (`schema::tests`).
    pub utc: bool,
    /// Public receivers accept this number as a numeric string too (field-notes.md: PGM ids).
    pub numeric_string_seen: bool,
    /// The value is personal data about someone (see `Personal`).
    pub personal: Option<Personal>,
    /// The documents name the field but not its JSON type: `ty` is an inference, so a value of another
    /// type is a warning, and the exports accept any JSON value there.
    pub type_inferred: bool,
    /// A list documented as holding one element for now: more than one is worth a note.
    pub one_item: bool,
}

/// Starts a documented, non-nullable field; chain the modifiers below.
pub const fn field(name: &'static str, ty: FieldType, description: &'static str) -> FieldDecl {
    FieldDecl {
        name,
        ty,
        nullable: false,
        description,
        provenance: Provenance::Documented,
        example: None,
        marker: false,
        required: false,
        sample: Sample::Auto,
        utc: false,
        numeric_string_seen: false,
        personal: None,
        type_inferred: false,
        one_item: false,
    }
}

impl FieldDecl {
    /// Whether the value is meant to be UTC, as declared (`.utc()`).
    pub fn is_utc(&self) -> bool {
        self.utc
    }

    /// Whether the field may be null (and `""` stand for null in a GUID or date field): the document marks
    /// it nullable, or no document describes the field at all (public code reads it), so nothing says it
    /// may not be. Validation and every export read this, never `nullable` alone.
    pub fn may_be_null(&self) -> bool {
        self.nullable || !self.provenance.is_documented()
    }

    pub const fn nullable(mut self) -> Self {
        self.nullable = true;
        self
    }
    pub const fn observed(mut self) -> Self {
        self.provenance = Provenance::Observed;
        self
    }
    pub const fn provenance(mut self, provenance: Provenance) -> Self {
        self.provenance = provenance;
        self
    }
    pub const fn type_inferred(mut self) -> Self {
        self.type_inferred = true;
        self
    }
    pub const fn one_item(mut self) -> Self {
        self.one_item = true;
        self
    }
    pub const fn example(mut self, json: &'static str) -> Self {
        self.example = Some(json);
        self
    }
    pub const fn marker(mut self) -> Self {
        self.marker = true;
        self.required = true;
        self
    }
    pub const fn required(mut self) -> Self {
        self.required = true;
        self
    }
    pub const fn utc(mut self) -> Self {
        self.utc = true;
        self
    }
    pub const fn numeric_string_seen(mut self) -> Self {
        self.numeric_string_seen = true;
        self
    }
    pub const fn personal(mut self, kind: Personal) -> Self {
        self.personal = Some(kind);
        self
    }
    pub const fn sample(mut self, sample: Sample) -> Self {
        self.sample = sample;
        self
    }
}

#[derive(Debug)]
pub struct ObjectDecl {
    /// The JSON key under which the object appears (`member`, `booking`, ...), or a title for roots.
    pub name: &'static str,
    pub description: &'static str,
    pub provenance: Provenance,
    pub fields: &'static [FieldDecl],
}

impl ObjectDecl {
    pub fn field(&self, name: &str) -> Option<&'static FieldDecl> {
        self.fields.iter().find(|f| f.name == name)
    }
}

/// Another spelling of an event name that is seen in the wild.
#[derive(Debug)]
pub struct Alias {
    pub name: &'static str,
    pub note: &'static str,
}

#[derive(Debug)]
pub struct EventDecl {
    pub name: &'static str,
    pub description: &'static str,
    pub provenance: Provenance,
    pub aliases: &'static [Alias],
    /// Perfect Gym: the layout of `data` for this event.
    pub data: Option<&'static ObjectDecl>,
    /// GymOS: the kind of subject this event is about, one of its vendor's `subject.kinds`.
    pub subject: Option<&'static SubjectKind>,
    /// GymOS: the `subjectType` this event carries (`MEMBER`, `LEAD`, `ATTENDEE`), if known: always
    /// `subject`'s value (the constructors copy it), kept as text for the exports that print it.
    pub subject_type: Option<&'static str>,
    /// GymOS: the payload objects this event populates.
    pub objects: &'static [&'static ObjectDecl],
    /// What the vendor's entity id (`VendorDecl::entity_field`) names for this event (`customerId`);
    /// `None` where the documents do not say.
    pub entity: Option<&'static str>,
}

// Declarations are statics: two references are the same declaration exactly when they point at the same place.
impl PartialEq for ObjectDecl {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

impl PartialEq for FieldDecl {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
