//! The vendor-level declaration: which vendor, its envelope and events, and the facts that hold
//! for the whole vendor (how it is recognised by its headers, how it signs, its subject kinds).

use super::delivery::{DeliveryRules, Lifecycle};
use super::types::{EventDecl, FieldDecl, ObjectDecl};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vendor {
    PerfectGym,
    GymOs,
}

impl Vendor {
    pub const ALL: [Vendor; 2] = [Vendor::PerfectGym, Vendor::GymOs];

    /// The stable identifier used in `data-vendor` and URLs.
    pub fn slug(self) -> &'static str {
        match self {
            Vendor::PerfectGym => "perfectgym",
            Vendor::GymOs => "gymos",
        }
    }
    pub fn display_name(self) -> &'static str {
        match self {
            Vendor::PerfectGym => "Perfect Gym",
            Vendor::GymOs => "GymOS",
        }
    }
}

#[derive(Debug)]
pub struct VendorDecl {
    pub vendor: Vendor,
    pub source: &'static str,
    pub envelope: &'static ObjectDecl,
    /// The envelope field that names the event.
    pub event_field: &'static str,
    pub event_names_ignore_case: bool,
    /// The envelope field naming which kind of subject the event is about (GymOS `subjectType`).
    pub subject_type_field: Option<&'static str>,
    /// GymOS: the subject record and the kinds `subject_type_field` can name.
    pub subject: Option<&'static SubjectDecl>,
    pub events: &'static [EventDecl],
    /// The start of every header the vendor sends of its own (`X-PerfectGym-`, any letter case): a
    /// pasted request carrying one is from this vendor even when its body does not say so.
    pub header_prefix: Option<&'static str>,
    /// How the vendor signs its requests; `None` when it documents no signature (GymOS).
    pub signing: Option<SigningDecl>,
    /// What the receiver must answer and how deliveries repeat, as far as the vendor documents it (the
    /// exports' response descriptions); observed behaviour is marked so.
    pub delivery: &'static str,
    /// The same facts as data, for the probe and the request checks.
    pub delivery_rules: DeliveryRules,
    /// Events that belong together, for the scenario generator.
    pub lifecycles: &'static [Lifecycle],
}

/// The record an event is about (GymOS `subject`): one nullable slot per kind of person, the one
/// named by the envelope's subject type filled.
#[derive(Debug)]
pub struct SubjectDecl {
    /// The object holding the slots (GymOS `SUBJECT`).
    pub object: &'static ObjectDecl,
    /// Every documented kind, in the order of `object`'s slots.
    pub kinds: &'static [&'static SubjectKind],
}

/// One value of the subject type and the record it puts in its slot (`MEMBER` → `MEMBER`'s object).
#[derive(Debug)]
pub struct SubjectKind {
    /// The subject type as sent (`MEMBER`).
    pub value: &'static str,
    /// The record's declaration: the slot is the field of the subject object of this type.
    pub record: &'static ObjectDecl,
}

impl SubjectDecl {
    /// The kind a sent subject type names: trimmed, any letter case (receivers compare so).
    pub fn kind(&self, sent: &str) -> Option<&'static SubjectKind> {
        let sent = sent.trim();
        self.kinds
            .iter()
            .copied()
            .find(|k| k.value.eq_ignore_ascii_case(sent))
    }

    /// The slot of the subject object a kind fills (`member` for MEMBER).
    pub fn slot(&self, kind: &SubjectKind) -> Option<&'static FieldDecl> {
        let fields: &'static [FieldDecl] = self.object.fields;
        fields
            .iter()
            .find(|f| f.ty.object().is_some_and(|o| std::ptr::eq(o, kind.record)))
    }
}

/// A documented request signature: `signature_header = MD5(request_id_header + separator + secret)`
/// in hex (Perfect Gym's scheme; `signature::pgm` computes it).
#[derive(Clone, Copy, Debug)]
pub struct SigningDecl {
    /// Header carrying the request id (identical on every retry of one delivery).
    pub request_id_header: &'static str,
    /// Header carrying the signature.
    pub signature_header: &'static str,
    /// What the vendor puts between request id and secret before hashing.
    pub separator: &'static str,
    /// What the document leaves open and what was observed, in a sentence or two for the reference.
    pub notes: &'static str,
}
