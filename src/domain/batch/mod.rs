//! Many deliveries in one paste (a log, a JSON array, a HAR file, raw requests one after another), as
//! `capture::read` finds them, audited: one row per delivery with its request id, time, vendor, event,
//! problems and signature verdict, and the retries among them (`audit`). Rows are made in paste order
//! a few at a time, so the page summarises a batch between frames and never blocks.

mod audit;
mod filter;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_filter;
mod verdict;

pub use audit::{grouped, is_bad, retried, Audit};
pub use filter::{event_pick, vendor_pick, Filter, Pick, NO_EVENT};
pub use verdict::Signature;

use super::capture::{read, Capture};
use super::schema::Vendor;

/// The deliveries of a paste that holds two or more; `None` when it is (at most) one delivery.
pub fn split(text: &str) -> Option<Capture> {
    Some(read(text)).filter(Capture::is_batch)
}

/// One delivery's row in the batch view.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Row {
    pub index: usize,
    pub line: usize,
    pub vendor: Option<Vendor>,
    pub event: Option<String>,
    pub known_event: bool,
    pub errors: usize,
    pub warnings: usize,
    /// The envelope's event time as sent, else the time the capture logged it at.
    pub time: Option<String>,
    /// The request id under the header the vendor's scheme names.
    pub request_id: Option<String>,
    pub signature: Signature,
    /// 1 for the first delivery of a request id, 2 for its first retry, …; 1 without an id.
    pub attempt: usize,
    /// The index of the first attempt, on a retry.
    pub first: Option<usize>,
    /// On a retry: whether its body is byte for byte the first attempt's.
    pub identical: Option<bool>,
    /// The receiver's answer's status, when the capture shows it.
    pub status: Option<u16>,
    /// Whether the delivery came with headers (a request, not a bare body).
    pub headers: bool,
}

impl Row {
    pub fn vendor_slug(&self) -> &'static str {
        Vendor::slug_or_unknown(self.vendor)
    }

    /// A signature that does not match, or none on a delivery that names its request id.
    pub fn bad_signature(&self) -> bool {
        is_bad(self.signature, self.request_id.is_some())
    }

    /// What the *has errors* filter keeps: errors in the delivery, or a bad signature.
    pub fn failing(&self) -> bool {
        self.errors > 0 || self.bad_signature()
    }
}

/// How many rows each event has, most first (ties by name), for the batch view's counts.
pub fn counts_per_event(rows: &[Row]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for row in rows {
        let name = row.event.clone().unwrap_or_else(|| NO_EVENT.to_owned());
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c = c.saturating_add(1),
            None => counts.push((name, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}
