//! GymOS payload objects about training progress and communication: achievement, bodyHop,
//! weighIn, xrcizeSession, message.

use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{field, ObjectDecl, Personal as P, Provenance, Sample as S};

pub static ACHIEVEMENT: ObjectDecl = ObjectDecl {
    name: "achievement",
    description: "The achievement an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Achievement ID.")
            .nullable()
            .example(r#""8496f565-88d5-40af-b689-5980452e18c9""#),
        field(
            "achievement",
            T::String,
            "The value of the achievement (E.g., 10kg)",
        )
        .example(r#""150kg""#),
        field(
            "achievementType",
            T::String,
            "The achievement type (E.g., Deadlift)",
        )
        .example(r#""Deadlift""#),
        field("achievedAtUtc", T::DateTime, "When achieved.")
            .utc()
            .example(r#""2025-11-26T14:29:02.7773686Z""#),
        field("notes", T::String, "Notes.")
            .example(r#""Verified by Maya Magination""#)
            .sample(S::Template("Verified by {staff}")),
    ],
};

pub static BODY_HOP: ObjectDecl = ObjectDecl {
    name: "bodyHop",
    description: "The BodyHop record an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "BodyHop ID.")
            .nullable()
            .example(r#""14686129-c530-4a73-b566-8d5c189f2795""#),
        field("datePointUtc", T::DateTime, "Timestamp.")
            .utc()
            .example(r#""2025-11-25T19:59:02.7773686Z""#),
        field("notes", T::String, "Notes.")
            .example(r#""Decent progression on my legs. Arms still need more work.""#)
            .sample(S::FreeText)
            .personal(P::Health),
    ],
};

pub static WEIGH_IN: ObjectDecl = ObjectDecl {
    name: "weighIn",
    description: "The weigh-in (body measurement) record an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Measurement record ID.")
            .nullable()
            .example(r#""dad0f80e-1947-4c7c-aec7-f1c145ca54b9""#),
        field("dateOfRecordUtc", T::DateTime, "Date/time of measurement.")
            .utc()
            .example(r#""2025-11-26T16:02:02.7823685Z""#),
        // Body measurements are health data (the marks are gymhook's reading, not the document's).
        field("heightCm", T::Decimal, "Height in cm.")
            .nullable()
            .example("176")
            .personal(P::Health),
        field("weightKg", T::Decimal, "Weight in kg.")
            .nullable()
            .example("75.2")
            .personal(P::Health),
        field("bodyFatPercentage", T::Decimal, "Body fat %.")
            .nullable()
            .example("19.2")
            .personal(P::Health),
        field("notes", T::String, "Notes.")
            .example(r#""Feeling good, energy levels are up.""#)
            .sample(S::FreeText)
            .personal(P::Health),
    ],
};

pub static XRCIZE_SESSION: ObjectDecl = ObjectDecl {
    name: "xrcizeSession",
    description: "The XRcize session an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "XRcize session ID.")
            .nullable()
            .example(r#""8854b0bb-3293-4d32-9964-bd5b3da4a45c""#),
        field("name", T::String, "Session name.").example(r#""Full Body Strength Workout""#),
        field(
            "description",
            T::String,
            "Description of the session content.",
        )
        .example(
            r#""A comprehensive strength training session targeting all major muscle groups.""#,
        )
        .sample(S::FreeText),
        field("sessionType", T::String, "XRcize session type.").example(r#""Master""#),
        field(
            "contentFormat",
            T::String,
            "The type of XRcize session (E.g., Structured, Freeform, etc.)",
        )
        .example(r#""In-Person Trackable""#),
        field("trainingMethod", T::String, "Training method used.")
            .example(r#""Strength Progression (round up)""#),
    ],
};

pub static MESSAGE: ObjectDecl = ObjectDecl {
    name: "message",
    description: "The message an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Message ID.")
            .nullable()
            .example(r#""9fa71ca8-246a-4e2e-bc99-f8c8c9032281""#),
        field(
            "from",
            T::String,
            "Sender (address, identifier, or mobile).",
        )
        .example(r#""Titus Addrum""#)
        .sample(S::FullName)
        .personal(P::Contact),
        field("isInbound", T::Boolean, "True if message was inbound.").example("true"),
        field("messageType", T::String, "Category/type.").example(r#""Email""#),
        field("receivedUtc", T::DateTime, "When the message was received.")
            .utc()
            .example(r#""2025-11-26T16:02:02.7813682Z""#),
        // In the table, absent from the example.
        field("readUtc", T::DateTime, "When the message was read.")
            .utc()
            .nullable(),
        field("status", T::String, "Message status.").example(r#""Received""#),
        field("subject", T::String, "Message subject/title.")
            .example(r#""Enquiry about personal training packages""#),
    ],
};
