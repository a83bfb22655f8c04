//! The GymOS top-level webhook object ("Top-level fields" table) and the `payload` container.
//! Descriptions are the document's own words; only stray spaces were tidied.

use super::payload_commerce::{CREDIT, INVENTORY, ORDER, PAYMENT_LINK};
use super::payload_engagement::{ACHIEVEMENT, BODY_HOP, MESSAGE, WEIGH_IN, XRCIZE_SESSION};
use super::payload_leads::{ASSIGNMENT, CAMPAIGN, LEAD_APPOINTMENT};
use super::payload_members::{DOCUMENT, FORM, INJURY, MEMBERSHIP, SCHEDULED_ABSENCE};
use super::payload_sessions::{
    BOOKING, DROP_SLOT_EVENT_SLOT, DROP_SLOT_EVENT_TYPE, DROP_SLOT_INVITATION, SESSION,
};
use super::subject::SUBJECT;
use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{field, FieldDecl, Moment, ObjectDecl, Provenance, Sample as S};

pub static ENVELOPE: ObjectDecl = ObjectDecl {
    name: "envelope",
    description: "Each webhook delivers a single JSON object in the body of an HTTP POST.",
    provenance: Provenance::Documented,
    fields: &[
        // eventType + payload identify GymOS; Perfect Gym sends `event` + `data` instead.
        field(
            "eventType",
            T::String,
            "Logical event type (e.g. Session Booked)",
        )
        .marker()
        .example(r#""Session Booked""#),
        field(
            "eventTimestampUtc",
            T::DateTime,
            "When the original triggering event occurred.",
        )
        .utc()
        .required()
        .example(r#""2025-11-25T13:42:01Z""#)
        .sample(S::Time(Moment::Event)),
        field(
            "webHookTimestampUtc",
            T::DateTime,
            "When the webhook was generated.",
        )
        .utc()
        .required()
        .example(r#""2025-11-25T13:42:01Z""#)
        .sample(S::Time(Moment::Delivery)),
        field("clientId", T::Guid, "GymOS client (facility) ID.")
            .required()
            .example(r#""c340d350-b6a1-434c-bfb6-7703e9cb3215""#),
        field("clientBusinessName", T::String, "Registered business name.")
            .required()
            .example(r#""Example Fitness Ltd""#)
            .sample(S::BusinessName),
        field("clientTradingName", T::String, "Trading name.")
            .required()
            .example(r#""Example Fitness""#)
            .sample(S::TradingName),
        field(
            "subjectType",
            T::String,
            "MEMBER, LEAD, or ATTENDEE. May be empty.",
        )
        .required()
        .example(r#""MEMBER""#),
        // The table gives no `?`, but the document says "Some events may not have an
        // associated subject record(s)", so null has to be accepted here.
        field(
            "subject",
            T::Object(&SUBJECT),
            "The subject object matching subjectType, where applicable",
        )
        .nullable()
        .required(),
        field(
            "payload",
            T::Object(&PAYLOAD),
            "The business object(s) relevant to the event.",
        )
        .marker(),
    ],
};

/// Every payload slot is nullable: "Only relevant objects are populated for each event."
const fn slot(name: &'static str, decl: &'static ObjectDecl, what: &'static str) -> FieldDecl {
    field(name, T::Object(decl), what).nullable()
}

pub static PAYLOAD: ObjectDecl = ObjectDecl {
    name: "payload",
    description: "Only relevant objects are populated for each event.",
    provenance: Provenance::Documented,
    // Order follows the document's `"payload": { ... }` listing.
    fields: &[
        slot("session", &SESSION, "The session an event concerns."),
        slot(
            "booking",
            &BOOKING,
            "The session booking an event concerns.",
        ),
        slot(
            "achievement",
            &ACHIEVEMENT,
            "The achievement an event concerns.",
        ),
        slot(
            "leadAppointment",
            &LEAD_APPOINTMENT,
            "The lead appointment an event concerns.",
        ),
        slot(
            "assignment",
            &ASSIGNMENT,
            "The assignment an event concerns.",
        ),
        slot(
            "bodyHop",
            &BODY_HOP,
            "The BodyHop record an event concerns.",
        ),
        slot("campaign", &CAMPAIGN, "The campaign an event concerns."),
        slot("credit", &CREDIT, "The credit record an event concerns."),
        slot("document", &DOCUMENT, "The document an event concerns."),
        slot(
            "dropSlotEventSlot",
            &DROP_SLOT_EVENT_SLOT,
            "The drop-slot event slot an event concerns.",
        ),
        slot(
            "dropSlotEventType",
            &DROP_SLOT_EVENT_TYPE,
            "The drop-slot event type an event concerns.",
        ),
        slot(
            "dropSlotInvitation",
            &DROP_SLOT_INVITATION,
            "The drop-slot invitation an event concerns.",
        ),
        slot("form", &FORM, "The form an event concerns."),
        slot("injury", &INJURY, "The injury record an event concerns."),
        slot(
            "inventory",
            &INVENTORY,
            "The inventory variant an event concerns.",
        ),
        slot(
            "membership",
            &MEMBERSHIP,
            "The membership an event concerns.",
        ),
        slot("message", &MESSAGE, "The message an event concerns."),
        slot("order", &ORDER, "The order an event concerns."),
        slot(
            "paymentLink",
            &PAYMENT_LINK,
            "The payment link an event concerns.",
        ),
        slot(
            "scheduledAbsence",
            &SCHEDULED_ABSENCE,
            "The scheduled absence an event concerns.",
        ),
        slot(
            "weighIn",
            &WEIGH_IN,
            "The weigh-in record an event concerns.",
        ),
        slot(
            "xrcizeSession",
            &XRCIZE_SESSION,
            "The XRcize session an event concerns.",
        ),
        // Table: "supplementalDataobject (string → string)"; no `?`, but like every payload
        // block it is only there when the trigger adds merge fields.
        field(
            "supplementalData",
            T::StringMap,
            "Additional merge field metadata attached to the event.",
        )
        .nullable()
        .example(
            r#"{"callpurpose": "To catch up from our last discussion", "caller": "Hope Lescase"}"#,
        ),
    ],
};
