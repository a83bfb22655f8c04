//! Filtering finds fields by name, path, type and description, case-insensitively, and always keeps
//! a matching field's object in view.

use super::{entries, filter, sections, EntryKind};
use crate::domain::schema::Vendor;
use std::collections::HashSet;

fn anchors(query: &str) -> Vec<&'static str> {
    filter(entries(), query)
        .into_iter()
        .map(|e| e.anchor.as_str())
        .collect()
}

fn fields(query: &str) -> Vec<&'static str> {
    filter(entries(), query)
        .into_iter()
        .filter(|e| e.field().is_some())
        .map(|e| e.anchor.as_str())
        .collect()
}

#[test]
fn a_field_name_finds_that_field_and_its_object_only() {
    assert_eq!(
        anchors("autoBooked"),
        [
            "gymos/object/booking",
            "gymos/field/payload.booking.autoBooked"
        ]
    );
    assert_eq!(anchors("AUTOBOOKED"), anchors("autobooked"));
    assert_eq!(anchors("  autoBooked "), anchors("autoBooked"));
}

#[test]
fn a_type_label_finds_every_field_of_that_type() {
    let guid_fields: Vec<&str> = entries()
        .iter()
        .filter(|e| e.field().is_some_and(|f| f.decl.ty.label() == "GUID"))
        .map(|e| e.anchor.as_str())
        .collect();
    assert!(guid_fields.len() > 20, "{}", guid_fields.len());
    let found = fields("GUID");
    assert_eq!(found, guid_fields, "no description mentions GUIDs");
    assert!(found.contains(&"gymos/field/payload.booking.id"));
    assert!(found.contains(&"gymos/field/clientId"));
    // Perfect Gym ids are int64s, never GUIDs; PerfectGym Next's one GUID is its event uuid.
    assert!(found.iter().all(|a| !a.starts_with("perfectgym/")));
    assert!(found.contains(&"perfectgym-next/field/uuid"));
}

#[test]
fn a_description_word_finds_fields_whose_name_lacks_it() {
    assert_eq!(
        anchors("facility"),
        [
            "gymos/object/envelope",
            "gymos/field/clientId",
            "perfectgym-next/event/CUSTOMER_CHECKIN",
            "perfectgym-next/event/CUSTOMER_CREATED",
            "perfectgym-next/event/EMPLOYEE_CREATED"
        ]
    );
    assert_eq!(
        fields("deadlift"),
        ["gymos/field/payload.achievement.achievementType"]
    );
}

#[test]
fn an_event_is_found_by_name_alias_or_description() {
    let events = |q: &str| {
        filter(entries(), q)
            .into_iter()
            .filter(|e| matches!(e.kind, EntryKind::Event(_)))
            .map(|e| e.anchor.as_str())
            .collect::<Vec<_>>()
    };
    assert_eq!(
        events("StandbyList"),
        [
            "perfectgym/event/ClassesBookedOnStadbyList",
            "perfectgym/event/ClassesBookingPromotedFromStandbyList"
        ]
    );
    assert_eq!(events("session booked"), ["gymos/event/Session Booked"]);
}

#[test]
fn an_object_found_by_name_is_shown_whole() {
    let found = anchors("dropSlotInvitation");
    assert!(found.contains(&"gymos/object/dropSlotInvitation"));
    let invitation = entries()
        .iter()
        .filter(|e| {
            e.field()
                .is_some_and(|f| f.object == "gymos/object/dropSlotInvitation")
        })
        .count();
    assert_eq!(invitation, 6);
    // The payload slot field `payload.dropSlotInvitation` also matches, so payload is shown as context.
    assert_eq!(found.len(), 1 + invitation + 2);
}

#[test]
fn every_kept_field_keeps_its_object() {
    for query in ["id", "utc", "GUID", "name", "observed", "data", "?"] {
        let kept = filter(entries(), query);
        let objects: HashSet<&str> = kept
            .iter()
            .filter(|e| e.object().is_some())
            .map(|e| e.anchor.as_str())
            .collect();
        for f in kept.iter().filter_map(|e| e.field()) {
            assert!(objects.contains(f.object.as_str()), "{query}: {}", f.path);
        }
        let positions: Vec<usize> = kept
            .iter()
            .filter_map(|k| entries().iter().position(|e| std::ptr::eq(*k, e)))
            .collect();
        assert_eq!(positions.len(), kept.len());
        assert!(
            positions.windows(2).all(|w| w[0] < w[1]),
            "{query}: reference order kept"
        );
    }
}

#[test]
fn empty_and_unmatched_queries() {
    assert_eq!(filter(entries(), "").len(), entries().len());
    assert_eq!(filter(entries(), "   ").len(), entries().len());
    assert!(filter(entries(), "no such thing anywhere").is_empty());
}

#[test]
fn sections_group_fields_under_their_objects_for_every_vendor() {
    let all: Vec<_> = entries().iter().collect();
    let full = sections(&all);
    assert_eq!(
        full.iter().map(|s| s.vendor).collect::<Vec<_>>(),
        Vendor::ALL
    );
    let grouped: usize = full
        .iter()
        .flat_map(|s| &s.objects)
        .map(|g| 1 + g.fields.len())
        .sum();
    let rest: usize = full.iter().map(|s| 1 + s.events.len()).sum();
    assert_eq!(grouped + rest, entries().len(), "nothing lost or doubled");

    let narrowed = sections(&filter(entries(), "autoBooked"));
    let [pgm, gymos, next] = narrowed.as_slice() else {
        panic!("three vendors");
    };
    assert!(pgm.is_empty() && next.is_empty());
    assert!(gymos.intro.is_none() && gymos.events.is_empty());
    let [booking] = gymos.objects.as_slice() else {
        panic!("one object");
    };
    assert_eq!(booking.object.anchor, "gymos/object/booking");
    let fields: Vec<_> = booking.fields.iter().map(|f| f.anchor.as_str()).collect();
    assert_eq!(fields, ["gymos/field/payload.booking.autoBooked"]);
}

#[test]
fn personal_data_finds_every_field_a_share_link_redacts() {
    let marked: Vec<&str> = entries()
        .iter()
        .filter(|e| e.field().is_some_and(|f| f.decl.personal.is_some()))
        .map(|e| e.anchor.as_str())
        .collect();
    assert_eq!(fields("personal data"), marked);
    for anchor in [
        "gymos/field/subject.member.dateOfBirth",
        "gymos/field/subject.lead.email",
        "gymos/field/payload.booking.bookedBy",
        "gymos/field/payload.message.from",
        "gymos/field/subject.member.homePostcode",
    ] {
        assert!(marked.contains(&anchor), "{anchor} is personal");
    }
    assert!(
        !marked.iter().any(|a| a.ends_with(".id")),
        "ids identify records, not people's details"
    );
    assert!(fields("health data").contains(&"gymos/field/payload.injury.allergies"));
}
