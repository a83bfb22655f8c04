//! The reference is complete and addressable: every declared object and field appears exactly once,
//! at the path a payload uses, under an anchor that is unique and does not change between builds.

use super::{build, element_id, entries, Counts, Entry, EntryKind, FieldEntry};
use crate::domain::schema::{declaration, FieldDecl, Provenance, Vendor};
use std::collections::HashSet;

pub(super) fn entry(anchor: &str) -> &'static Entry {
    entries()
        .iter()
        .find(|e| e.anchor == anchor)
        .unwrap_or_else(|| panic!("no entry {anchor}"))
}

pub(super) fn field(anchor: &str) -> &'static FieldEntry {
    entry(anchor)
        .field()
        .unwrap_or_else(|| panic!("{anchor} is not a field"))
}

fn fields_of(vendor: Vendor) -> Vec<&'static FieldEntry> {
    entries()
        .iter()
        .filter(|e| e.vendor == vendor)
        .filter_map(Entry::field)
        .collect()
}

#[test]
fn every_declared_object_and_field_appears_exactly_once() {
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        let fields = fields_of(vendor);
        let mut declared = 0;
        for obj in decl.objects() {
            let placed = entries()
                .iter()
                .filter_map(|e| e.object().map(|o| (e, o)))
                .filter(|(_, o)| std::ptr::eq(o.decl, obj))
                .collect::<Vec<_>>();
            assert_eq!(placed.len(), 1, "{vendor:?} object {}", obj.name);
            for f in obj.fields {
                let found: Vec<_> = fields
                    .iter()
                    .filter(|e| std::ptr::eq(e.decl, f as &FieldDecl))
                    .collect();
                assert_eq!(found.len(), 1, "{vendor:?} {}.{}", obj.name, f.name);
                assert_eq!(found[0].object, placed[0].0.anchor, "{}", f.name);
                declared += 1;
            }
        }
        assert_eq!(
            fields.len(),
            declared,
            "{vendor:?}: no field entry is invented"
        );
    }
}

#[test]
fn paths_are_the_ones_a_payload_uses() {
    assert_eq!(
        field("gymos/field/payload.booking.autoBooked").path,
        "payload.booking.autoBooked"
    );
    assert_eq!(
        field("gymos/field/subject.member.currentMemberships").path,
        "subject.member.currentMemberships"
    );
    assert_eq!(field("gymos/field/eventType").path, "eventType");
    assert_eq!(
        field("perfectgym/field/Test/data.nestedData.amount").path,
        "data.nestedData.amount"
    );
    // GymOS is one tree, so a path names one field; PGM paths repeat across data layouts only.
    let gymos: HashSet<_> = fields_of(Vendor::GymOs).iter().map(|f| &f.path).collect();
    assert_eq!(gymos.len(), fields_of(Vendor::GymOs).len());
    let pgm: HashSet<_> = fields_of(Vendor::PerfectGym)
        .iter()
        .map(|f| (&f.object, &f.path))
        .collect();
    assert_eq!(pgm.len(), fields_of(Vendor::PerfectGym).len());
}

#[test]
fn anchors_and_element_ids_are_unique() {
    let anchors: HashSet<_> = entries().iter().map(|e| e.anchor.as_str()).collect();
    assert_eq!(anchors.len(), entries().len());
    let ids: HashSet<_> = entries().iter().map(Entry::element_id).collect();
    assert_eq!(ids.len(), entries().len());
    assert!(ids.iter().all(|id| !id.contains(char::is_whitespace)));
    assert_eq!(
        element_id("gymos/event/Session Booked"),
        "gymos/event/Session_Booked"
    );
}

