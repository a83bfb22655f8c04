//! The JSON answers of the package's `check` and `verifyPerfectGymSignature`, in the shapes `index.d.ts`
//! declares (camelCase keys, `null` for absent values).

use crate::domain::check::{check, too_large, Checked, CheckedDelivery};
use crate::domain::diagnostic::Diagnostic;
use crate::domain::json::{quoted, Position};
use crate::domain::schema::Vendor;
use crate::domain::signature::{self, no_match_explanation, Missing, SignatureInputs, Verdict};

/// The diagnosis `kind` of a mismatch no usual mistake reproduces.
const NO_USUAL_MISTAKE: &str = "no-usual-mistake";
const NO_USUAL_MISTAKE_TITLE: &str = "Probably not the sender's secret";
/// The diagnosis `kind` when an input is empty.
const INCOMPLETE: &str = "incomplete";

/// `check(text)`: every delivery the page would read in `text`.
pub fn check_json(text: &str) -> String {
    checked_json(&check(text))
}

/// `check(text)` for a text of `bytes` past the page's limit, answered without reading it.
pub fn too_large_json(bytes: usize) -> String {
    checked_json(&too_large(bytes))
}

fn checked_json(checked: &Checked) -> String {
    format!(
        "{{\"vendor\":{},\"event\":{},\"declaredEvent\":{},\"diagnostics\":{},\"deliveries\":{}}}",
        quoted(Vendor::slug_or_unknown(checked.vendor())),
        nullable(checked.event()),
        nullable(checked.declared_event().map(|e| e.name)),
        list(checked.diagnostics().map(diagnostic)),
        list(checked.deliveries.iter().map(delivery))
    )
}

fn delivery(d: &CheckedDelivery) -> String {
    let (line, column) = d
        .start
        .map_or(("null".to_owned(), "null".to_owned()), |p: Position| {
            (p.line.to_string(), p.column.to_string())
        });
    format!(
        "{{\"line\":{line},\"column\":{column},\"rebuilt\":{},\"vendor\":{},\"event\":{},\"declaredEvent\":{},\"diagnostics\":{}}}",
        nullable(d.rebuilt.as_deref()),
        quoted(Vendor::slug_or_unknown(d.vendor)),
        nullable(d.event.as_deref()),
        nullable(d.declared_event.map(|e| e.name)),
        list(d.diagnostics.iter().map(diagnostic))
    )
}

fn diagnostic(d: &Diagnostic) -> String {
    format!(
        "{{\"severity\":{},\"kind\":{},\"path\":{},\"line\":{},\"column\":{},\"message\":{}}}",
        quoted(d.severity().key()),
        quoted(d.kind.key()),
        quoted(&d.path),
        d.position.line,
        d.position.column,
        quoted(&d.message)
    )
}

/// `verifyPerfectGymSignature(requestId, signature, secret, body?)`: the signature panel's verdict.
pub fn signature_json(
    request_id: &str,
    signature: &str,
    secret: &str,
    body: Option<&str>,
) -> String {
    let inputs = SignatureInputs {
        request_id,
        signature,
        secret,
        body,
    };
    let verdict = signature::check(&inputs);
    let (expected, missing, diagnosis) = match &verdict {
        Verdict::Valid { computed } => (Some(computed.as_str()), Vec::new(), None),
        Verdict::Invalid {
            computed,
            diagnosis: Some(d),
        } => (
            Some(computed.as_str()),
            Vec::new(),
            Some((d.key(), d.title().to_owned(), d.explanation())),
        ),
        Verdict::Invalid {
            computed,
            diagnosis: None,
        } => (
            Some(computed.as_str()),
            Vec::new(),
            Some((
                NO_USUAL_MISTAKE,
                NO_USUAL_MISTAKE_TITLE.to_owned(),
                no_match_explanation(),
            )),
        ),
        Verdict::Incomplete { missing } => (None, missing.clone(), Some(incomplete(missing))),
    };
    let diagnosis = diagnosis.map_or("null".to_owned(), |(kind, title, message)| {
        format!(
            "{{\"kind\":{},\"title\":{},\"message\":{}}}",
            quoted(kind),
            quoted(&title),
            quoted(&message)
        )
    });
    format!(
        "{{\"valid\":{},\"verdict\":{},\"expected\":{},\"missing\":{},\"diagnosis\":{diagnosis}}}",
        matches!(verdict, Verdict::Valid { .. }),
        quoted(verdict.key()),
        nullable(expected),
        list(missing.iter().map(|m| quoted(m.key())))
    )
}

/// "Missing: Webhook secret", with why each missing input is needed.
fn incomplete(missing: &[Missing]) -> (&'static str, String, String) {
    let labels: Vec<String> = missing.iter().map(|m| m.label()).collect();
    let reasons: Vec<&str> = missing.iter().map(|m| m.explanation()).collect();
    (
        INCOMPLETE,
        format!("Missing: {}", labels.join(", ")),
        reasons.join(" "),
    )
}

fn nullable(text: Option<&str>) -> String {
    text.map_or("null".to_owned(), quoted)
}

fn list(items: impl Iterator<Item = String>) -> String {
    format!("[{}]", items.collect::<Vec<_>>().join(","))
}
