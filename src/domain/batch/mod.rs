//! Many deliveries in one paste (a log, a JSON array, a HAR file, raw requests one after another), as
//! `capture::read` finds them; `summarize` gives each its row. Rows are independent, so the page can
//! summarise a batch a slice at a time and never block.

#[cfg(test)]
mod tests;

use super::analysis::{analyze_delivery, Analysis};
use super::capture::{read, Capture, Delivery};
use super::diagnostic::Severity;
use super::http::{split_paste, Paste};
use super::schema::{declaration, Moment, Sample, Vendor};
use super::signature::verdict_key;
use super::typed::TypedValue;

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
    /// The envelope's event time as sent.
    pub time: Option<String>,
    /// `valid` / `invalid` / `incomplete` for a Perfect Gym request when a secret is given.
    pub signature: Option<&'static str>,
}

impl Row {
    pub fn vendor_slug(&self) -> &'static str {
        Vendor::slug_or_unknown(self.vendor)
    }
}

pub fn summarize(index: usize, delivery: &Delivery, secret: &str) -> Row {
    let analysis = analyze_delivery(&delivery.text);
    let signature = analysis
        .vendor()
        .and_then(|vendor| match split_paste(&delivery.text) {
            Paste::Request(req) => verdict_key(&declaration(vendor).auth, &req, secret),
            Paste::Body(_) => None,
        });
    Row {
        index,
        line: delivery.line,
        vendor: analysis.vendor(),
        event: analysis.event_name.clone(),
        known_event: analysis.known_event(),
        errors: analysis.count(Severity::Error),
        warnings: analysis.count(Severity::Warning),
        time: event_time(&analysis),
        signature,
    }
}

/// The envelope field the declarations mark as the event's time, as sent.
fn event_time(analysis: &Analysis) -> Option<String> {
    let root = analysis.root.as_ref()?;
    root.fields.iter().find_map(|f| {
        let is_time = f
            .decl
            .is_some_and(|d| d.sample == Sample::Time(Moment::Event));
        match &f.value {
            TypedValue::DateTime(dt) if is_time => Some(dt.to_rfc3339()),
            _ => None,
        }
    })
}

/// How many rows each event has, most first (ties by name), for the batch view's counts.
pub fn counts_per_event(rows: &[Row]) -> Vec<(String, usize)> {
    let mut counts: Vec<(String, usize)> = Vec::new();
    for row in rows {
        let name = row.event.clone().unwrap_or_else(|| "(no event)".to_owned());
        match counts.iter_mut().find(|(n, _)| *n == name) {
            Some((_, c)) => *c = c.saturating_add(1),
            None => counts.push((name, 1)),
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    counts
}
