//! The batch view's filters as what they mean: a vendor (or none recognised), an event (or none named),
//! and the three checks. The page turns its selects' strings into these once, in its input handler.

use super::{grouped, Row};
use crate::domain::schema::Vendor;
use std::collections::HashMap;

/// What `counts_per_event` and the event filter call the deliveries that name no event.
pub const NO_EVENT: &str = "(no event)";

/// One select's choice: everything, or only the rows with this value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Pick<T> {
    #[default]
    All,
    Only(T),
}

impl<T: PartialEq> Pick<T> {
    pub fn admits(&self, value: &T) -> bool {
        match self {
            Pick::All => true,
            Pick::Only(only) => only == value,
        }
    }
}

/// The filters: `vendor` picks `None` for deliveries of no recognised vendor, `event` for those that
/// name no event.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Filter {
    pub vendor: Pick<Option<Vendor>>,
    pub event: Pick<Option<String>>,
    pub failing: bool,
    pub bad_signature: bool,
    pub retries: bool,
}

impl Filter {
    /// The rows these filters keep, in order; with *retries*, each request id's attempts together where
    /// its first stands. `repeats` is `retried(rows)`.
    pub fn visible<'r>(&self, rows: &'r [Row], repeats: &HashMap<&str, usize>) -> Vec<&'r Row> {
        let visible: Vec<&Row> = rows.iter().filter(|r| self.keeps(r, repeats)).collect();
        if self.retries {
            grouped(&visible)
        } else {
            visible
        }
    }

    pub fn keeps(&self, row: &Row, repeats: &HashMap<&str, usize>) -> bool {
        let retried = || {
            row.request_id
                .as_deref()
                .is_some_and(|id| repeats.contains_key(id))
        };
        self.vendor.admits(&row.vendor)
            && self.event.admits(&row.event)
            && (!self.failing || row.failing())
            && (!self.bad_signature || row.bad_signature())
            && (!self.retries || retried())
    }
}

/// A vendor select's value as a pick: `""` all, a declared slug that vendor, anything else (the
/// unknown slug) the deliveries of no recognised vendor.
pub fn vendor_pick(value: &str) -> Pick<Option<Vendor>> {
    match value {
        "" => Pick::All,
        slug => Pick::Only(Vendor::from_slug(slug)),
    }
}

/// An event select's value as a pick: `""` all, `NO_EVENT` the deliveries that name none.
pub fn event_pick(value: &str) -> Pick<Option<String>> {
    match value {
        "" => Pick::All,
        NO_EVENT => Pick::Only(None),
        name => Pick::Only(Some(name.to_owned())),
    }
}
