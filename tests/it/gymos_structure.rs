//! GymOS declaration parts that have no table: the subject and payload skeletons of the
//! document, and the one field known only from field-notes.md.

use crate::common;

use common::gymos_tree::gymos_objects as objects;
use common::spec_examples::skeleton_keys;
use gymhook::domain::schema::types::{FieldType, Provenance};

#[test]
fn subject_and_payload_skeletons_are_nullable_object_slots() {
    let subject: Vec<_> = objects()["subject"].fields.iter().map(|f| f.name).collect();
    assert_eq!(subject, skeleton_keys("\"subject\": {"));
    let payload: Vec<_> = objects()["payload"].fields.iter().map(|f| f.name).collect();
    assert_eq!(payload, skeleton_keys("\"payload\": {"));
    assert_eq!(payload.len(), 23);
    for obj in [objects()["subject"], objects()["payload"]] {
        for f in obj.fields {
            let slot = matches!(f.ty, FieldType::Object(o) if o.name == f.name);
            let map = f.name == "supplementalData" && matches!(f.ty, FieldType::StringMap);
            assert!((slot || map) && f.nullable, "{}.{}", obj.name, f.name);
        }
    }
}

#[test]
fn only_the_field_notes_observation_is_marked_observed() {
    let observed: Vec<String> = objects()
        .values()
        .flat_map(|o| o.fields.iter().map(move |f| (o.name, f)))
        .filter(|(_, f)| f.provenance == Provenance::Observed)
        .map(|(o, f)| format!("{o}.{}", f.name))
        .collect();
    assert_eq!(observed, ["session.startTimeUtc"]);
    let f = objects()["session"].field("startTimeUtc").unwrap();
    assert!(matches!(f.ty, FieldType::DateTime) && f.nullable);
}
