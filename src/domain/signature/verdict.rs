//! `check`: the verdict on one (request id, signature, secret) triple, with the missing inputs
//! explained and, on a mismatch, the usual mistake that reproduces the signature.

use super::candidates::diagnose;
use super::diagnosis::Diagnosis;
use super::pgm::{compute_pgm, constant_time_eq_hex, REQUEST_ID_HEADER, SIGNATURE_HEADER};
use super::visible::is_strippable;
use crate::domain::http::RawRequest;

/// What the user entered or pasted. `body` is only used to spot "the body was hashed".
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SignatureInputs<'a> {
    pub request_id: &'a str,
    pub signature: &'a str,
    pub secret: &'a str,
    pub body: Option<&'a str>,
}

impl<'a> SignatureInputs<'a> {
    /// Request id, signature and body taken from a pasted request; absent headers stay empty
    /// (and are then reported as `Missing`).
    pub fn from_request(request: &RawRequest<'a>, secret: &'a str) -> Self {
        let header = |name| request.header(name).map_or("", |header| header.value);
        SignatureInputs {
            request_id: header(super::REQUEST_ID_HEADER),
            signature: header(super::SIGNATURE_HEADER),
            secret,
            body: Some(request.body),
        }
    }
}

/// An input `check` cannot work without.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    RequestId,
    Signature,
    Secret,
}

impl Missing {
    pub const ALL: [Missing; 3] = [Missing::RequestId, Missing::Signature, Missing::Secret];

    /// Stable identifier for the UI.
    pub fn key(self) -> &'static str {
        match self {
            Missing::RequestId => "request-id",
            Missing::Signature => "signature",
            Missing::Secret => "secret",
        }
    }

    /// The input's name, and for the two headers the header it is read from (as declared).
    pub fn label(self) -> String {
        match self {
            Missing::RequestId => format!("Request id ({REQUEST_ID_HEADER})"),
            Missing::Signature => format!("Signature ({SIGNATURE_HEADER})"),
            Missing::Secret => "Webhook secret".to_owned(),
        }
    }

    /// Why it is needed, and for the signature why its absence can be normal.
    pub fn explanation(self) -> &'static str {
        match self {
            Missing::RequestId => {
                "The request id is the X-PerfectGym-Request header value; PGM signs it together with \
                 the secret, and it stays the same when a delivery is retried."
            }
            Missing::Signature => {
                "PGM only sends X-PerfectGym-Signature when the webhook has a secret configured: \
                 without a secret there is no signature to check. Add a secret to the webhook in \
                 Perfect Gym if you want to verify requests."
            }
            Missing::Secret => {
                "The webhook secret is the one configured for this webhook in Perfect Gym. It is \
                 only used here and never sent anywhere."
            }
        }
    }
}

/// Result of `check`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Verdict {
    Valid {
        computed: String,
    },
    Invalid {
        computed: String,
        /// `None`: no usual mistake reproduces the signature (see `no_match_explanation`).
        diagnosis: Option<Diagnosis>,
    },
    Incomplete {
        missing: Vec<Missing>,
    },
}

impl Verdict {
    /// Stable identifier, used as `data-verdict`.
    pub fn key(&self) -> &'static str {
        match self {
            Verdict::Valid { .. } => "valid",
            Verdict::Invalid { .. } => "invalid",
            Verdict::Incomplete { .. } => "incomplete",
        }
    }
}

/// A value with nothing visible in it counts as not entered.
fn is_blank(value: &str) -> bool {
    value.trim_matches(is_strippable).is_empty()
}

/// Checks a PGM signature; never panics, whatever the inputs.
pub fn check(inputs: &SignatureInputs<'_>) -> Verdict {
    let provided = [
        (Missing::RequestId, inputs.request_id),
        (Missing::Signature, inputs.signature),
        (Missing::Secret, inputs.secret),
    ];
    let missing: Vec<Missing> = provided
        .iter()
        .filter(|(_, value)| is_blank(value))
        .map(|(missing, _)| *missing)
        .collect();
    if !missing.is_empty() {
        return Verdict::Incomplete { missing };
    }
    let computed = compute_pgm(inputs.request_id, inputs.secret);
    if constant_time_eq_hex(&computed, inputs.signature) {
        return Verdict::Valid { computed };
    }
    let diagnosis = diagnose(inputs, &computed);
    Verdict::Invalid {
        computed,
        diagnosis,
    }
}
