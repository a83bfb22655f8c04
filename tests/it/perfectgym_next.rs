//! PerfectGym Next / Magicline deliveries end to end: the spec's own example bodies and one delivery of
//! every event type validate with zero errors; each diagnostic of the format sits at its path with its
//! severity; detection, the entity id's meaning, the request's rules and the retry conflict.

use gymhook::domain::analysis::{analyze, Analysis};
use gymhook::domain::diagnostic::{Diagnostic, Severity};
use gymhook::domain::examples::documented_example;
use gymhook::domain::generate::{catalogue, generate, Options};
use gymhook::domain::schema::{declaration, Vendor};
use gymhook::domain::typed::TypedValue;

pub(crate) const NEXT: Vendor = Vendor::PerfectGymNext;
const SPEC: &str = include_str!("../../docs/specs/sportalliance-webhooks.md");
pub(crate) const UUID: &str = "095be615-a8ad-4c33-8e9c-c7612fbf6c9f";

/// A body with one payload element of `event`, its timestamp and content as given (JSON text).
pub(crate) fn body(
    entity: &str,
    uuid: &str,
    timestamp: &str,
    event: &str,
    content: Option<&str>,
) -> String {
    let content = content
        .map(|c| format!(", \"content\": {c}"))
        .unwrap_or_default();
    format!(
        r#"{{"entityId": {entity}, "uuid": {uuid}, "payload": [{{"timestamp": {timestamp}, "type": "{event}"{content}}}]}}"#
    )
}

pub(crate) fn checkin() -> String {
    body(
        "48211093",
        &format!("\"{UUID}\""),
        "1642779144176",
        "CUSTOMER_CHECKIN",
        None,
    )
}

/// The diagnostics of `kind`, each with its severity and path.
pub(crate) fn found(a: &Analysis, kind: &str) -> Vec<(Severity, String)> {
    a.diagnostics
        .iter()
        .filter(|d| d.kind.key() == kind)
        .map(|d| (d.severity(), d.path.clone()))
        .collect()
}

pub(crate) fn one<'a>(a: &'a Analysis, kind: &str) -> &'a Diagnostic {
    let all: Vec<&Diagnostic> = a
        .diagnostics
        .iter()
        .filter(|d| d.kind.key() == kind)
        .collect();
    assert_eq!(all.len(), 1, "{kind}: {:#?}", a.diagnostics);
    all[0]
}

/// The ```json blocks of the spec's "Example bodies (as documented)".
fn spec_examples() -> Vec<&'static str> {
    let section = SPEC
        .split("### Example bodies (as documented)")
        .nth(1)
        .and_then(|rest| rest.split("\n---").next())
        .expect("the examples section");
    section
        .split("```json")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .collect()
}

#[test]
fn the_specs_example_bodies_validate_with_zero_errors() {
    let examples = spec_examples();
    assert_eq!(examples.len(), 2);
    for text in examples {
        let a = analyze(text);
        assert_eq!(a.vendor_slug(), "perfectgym-next", "{text}");
        assert_eq!(a.event_name.as_deref(), Some("CUSTOMER_CREATED"));
        assert!(a.known_event());
        assert_eq!(a.count(Severity::Error), 0, "{:#?}", a.diagnostics);
        assert_eq!(a.count(Severity::Warning), 0, "{:#?}", a.diagnostics);
    }
    // The documented example the page loads is the general-information sample, byte for byte as JSON.
    let loaded: serde_json::Value =
        serde_json::from_str(&documented_example(NEXT, "CUSTOMER_CREATED").expect("declared"))
            .expect("JSON");
    let sample: serde_json::Value = serde_json::from_str(spec_examples()[1]).expect("JSON");
    assert_eq!(loaded, sample);
}

#[test]
fn one_delivery_of_every_event_type_validates_with_zero_errors() {
    let choices: Vec<_> = catalogue()
        .into_iter()
        .filter(|c| c.vendor() == NEXT)
        .collect();
    assert_eq!(choices.len(), declaration(NEXT).events.len());
    assert_eq!(choices.len(), 44);
    for choice in choices {
        for edge_cases in [false, true] {
            let g = generate(
                &choice,
                Options {
                    seed: 11,
                    edge_cases,
                },
            );
            let a = analyze(&g.body);
            assert_eq!(a.vendor_slug(), "perfectgym-next");
            assert_eq!(a.event_name.as_deref(), choice.event().map(|e| e.name));
            assert!(a.known_event(), "{}", g.body);
            assert_eq!(
                a.count(Severity::Error),
                0,
                "{}: {:#?}",
                g.body,
                a.diagnostics
            );
        }
        let name = choice.event().map(|e| e.name).unwrap_or_default();
        let documented = documented_example(NEXT, name).expect("declared");
        assert_eq!(
            analyze(&documented).count(Severity::Error),
            0,
            "{documented}"
        );
    }
}

#[test]
fn the_event_is_the_first_elements_type_and_the_timestamp_an_instant() {
    let a = analyze(&checkin());
    assert_eq!(
        (a.vendor_slug(), a.event_name.as_deref()),
        ("perfectgym-next", Some("CUSTOMER_CHECKIN"))
    );
    assert!(a.diagnostics.is_empty(), "{:#?}", a.diagnostics);
    let event = a.event.event().expect("known");
    assert_eq!(event.entity, Some("customerId"));
    let root = a.root.as_ref().expect("typed");
    assert_eq!(
        root.get("entityId").map(|f| &f.value),
        Some(&TypedValue::Int(48_211_093))
    );
    let TypedValue::List { items, .. } = &root.get("payload").expect("payload").value else {
        panic!("a list");
    };
    let Some(TypedValue::Object(item)) = items.first() else {
        panic!("an object");
    };
    assert_eq!(item.path, "payload[0]");
    assert_eq!(
        item.get("timestamp").map(|f| &f.value),
        Some(&TypedValue::Epoch(1_642_779_144_176))
    );
}
