//! Internals of the generator: what each choice plans to populate, and the number helpers.

use super::build::Plan;
use super::catalog::Choice;
use super::numbers::scaled;
use super::{generate, Options};

fn plan(key: &str) -> Plan {
    Plan::new(&Choice::from_key(key).unwrap_or_else(|| panic!("{key}")))
}

#[test]
fn object_events_borrow_the_subject_type_of_the_events_that_carry_them() {
    assert_eq!(
        plan("gymos:object:campaign").subject.map(|s| s.value),
        Some("LEAD")
    );
    assert_eq!(
        plan("gymos:object:membership").subject.map(|s| s.value),
        Some("MEMBER")
    );
    // No declared event carries a weigh-in: the documented example's MEMBER.
    assert_eq!(
        plan("gymos:object:weighIn").subject.map(|s| s.value),
        Some("MEMBER")
    );
    let supplemental = plan("gymos:object:supplementalData");
    assert_eq!(
        (supplemental.maps.as_slice(), supplemental.objects.len()),
        (["supplementalData"].as_slice(), 0)
    );
    assert_eq!(
        plan("gymos:object:weighIn").event_type,
        "(placeholder) weighIn"
    );
}

#[test]
fn cancellations_are_read_from_the_event_name() {
    assert!(plan("perfectgym:ClassesBookingCancelled").cancels());
    assert!(plan("gymos:Membership Cancelled").cancels());
    assert!(!plan("gymos:Session Booked").cancels());
    assert_eq!(plan("perfectgym:Test").data.map(|d| d.name), Some("data"));
}

#[test]
fn decimal_examples_keep_their_scale() {
    assert_eq!(scaled("249.99"), Some((24_999, 2)));
    assert_eq!(scaled("20"), Some((20, 0)));
    assert_eq!(scaled("75.2"), Some((752, 1)));
    assert_eq!(scaled("1e3"), None);
}

#[test]
fn edge_case_plus_signs_are_escaped_everywhere_but_only_in_edge_mode() {
    let choice = Choice::from_key("gymos:Session Booked").unwrap_or_else(|| panic!("declared"));
    let normal = generate(
        &choice,
        Options {
            seed: 4,
            edge_cases: false,
        },
    )
    .body;
    let edge = generate(
        &choice,
        Options {
            seed: 4,
            edge_cases: true,
        },
    )
    .body;
    assert!(normal.contains("\"+447700900") && !normal.contains("\\u002B"));
    assert!(!edge.contains('+') && edge.contains("\"\\u002B447700900"));
}

/// The paths of the declared objects a payload fills (null slots and left-out slots are not filled;
/// merge-field maps, which the document's example always shows, are no declared object).
fn filled_objects(node: &crate::domain::json::Node, path: &str, out: &mut Vec<String>) {
    use crate::domain::json::NodeKind;
    use crate::domain::schema::{declaration, FieldType, Vendor};
    let is_map = |key: &str| {
        Vendor::ALL.into_iter().any(|v| {
            declaration(v)
                .objects()
                .iter()
                .flat_map(|o| o.fields)
                .any(|f| f.name == key && matches!(f.ty, FieldType::StringMap))
        })
    };
    if let NodeKind::Array(items) = &node.kind {
        for (i, item) in items.iter().enumerate() {
            filled_objects(item, &format!("{path}[{i}]"), out);
        }
    }
    if let NodeKind::Object(members) = &node.kind {
        out.push(path.to_owned());
        for m in members.iter().filter(|m| !is_map(&m.key)) {
            filled_objects(&m.value, &format!("{path}.{}", m.key), out);
        }
    }
}

/// The documented examples and the generator walk the same plan: for every declared event both fill
/// exactly the same declared objects (what the example leaves out, the generator sends as null).
#[test]
fn generated_events_and_documented_examples_fill_the_same_objects() {
    use crate::domain::examples::documented_example;
    use crate::domain::json::parse;
    use crate::domain::schema::{declaration, Vendor};
    let mut events = 0;
    for vendor in Vendor::ALL {
        for event in declaration(vendor).events {
            let documented = documented_example(vendor, event.name).expect("declared");
            let generated = generate(
                &Choice::Event(vendor, event),
                Options {
                    seed: 7,
                    edge_cases: false,
                },
            );
            let (mut a, mut b) = (Vec::new(), Vec::new());
            filled_objects(&parse(&documented).expect("JSON"), "", &mut a);
            filled_objects(&parse(&generated.body).expect("JSON"), "", &mut b);
            assert_eq!(a, b, "{}", event.name);
            assert!(a.len() > 1, "{}: only the envelope", event.name);
            events += 1;
        }
    }
    // Every declared event of every vendor.
    let declared: usize = Vendor::ALL
        .iter()
        .map(|&v| declaration(v).events.len())
        .sum();
    assert_eq!(events, declared);
    assert!(events >= 29 + 44, "{events}");
}

#[test]
fn the_tag_and_the_label_say_the_provenance_as_declared() {
    use crate::domain::schema::Provenance;
    for choice in super::catalogue() {
        let (class, tag) = choice.tag();
        match choice.event() {
            Some(event) => {
                // The class is the provenance's one-word key (CSS), the tag its label.
                assert_eq!(
                    (class, tag),
                    (event.provenance.key(), event.provenance.label())
                );
                let observed = event.provenance == Provenance::Observed;
                assert_eq!(
                    choice.label().ends_with(" (observed)"),
                    observed,
                    "{}",
                    choice.label()
                );
            }
            None => assert_eq!(
                (class, tag),
                ("placeholder", super::catalog::PLACEHOLDER_TAG)
            ),
        }
    }
}

/// An event's own id (PerfectGym Next's uuid) differs between events generated from one seed, as a
/// receiver deduplicating on it must see them, and stays the same for the same event and seed.
#[test]
fn event_ids_differ_between_events_of_one_seed() {
    use crate::domain::json::parse;
    use crate::domain::schema::{declaration, Sample, Vendor};
    let id_field = |v: Vendor| {
        let fields: &'static [crate::domain::schema::FieldDecl] = declaration(v).envelope.fields;
        fields
            .iter()
            .find(|f| f.sample == Sample::EventId)
            .map(|f| f.name)
    };
    let vendors: Vec<Vendor> = Vendor::ALL
        .into_iter()
        .filter(|&v| id_field(v).is_some())
        .collect();
    assert!(!vendors.is_empty());
    for vendor in vendors {
        let name = id_field(vendor).unwrap_or_default();
        let ids = |seed: u64| -> Vec<String> {
            super::catalogue()
                .iter()
                .filter(|c| c.vendor() == vendor && c.event().is_some())
                .map(|c| {
                    let body = generate(
                        c,
                        Options {
                            seed,
                            edge_cases: false,
                        },
                    )
                    .body;
                    let node = parse(&body).expect("JSON");
                    node.get(name)
                        .and_then(|n| n.as_str())
                        .unwrap_or_default()
                        .to_owned()
                })
                .collect()
        };
        let first = ids(7);
        let mut distinct = first.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), first.len(), "{first:?}");
        assert_eq!(first, ids(7));
    }
}