#[test]
fn anchors_are_stable() {
    // Shared links point at these: changing how anchors are formed breaks them.
    for anchor in [
        "gymos",
        "perfectgym",
        "gymos/field/payload.booking.autoBooked",
        "gymos/object/booking",
        "gymos/object/envelope",
        "gymos/event/Session Booked",
        "perfectgym/event/ClassesBooked",
        "perfectgym/object/envelope",
        "perfectgym/field/triggeredDate",
        "perfectgym/object/ClassesBooked/data",
        "perfectgym/object/Test/data.nestedData",
        "perfectgym/field/ContractCreated/data.paymentPlanName",
    ] {
        entry(anchor);
    }
    let again: Vec<String> = build().into_iter().map(|e| e.anchor).collect();
    let first: Vec<&str> = entries().iter().map(|e| e.anchor.as_str()).collect();
    assert_eq!(again, first);
}

#[test]
fn observed_facts_are_marked_observed() {
    let observed = field("gymos/field/payload.session.startTimeUtc");
    assert_eq!(observed.decl.provenance, Provenance::Observed);
    assert_eq!(
        field("perfectgym/field/UserModified/data.userId")
            .decl
            .provenance,
        Provenance::Observed
    );
    assert_eq!(
        field("gymos/field/payload.booking.autoBooked")
            .decl
            .provenance,
        Provenance::Documented
    );
    let EntryKind::Event(e) = &entry("perfectgym/event/AgreementAnswerModified").kind else {
        panic!("not an event");
    };
    assert_eq!(e.decl.provenance, Provenance::Observed);
}

#[test]
fn vendor_intros_say_how_a_payload_is_recognised_and_signed() {
    let facts = |anchor: &str| match &entry(anchor).kind {
        EntryKind::Vendor(intro) => intro.facts.clone(),
        _ => panic!("{anchor} is not a vendor"),
    };
    let text = |anchor: &str, label: &str| {
        facts(anchor)
            .into_iter()
            .find(|f| f.label == label)
            .map(|f| f.text)
            .unwrap_or_default()
    };
    assert!(text("perfectgym", "Detected by").contains("event, triggeredDate and data"));
    assert!(text("gymos", "Detected by").contains("eventType and payload"));
    assert!(text("perfectgym", "Signature").contains("MD5(X-PerfectGym-Request + \":\" + secret)"));
    assert!(text("gymos", "Signature").starts_with("None documented"));
    assert!(text("perfectgym", "Event names").contains("ClassesBookedOnStandbyList"));
    assert!(text("gymos", "Event names").contains("ignoring letter case"));
}

#[test]
fn counts_match_the_declarations() {
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        let counts = Counts::of(entries(), vendor);
        assert_eq!(counts.events, decl.events.len());
        assert_eq!(counts.objects, decl.objects().len());
        let fields: usize = decl.objects().iter().map(|o| o.fields.len()).sum();
        assert_eq!(counts.fields, fields);
    }
    assert_eq!(Counts::of(entries(), Vendor::GymOs).objects, 28);
}

/// The texts built from `header_prefix`, `signing` and the markers, word for word as they were
/// written by hand before those facts moved into the declarations.
#[test]
fn intro_texts_built_from_the_declaration_read_as_before() {
    let text = |anchor: &str, label: &str| match &entry(anchor).kind {
        EntryKind::Vendor(intro) => intro
            .facts
            .iter()
            .find(|f| f.label == label)
            .map(|f| f.text.clone())
            .unwrap_or_default(),
        _ => panic!("{anchor} is not a vendor"),
    };
    assert_eq!(
        text("perfectgym", "Detected by"),
        "A JSON object carrying all of event, triggeredDate and data. A pasted request whose body \
         lacks them still counts as Perfect Gym when it has X-PerfectGym- headers \
         (X-PerfectGym-Request, X-PerfectGym-Signature)."
    );
    assert_eq!(
        text("gymos", "Detected by"),
        "A JSON object carrying all of eventType and payload."
    );
    assert_eq!(
        text("perfectgym", "Signature"),
        "X-PerfectGym-Signature = MD5(X-PerfectGym-Request + \":\" + secret), in hex. The document \
         does not say which letter case, so compare case-insensitively. Observed: the header is \
         probably only sent when the webhook has a secret."
    );
    assert_eq!(
        text("gymos", "Signature"),
        "None documented: GymOS describes no signature header or HMAC for outbound webhooks, and \
         none has been observed. Protect the endpoint with your own secret in its URL or a header."
    );
}
