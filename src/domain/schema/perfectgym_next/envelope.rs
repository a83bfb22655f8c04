//! The body of every PerfectGym Next / Magicline delivery ("Webhook Api reference" → "Event call",
//! schemas `WebhookEventRequest` and `WebhookEvent`). The PerfectGym Next copy of this schema could not
//! be read, so every field is documented for Magicline only (docs/specs/sportalliance-webhooks.md §2).

use super::ML;
use crate::domain::schema::types::{field, FieldType as T, Moment, ObjectDecl, Sample as S};

pub static ENVELOPE: ObjectDecl = ObjectDecl {
    name: "envelope",
    description: "Body of every delivery (WebhookEventRequest): the id of the entity the event is about, a \
                  unique event id, and the event itself in a one-element list. Webhooks are notifiers without \
                  the entity's data: fetch its current state from the Open API, asynchronously, after \
                  answering. Ignore properties you do not know; new ones may be added.",
    provenance: ML,
    fields: &[
        field(
            "entityId",
            T::Int64,
            "ID of the entity the event refers to (int64). What it is depends on the event type: a \
             customerId for CUSTOMER_CHECKIN, a bookingId for CLASS_BOOKING_CREATED, a studioId for \
             AUTOMATIC_CUSTOMER_CHECKOUT (each event says which).",
        )
        .provenance(ML)
        .marker()
        .example("7893459")
        .sample(S::Entity),
        field(
            "uuid",
            T::Guid,
            "Unique event UUID. Deduplicating on it is sensible but not documented: whether it stays the \
             same when a delivery is repeated is not documented either.",
        )
        .provenance(ML)
        .marker()
        .example(r#""095be615-a8ad-4c33-8e9c-c7612fbf6c9f""#)
        .sample(S::EventId),
        field(
            "payload",
            T::ObjectList(&ITEM),
            "The event (WebhookEvent items), documented as \"currently single element\": whether it can \
             ever hold more than one is not documented. Receivers that read only payload[0] miss any other.",
        )
        .provenance(ML)
        .marker()
        .one_item(),
    ],
};

pub static ITEM: ObjectDecl = ObjectDecl {
    name: "payload",
    description: "One event (WebhookEvent): when, which type, and the type's extra data if it has any.",
    provenance: ML,
    fields: &[
        field(
            "timestamp",
            T::EpochMillis,
            "Milliseconds since the Unix epoch (int64), in UTC. Whether it marks when the event occurred or \
             when it was sent is not documented.",
        )
        .provenance(ML)
        .required()
        .example("1642779144176")
        .sample(S::Time(Moment::Event)),
        field(
            "type",
            T::String,
            "Event type name in UPPER_SNAKE case (see the event types). The schema declares no list of \
             values and the documents say the list keeps growing: accept types you do not know.",
        )
        .provenance(ML)
        .required()
        .example(r#""CUSTOMER_CREATED""#),
        field(
            "content",
            T::EventData,
            "Extra data of the event type (added in Open API 1.0.19). Its fields depend on the type; types \
             whose row names none leave it out in the documents' sample. Whether it is then absent, {} or \
             null is not documented.",
        )
        .provenance(ML)
        .nullable(),
    ],
};
