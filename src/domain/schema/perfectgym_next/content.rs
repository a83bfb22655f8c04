//! The `content` of each event type, as the event-types table lists it. The table gives names only:
//! every field's JSON type is inferred (ids look numeric, `checkoutTime` is an ISO string in the one
//! example), so a value of another type is a warning, never an error. Objects are split where the same
//! fields were seen on a PerfectGym Next page for one event and only on the Magicline page for another.

use super::ML;
use crate::domain::schema::types::{
    field, FieldDecl, FieldType as T, ObjectDecl, Provenance, Sample as S,
};

/// An id the table names for an event's content: an int64 by inference.
const fn id(name: &'static str, description: &'static str, provenance: Provenance) -> FieldDecl {
    field(name, T::Int64, description)
        .provenance(provenance)
        .type_inferred()
        .sample(S::Id)
}

const fn content(
    description: &'static str,
    provenance: Provenance,
    fields: &'static [FieldDecl],
) -> ObjectDecl {
    ObjectDecl {
        name: "content",
        description,
        provenance,
        fields,
    }
}

const DOC: Provenance = Provenance::Documented;
const CONTRACT: &str = "The main contract the change applies to.";
const MODULE: &str = "The additional module's own contract.";
const OPTIONAL: &str =
    "Optional: added in a later revision of the event-types page (an older copy lacks it).";

pub static NONE: ObjectDecl = content(
    "The event-types table names no content field for this type: the documents' sample leaves content out. \
     Whether it is then absent, {} or null is not documented; any field in it is shown as undocumented.",
    DOC,
    &[],
);

/// The same, for a type seen only on the Magicline page.
pub static NONE_ML: ObjectDecl = content(
    "The event-types table names no content field for this type: the documents' sample leaves content out. \
     Whether it is then absent, {} or null is not documented; any field in it is shown as undocumented.",
    ML,
    &[],
);

pub static UNDOCUMENTED: ObjectDecl = content(
    "Not documented: the event-types table leaves this row's details empty, so neither the content nor \
     what entityId is for this type is known. Any field in it is shown as undocumented.",
    ML,
    &[],
);

pub static AGGREGATOR: ObjectDecl = content(
    "The aggregator membership created.",
    DOC,
    &[id("aggregatorId", "The aggregator member id.", DOC)],
);

pub static CHECKOUT: ObjectDecl = ObjectDecl {
    name: "checkouts",
    description: "One automatic checkout: which customer, and when.",
    provenance: DOC,
    fields: &[
        id("customerId", "The customer checked out.", DOC).example("123"),
        field(
            "checkoutTime",
            T::DateTime,
            "When the customer was checked out: an ISO-8601 string in the one example, unlike the epoch \
             milliseconds of payload[].timestamp.",
        )
        .type_inferred()
        .example(r#""2023-10-01T12:00:00Z""#),
    ],
};

pub static AUTOMATIC_CHECKOUT: ObjectDecl = content(
    "The customers checked out. Its exact JSON shape cannot be told from the documents: the current page \
     says content \"is the checkouts object with a list of\" customerId and checkoutTime pairs and gives \
     the example checkouts:{[…]}, which is not JSON; an earlier revision says content is the list itself. \
     {\"checkouts\": […]} is the best reading (inferred), so a content that is a bare list is a warning, \
     not an error.",
    Provenance::Inferred,
    &[field(
        "checkouts",
        T::ObjectList(&CHECKOUT),
        "The customerId and checkoutTime pairs.",
    )
    .type_inferred()],
);

pub static MODULE_CHANGE: ObjectDecl = content(
    "The contract and the additional module changed.",
    DOC,
    &[
        id("contractId", CONTRACT, DOC),
        id("moduleContractId", MODULE, DOC),
    ],
);

/// CONTRACT_ADDITIONAL_MODULE_CANCELLED: the PerfectGym Next row is cut off after `content.contr…`.
pub static MODULE_CANCELLED: ObjectDecl = content(
    "The contract and the additional module cancelled. (The PerfectGym Next page's row is cut off after \
     \"content.contr…\"; both fields are read on the Magicline page.)",
    ML,
    &[
        id("contractId", CONTRACT, ML),
        id("moduleContractId", MODULE, ML),
    ],
);

pub static CONTRACT_CHANGE: ObjectDecl = content(
    "The contract concerned.",
    DOC,
    &[id("contractId", "The contract concerned.", DOC)],
);

pub static CONTRACT_CHANGE_ML: ObjectDecl = content(
    "The contract concerned.",
    ML,
    &[id("contractId", "The contract concerned.", ML)],
);

pub static IDLE_PERIOD: ObjectDecl = content(
    "The contract and its idle period.",
    ML,
    &[
        id("contractId", "The contract the idle period belongs to.", ML),
        id("idlePeriodId", "The idle period.", ML),
        field("idlePeriodAmount", T::Int64, OPTIONAL)
            .provenance(ML)
            .type_inferred(),
        field("usedFreeTermsInDays", T::Int64, OPTIONAL)
            .provenance(ML)
            .type_inferred(),
    ],
);

pub static CHECKIN_STUDIOS: ObjectDecl = content(
    "The contract the change of check-in studios applies to.",
    ML,
    &[id(
        "contractId",
        "The contract the change applies to. Added in a later revision of the event-types page (an older \
         copy lacks it).",
        ML,
    )],
);

pub static HOME_STUDIO: ObjectDecl = content(
    "The previous and the new home studio.",
    ML,
    &[
        id("sourceStudioId", "The previous home studio.", ML),
        id("targetStudioId", "The new home studio.", ML),
    ],
);

pub static CLASS_SLOT: ObjectDecl = content(
    "The class the slot belongs to.",
    DOC,
    &[id(
        "classId",
        "The class of the slot (since Open API 1.4.9).",
        DOC,
    )],
);

/// CLASS_SLOT_UPDATED: only its name was readable on the PerfectGym Next page.
pub static CLASS_SLOT_ML: ObjectDecl = content(
    "The class the slot belongs to.",
    ML,
    &[id(
        "classId",
        "The class of the slot (since Open API 1.4.9).",
        ML,
    )],
);

pub static DEBT_CASE: ObjectDecl = content(
    "Which collection case the adjustment request is about. The documents disagree on one key name: the \
     event-types table says agencyDebtCollectionCaseId, the debt-collection use-case page says \
     agencyCollectionCaseId; which is sent is not documented, so both are declared.",
    ML,
    &[
        id(
            "agencyDebtCollectionCaseId",
            "The partner's own case id, when the partner assigned one (the event-types table's name; the \
             use-case page calls it agencyCollectionCaseId).",
            ML,
        ),
        id(
            "agencyCollectionCaseId",
            "The partner's own case id, when the partner assigned one (the use-case page's name; the \
             event-types table calls it agencyDebtCollectionCaseId).",
            ML,
        ),
        id(
            "collectionCaseId",
            "The collection case, sent when the partner assigned no case id of its own.",
            ML,
        ),
    ],
);
