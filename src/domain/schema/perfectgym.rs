//! Perfect Gym (PGM) declaration: the envelope, the documented events and what field-notes.md adds.
//! Only `Test` has a documented `data` layout; every other `data` field is observed in public receiver code.

use super::delivery::{DeliveryRules, RetryClaim};
use super::types::{
    field, Alias, EventDecl, FieldType::*, Moment, ObjectDecl, Provenance, Sample, SigningDecl,
    Vendor, VendorDecl,
};
use super::vendor::{Auth, HeaderMatch};

pub static PERFECTGYM: VendorDecl = VendorDecl {
    vendor: Vendor::PerfectGym,
    slug: "perfectgym",
    display_name: "Perfect Gym",
    type_prefix: "PerfectGym",
    short_name: "PGM",
    source: "Perfect Gym knowledge base: \"Webhooks\" (Automation Centre), section \"Webhook request - technical details\".",
    identity: None,
    example_note: "The Test event from the Perfect Gym document",
    example_event: "Test",
    events_label: "Perfect Gym",
    envelope: &ENVELOPE,
    event_field: "event",
    event_in: &[],
    entity_field: None,
    event_names_ignore_case: false,
    unknown_events: None,
    subject_type_field: None,
    subject: None,
    events: &EVENTS,
    unnamed: None,
    // Both of its headers carry it: X-PerfectGym-Request, X-PerfectGym-Signature.
    headers: HeaderMatch::Prefix("X-PerfectGym-"),
    auth: Auth::Signature(SIGNING),
    // Section "Webhook request - technical details"; the retries are field-notes.md's public receiver.
    delivery: "Any 2xx status acknowledges the delivery. The Perfect Gym document requires a 2xx answer \
               within 5 seconds, asks for as short a response as possible (e.g. the text \"Ok\") and shows \
               the first 1000 characters of it in its Requests list, from which a request can be re-sent by \
               hand. The same request may arrive more than once, with the same request id. Webhook URLs must \
               be HTTPS on port 443. When it retries on its own is not documented (one public receiver \
               reports retries until a 2xx: observed, not documented).",
    delivery_rules: DeliveryRules {
        // "Return HTTP response with 2xx HTTP status code".
        success_status: Some((200, 299)),
        // "Webhook request - technical details": "Sent as an HTTP POST", "Body - JSON".
        method: Some("POST"),
        json: true,
        // "Be aware that the only port HTTPS 443 is allowed for webhooks."
        https_only: true,
        https_port: Some(443),
        // "Return response within 5 seconds".
        deadline_ms: Some(5_000),
        // "only the first 1000 characters of the received response are visible".
        response_shown_chars: Some(1_000),
        repeats_with_same_id: true,
        // The document only describes re-sending by hand from its Requests list.
        retries: &[RetryClaim {
            repeats: None,
            interval_minutes: None,
            source: "one public receiver reports retries until a 2xx",
            provenance: Provenance::Observed,
        }],
    },
    lifecycles: &super::perfectgym_lifecycles::LIFECYCLES,
};

/// The document's scheme: `X-PerfectGym-Signature = MD5(X-PerfectGym-Request + ":" + secret)`.
/// A `const` (not only a field of the static) so `signature::pgm` can name its parts as constants.
pub const SIGNING: SigningDecl = SigningDecl {
    request_id_header: "X-PerfectGym-Request",
    signature_header: "X-PerfectGym-Signature",
    separator: ":",
    notes: "The document does not say which letter case, so compare case-insensitively. \
            Observed: the header is probably only sent when the webhook has a secret.",
};

static ENVELOPE: ObjectDecl = ObjectDecl {
    name: "envelope",
    description:
        "Body of every PGM webhook request: the event name, when it fired, and the event data.",
    provenance: Provenance::Documented,
    fields: &[
        field("event", String, "Event technical name, e.g. ClassesBooked.")
            .marker()
            .example("\"Test\""),
        field(
            "triggeredDate",
            DateTime,
            "UTC-based time the event was triggered (ISO 8601, typically YYYY-MM-DDThh:mm:ssZ).",
        )
        .marker()
        .utc()
        .example("\"2020-06-01T14:44:46Z\"")
        .sample(Sample::Time(Moment::Event)),
        field(
            "data",
            EventData,
            "Event data fields; their layout depends on the event.",
        )
        .marker(),
    ],
};

static TEST_NESTED: ObjectDecl = ObjectDecl {
    name: "nestedData",
    description: "Nested object of the documented Test example.",
    provenance: Provenance::Documented,
    fields: &[
        field("text", String, "Text value of the Test example.")
            .example("\"nested some text value\"")
            .sample(Sample::FreeText),
        field("date", DateTime, "Date-time value of the Test example.")
            .example("\"2020-06-01T14:44:46Z\""),
        field("amount", Decimal, "Amount value of the Test example.")
            .example("33.78")
            .sample(Sample::Money),
    ],
};

static TEST_DATA: ObjectDecl = ObjectDecl {
    name: "data",
    description: "The documented example payload sent by \"Test all webhooks\".",
    provenance: Provenance::Documented,
    fields: &[
        field("valueLong", Int64, "Integer value of the Test example.").example("12345678"),
        field("valueText", String, "Text value of the Test example.")
            .example("\"some text value\"")
            .sample(Sample::FreeText),
        field(
            "nestedData",
            Object(&TEST_NESTED),
            "Nested object of the Test example.",
        ),
    ],
};

