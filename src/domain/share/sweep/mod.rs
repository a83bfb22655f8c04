//! Sweep: every occurrence of every collected value, anywhere in the paste, replaced in one pass over
//! its words. A value is found in any spelling (`text::pieces`), names and addresses also in another
//! case or spacing, phone numbers with or without their country code; the value under its own key is
//! found whatever it is (`keyed`); credential spans found by the scanners are masked in place. Every
//! replacement keeps the paste's byte length.

// Offsets here come from pasted text. An overflow would panic (killing the whole wasm page) or give a
// silently wrong number, so each operation is checked or saturating, with the bound that makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

mod keyed;
mod plan;
mod words;

pub use plan::{plan, Options, Plan};

use super::text::pieces::DEPTHS;
use super::text::{rewrite, Fit};
use crate::domain::json::Span;
use std::collections::HashMap;

/// What a replacement stands for, so the report can say what was replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// A personal value (by its index in `Plan::values`).
    Value(usize),
    /// A credential value found in a delivery (by its index in the collected secrets).
    Secret(usize),
    /// A credential span found by a scanner (by its index in the collected masks).
    Mask(usize),
}

/// One replacement of the paste.
#[derive(Clone, Debug)]
struct Edit {
    span: Span,
    text: String,
    origin: Origin,
}

pub struct Swept {
    pub text: String,
    /// How many places each origin was replaced in.
    pub hits: HashMap<Origin, usize>,
}

pub fn sweep(text: &str, plan: &Plan) -> Swept {
    let mut edits = Edits::default();
    for (i, span) in plan.masks.iter().enumerate() {
        let alnum = super::text::decoded(text, *span)
            .chars()
            .filter(|c| c.is_alphanumeric())
            .count();
        let mask = super::standin::mask(alnum);
        let mut chars = mask.chars();
        let replaced = rewrite(text, *span, 1, Fit::Mask, || chars.next());
        edits.add(*span, replaced, Origin::Mask(i));
    }
    edits.commit();
    let mut swept = edits.apply(text);
    // Each depth of JSON-in-JSON in turn: a value escaped twice is found in the second pass. Every pass
    // keeps lengths, and a stand-in is never a real value, so no pass undoes or repeats another's work.
    let deepest = longest_backslash_run(text);
    for depth in DEPTHS {
        // A depth reads the paste differently only where backslashes run that long.
        if depth > 1 && deepest < usize::from(depth).min(3) {
            continue;
        }
        let mut edits = Edits::default();
        keyed::sweep(&swept.text, plan, depth, &mut edits);
        edits.commit();
        words::sweep(&swept.text, plan, depth, &mut edits);
        edits.commit();
        let pass = edits.apply(&swept.text);
        for (origin, n) in pass.hits {
            let total = swept.hits.entry(origin).or_default();
            *total = total.saturating_add(n);
        }
        swept.text = pass.text;
    }
    swept
}

/// The longest run of backslashes (raw or `%5C`) in `text`.
fn longest_backslash_run(text: &str) -> usize {
    let (mut longest, mut run) = (0usize, 0usize);
    let bytes = text.as_bytes();
    let mut at = 0usize;
    while let Some(&b) = bytes.get(at) {
        let step = match b {
            b'\\' => 1,
            b'%' if bytes
                .get(at.saturating_add(1)..at.saturating_add(3))
                .is_some_and(|h| h.eq_ignore_ascii_case(b"5c")) =>
            {
                3
            }
            _ => 0,
        };
        if step == 0 {
            run = 0;
            at = at.saturating_add(1);
        } else {
            run = run.saturating_add(1);
            longest = longest.max(run);
            at = at.saturating_add(step);
        }
    }
    longest
}

/// Replacements so far, never overlapping: the first one made at a place wins. Each pass adds its
/// own from left to right (`pending`), then `commit` merges them into the sorted `fixed` list.
#[derive(Default)]
struct Edits {
    fixed: Vec<Edit>,
    pending: Vec<Edit>,
}

impl Edits {
    fn free(&self, span: Span) -> bool {
        let after = self.fixed.partition_point(|e| e.span.end <= span.start);
        let clear_of_fixed = self
            .fixed
            .get(after)
            .is_none_or(|e| e.span.start >= span.end);
        let clear_of_pending = self.pending.last().is_none_or(|e| e.span.end <= span.start);
        clear_of_fixed && clear_of_pending
    }

    /// Adds a replacement that starts after every pending one; false when its place is taken.
    fn add(&mut self, span: Span, text: String, origin: Origin) -> bool {
        if span.end <= span.start || !self.free(span) {
            return false;
        }
        self.pending.push(Edit { span, text, origin });
        true
    }

    fn commit(&mut self) {
        let pending = std::mem::take(&mut self.pending);
        let fixed = std::mem::take(&mut self.fixed);
        let mut merged = Vec::with_capacity(fixed.len().saturating_add(pending.len()));
        let (mut a, mut b) = (fixed.into_iter().peekable(), pending.into_iter().peekable());
        loop {
            let take_a = match (a.peek(), b.peek()) {
                (Some(x), Some(y)) => x.span.start <= y.span.start,
                (Some(_), None) => true,
                (None, Some(_)) => false,
                (None, None) => break,
            };
            merged.extend(if take_a { a.next() } else { b.next() });
        }
        self.fixed = merged;
    }

    fn apply(self, text: &str) -> Swept {
        let mut out = String::with_capacity(text.len());
        let mut hits: HashMap<Origin, usize> = HashMap::new();
        let mut at = 0usize;
        for e in &self.fixed {
            out.push_str(text.get(at..e.span.start).unwrap_or_default());
            out.push_str(&e.text);
            at = e.span.end;
            if text.get(e.span.start..e.span.end) != Some(e.text.as_str()) {
                let n = hits.entry(e.origin).or_default();
                *n = n.saturating_add(1);
            }
        }
        out.push_str(text.get(at..).unwrap_or_default());
        Swept { text: out, hits }
    }
}
