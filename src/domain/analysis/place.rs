//! A delivery's analysis placed in the paste it came from: every span and line:column moved from the
//! delivery's own text to the paste (through the capture's offset map), and the capture's notes (how
//! the paste was read, what was set aside, why nothing could be read) put first.

use super::{analyze_delivery, answer_notes, Analysis, RESPONSE_PATH};
use crate::domain::capture::{Capture, Note, OffsetMap};
use crate::domain::diagnostic::Diagnostic;
use crate::domain::json::LineIndex;
use crate::domain::lenient::TEXT_PATH;
use crate::domain::typed::{TypedObject, TypedValue};

/// Delivery `index` of `capture` (read from `text`), analysed, in the paste's offsets; with no such
/// delivery, the capture's notes alone (they say why nothing could be read).
pub fn in_paste(text: &str, capture: &Capture, index: usize) -> Analysis {
    let Some(delivery) = capture.deliveries.get(index) else {
        let mut analysis = Analysis::nothing();
        let lines = LineIndex::new(text);
        analysis.diagnostics = notes(text, &capture.notes, TEXT_PATH, &lines);
        return analysis;
    };
    let mut analysis = analyze_delivery(&delivery.text);
    let answer = delivery
        .response
        .as_ref()
        .map(|r| answer_notes(analysis.vendor(), r))
        .unwrap_or_default();
    analysis.response.clone_from(&delivery.response);
    // Notes about the paste as a whole go with its first delivery.
    let whole = capture.notes.iter().filter(|_| index == 0);
    let extra: Vec<Note> = whole.chain(&delivery.notes).cloned().collect();
    if delivery.map.is_identity() && extra.is_empty() && answer.is_empty() {
        return analysis;
    }
    let lines = LineIndex::new(text);
    if !delivery.map.is_identity() {
        place(&mut analysis, &delivery.map, text, &lines);
    }
    analysis
        .diagnostics
        .splice(0..0, notes(text, &extra, TEXT_PATH, &lines));
    // The answer's problems last: they are about what came back, after everything about what was sent.
    analysis
        .diagnostics
        .extend(notes(text, &answer, RESPONSE_PATH, &lines));
    analysis
}

/// Moves every offset of `analysis` from the delivery's text into the paste.
fn place(analysis: &mut Analysis, map: &OffsetMap, text: &str, lines: &LineIndex) {
    for d in &mut analysis.diagnostics {
        d.span = map.span(d.span);
        d.position = lines.position(text, d.span.start);
    }
    analysis.body_span = map.span(analysis.body_span);
    if let Some(root) = &mut analysis.root {
        object(root, map);
    }
}

fn object(o: &mut TypedObject, map: &OffsetMap) {
    o.span = map.span(o.span);
    for f in &mut o.fields {
        f.key_span = map.span(f.key_span);
        f.span = map.span(f.span);
        value(&mut f.value, map);
    }
}

fn value(v: &mut TypedValue, map: &OffsetMap) {
    match v {
        TypedValue::Object(o) => object(o, map),
        TypedValue::List { items, .. } => items.iter_mut().for_each(|i| value(i, map)),
        TypedValue::Map { entries, .. } => entries.iter_mut().for_each(|(_, v)| value(v, map)),
        _ => {}
    }
}

/// Notes as diagnostics at `path` (what they are about: the text as pasted, the answer).
fn notes(text: &str, notes: &[Note], path: &str, lines: &LineIndex) -> Vec<Diagnostic> {
    notes
        .iter()
        .map(|n| Diagnostic {
            kind: n.kind,
            path: path.to_owned(),
            span: n.span,
            position: lines.position(text, n.span.start),
            expected: None,
            found: None,
            message: n.message.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::capture::read;

    #[test]
    fn a_delivery_inside_a_log_line_points_into_the_paste() {
        let text = "2025-11-26T16:02:01Z INFO webhook received: {\"event\": \"ClassesBooked\", \"triggeredDate\": \"yesterday\", \"data\": {}}";
        let analysis = in_paste(text, &read(text), 0);
        assert_eq!(analysis.vendor_slug(), "perfectgym");
        let bad = analysis
            .diagnostics
            .iter()
            .find(|d| d.path == "triggeredDate")
            .expect("the date is wrong");
        assert_eq!(bad.span.slice(text), Some("\"yesterday\""));
        assert_eq!(
            bad.position.column,
            text.find("\"yesterday\"").map_or(0, |i| i + 1)
        );
        let body = analysis.body_span.slice(text).unwrap_or_default();
        assert!(body.starts_with("{\"event\""), "{body}");
        let root = analysis.root.expect("typed");
        assert_eq!(root.span.slice(text), Some(body));
    }
}
