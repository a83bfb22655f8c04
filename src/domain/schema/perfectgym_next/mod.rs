//! PerfectGym Next and Magicline (the Sport Alliance Open API webhooks), one declaration for both: the
//! two products are built from one documentation source and send the same body and header, so one
//! delivery cannot tell them apart (docs/specs/sportalliance-webhooks.md §0, §4). Every fact carries the
//! spec's tag: documented on a PerfectGym Next page, documented for Magicline only, observed, inferred.

mod content;
mod envelope;
mod events;
mod lifecycles;
#[cfg(test)]
mod tests;

pub use envelope::{ENVELOPE, ITEM};
pub use events::EVENTS;

use crate::domain::schema::types::{Provenance, Vendor, VendorDecl};
use crate::domain::schema::vendor::{Auth, HeaderMatch, KeyDecl};
use crate::domain::schema::{DeliveryRules, RetryClaim};

/// Read only on the Magicline twin page: it holds for PerfectGym Next through the shared source (§0).
pub(crate) const ML: Provenance = Provenance::Sister("documented for Magicline only");

pub static PERFECTGYM_NEXT: VendorDecl = VendorDecl {
    vendor: Vendor::PerfectGymNext,
    slug: "perfectgym-next",
    display_name: "PerfectGym Next / Magicline",
    type_prefix: "PerfectGymNext",
    short_name: "PGN",
    source: "Sport Alliance developer portal, PerfectGym Next and Magicline webhook pages (general information, \
             event types, Webhook API reference), gathered fact by fact with their sources in \
             docs/specs/sportalliance-webhooks.md.",
    identity: Some(
        "PerfectGym Next and Magicline document the same body and the same x-api-key header: one delivery \
         does not say which of the two sent it (only the key or the registered URL does).",
    ),
    example_note: "CUSTOMER_CREATED, the sample JSON of the general-information page",
    example_event: "CUSTOMER_CREATED",
    events_label: "PerfectGym Next / Magicline",
    envelope: &ENVELOPE,
    event_field: "type",
    event_in: &["payload"],
    entity_field: Some("entityId"),
    event_names_ignore_case: false,
    unknown_events: Some(
        "The documents say the list of types keeps growing: accept types you do not know.",
    ),
    subject_type_field: None,
    subject: None,
    events: &EVENTS,
    unnamed: None,
    headers: HeaderMatch::Exact("x-api-key"),
    auth: Auth::StaticKey(KeyDecl {
        header: "x-api-key",
        description: "The studio's webhook API key (the \"Webhook Token\" of the activation e-mail, one of two \
                      keys issued: the other is for calls into the Open API), sent back unchanged on every \
                      delivery. Validate it against the key you were given, and use it to tell which studio \
                      the event belongs to: the body names no studio or tenant.",
        example: "45d71d45-79e0-4b13-af86-c914f59750fa",
        notes: "There is no signature and no HMAC: the key is a static shared secret, so anyone holding it can \
                send a delivery that passes, and the body's integrity cannot be checked. The documents write \
                x-api-key in prose and X-API-KEY in the OpenAPI scheme and curl sample; the casing sent is not \
                documented, so match the name in any letter case.",
    }),
    delivery: "A delivery not answered within 5 seconds counts as unsuccessful (5000 ms, then cancelled). \
               The webhook API lists 200 \"OK\", 404 and 500 for the event call and defines no response body; \
               which statuses count as success is not spelled out. Retries are documented both ways: the \
               PerfectGym Next page says there is no retry; the Magicline page says the same and, in a later \
               section, that a failed delivery is re-sent after 10 minutes, 3 times in all. Whether a repeat \
               keeps its uuid is not documented. Answer quickly and process asynchronously: do not call the \
               Open API while handling the request.",
    delivery_rules: DeliveryRules {
        method: Some("POST"),
        json: true,
        // The event call lists 200, 404 and 500 but never says which count as success.
        success_status: None,
        // HTTPS only, with a valid certificate; no port is named.
        https_only: true,
        https_port: None,
        // "5 seconds" (PG), "5000 ms" (ML).
        deadline_ms: Some(5_000),
        response_shown_chars: None,
        repeats_with_same_id: false,
        retries: &[
            RetryClaim {
                repeats: Some(0),
                interval_minutes: None,
                source: "the PerfectGym Next general-information page: no retry",
                provenance: Provenance::Documented,
            },
            RetryClaim {
                repeats: Some(3),
                interval_minutes: Some(10),
                source: "the Magicline page's \"Delivery notifications\": re-sent after 10 minutes, 3 repeats \
                         (the same page also says no retry)",
                provenance: ML,
            },
        ],
    },
    lifecycles: &lifecycles::LIFECYCLES,
};
