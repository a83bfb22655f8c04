//! The Perfect Gym declaration against its sources: every event the document lists, with its own
//! description; the Test example's fields; and field-notes.md's observed events and `data` fields.

use crate::common;

use common::spec_examples::perfectgym_test_example;
use gymhook::domain::schema::{declaration, EventMatch, FieldType, ObjectDecl, Provenance, Vendor};

const DOCUMENT: &str = include_str!("../../docs/specs/perfectgym-webhooks.txt");
const FIELD_NOTES: &str = include_str!("../../docs/specs/field-notes.md");

/// "  • ClassesBooked - The booking for classes has been made ..." → (name, description).
fn documented_events() -> Vec<(String, String)> {
    // The copied page uses non-breaking spaces in places; they are spaces to a reader.
    DOCUMENT
        .replace('\u{a0}', " ")
        .lines()
        .filter_map(|line| line.trim().strip_prefix('•'))
        .filter_map(|item| item.trim().split_once(" - "))
        .filter(|(name, _)| name.chars().all(|c| c.is_ascii_alphanumeric()))
        .map(|(name, description)| (name.to_owned(), description.trim().to_owned()))
        .collect()
}

#[test]
fn every_documented_event_is_declared_with_the_documents_description() {
    let pgm = declaration(Vendor::PerfectGym);
    let events = documented_events();
    assert_eq!(
        events.len(),
        11,
        "the document lists 11 events besides Test"
    );
    for (name, description) in &events {
        let EventMatch::Exact(decl) = pgm.find_event(name) else {
            panic!("{name} not declared")
        };
        assert_eq!(decl.provenance, Provenance::Documented, "{name}");
        let norm = |s: &str| {
            s.trim_end_matches('.')
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        };
        assert_eq!(norm(decl.description), norm(description), "{name}");
    }
    assert!(
        matches!(pgm.find_event("Test"), EventMatch::Exact(e) if e.provenance == Provenance::Documented)
    );
}

#[test]
fn field_notes_additions_are_declared_as_observed() {
    let pgm = declaration(Vendor::PerfectGym);
    assert!(FIELD_NOTES.contains("`ClassesBookedOnStandbyList` (correct spelling)"));
    assert!(
        matches!(pgm.find_event("ClassesBookedOnStandbyList"), EventMatch::Alias(e, _) if e.name == "ClassesBookedOnStadbyList")
    );
    assert!(FIELD_NOTES.contains("`AgreementAnswerModified` (data: `userId`)"));
    let agreement = pgm
        .find_event("AgreementAnswerModified")
        .event()
        .expect("declared");
    assert_eq!(agreement.provenance, Provenance::Observed);
    // The field-notes table: "| event, event | field, field (type) |" rows for the non-Test events.
    for row in FIELD_NOTES
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| event") && !l.starts_with("| Test"))
    {
        let cells: Vec<&str> = row
            .split('|')
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .collect();
        let [events, fields] = cells[..] else {
            continue;
        };
        if fields.starts_with("nothing observed") {
            continue;
        }
        let names: Vec<String> = without_parentheses(fields)
            .split(',')
            .map(|f| f.split_whitespace().next().unwrap_or_default().to_owned())
            .collect();
        for event in events.split(", ").map(|e| e.replace("Sta(n)dby", "Stadby")) {
            let decl = pgm
                .find_event(&event)
                .event()
                .unwrap_or_else(|| panic!("{event}"));
            let data = decl.data.expect("PGM events declare their data");
            for name in &names {
                let field = data.field(name).unwrap_or_else(|| panic!("{event}.{name}"));
                assert_eq!(field.provenance, Provenance::Observed, "{event}.{name}");
            }
        }
    }
}

/// "contractId (it carries the contract, not the payment)" → "contractId ".
fn without_parentheses(text: &str) -> String {
    let mut depth = 0usize;
    text.chars()
        .filter(|c| match c {
            '(' => {
                depth += 1;
                false
            }
            ')' => {
                depth = depth.saturating_sub(1);
                false
            }
            _ => depth == 0,
        })
        .collect()
}

#[test]
fn the_test_example_fields_are_declared_with_their_types() {
    let example: serde_json::Value =
        serde_json::from_str(&perfectgym_test_example()).expect("example parses");
    let test = declaration(Vendor::PerfectGym)
        .find_event("Test")
        .event()
        .and_then(|e| e.data)
        .expect("Test data");
    fn walk(decl: &ObjectDecl, value: &serde_json::Value) {
        for (key, v) in value.as_object().expect("object") {
            let field = decl.field(key).unwrap_or_else(|| panic!("{key}"));
            assert_eq!(field.provenance, Provenance::Documented);
            if let FieldType::Object(child) = field.ty {
                walk(child, v);
            }
        }
    }
    walk(test, &example["data"]);
}

#[test]
fn prints_the_fidelity_count() {
    let pgm = declaration(Vendor::PerfectGym);
    let documented = pgm
        .events
        .iter()
        .filter(|e| e.provenance == Provenance::Documented)
        .count();
    let objects = pgm.objects();
    let fields: Vec<_> = objects.iter().flat_map(|o| o.fields.iter()).collect();
    let observed = fields
        .iter()
        .filter(|f| f.provenance == Provenance::Observed)
        .count();
    println!(
        "Perfect Gym: {} events ({documented} documented, {} observed), 1 alias, {} objects, {} fields ({} documented, {observed} observed)",
        pgm.events.len(),
        pgm.events.len() - documented,
        objects.len(),
        fields.len(),
        fields.len() - observed
    );
    assert_eq!(pgm.events.len(), 13);
}
