//! The document's examples against the declaration's `.example` values, and the assembled
//! fixtures (full GymOS bodies, the Perfect Gym Test body) that other tests feed the validator.

use crate::common;

use common::spec_examples::{
    gymos_envelope_skeleton, gymos_examples, gymos_full_payloads, perfectgym_test_example,
    skeleton_keys,
};
use gymhook::domain::schema::gymos::{ENVELOPE, GYMOS, PAYLOAD, SUBJECT};
use gymhook::domain::schema::types::ObjectDecl;
use serde_json::Value;

/// field-notes.md: the document's e-mail values were mangled in copying, so none is declared.
const MANGLED: &str = "[email protected] ";

fn object(name: &str) -> &'static ObjectDecl {
    let slot = |decl: &'static ObjectDecl| decl.field(name).and_then(|f| f.ty.object());
    slot(&SUBJECT).or_else(|| slot(&PAYLOAD)).expect(name)
}

fn parse(json: &str) -> Value {
    serde_json::from_str(json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

/// Each field's `.example` is exactly the value the document's example shows, and present
/// whenever the document shows one.
fn check_examples(obj: &ObjectDecl, doc: &Value) {
    for f in obj.fields {
        let shown = doc.get(f.name).filter(|v| *v != MANGLED);
        let declared = f.example.map(parse);
        assert_eq!(declared.as_ref(), shown, "{}.{}", obj.name, f.name);
    }
}

#[test]
fn declared_examples_are_the_documents_values() {
    let examples = gymos_examples();
    assert_eq!(
        examples.len(),
        26,
        "3 subject records + 22 payload objects + supplementalData"
    );
    for (name, text) in &examples {
        let doc = parse(text);
        if *name == "supplementalData" {
            assert_eq!(PAYLOAD.field(name).unwrap().example.map(parse), Some(doc));
        } else {
            check_examples(object(name), &doc);
        }
    }
}

#[test]
fn envelope_examples_are_the_documents_values() {
    // The skeleton's `{ ... }` placeholders are not JSON; nothing is declared for them.
    let doc = parse(&gymos_envelope_skeleton().replace("{ ... }", "null"));
    let doc = doc.as_object().unwrap();
    let shown: serde_json::Map<_, _> = doc
        .iter()
        .filter(|(_, v)| !v.is_null())
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    check_examples(&ENVELOPE, &Value::Object(shown));
    let keys: Vec<_> = doc.keys().map(String::as_str).collect();
    let declared: Vec<_> = ENVELOPE.fields.iter().map(|f| f.name).collect();
    assert_eq!(keys.len(), 9);
    assert!(keys.iter().all(|k| declared.contains(k)));
}

#[test]
fn full_payloads_are_complete_bodies() {
    let bodies = gymos_full_payloads();
    assert_eq!(bodies.len(), 4);
    let slots = skeleton_keys("\"subject\": {");
    for (text, subject_type) in bodies.iter().zip(["MEMBER", "LEAD", "ATTENDEE", ""]) {
        let body = parse(text);
        assert_eq!(body["subjectType"], subject_type);
        assert!(GYMOS.events.iter().any(|e| e
            .name
            .eq_ignore_ascii_case(body["eventType"].as_str().unwrap())));
        for f in ENVELOPE.fields {
            assert!(body.get(f.name).is_some(), "{} missing", f.name);
        }
        let filled: Vec<_> = slots
            .iter()
            .filter(|s| !body["subject"][**s].is_null())
            .collect();
        assert_eq!(filled.len(), usize::from(!subject_type.is_empty()));
        for slot in filled {
            assert_eq!(slot.to_uppercase(), subject_type);
        }
        assert_eq!(body["payload"].as_object().unwrap().len(), 23);
    }
    assert!(bodies[3].contains("\"subject\": null"));
    // The document's quirks survive verbatim.
    assert!(bodies[0].contains(r#""emergencyPhone": "\u002B441234567890""#));
    assert!(bodies[0].contains(r#""cancelledTimeUtc": """#));
    let all = parse(&bodies[0]);
    assert!(all["payload"]
        .as_object()
        .unwrap()
        .values()
        .all(|v| !v.is_null()));
}

#[test]
fn perfectgym_test_example_is_completed_json() {
    let body = parse(&perfectgym_test_example());
    assert_eq!(body["event"], "Test");
    assert_eq!(body["triggeredDate"], "2020-06-01T14:44:46Z");
    assert_eq!(body["data"]["valueLong"], 12345678);
    assert_eq!(body["data"]["nestedData"]["amount"], 33.78);
}
