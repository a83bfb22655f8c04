//! The signature checker: its inputs, the verdict with its diagnosis, and receiver snippets.

pub mod key_panel;
pub mod panel;
pub mod snippets;
pub mod verdict;

pub use panel::{SignaturePanel, SignaturePanelProps};

use crate::domain::analysis::Analysis;
use crate::domain::signature::{check, SignatureInputs, Verdict};
use crate::ui::state::SignatureFields;

/// The verdict on what the checker's fields hold, with the exact pasted bytes of the body (never a
/// re-serialisation of the parsed JSON) for spotting "the body was hashed". The checker shows it in
/// full; the analysis summary states it in a line.
pub fn typed_verdict(fields: &SignatureFields, analysis: &Analysis, text: &str) -> Verdict {
    let body = text
        .get(analysis.body_span.start..analysis.body_span.end)
        .filter(|body| !body.is_empty());
    check(&SignatureInputs {
        request_id: &fields.request_id,
        signature: &fields.signature,
        secret: &fields.secret,
        body,
    })
}
