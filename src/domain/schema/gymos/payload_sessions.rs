//! GymOS payload objects about sessions and drop-slot bookings: session, booking,
//! dropSlotEventSlot, dropSlotEventType, dropSlotInvitation.

use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{
    field, Moment, ObjectDecl, Personal as P, Provenance, Sample as S, Span,
};

pub static SESSION: ObjectDecl = ObjectDecl {
    name: "session",
    description: "The session an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Session ID.")
            .nullable()
            .example(r#""6fd0aa79-e899-4d93-b465-12fa38d96372""#),
        field("startTimeLocal", T::DateTime, "Local session start time.")
            .nullable()
            .example(r#""2025-11-26T16:15:00+00:00""#)
            .sample(S::LocalTime(Moment::Start(Span::Session))),
        // Not in the document: field-notes.md records one public receiver reading it.
        field(
            "startTimeUtc",
            T::DateTime,
            "Observed, not documented: one public receiver reads it; \
             the document lists startTimeLocal instead.",
        )
        .utc()
        .nullable()
        .observed()
        .sample(S::Time(Moment::Start(Span::Session))),
        field("endTimeLocal", T::DateTime, "Local session end time.")
            .nullable()
            .example(r#""2025-11-26T17:00:00+00:00""#)
            .sample(S::LocalTime(Moment::End(Span::Session))),
        field(
            "sessionType",
            T::String,
            "Session type (E.g., Small Group 1:6)",
        )
        .example(r#""SGPT (1:6)""#)
        .sample(S::SessionType),
        field("venue", T::String, "Venue.")
            .example(r#""Downtown Fitness Centre""#)
            .sample(S::Venue),
        field("venueArea", T::String, "Area/room.")
            .example(r#""Studio 2""#)
            .sample(S::VenueArea),
        field("leadCoach", T::String, "Coach name.")
            .example(r#""Sarah Trainer""#)
            .sample(S::Staff)
            .personal(P::Name),
    ],
};

pub static BOOKING: ObjectDecl = ObjectDecl {
    name: "booking",
    description: "The session booking an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Booking ID.")
            .nullable()
            .example(r#""97c6e7c9-0920-438f-828e-25a252d06740""#),
        field("autoBooked", T::Boolean, "If the booking was auto-booked.").example("false"),
        field("bookedBy", T::String, "Who created the booking.")
            .example(r#""Justin Credible""#)
            .sample(S::FullName)
            .personal(P::Name),
        field("bookedTimeUtc", T::DateTime, "UTC booking time.")
            .utc()
            .nullable()
            .example(r#""2025-11-26T16:02:00.7793681Z""#)
            .sample(S::Time(Moment::Event)),
        // The example sends "" rather than null for "not cancelled".
        field("cancelledTimeUtc", T::DateTime, "UTC cancellation time.")
            .utc()
            .nullable()
            .example(r#""""#)
            .sample(S::Time(Moment::Cancelled)),
        field("paymentMethod", T::String, "Payment method label.").example(r#""Credits""#),
        field("status", T::String, "Booking status.").example(r#""Booked""#),
    ],
};

pub static DROP_SLOT_EVENT_SLOT: ObjectDecl = ObjectDecl {
    name: "dropSlotEventSlot",
    description: "A drop-slot event slot an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Event ID.")
            .nullable()
            .example(r#""c7be53ec-b1f1-4f91-9e2f-dfc6aba1d866""#),
        field("status", T::String, "Status.").example(r#""Booked""#),
        field("startTimeUtc", T::DateTime, "Event start (UTC).")
            .utc()
            .nullable()
            .example(r#""2025-11-28T18:30:00Z""#)
            .sample(S::Time(Moment::Start(Span::Session))),
        field("endTimeUtc", T::DateTime, "Event end (UTC).")
            .utc()
            .nullable()
            .example(r#""2025-11-28T19:30:00Z""#)
            .sample(S::Time(Moment::End(Span::Session))),
        field("hosts", T::String, "Delimited list of host(s).")
            .example(r#""Rick Ottersheese""#)
            .sample(S::Staff)
            .personal(P::Name),
        field("attendees", T::String, "Delimited list of attendee(s).")
            .example(r#""Alice Tikband""#)
            .sample(S::FullName)
            .personal(P::Name),
    ],
};

pub static DROP_SLOT_EVENT_TYPE: ObjectDecl = ObjectDecl {
    name: "dropSlotEventType",
    description: "A drop-slot event type an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Event type ID.")
            .nullable()
            .example(r#""93c27cb4-a458-4d5c-8e03-9661336beb18""#),
        field("eventName", T::String, "Name.").example(r#""Check-In""#),
        field("eventDescription", T::String, "Description.")
            .example(
                r#""Regular check-in to ensure that we are on track towards our goals, and to make adjustments as necessary.""#,
            )
            .sample(S::FreeText),
    ],
};

pub static DROP_SLOT_INVITATION: ObjectDecl = ObjectDecl {
    name: "dropSlotInvitation",
    description: "A drop-slot invitation an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("createdUtc", T::DateTime, "Created timestamp.")
            .utc()
            .example(r#""2025-11-26T16:02:02.7803683Z""#),
        field("id", T::Guid, "Invitation ID.")
            .nullable()
            .example(r#""9db526a8-b87e-4d88-8d9d-ae96be1d1a5a""#),
        field("invitationsIssued", T::Int, "Number issued.").example("1"),
        field("status", T::String, "Status.").example(r#""Active""#),
        field("validFromUtc", T::DateTime, "Valid from.")
            .utc()
            .nullable()
            .example(r#""2025-11-26T16:02:02.7803683Z""#)
            .sample(S::Time(Moment::Start(Span::Validity))),
        field("validToUtc", T::DateTime, "Valid until.")
            .utc()
            .nullable()
            .example(r#""2025-12-03T16:02:02.7803683Z""#)
            .sample(S::Time(Moment::End(Span::Validity))),
    ],
};
