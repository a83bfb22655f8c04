//! The vendor-level declaration: which vendor, its envelope and events, and the facts that hold
//! for the whole vendor (how it is recognised by its headers, how it signs, its subject kinds).

pub use super::auth::{Auth, KeyDecl, SigningDecl, UnsignedDecl};
use super::delivery::{DeliveryRules, Lifecycle};
use super::types::{EventDecl, FieldDecl, ObjectDecl};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Vendor {
    PerfectGym,
    GymOs,
    PerfectGymNext,
}

impl Vendor {
    /// The registry: every declared vendor, in the order pages list them. A new vendor is a variant, an
    /// entry here and an arm in `schema::declaration`; every consumer iterates this list.
    pub const ALL: [Vendor; 3] = [Vendor::PerfectGym, Vendor::GymOs, Vendor::PerfectGymNext];

    /// The stable identifier used in `data-vendor` and URLs (declared as `VendorDecl::slug`).
    pub fn slug(self) -> &'static str {
        super::declaration(self).slug
    }
    pub fn display_name(self) -> &'static str {
        super::declaration(self).display_name
    }

    /// The vendor whose slug this is.
    pub fn from_slug(slug: &str) -> Option<Vendor> {
        Vendor::ALL.into_iter().find(|v| v.slug() == slug)
    }

    /// The slug of a vendor that may be none of the declared ones (`UNKNOWN_SLUG`).
    pub fn slug_or_unknown(vendor: Option<Vendor>) -> &'static str {
        vendor.map_or(UNKNOWN_SLUG, Vendor::slug)
    }
}

/// What `data-vendor`, the batch filter, the CLI and the npm package say when no declared vendor matches.
pub const UNKNOWN_SLUG: &str = "unknown";

#[derive(Debug)]
pub struct VendorDecl {
    pub vendor: Vendor,
    /// The stable identifier in `data-vendor`, URLs, file names and `--vendor` (`perfectgym`).
    pub slug: &'static str,
    /// The name pages and messages call the vendor by (`Perfect Gym`).
    pub display_name: &'static str,
    /// The vendor's word in exported type and file names (`PerfectGym` → `PerfectGymWebhook`, `PerfectGym.cs`).
    pub type_prefix: &'static str,
    /// The short name used in compact texts and stable keys (`PGM` → `pgm-https-only`).
    pub short_name: &'static str,
    pub source: &'static str,
    /// What one delivery cannot tell about who sent it, when that matters (two products, one format).
    pub identity: Option<&'static str>,
    /// What the page's example button loads, in a few words (its tooltip).
    pub example_note: &'static str,
    /// The event the example button loads: the one the vendor's own example shows.
    pub example_event: &'static str,
    /// The heading of the vendor's events in the generator's list.
    pub events_label: &'static str,
    pub envelope: &'static ObjectDecl,
    /// The field that names the event, in the object `event_in` leads to.
    pub event_field: &'static str,
    /// The object- or list-typed fields leading from the envelope to the object holding `event_field`
    /// (a list's first element counts): empty when the envelope names the event itself.
    pub event_in: &'static [&'static str],
    /// The envelope field holding the id of the entity the event is about, whose meaning each event
    /// declares (`EventDecl::entity`).
    pub entity_field: Option<&'static str>,
    pub event_names_ignore_case: bool,
    /// What receivers should do with event names the declaration does not know, when documented.
    pub unknown_events: Option<&'static str>,
    /// The envelope field naming which kind of subject the event is about (GymOS `subjectType`).
    pub subject_type_field: Option<&'static str>,
    /// GymOS: the subject record and the kinds `subject_type_field` can name.
    pub subject: Option<&'static SubjectDecl>,
    pub events: &'static [EventDecl],
    /// Objects the vendor sends under event names it does not publish: the generator offers one event
    /// per slot of this container, under a labelled placeholder name (GymOS `payload`).
    pub unnamed: Option<&'static UnnamedDecl>,
    /// The headers of the vendor's own: a pasted request carrying one is from this vendor even when its
    /// body does not say so.
    pub headers: HeaderMatch,
    /// How a receiver authenticates a delivery (signature, static key, or nothing documented).
    pub auth: Auth,
    /// What the receiver must answer and how deliveries repeat, as far as the vendor documents it (the
    /// exports' response descriptions); observed behaviour is marked so.
    pub delivery: &'static str,
    /// The same facts as data, for the probe, the request checks and the generator's notes.
    pub delivery_rules: DeliveryRules,
    /// Events that belong together, for the scenario generator.
    pub lifecycles: &'static [Lifecycle],
}

/// Which request headers name the vendor.
#[derive(Clone, Copy, Debug)]
pub enum HeaderMatch {
    /// Every header starting with this, in any letter case (`X-PerfectGym-`).
    Prefix(&'static str),
    /// This header, in any letter case.
    Exact(&'static str),
    /// The vendor sends no header of its own.
    None,
}

impl HeaderMatch {
    /// Whether a header of this name is one of the vendor's own.
    pub fn matches(&self, name: &str) -> bool {
        match *self {
            HeaderMatch::Prefix(prefix) => name
                .get(..prefix.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(prefix)),
            HeaderMatch::Exact(header) => name.eq_ignore_ascii_case(header),
            HeaderMatch::None => false,
        }
    }
}

/// Objects a vendor sends without a published event name (see `VendorDecl::unnamed`).
#[derive(Debug)]
pub struct UnnamedDecl {
    /// The object whose object-typed and map slots each become one generator entry.
    pub container: &'static ObjectDecl,
    /// The generator's heading for those entries.
    pub label: &'static str,
}

impl VendorDecl {
    /// The MD5 signature scheme, when the vendor signs its requests.
    pub fn signing(&self) -> Option<&SigningDecl> {
        self.auth.signing()
    }
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
