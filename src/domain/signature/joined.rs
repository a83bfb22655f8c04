//! Two header values joined by a comma: a header sent (or copied) twice reaches a Node receiver as
//! `a, b` (`IncomingMessage` joins duplicates with ", "), and other stacks do the same. Each value alone
//! is tried, so the verdict names the join instead of a non-hex character or a wrong secret.

use super::diagnosis::{Diagnosis, HeaderField};
use super::pgm::{compute_pgm, constant_time_eq_hex};
use super::verdict::SignatureInputs;

const JOIN: char = ',';
/// Hex digits of an MD5: a signature part must look like one to count as a joined signature.
const MD5_HEX: usize = 32;
/// More parts than this is no duplicated header; it is not worth hashing each.
const MAX_PARTS: usize = 8;

/// The parts of a comma-joined value, trimmed; `None` unless there are at least two non-empty ones.
fn parts(value: &str) -> Option<Vec<&str>> {
    let parts: Vec<&str> = value.split(JOIN).map(str::trim).collect();
    let usable = parts.len() >= 2 && parts.len() <= MAX_PARTS;
    (usable && parts.iter().all(|p| !p.is_empty())).then_some(parts)
}

/// A signature of MD5 hexes joined by commas; `matching` is the first part that verifies (1-based).
pub(super) fn joined_signature(inputs: &SignatureInputs<'_>, computed: &str) -> Option<Diagnosis> {
    let parts = parts(inputs.signature)?;
    let all_hex = parts
        .iter()
        .all(|p| p.len() == MD5_HEX && p.chars().all(|c| c.is_ascii_hexdigit()));
    if !all_hex {
        return None;
    }
    let matching = position(&parts, |part| constant_time_eq_hex(part, computed));
    Some(Diagnosis::JoinedValues {
        field: HeaderField::Signature,
        count: parts.len(),
        matching,
    })
}

/// A request id holding joined values, one of which the signature was computed from.
pub(super) fn joined_request_id(inputs: &SignatureInputs<'_>) -> Option<Diagnosis> {
    let parts = parts(inputs.request_id)?;
    let matching = position(&parts, |part| {
        constant_time_eq_hex(&compute_pgm(part, inputs.secret), inputs.signature)
    })?;
    Some(Diagnosis::JoinedValues {
        field: HeaderField::RequestId,
        count: parts.len(),
        matching: Some(matching),
    })
}

fn position(parts: &[&str], verifies: impl Fn(&str) -> bool) -> Option<usize> {
    parts
        .iter()
        .position(|part| verifies(part))
        .map(|i| i.saturating_add(1))
}
