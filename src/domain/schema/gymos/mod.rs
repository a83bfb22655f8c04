//! The GymOS vendor declaration: the single source of truth for parsing, the typed view,
//! the field reference and example generation, transcribed from the vendor's payload document.
//!
//! The tree is walked from `GYMOS.envelope` through `FieldType::Object`; the statics are also
//! exported so events, tests and pages can point at a particular object.

mod envelope;
mod events;
mod lifecycles;
mod member;
mod payload_commerce;
mod payload_engagement;
mod payload_leads;
mod payload_members;
mod payload_sessions;
mod subject;
#[cfg(test)]
mod tests;

pub use envelope::{ENVELOPE, PAYLOAD};
pub use events::EVENTS;
pub use member::MEMBER;
pub use payload_commerce::{CREDIT, INVENTORY, ORDER, PAYMENT_LINK};
pub use payload_engagement::{ACHIEVEMENT, BODY_HOP, MESSAGE, WEIGH_IN, XRCIZE_SESSION};
pub use payload_leads::{ASSIGNMENT, CAMPAIGN, LEAD_APPOINTMENT};
pub use payload_members::{DOCUMENT, FORM, INJURY, MEMBERSHIP, SCHEDULED_ABSENCE};
pub use payload_sessions::{
    BOOKING, DROP_SLOT_EVENT_SLOT, DROP_SLOT_EVENT_TYPE, DROP_SLOT_INVITATION, SESSION,
};
pub use subject::{ATTENDEE, ATTENDEE_KIND, LEAD, LEAD_KIND, MEMBER_KIND, SUBJECT, SUBJECTS};

use crate::domain::schema::types::{Vendor, VendorDecl};
use crate::domain::schema::vendor::{Auth, HeaderMatch, UnnamedDecl, UnsignedDecl};
use crate::domain::schema::DeliveryRules;

pub static GYMOS: VendorDecl = VendorDecl {
    vendor: Vendor::GymOs,
    slug: "gymos",
    display_name: "GymOS",
    type_prefix: "GymOs",
    short_name: "GymOS",
    source: "GymOS webhook payload document (docs/specs/gymos-webhook-payload.txt): envelope, \
             subject, 22 payload objects + supplementalData; event names: field-notes.md.",
    identity: None,
    example_note: "Session Booked, assembled from the GymOS document's examples",
    example_event: "Session Booked",
    events_label: "GymOS — event names seen in the wild",
    envelope: &ENVELOPE,
    event_field: "eventType",
    event_in: &[],
    entity_field: None,
    // "Session Booked" (document) vs "Session booked" (receiver code): field-notes.md.
    event_names_ignore_case: true,
    unknown_events: None,
    subject_type_field: Some("subjectType"),
    subject: Some(&SUBJECTS),
    events: &EVENTS,
    unnamed: Some(&UnnamedDecl {
        container: &PAYLOAD,
        label: "GymOS — payload objects (no published event name)",
    }),
    // GymOS sends no header of its own and documents no signature (field-notes.md).
    headers: HeaderMatch::None,
    auth: Auth::Unsigned(UnsignedDecl {
        summary: "GymOS documents no webhook signature.",
        detail: "Its outbound webhooks carry no signature header and no HMAC, so there is nothing to verify \
                 for this payload. (X-Gymos-Webhook-Key belongs to GymOS's inbound lead API, not to its webhooks.)",
        advice: "Receivers commonly protect a GymOS endpoint themselves: a long random secret in the URL path or \
                 query string (for example https://example.com/hooks/gymos/<random secret>), or a secret header \
                 of their own where their set-up can add one, compared in constant time.",
    }),
    delivery: "Any 2xx status acknowledges the delivery. GymOS documents no response requirements, retries \
               or timeouts.",
    delivery_rules: DeliveryRules {
        // "Each webhook delivers a single JSON object in the body of an HTTP POST".
        method: Some("POST"),
        json: true,
        ..DeliveryRules::NONE
    },
    lifecycles: &lifecycles::LIFECYCLES,
};
