//! GymOS payload objects from lead and follow-up work: leadAppointment, campaign, assignment.

use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{field, Moment, ObjectDecl, Provenance, Sample as S, Span};

pub static LEAD_APPOINTMENT: ObjectDecl = ObjectDecl {
    name: "leadAppointment",
    description: "The lead appointment an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Appointment ID.")
            .nullable()
            .example(r#""27ae4056-ef11-4c0c-9952-6ca23dc92f33""#),
        field("bookedUtc", T::DateTime, "Booking timestamp.")
            .utc()
            .example(r#""2025-11-23T14:13:09Z""#),
        field("cancelledUtc", T::DateTime, "Cancellation timestamp.")
            .utc()
            .nullable()
            .example(r#""""#)
            .sample(S::Time(Moment::Cancelled)),
        field("campaign", T::String, "Campaign name.").example(r#""Black Friday Campaign""#),
        field("status", T::String, "Status.").example(r#""Attended""#),
    ],
};

pub static CAMPAIGN: ObjectDecl = ObjectDecl {
    name: "campaign",
    description: "The campaign an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Campaign ID.")
            .nullable()
            .example(r#""d20c2cb8-50fb-4513-a51c-decb39ec50f2""#),
        field("campaignName", T::String, "Name.").example(r#""Spring into Fitness""#),
        field("status", T::String, "Status.").example(r#""Active""#),
        field("campaignType", T::String, "Type/category.").example(r#""Lead Capture""#),
    ],
};

pub static ASSIGNMENT: ObjectDecl = ObjectDecl {
    name: "assignment",
    description: "The assignment an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Assignment ID.")
            .nullable()
            .example(r#""4325d913-290f-4e3b-85e2-00d83dc1c0f5""#),
        field("title", T::String, "Assignment title.").example(r#""Check-in""#),
        field("details", T::String, "Assignment details.")
            .example(r#""Scheduled call as promised to follow-up on discussion from 3 days ago.""#)
            .sample(S::FreeText),
        field("notes", T::String, "Notes.")
            .example(r#""Seemed very interested in our personal training packages.""#)
            .sample(S::FreeText),
        field("assignmentType", T::String, "Category/type.").example(r#""Generic Reminder""#),
        field("startTimeUtc", T::DateTime, "Start time.")
            .utc()
            .nullable()
            .example(r#""2025-11-27T10:00:00Z""#)
            .sample(S::Time(Moment::Start(Span::Session))),
        field("status", T::String, "Status.").example(r#""Pending""#),
    ],
};
