//! A day of deliveries as an audit: each delivery's row (its request id, time, vendor, event, problems,
//! signature verdict and the receiver's answer) and, across rows, the retries: deliveries that share a
//! request id are attempts of one delivery, numbered in the order they appear, each said to carry the
//! same body bytes as the first attempt or not. Rows are made one at a time in paste order (the page
//! makes them a slice at a time between frames), so an `Audit` remembers the ids it has seen.

use super::verdict::{request_id, verdict, Signature};
use super::Row;
use crate::domain::analysis::{analyze_delivery, answer_notes};
use crate::domain::capture::Capture;
use crate::domain::diagnostic::Severity;
use crate::domain::http::{split_paste, Paste};
use crate::domain::schema::Moment;
use std::collections::HashMap;

/// What the audit remembers of the rows made so far.
#[derive(Clone, Debug, Default)]
pub struct Audit {
    /// Per request id: the index of its first delivery and how many attempts were seen.
    attempts: HashMap<String, (usize, usize)>,
}

impl Audit {
    /// The row of delivery `index` of `capture`; rows must be asked for in order.
    pub fn row(&mut self, capture: &Capture, index: usize, secret: &str) -> Option<Row> {
        let delivery = capture.deliveries.get(index)?;
        let analysis = analyze_delivery(&delivery.text);
        let paste = split_paste(&delivery.text);
        let request = paste.request();
        let vendor = analysis.vendor();
        let id = request_id(vendor, request);
        let (attempt, first) = match &id {
            Some(id) => {
                let seen = self.attempts.entry(id.clone()).or_insert((index, 0));
                seen.1 = seen.1.saturating_add(1);
                (seen.1, (seen.1 > 1).then_some(seen.0))
            }
            None => (1, None),
        };
        let identical = first
            .and_then(|f| capture.deliveries.get(f))
            .map(|f| split_paste(&f.text).body() == paste.body());
        let answer_warnings = delivery
            .response
            .as_ref()
            .map(|r| answer_notes(vendor, r))
            .unwrap_or_default()
            .iter()
            .filter(|n| n.kind.severity() == Severity::Warning)
            .count();
        Some(Row {
            index,
            line: delivery.line,
            vendor,
            event: analysis.event_name.clone(),
            known_event: analysis.known_event(),
            errors: analysis.count(Severity::Error),
            warnings: analysis
                .count(Severity::Warning)
                .saturating_add(answer_warnings),
            time: analysis
                .time(Moment::Event)
                .map(|t| t.to_rfc3339())
                .or_else(|| delivery.logged_at.clone()),
            signature: verdict(vendor, request, secret),
            request_id: id,
            attempt,
            first,
            identical,
            status: delivery.response.as_ref().map(|r| r.status),
            headers: matches!(paste, Paste::Request(_)),
        })
    }
}

/// The request ids that more than one row carries: the deliveries that were retried.
pub fn retried(rows: &[Row]) -> HashMap<&str, usize> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for id in rows.iter().filter_map(|r| r.request_id.as_deref()) {
        let n = counts.entry(id).or_insert(0);
        *n = n.saturating_add(1);
    }
    counts.retain(|_, n| *n > 1);
    counts
}

/// Rows grouped by request id: each group where its first attempt stands, its attempts in order.
pub fn grouped<'r>(rows: &[&'r Row]) -> Vec<&'r Row> {
    let mut out: Vec<&Row> = rows.to_vec();
    out.sort_by_key(|r| (r.first.unwrap_or(r.index), r.attempt));
    out
}

/// Why a verdict counts against a delivery: a mismatch, or no signature on a delivery whose headers
/// name the vendor's request id (sent by someone who did not sign it).
pub fn is_bad(signature: Signature, has_request_id: bool) -> bool {
    signature == Signature::Mismatch || (signature == Signature::Absent && has_request_id)
}
