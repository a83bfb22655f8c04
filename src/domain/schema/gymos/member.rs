//! The GymOS `member` subject record: the table's fields plus the address and emergency
//! contact fields the table only summarises ("homeAddress1, homeAddress2, homeCity, etc.").

use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{
    field, FieldDecl, Moment, ObjectDecl, Personal as P, Provenance, Sample as S,
};

/// One of the fields behind the table's "Address fields" / "Emergency contact fields" rows:
/// named there or in the example, typed string by that row.
const fn prose(name: &'static str, description: &'static str, example: &'static str) -> FieldDecl {
    field(name, T::String, description).example(example)
}

pub static MEMBER: ObjectDecl = ObjectDecl {
    name: "member",
    description: "A member: the subject of member events (subjectType MEMBER).",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Member ID.").example(r#""91d6528e-cc6b-4027-9c33-a172ce018c81""#),
        field(
            "createdUtc",
            T::DateTime,
            "When the member record was created.",
        )
        .utc()
        .example(r#""2025-02-19T16:02:02.7763675Z""#)
        .sample(S::Time(Moment::Created)),
        field("title", T::String, "Name title (E.g., Mr., Mrs., Ms. etc.)")
            .example(r#""Mr.""#)
            .sample(S::Title)
            .personal(P::Profile),
        field("firstName", T::String, "First name.")
            .example(r#""Justin""#)
            .sample(S::FirstName)
            .personal(P::Name),
        field("lastName", T::String, "Last name.")
            .example(r#""Credible""#)
            .sample(S::LastName)
            .personal(P::Name),
        field("fullName", T::String, "Full name.")
            .example(r#""Justin Credible""#)
            .sample(S::FullName)
            .personal(P::Name),
        // No example: the document's value is mangled ("[email protected] "), see field-notes.md.
        field("email", T::String, "Email address.")
            .sample(S::Email)
            .personal(P::Contact),
        field("mobile", T::String, "Mobile phone.")
            .example(r#""\u002B447123456789""#)
            .sample(S::Phone)
            .personal(P::Contact),
        // Both typed `date?` although the example sends datetimes.
        field("dateOfBirth", T::Date, "Date of birth.")
            .nullable()
            .example(r#""1983-05-15T00:00:00""#)
            .sample(S::Time(Moment::Birth))
            .personal(P::BirthDate),
        field(
            "joinedDate",
            T::Date,
            "Member join date. This may precede the created date.",
        )
        .nullable()
        .example(r#""2025-01-10T00:00:00Z""#)
        .sample(S::Time(Moment::Joined)),
        field("gender", T::String, "Gender.")
            .example(r#""Male""#)
            .sample(S::Gender)
            .personal(P::Profile),
        field("primaryStatus", T::String, "Status assigned to the member.")
            .example(r#""Satisfactory""#),
        field("journeyPoint", T::String, "Member lifecycle status.")
            .example(r#""Established Member""#),
        field(
            "currentMemberships",
            T::StringList,
            "List of active membership names.",
        )
        .example(r#"["Gold Membership", "Nutrition Bolt-on"]"#)
        .sample(S::MembershipPlan),
        field("assignedMentor", T::String, "Assigned coach/mentor.")
            .example(r#""Jim Shark""#)
            .sample(S::Staff)
            .personal(P::Name),
        // In the table, absent from the example.
        field("blockedUntilUtc", T::DateTime, "Block expiry time (UTC).")
            .utc()
            .nullable(),
        field("defaultVenue", T::String, "The member’s primary venue.")
            .example(r#""Downtown Fitness Centre""#)
            .sample(S::Venue),
        prose(
            "homeAddress1",
            "Home address line 1 (one of the document's address fields).",
            r#""123 The Street""#,
        )
        .sample(S::AddressLine)
        .personal(P::Address),
        prose(
            "homeAddress2",
            "Home address line 2 (one of the document's address fields).",
            r#""""#,
        )
        .personal(P::Address),
        prose(
            "homeAddress3",
            "Home address line 3 (one of the document's address fields).",
            r#""""#,
        )
        .personal(P::Address),
        prose(
            "homeCity",
            "Home town or city (one of the document's address fields).",
            r#""Townsville""#,
        )
        .sample(S::City)
        .personal(P::Address),
        prose(
            "homeCounty",
            "Home county (one of the document's address fields).",
            r#""Countyshire""#,
        )
        .sample(S::County)
        .personal(P::Address),
        prose(
            "homeCountry",
            "Home country (one of the document's address fields).",
            r#""United Kingdom""#,
        )
        .personal(P::Address),
        prose(
            "homePostcode",
            "Home postcode (one of the document's address fields).",
            r#""TS1 2AB""#,
        )
        .sample(S::Postcode)
        .personal(P::Address),
        prose(
            "emergencyContact",
            "Emergency contact's name (one of the document's emergency contact fields).",
            r#""Jane Credible""#,
        )
        .sample(S::Relative)
        .personal(P::Name),
        prose(
            "emergencyPhone",
            "Emergency contact's phone (one of the document's emergency contact fields).",
            r#""\u002B441234567890""#,
        )
        .sample(S::Phone)
        .personal(P::Contact),
        prose(
            "emergencyAddress",
            "Emergency contact's address (one of the document's emergency contact fields).",
            r#""123 The Street, Townsville, Countyshire""#,
        )
        .sample(S::Address)
        .personal(P::Address),
        prose(
            "emergencyRelationship",
            "Emergency contact's relationship to the member \
             (one of the document's emergency contact fields).",
            r#""Spouse""#,
        )
        .personal(P::Profile),
        field(
            "userType",
            T::String,
            "User type (E.g., Member, Employee, Manager, etc.)",
        )
        .example(r#""Member""#),
    ],
};
