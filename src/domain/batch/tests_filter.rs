//! The batch filters: each pick keeps exactly its rows, "no vendor" and "no event" included, and the
//! select values the page sends read as those picks.

use super::tests::{rows, BROKEN, GYMOS, PGM};
use super::*;
use crate::domain::schema::UNKNOWN_SLUG;

const NEITHER: &str = r#"{"hello": "world"}"#;

/// The lines of the rows `filter` keeps, in a log of one delivery per line.
fn kept(filter: Filter) -> Vec<usize> {
    let rows = rows(&format!("{PGM}\n{GYMOS}\n{BROKEN}\n{NEITHER}\n"), "");
    let repeats = retried(&rows);
    filter
        .visible(&rows, &repeats)
        .iter()
        .map(|r| r.line)
        .collect()
}

#[test]
fn each_pick_keeps_exactly_its_rows() {
    let only = |vendor: &str, event: &str| Filter {
        vendor: vendor_pick(vendor),
        event: event_pick(event),
        ..Filter::default()
    };
    assert_eq!(kept(Filter::default()), [1, 2, 3, 4]);
    assert_eq!(kept(only("perfectgym", "")), [1, 3]);
    assert_eq!(kept(only("gymos", "")), [2]);
    assert_eq!(kept(only(UNKNOWN_SLUG, "")), [4]);
    assert_eq!(kept(only("", "UserModified")), [1]);
    assert_eq!(kept(only("", NO_EVENT)), [4]);
    assert_eq!(
        kept(only("perfectgym", "Session Booked")),
        Vec::<usize>::new()
    );
    let failing = kept(Filter {
        failing: true,
        ..Filter::default()
    });
    assert!(failing.contains(&3) && !failing.contains(&1), "{failing:?}");
}

#[test]
fn select_values_read_as_picks() {
    assert_eq!(vendor_pick(""), Pick::All);
    assert_eq!(vendor_pick("gymos"), Pick::Only(Some(Vendor::GymOs)));
    assert_eq!(vendor_pick(UNKNOWN_SLUG), Pick::Only(None));
    assert_eq!(event_pick(""), Pick::All);
    assert_eq!(event_pick(NO_EVENT), Pick::Only(None));
    assert_eq!(
        event_pick("Session Booked"),
        Pick::Only(Some("Session Booked".to_owned()))
    );
}