const USER_ID: super::types::FieldDecl = field(
    "userId",
    Int64,
    "PGM user (member) id, an int64; fetch the user through the API for details.",
)
.observed()
.numeric_string_seen()
.sample(Sample::PgmId);
const CONTRACT_ID: super::types::FieldDecl = field(
    "contractId",
    Int64,
    "PGM contract id (API Contracts.id); for payments it names the contract, not the payment.",
)
.observed()
.numeric_string_seen()
.sample(Sample::PgmId);

static CLASS_BOOKING_DATA: ObjectDecl = ObjectDecl {
    name: "data",
    description:
        "Class booking events as seen by public receivers: who booked which class occurrence.",
    provenance: Provenance::Observed,
    fields: &[
        USER_ID,
        field(
            "timeTableEventId",
            Int64,
            "The booked class occurrence (API Classes.id), an int64.",
        )
        .observed()
        .numeric_string_seen()
        .sample(Sample::PgmId),
    ],
};

static CONTRACT_CREATED_DATA: ObjectDecl = ObjectDecl {
    name: "data",
    description: "Contract creation as seen by public receivers.",
    provenance: Provenance::Observed,
    fields: &[
        USER_ID,
        CONTRACT_ID,
        field(
            "contractSignDate",
            DateTime,
            "When the contract was signed.",
        )
        .observed(),
        field(
            "paymentPlanName",
            String,
            "Name of the contract's payment plan.",
        )
        .observed()
        .sample(Sample::MembershipPlan),
    ],
};

static CONTRACT_PAYMENT_DATA: ObjectDecl = ObjectDecl {
    name: "data",
    description: "Contract payment as seen by public receivers.",
    provenance: Provenance::Observed,
    fields: &[USER_ID, CONTRACT_ID],
};

static PERSONAL_TRAINING_DATA: ObjectDecl = ObjectDecl {
    name: "data",
    description: "Personal training booking events as seen by public receivers.",
    provenance: Provenance::Observed,
    fields: &[field(
        "personalTrainingBookingId",
        Int64,
        "PGM personal training booking id, an int64.",
    )
    .observed()
    .numeric_string_seen()
    .sample(Sample::PgmId)],
};

static USER_DATA: ObjectDecl = ObjectDecl {
    name: "data",
    description: "User events as seen by public receivers: which user changed.",
    provenance: Provenance::Observed,
    fields: &[USER_ID],
};

static CARD_SCAN_DATA: ObjectDecl = ObjectDecl {
    name: "data",
    description: "No data field of this event has been observed publicly; every field it carries is shown as undocumented.",
    provenance: Provenance::Observed,
    fields: &[],
};

const fn event(
    name: &'static str,
    description: &'static str,
    data: &'static ObjectDecl,
) -> EventDecl {
    EventDecl {
        name,
        description,
        provenance: Provenance::Documented,
        aliases: &[],
        data: Some(data),
        subject: None,
        subject_type: None,
        objects: &[],
        entity: None,
    }
}

/// Crate-visible as an array so the generator's default can name its first entry with a
/// compile-time-checked index.
pub(crate) static EVENTS: [EventDecl; 13] = [
    event("Test", "Special event sent to every webhook by the \"Test all webhooks\" button.", &TEST_DATA),
    event("ClassesBooked", "The booking for classes has been made (from any app: PGM, Client Portal, POSweb, Mobile app).", &CLASS_BOOKING_DATA),
    EventDecl {
        aliases: &[Alias {
            name: "ClassesBookedOnStandbyList",
            note: "Correct spelling matched by two independent public receivers; the document spells it ClassesBookedOnStadbyList. Accept both.",
        }],
        ..event(
            "ClassesBookedOnStadbyList",
            "The booking for classes has been made but the user stays on a standby list (from any app: PGM, Client Portal, POSweb, Mobile app).",
            &CLASS_BOOKING_DATA,
        )
    },
    event("ClassesBookingCancelled", "The booking for classes has been cancelled (from any app: PGM, Client Portal, POSweb, Mobile app).", &CLASS_BOOKING_DATA),
    event(
        "ClassesBookingPromotedFromStandbyList",
        "The user has been moved from the standby list to the main class list (check previous webhooks).",
        &CLASS_BOOKING_DATA,
    ),
    event("ContractPaymentDone", "The payments for any contract transaction has been made.", &CONTRACT_PAYMENT_DATA),
    event(
        "ContractCreated",
        "The contract has been added to the system (could be for a new member or for the old one).",
        &CONTRACT_CREATED_DATA,
    ),
    event(
        "PersonalTrainingBooked",
        "The booking for the Personal Training session has been made (from any app: PGM, Client Portal, POSweb, Mobile app).",
        &PERSONAL_TRAINING_DATA,
    ),
    event(
        "PersonalTrainingBookingCancelled",
        "The booking for Personal Training has been cancelled (from any app: PGM, Client Portal, POSweb, Mobile app).",
        &PERSONAL_TRAINING_DATA,
    ),
    event(
        "UserCardScanned",
        "There was an attempt (successful or not) to access a particular club and zone by card, fingerprint or QR code scan.",
        &CARD_SCAN_DATA,
    ),
    event("UserModified", "The personal data of any user (both guest and members) has been modified.", &USER_DATA),
    event(
        "UserPresenceChanged",
        "The club member has entered the club (as a result of a card scan or marking presence in POSweb).",
        &USER_DATA,
    ),
    EventDecl {
        provenance: Provenance::Observed,
        ..event(
            "AgreementAnswerModified",
            "Not in the document: matched by public receiver code, which reads userId from its data.",
            &USER_DATA,
        )
    },
];
