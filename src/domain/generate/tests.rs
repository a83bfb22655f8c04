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
    assert_eq!(plan("gymos:object:campaign").subject_type, Some("LEAD"));
    assert_eq!(plan("gymos:object:membership").subject_type, Some("MEMBER"));
    // No declared event carries a weigh-in: the documented example's MEMBER.
    assert_eq!(plan("gymos:object:weighIn").subject_type, Some("MEMBER"));
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
