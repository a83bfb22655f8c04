//! The GymOS `subject` block and its lead and attendee records (member lives in `member.rs`).
//! Field lists are the document's tables; examples are the document's own values.

use super::member::MEMBER;
use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{
    field, Moment, ObjectDecl, Personal as P, Provenance, Sample as S, SubjectDecl, SubjectKind,
};

/// "subjectType: MEMBER, LEAD, or ATTENDEE. May be empty." Each names the slot holding its record.
pub static SUBJECTS: SubjectDecl = SubjectDecl {
    object: &SUBJECT,
    kinds: &[&MEMBER_KIND, &LEAD_KIND, &ATTENDEE_KIND],
};
pub static MEMBER_KIND: SubjectKind = SubjectKind {
    value: "MEMBER",
    record: &MEMBER,
};
pub static LEAD_KIND: SubjectKind = SubjectKind {
    value: "LEAD",
    record: &LEAD,
};
pub static ATTENDEE_KIND: SubjectKind = SubjectKind {
    value: "ATTENDEE",
    record: &ATTENDEE,
};

pub static SUBJECT: ObjectDecl = ObjectDecl {
    name: "subject",
    description: "The subject represents the individual associated with the event. \
                  Some events may not have an associated subject record(s).",
    provenance: Provenance::Documented,
    // The example fills the slot that matches subjectType and sends null for the others.
    fields: &[
        field(
            "member",
            T::Object(&MEMBER),
            "The member, when subjectType is MEMBER.",
        )
        .nullable(),
        field(
            "lead",
            T::Object(&LEAD),
            "The lead, when subjectType is LEAD.",
        )
        .nullable(),
        field(
            "attendee",
            T::Object(&ATTENDEE),
            "The attendee, when subjectType is ATTENDEE.",
        )
        .nullable(),
    ],
};

// `email` carries no example: the document's values were mangled in copying
// ("[email protected] "), see field-notes.md.
pub static LEAD: ObjectDecl = ObjectDecl {
    name: "lead",
    description: "A lead: the subject of lead events (subjectType LEAD).",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Lead ID.").example(r#""c28a6e90-95a1-44e9-8d8a-26d5e2cc01e2""#),
        field("firstName", T::String, "First name.")
            .example(r#""Amanda""#)
            .sample(S::FirstName)
            .personal(P::Name),
        field("fullName", T::String, "Full name.")
            .example(r#""Amanda Huggenkiss""#)
            .sample(S::FullName)
            .personal(P::Name),
        field("lastName", T::String, "Last name.")
            .example(r#""Huggenkiss""#)
            .sample(S::LastName)
            .personal(P::Name),
        field("email", T::String, "Email address.")
            .sample(S::Email)
            .personal(P::Contact),
        field("mobile", T::String, "Mobile phone.")
            .example(r#""\u002B447987654321""#)
            .sample(S::Phone)
            .personal(P::Contact),
        field("createdUtc", T::DateTime, "When the lead was created.")
            .utc()
            .example(r#""2025-07-28T15:02:02.7763675Z""#)
            .sample(S::Time(Moment::Created)),
        field("gender", T::String, "Gender, if provided.")
            .example(r#""Female""#)
            .sample(S::Gender)
            .personal(P::Profile),
        // Typed `date?` although the example sends a zone-less datetime.
        field("dateOfBirth", T::Date, "DOB, if collected.")
            .nullable()
            .example(r#""1986-08-22T00:00:00""#)
            .sample(S::Time(Moment::Birth))
            .personal(P::BirthDate),
        field("source", T::String, "Lead source.").example(r#""Facebook Ad""#),
        field("preferredVenue", T::String, "Venue preference.")
            .example(r#""Uptown Fitness Centre""#)
            .sample(S::Venue),
    ],
};

pub static ATTENDEE: ObjectDecl = ObjectDecl {
    name: "attendee",
    description: "An attendee (the document's table calls it a guest): subjectType ATTENDEE.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Guest ID.").example(r#""d4f5e6a7-b8c9-40d1-ef01-23456789abcd""#),
        field("createdUtc", T::DateTime, "When the guest was created.")
            .utc()
            .example(r#""2025-11-13T16:02:02.7773686Z""#)
            .sample(S::Time(Moment::Created)),
        field("firstName", T::String, "First name.")
            .example(r#""Alice""#)
            .sample(S::FirstName)
            .personal(P::Name),
        field("fullName", T::String, "Full name.")
            .example(r#""Alice Tikband""#)
            .sample(S::FullName)
            .personal(P::Name),
        field("lastName", T::String, "Last name.")
            .example(r#""Tikband""#)
            .sample(S::LastName)
            .personal(P::Name),
        field("email", T::String, "Email address.")
            .sample(S::Email)
            .personal(P::Contact),
        field("mobile", T::String, "Mobile number.")
            .nullable()
            .example(r#""\u002B447000112233""#)
            .sample(S::Phone)
            .personal(P::Contact),
        // In the table, absent from the example.
        field("status", T::String, "Guest status."),
    ],
};
