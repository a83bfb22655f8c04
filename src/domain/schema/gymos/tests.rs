//! Structural checks on the GymOS declaration that need no spec text: the fidelity checks
//! against the vendor document live in `tests/it/gymos_fidelity.rs`.

use super::{EVENTS, GYMOS, PAYLOAD};
use crate::domain::schema::types::{ObjectDecl, Provenance};
use std::collections::HashSet;

/// Every object reachable from the envelope, each once (compared by address).
fn reachable() -> Vec<&'static ObjectDecl> {
    let mut seen: Vec<&'static ObjectDecl> = Vec::new();
    let mut todo = vec![GYMOS.envelope];
    while let Some(obj) = todo.pop() {
        if seen.iter().any(|s| std::ptr::eq(*s, obj)) {
            continue;
        }
        seen.push(obj);
        todo.extend(obj.fields.iter().filter_map(|f| f.ty.object()));
    }
    seen
}

#[test]
fn tree_has_envelope_subject_payload_and_25_records() {
    // envelope + subject + payload + member/lead/attendee + 22 payload objects.
    assert_eq!(reachable().len(), 28);
    let names: HashSet<_> = reachable().iter().map(|o| o.name).collect();
    assert_eq!(names.len(), 28, "object names must be unique");
}

#[test]
fn field_names_are_unique_per_object() {
    for obj in reachable() {
        let mut names = HashSet::new();
        for f in obj.fields {
            assert!(
                names.insert(f.name),
                "{}.{} declared twice",
                obj.name,
                f.name
            );
        }
    }
}

#[test]
fn every_object_and_field_is_described() {
    for obj in reachable() {
        assert!(
            !obj.description.trim().is_empty(),
            "{} has no description",
            obj.name
        );
        for f in obj.fields {
            assert!(!f.description.trim().is_empty(), "{}.{}", obj.name, f.name);
            assert_eq!(
                f.description,
                f.description.trim(),
                "{}.{}",
                obj.name,
                f.name
            );
            assert!(!f.description.contains("  "), "{}.{}", obj.name, f.name);
        }
    }
}

#[test]
fn every_example_is_json() {
    for obj in reachable() {
        for f in obj.fields {
            if let Some(json) = f.example {
                let parsed = serde_json::from_str::<serde_json::Value>(json);
                assert!(parsed.is_ok(), "{}.{}: {json}", obj.name, f.name);
            }
        }
    }
}

#[test]
fn observed_fields_say_so() {
    for obj in reachable() {
        for f in obj
            .fields
            .iter()
            .filter(|f| f.provenance == Provenance::Observed)
        {
            assert!(
                f.description.starts_with("Observed"),
                "{}.{}",
                obj.name,
                f.name
            );
            assert!(
                f.example.is_none(),
                "the document shows no value for {}",
                f.name
            );
        }
    }
}

#[test]
fn envelope_markers_and_event_field() {
    let markers: Vec<_> = GYMOS
        .envelope
        .fields
        .iter()
        .filter(|f| f.marker)
        .map(|f| f.name)
        .collect();
    assert_eq!(markers, ["eventType", "payload"]);
    assert!(GYMOS.envelope.fields.iter().all(|f| f.required));
    assert!(GYMOS.envelope.field(GYMOS.event_field).is_some());
}

#[test]
fn every_event_object_is_a_payload_slot() {
    let slots: Vec<_> = PAYLOAD
        .fields
        .iter()
        .filter_map(|f| f.ty.object())
        .collect();
    assert_eq!(slots.len(), 22);
    for event in &EVENTS {
        for obj in event.objects {
            assert!(
                slots.iter().any(|s| std::ptr::eq(*s, *obj)),
                "{}: {}",
                event.name,
                obj.name
            );
        }
    }
}

#[test]
fn event_names_are_unique_ignoring_case() {
    let names: HashSet<_> = EVENTS.iter().map(|e| e.name.to_lowercase()).collect();
    assert_eq!(names.len(), EVENTS.len());
    let documented: Vec<_> = EVENTS
        .iter()
        .filter(|e| e.provenance == Provenance::Documented)
        .collect();
    assert_eq!(
        documented.len(),
        1,
        "only \"Session Booked\" is in the document"
    );
    for e in &EVENTS {
        assert!(
            matches!(e.subject_type, Some("MEMBER" | "LEAD" | "ATTENDEE")),
            "{}",
            e.name
        );
        assert!(e.data.is_none() && e.aliases.is_empty(), "{}", e.name);
    }
}
