//! GymOS payload objects from member administration: membership, scheduledAbsence,
//! document, form, injury.

use crate::domain::schema::types::FieldType as T;
use crate::domain::schema::types::{
    field, Moment, ObjectDecl, Personal as P, Provenance, Sample as S, Span,
};

pub static MEMBERSHIP: ObjectDecl = ObjectDecl {
    name: "membership",
    description: "The membership an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Membership ID.")
            .nullable()
            .example(r#""2633cfbd-6c46-43d6-8af9-4bd34453a160""#),
        field(
            "createdUtc",
            T::DateTime,
            "When the membership was created.",
        )
        .utc()
        .example(r#""2025-09-27T15:02:02.7813682Z""#),
        field("startDateUtc", T::DateTime, "Start date/time (UTC).")
            .utc()
            .example(r#""2025-09-27T15:02:02.7813682Z""#)
            .sample(S::Time(Moment::Start(Span::Term))),
        // In the table, absent from the example.
        field("endDateUtc", T::DateTime, "End date/time (UTC).")
            .utc()
            .nullable(),
        field("cancelledUtc", T::DateTime, "Cancellation time (UTC).")
            .utc()
            .nullable()
            .example(r#""""#)
            .sample(S::Time(Moment::Cancelled)),
        field("membershipPlan", T::String, "Plan name.")
            .example(r#""Gold Membership""#)
            .sample(S::MembershipPlan),
        field("membershipType", T::String, "Membership category/type.")
            .example(r#""Monthly Recurring""#),
        field("subscriptionLength", T::Int, "Subscription length.").example("1"),
        field(
            "subscriptionPeriodType",
            T::String,
            "Period type (Days/Weeks/Months).",
        )
        .example(r#""Month""#),
        field("subscriptionPeriods", T::Int, "Number of periods.").example("12"),
        field("autoRenew", T::Boolean, "Does membership auto-renew?").example("true"),
        field(
            "costPerPaymentPeriod",
            T::Decimal,
            "Cost per billing period.",
        )
        .nullable()
        .example("249.99")
        .sample(S::Money),
        field("joiningFee", T::Decimal, "Joining fee applied.")
            .nullable()
            .example("0")
            .sample(S::Money),
        field("status", T::String, "Membership status.").example(r#""Active""#),
    ],
};

pub static SCHEDULED_ABSENCE: ObjectDecl = ObjectDecl {
    name: "scheduledAbsence",
    description: "The scheduled absence an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Absence ID.")
            .nullable()
            .example(r#""7f9b60c4-6051-4379-b782-17478f55b2cd""#),
        field("createdUtc", T::DateTime, "When the absence was created.")
            .utc()
            .example(r#""2025-11-26T16:02:02.7813682Z""#),
        field("absenceStartUtc", T::DateTime, "Absence start time (UTC).")
            .utc()
            .example(r#""2025-12-01T00:00:00Z""#)
            .sample(S::Time(Moment::Start(Span::Days))),
        field("absenceEndUtc", T::DateTime, "Absence end time (UTC).")
            .utc()
            .example(r#""2025-12-10T23:59:59Z""#)
            .sample(S::Time(Moment::End(Span::Days))),
        field("reason", T::String, "Absence reason.").example(r#""Holiday""#),
        field("notes", T::String, "Additional notes.")
            .example(r#""Family trip to the beach.""#)
            .sample(S::FreeText),
    ],
};

pub static DOCUMENT: ObjectDecl = ObjectDecl {
    name: "document",
    description: "The document an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("createdUtc", T::DateTime, "Creation timestamp.")
            .utc()
            .example(r#""2025-11-26T16:02:02.7793681Z""#),
        field("description", T::String, "Description.")
            .example(r#""12 month SGPT membership contract for Justin Credible""#)
            .sample(S::Template("12 month {plan} contract for {full}")),
        field("filename", T::String, "Filename.")
            .example(r#""contract_justin_credible.pdf""#)
            .sample(S::Template("contract_{slug}.pdf")),
        field("id", T::Guid, "Document ID.")
            .nullable()
            .example(r#""24b93d25-559c-4edf-bf45-49ae58f52490""#),
        field("name", T::String, "Document name/title.").example(r#""Membership Contract""#),
        field("notes", T::String, "Notes.")
            .example(r#""Signed electronically via GymOS app""#)
            .sample(S::FreeText),
    ],
};

pub static FORM: ObjectDecl = ObjectDecl {
    name: "form",
    description: "The form an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Form ID.")
            .nullable()
            .example(r#""38acbd3d-c2fe-434f-88a5-a1d375be08aa""#),
        field("form", T::String, "Form name.").example(r#""Standard PAR-Q""#),
        field(
            "requestedUtc",
            T::DateTime,
            "When form completion was requested.",
        )
        .utc()
        .nullable()
        .example(r#""2025-11-26T14:50:02.7803683Z""#),
        field("startedUtc", T::DateTime, "When the form was started.")
            .utc()
            .nullable()
            .example(r#""2025-11-26T15:41:02.7803683Z""#),
        field(
            "completedUtc",
            T::DateTime,
            "When the form was submitted/finished.",
        )
        .utc()
        .nullable()
        .example(r#""2025-11-26T16:02:02.7803683Z""#),
        field("alertsRaised", T::Int, "Number of alerts/flags raised.").example("1"),
    ],
};

pub static INJURY: ObjectDecl = ObjectDecl {
    name: "injury",
    description: "The injury record an event concerns.",
    provenance: Provenance::Documented,
    fields: &[
        field("id", T::Guid, "Injury record ID.")
            .nullable()
            .example(r#""a6c825d4-fbc4-47b0-8e52-75f513b27d95""#),
        field("recordedBy", T::String, "Staff name.")
            .example(r#""Shelia Mazeyer""#)
            .sample(S::Staff)
            .personal(P::Name),
        field("isPregnant", T::Boolean, "Pregnancy flag.")
            .example("false")
            .personal(P::Health),
        field("medications", T::String, "Medications listed.")
            .example(r#""Ibuprofen""#)
            .personal(P::Health),
        field("allergies", T::String, "Allergies listed.")
            .example(r#""Peanuts""#)
            .personal(P::Health),
        // An injury record's notes and count are health data too (gymhook's reading).
        field("notes", T::String, "Notes.")
            .example(r#""""#)
            .sample(S::FreeText)
            .personal(P::Health),
        field("injuryCount", T::Int, "Number of injuries recorded.")
            .example("1")
            .personal(P::Health),
    ],
};
