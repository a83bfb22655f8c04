//! Perfect Gym (PGM) webhook signatures: compute, check, diagnose mismatches, render receiver snippets.
//! GymOS documents no outbound signing, so nothing here pretends to verify GymOS requests.

// Offsets here come from pasted ids, secrets and signatures. An overflow would panic (killing the whole
// wasm page) or give a silently wrong number, so each operation is checked or saturating, with the bound
// that makes it safe.
#![cfg_attr(not(test), deny(clippy::arithmetic_side_effects))]

mod candidates;
mod decorated;
mod diagnosis;
mod escape;
mod explain;
mod hmac;
mod joined;
mod key;
mod pgm;
mod scheme;
mod shape;
pub mod snippets;
pub mod vectors;
mod verdict;
mod visible;

#[cfg(test)]
mod tests_check;
#[cfg(test)]
mod tests_diagnosis;
#[cfg(test)]
mod tests_mistakes;
#[cfg(test)]
mod tests_snippets;
#[cfg(test)]
mod tests_vectors;

pub use diagnosis::{
    BodyFormula, Diagnosis, Edge, Field, HeaderField, HmacKey, NotMd5, WhitespaceFix,
};
pub use explain::no_match_explanation;
pub use key::{check_key, KeyInputs, KeySlip, KeyVerdict};
pub use pgm::{
    compute_pgm, constant_time_eq_hex, hashed_string, REQUEST_ID_HEADER, SEPARATOR,
    SIGNATURE_HEADER,
};
pub use scheme::verdict_key;
pub use snippets::{render, render_key, Language};
pub use verdict::{check, Missing, SignatureInputs, Verdict};
pub use visible::{is_hidden_format, masked, visible, MASK};
