//! The verdict on a whole text, read as the page reads it: one delivery (a body or a raw request), or each
//! delivery of a log, a JSON array, a HAR file or requests one after another (`batch::split`, what makes the
//! page show its batch view), every one through `analysis::analyze`. Diagnostics are positioned in the whole
//! text, so a caller points into the file it read. The npm package's `check` answers from this.

use super::analysis::{self, analyze, Analysis, MAX_INPUT_BYTES};
use super::batch::{split, Delivery};
use super::diagnostic::Diagnostic;
use super::json::{LineIndex, Position, Span};
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
    /// Where the delivery starts in the text; `None` for a HAR entry, which is rebuilt as a raw request.
    pub start: Option<Position>,
    /// The raw request rebuilt from a HAR entry (its diagnostics are positioned in it); `None` for a
    /// delivery that is a slice of the text.
    pub rebuilt: Option<String>,
    pub vendor: Option<Vendor>,
    /// The event name as sent.
    pub event: Option<String>,
    /// The declared event the name matched (aliases, letter case and whitespace resolved as the explorer does).
    pub declared_event: Option<&'static EventDecl>,
    /// Spans and positions in the whole text (in `rebuilt` for a HAR entry).
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
        deliveries: vec![verdict(analysis::too_large(bytes), Some(start), None)],
    }
}

pub fn check(text: &str) -> Checked {
    // Past the page's limit nothing is split or parsed: the analysis alone says it is too large.
    let batch = (text.len() <= MAX_INPUT_BYTES)
        .then(|| split(text))
        .flatten();
    let Some(batch) = batch else {
        let start = Position { line: 1, column: 1 };
        return Checked {
            deliveries: vec![verdict(analyze(text), Some(start), None)],
        };
    };
    let lines = LineIndex::new(text);
    let deliveries = batch
        .deliveries
        .into_iter()
        .map(|d| in_batch(text, &lines, d))
        .collect();
    Checked { deliveries }
}

/// One delivery of a batch: analysed alone, then its diagnostics moved to where it sits in `whole`.
fn in_batch(whole: &str, lines: &LineIndex, delivery: Delivery) -> CheckedDelivery {
    let analysis = analyze(&delivery.text);
    let Some(at) = delivery.span.map(|span| span.start) else {
        return verdict(analysis, None, Some(delivery.text));
    };
    let mut checked = verdict(analysis, Some(lines.position(whole, at)), None);
    for d in &mut checked.diagnostics {
        d.span = Span::new(
            d.span.start.saturating_add(at),
            d.span.end.saturating_add(at),
        );
        d.position = lines.position(whole, d.span.start);
    }
    checked
}

fn verdict(
    analysis: Analysis,
    start: Option<Position>,
    rebuilt: Option<String>,
) -> CheckedDelivery {
    CheckedDelivery {
        start,
        rebuilt,
        vendor: analysis.vendor(),
        declared_event: analysis.event.event(),
        event: analysis.event_name,
        diagnostics: analysis.diagnostics,
    }
}
