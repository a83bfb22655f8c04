//! Invariants every analysis must keep, whatever the input: spans inside the text on character
//! boundaries (the page selects them in the paste area), and the summaries the page shows consistent.

use gymhook::domain::analysis::Analysis;
use gymhook::domain::diagnostic::{Diagnostic, Kind, Severity};
use gymhook::domain::json::Span;

/// Panics (a fuzzer crash) when `analysis` of `text` breaks an invariant.
pub fn check_analysis(text: &str, analysis: &Analysis) {
    check_span(text, analysis.body_span, "body");
    for d in &analysis.diagnostics {
        check_span(text, d.span, &d.message);
        assert!(d.position.line >= 1, "line numbers start at 1: {d:?}");
    }
    let total: usize = Severity::ALL.iter().map(|&s| analysis.count(s)).sum();
    assert_eq!(total, analysis.diagnostics.len());
}

fn check_span(text: &str, span: Span, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "span {span:?} of {what:?} outside the text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "span {span:?} of {what:?} splits a character"
    );
}

/// Diagnostics as kinds and paths, sorted: what must not change when only values are redacted
/// (positions move when a replacement is shorter or longer).
pub fn kinds_and_paths(diagnostics: &[Diagnostic]) -> Vec<(Kind, String)> {
    let mut out: Vec<(Kind, String)> = diagnostics
        .iter()
        .map(|d| (d.kind, d.path.clone()))
        .collect();
    out.sort_by(|a, b| (a.0.key(), &a.1).cmp(&(b.0.key(), &b.1)));
    out
}
