//! The verdict on a whole text, read as the page reads it (`capture::read`): one delivery (a body, a raw
//! request, curl output, a log line), or each delivery of a log, a JSON array, a HAR file or requests one
//! after another, every one analysed and positioned in the whole text, so a caller points into the file it
//! read. The npm package's `check` answers from this.

use super::analysis::{self, in_paste, Analysis, MAX_INPUT_BYTES};
use super::capture::read;
use super::diagnostic::Diagnostic;
use super::json::{LineIndex, Position};
use super::schema::{EventDecl, Vendor};

/// Every delivery found in a text.
#[derive(Clone, Debug)]
pub struct Checked {
    /// One for a single body or request; one per delivery for a batch.
    pub deliveries: Vec<CheckedDelivery>,
}

/// One delivery's verdict.
#[derive(Clone, Debug)]
pub struct CheckedDelivery {
    /// Where the delivery starts in the text.
    pub start: Option<Position>,
    /// The raw request or body rebuilt from the text (a HAR entry, curl -v output, a chunked body), as
    /// the analysis read it; `None` for a delivery that is a slice of the text. Diagnostics point into
    /// the text either way.
    pub rebuilt: Option<String>,
    pub vendor: Option<Vendor>,
    /// The event name as sent.
    pub event: Option<String>,
    /// The declared event the name matched (aliases, letter case and whitespace resolved as the explorer does).
    pub declared_event: Option<&'static EventDecl>,
    /// Whether a body was there to read (a request with headers alone, or curl -v output that does not
    /// show the body, has none: nothing in it was checked).
    pub body_read: bool,
    /// Spans and positions in the whole text.
    pub diagnostics: Vec<Diagnostic>,
}

impl Checked {
    /// The vendor every delivery shares, `None` when they differ or none is recognised.
    pub fn vendor(&self) -> Option<Vendor> {
        shared(self.deliveries.iter().map(|d| d.vendor))?
    }

    /// The event name every delivery shares as sent, `None` when they differ.
    pub fn event(&self) -> Option<&str> {
        shared(self.deliveries.iter().map(|d| d.event.as_deref()))?
    }

    /// The declared event every delivery matched, `None` when they differ.
    pub fn declared_event(&self) -> Option<&'static EventDecl> {
        let first = self.deliveries.first()?.declared_event?;
        self.deliveries
            .iter()
            .all(|d| d.declared_event.is_some_and(|e| std::ptr::eq(e, first)))
            .then_some(first)
    }

    /// Every delivery's diagnostics, in order.
    pub fn diagnostics(&self) -> impl Iterator<Item = &Diagnostic> {
        self.deliveries.iter().flat_map(|d| d.diagnostics.iter())
    }
}

/// The one value all items share; `None` when there are none or two differ.
fn shared<T: PartialEq>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.all(|item| item == first).then_some(first)
}

/// The answer for a text of `bytes` past `MAX_INPUT_BYTES`, for a caller that did not read it whole.
pub fn too_large(bytes: usize) -> Checked {
    let start = Position { line: 1, column: 1 };
    Checked {
        deliveries: vec![verdict(analysis::too_large(bytes), "", Some(start), None)],
    }
}

pub fn check(text: &str) -> Checked {
    // Past the page's limit nothing is read or parsed: the analysis alone says it is too large.
    if text.len() > MAX_INPUT_BYTES {
        return too_large(text.len());
    }
    let capture = read(text);
    let lines = LineIndex::new(text);
    let count = capture.deliveries.len().max(1);
    let deliveries = (0..count)
        .map(|i| {
            let delivery = capture.deliveries.get(i);
            let start = delivery.map_or(0, |d| d.map.to_paste(0));
            let rebuilt = delivery
                .filter(|d| !d.map.is_verbatim())
                .map(|d| d.text.clone());
            verdict(
                in_paste(text, &capture, i),
                text,
                Some(lines.position(text, start)),
                rebuilt,
            )
        })
        .collect();
    Checked { deliveries }
}

/// `text` is what the analysis's spans point into.
fn verdict(
    analysis: Analysis,
    text: &str,
    start: Option<Position>,
    rebuilt: Option<String>,
) -> CheckedDelivery {
    let body_read = analysis
        .body_span
        .slice(text)
        .is_some_and(|b| !b.trim().is_empty());
    CheckedDelivery {
        start,
        rebuilt,
        body_read,
        vendor: analysis.vendor(),
        declared_event: analysis.event.event(),
        event: analysis.event_name,
        diagnostics: analysis.diagnostics,
    }
}
