//! Entries point at each other: events at the objects they carry, objects back at their events,
//! object-typed fields at their object, and a validated field at its own entry.

use super::tests::{entry, field};
use super::{entries, field_anchor, EntryKind, Link};

#[test]
fn pgm_data_layouts_list_the_events_that_use_them() {
    let EntryKind::Object(classes) = &entry("perfectgym/object/ClassesBooked/data").kind else {
        panic!("not an object");
    };
    assert_eq!(classes.path, "data");
    assert_eq!(
        classes.used_by,
        [
            "ClassesBooked",
            "ClassesBookedOnStadbyList",
            "ClassesBookingCancelled",
            "ClassesBookingPromotedFromStandbyList"
        ]
    );
    let nested = entry("perfectgym/object/Test/data.nestedData").object();
    assert_eq!(nested.map(|o| o.used_by.clone()), Some(vec!["Test"]));
    let EntryKind::Event(cancelled) = &entry("perfectgym/event/ClassesBookingCancelled").kind
    else {
        panic!("not an event");
    };
    assert_eq!(
        cancelled.data.as_ref().map(|l| l.anchor.as_str()),
        Some("perfectgym/object/ClassesBooked/data")
    );
}

#[test]
fn gymos_events_link_their_subject_type_and_payload_objects() {
    let EntryKind::Event(booked) = &entry("gymos/event/Session Booked").kind else {
        panic!("not an event");
    };
    assert_eq!(booked.decl.subject_type, Some("MEMBER"));
    let link = |label: &str, anchor: &str| Link {
        label: label.into(),
        anchor: anchor.into(),
    };
    assert_eq!(
        booked.objects,
        [
            link("payload.session", "gymos/object/session"),
            link("payload.booking", "gymos/object/booking")
        ]
    );
    assert_eq!(
        field("gymos/field/payload.booking").target.as_deref(),
        Some("gymos/object/booking")
    );
    assert_eq!(field("gymos/field/payload.booking").type_label(), "object?");
    let used_by = |anchor: &str| entry(anchor).object().map(|o| o.used_by.clone());
    assert_eq!(
        used_by("gymos/object/booking"),
        Some(vec!["Session Booked"])
    );
    assert_eq!(used_by("gymos/object/membership").map(|u| u.len()), Some(5));
    assert_eq!(used_by("gymos/object/weighIn"), Some(vec![]));
    assert_eq!(used_by("gymos/object/envelope"), Some(vec![]));
    assert_eq!(field("gymos/field/clientId").type_label(), "GUID");
}

#[test]
fn a_validated_field_leads_to_its_own_entry() {
    for e in entries() {
        if let Some(f) = e.field() {
            assert_eq!(field_anchor(f.decl), Some(e.anchor.as_str()));
        }
    }
    let analysis = crate::domain::analysis::analyze(
        r#"{"event": "ContractCreated", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 1}}"#,
    );
    let data = analysis.root.as_ref().and_then(|r| r.get("data"));
    let Some(crate::domain::typed::TypedValue::Object(data)) = data.map(|f| &f.value) else {
        panic!("data is an object");
    };
    let user = data.get("userId").and_then(|f| f.decl);
    assert_eq!(
        user.and_then(field_anchor),
        Some("perfectgym/field/ContractCreated/data.userId")
    );
}

#[test]
fn every_used_by_link_names_an_event_entry() {
    let mut links = 0;
    for e in entries() {
        for name in e.object().map(|o| o.used_by.as_slice()).unwrap_or_default() {
            let anchor = super::event_anchor(e.vendor, name);
            let target = entries().iter().find(|t| t.anchor == anchor);
            assert!(
                target.is_some_and(
                    |t| matches!(&t.kind, EntryKind::Event(ev) if ev.decl.name == *name)
                ),
                "{anchor} names no event entry"
            );
            links += 1;
        }
    }
    assert!(links > 20, "only {links} used-by links");
    assert_eq!(
        super::event_anchor(crate::domain::schema::Vendor::GymOs, "Session Booked"),
        "gymos/event/Session Booked"
    );
}
