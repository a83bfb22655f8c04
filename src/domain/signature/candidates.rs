//! The table of usual signing mistakes: each generator yields the preimages a mistaken sender
//! would hash; the first whose MD5 reproduces the given signature is the diagnosis.

use super::diagnosis::{BodyFormula, Diagnosis, Edge, Field, WhitespaceFix};
use super::pgm::{constant_time_eq_hex, hashed_string, md5_hex, SEPARATOR};
use super::verdict::SignatureInputs;
use super::visible::is_strippable;
use super::{decorated, hmac, joined, shape};

/// One mistaken way of signing: what would have been hashed, and what that means.
struct Candidate {
    preimage: String,
    diagnosis: Diagnosis,
}

type Generator = fn(&SignatureInputs<'_>) -> Vec<Candidate>;

/// Checked in this order, so the most common and most specific mistakes are reported first.
const GENERATORS: [Generator; 7] = [
    swapped_order,
    separators,
    whitespace,
    quoted_request_id,
    body_hashed,
    secret_only,
    id_only,
];

/// Separators seen in hand-written signers instead of ":".
const SEPARATORS: [&str; 17] = [
    "", "::", ": ", " : ", " ", "|", ";", ",", ".", "-", "_", "+", "/", "=", "#", "&", "\n",
];

/// Quotes a request id picks up when copied from JSON or a log, or when a sender JSON-encodes it.
const QUOTES: [char; 2] = ['"', '\''];

/// Whitespace a signer typically adds by accident (`echo`, files, Windows line endings).
const APPENDED_WHITESPACE: [&str; 5] = ["\n", "\r\n", " ", "\r", "\t"];

/// First usual mistake that reproduces `inputs.signature`, if any.
pub(super) fn diagnose(inputs: &SignatureInputs<'_>, computed: &str) -> Option<Diagnosis> {
    decorated::decorated_signature(inputs.signature, computed)
        .or_else(|| joined::joined_signature(inputs, computed))
        .or_else(|| shape::diagnose_shape(inputs.signature, computed))
        .or_else(|| {
            GENERATORS
                .iter()
                .flat_map(|generate| generate(inputs))
                .find(|candidate| {
                    constant_time_eq_hex(&md5_hex(&candidate.preimage), inputs.signature)
                })
                .map(|candidate| candidate.diagnosis)
        })
        .or_else(|| joined::joined_request_id(inputs))
        .or_else(|| hmac::diagnose_hmac(inputs))
}

fn swapped_order(inputs: &SignatureInputs<'_>) -> Vec<Candidate> {
    vec![Candidate {
        preimage: hashed_string(inputs.secret, inputs.request_id),
        diagnosis: Diagnosis::SwappedOrder,
    }]
}

fn separators(inputs: &SignatureInputs<'_>) -> Vec<Candidate> {
    SEPARATORS
        .iter()
        .map(|separator| Candidate {
            preimage: [inputs.request_id, separator, inputs.secret].concat(),
            diagnosis: Diagnosis::Separator {
                used: (*separator).to_owned(),
            },
        })
        .collect()
}

/// Both directions: whitespace entered here but not signed (trim), and whitespace signed but
/// not entered here (append).
fn whitespace(inputs: &SignatureInputs<'_>) -> Vec<Candidate> {
    let fields = [
        (Field::RequestId, inputs.request_id),
        (Field::Secret, inputs.secret),
    ];
    let mut candidates = Vec::new();
    for (field, value) in fields {
        let trimmed_front = value.trim_start_matches(is_strippable);
        let trimmed_back = value.trim_end_matches(is_strippable);
        let leading = value.strip_suffix(trimmed_front).unwrap_or_default();
        let trailing = value.strip_prefix(trimmed_back).unwrap_or_default();
        // Each trim applies only when that edge really has something to remove.
        let trims = [
            (
                Edge::Leading,
                trimmed_front,
                leading.to_owned(),
                !leading.is_empty(),
            ),
            (
                Edge::Trailing,
                trimmed_back,
                trailing.to_owned(),
                !trailing.is_empty(),
            ),
            (
                Edge::Both,
                value.trim_matches(is_strippable),
                [leading, trailing].concat(),
                !leading.is_empty() && !trailing.is_empty(),
            ),
        ];
        for (edge, trimmed, chars, applies) in trims {
            if applies {
                let fix = WhitespaceFix::Trim;
                let diagnosis = Diagnosis::Whitespace {
                    field,
                    edge,
                    chars,
                    fix,
                };
                candidates.push(with_field(inputs, field, trimmed.to_owned(), diagnosis));
            }
        }
        for extra in APPENDED_WHITESPACE {
            let diagnosis = Diagnosis::Whitespace {
                field,
                edge: Edge::Trailing,
                chars: extra.to_owned(),
                fix: WhitespaceFix::SignedWithExtra,
            };
            candidates.push(with_field(
                inputs,
                field,
                [value, extra].concat(),
                diagnosis,
            ));
        }
    }
    candidates
}

/// Quotes entered here but not signed (stripping them matches), or signed by the sender (adding them does).
fn quoted_request_id(inputs: &SignatureInputs<'_>) -> Vec<Candidate> {
    let id = inputs.request_id.trim_matches(is_strippable);
    let mut candidates: Vec<Candidate> = QUOTES
        .iter()
        .filter_map(|&quote| {
            let inner = id.strip_prefix(quote)?.strip_suffix(quote)?;
            Some(Candidate {
                preimage: hashed_string(inner, inputs.secret),
                diagnosis: Diagnosis::QuotedRequestId {
                    quote,
                    signed_with_quotes: false,
                },
            })
        })
        .collect();
    if let Some(&quote) = QUOTES.first() {
        let quoted = format!("{quote}{id}{quote}");
        candidates.push(Candidate {
            preimage: hashed_string(&quoted, inputs.secret),
            diagnosis: Diagnosis::QuotedRequestId {
                quote,
                signed_with_quotes: true,
            },
        });
    }
    candidates
}

fn with_field(
    inputs: &SignatureInputs<'_>,
    field: Field,
    value: String,
    diagnosis: Diagnosis,
) -> Candidate {
    let preimage = match field {
        Field::RequestId => hashed_string(&value, inputs.secret),
        Field::Secret => hashed_string(inputs.request_id, &value),
    };
    Candidate {
        preimage,
        diagnosis,
    }
}

/// Bodies longer than this are not tried as "the body was hashed": each keystroke in the secret field
/// would hash the body eight times (a megabyte paste: 8 MB per key). Perfect Gym bodies are a few
/// hundred bytes; a sender hashing a 64 KB body by mistake is not a case worth a frozen field.
pub const MAX_BODY_CANDIDATE_BYTES: usize = 64 * 1024;

/// The body exactly as given, then without trailing whitespace (pastes often gain a newline).
fn body_hashed(inputs: &SignatureInputs<'_>) -> Vec<Candidate> {
    let Some(body) = inputs
        .body
        .filter(|body| !body.is_empty() && body.len() <= MAX_BODY_CANDIDATE_BYTES)
    else {
        return Vec::new();
    };
    let trimmed = body.trim_end_matches(is_strippable);
    // A body of whitespace alone is no body anyone signed: trimmed to "", "body + secret" would be the
    // secret alone and hide the right diagnosis (the request id left out). Found by fuzzing.
    if trimmed.trim_start_matches(is_strippable).is_empty() {
        return Vec::new();
    }
    let bodies = if trimmed == body {
        vec![body]
    } else {
        vec![body, trimmed]
    };
    let secret = inputs.secret;
    bodies
        .into_iter()
        .flat_map(|body| {
            BodyFormula::ALL.map(|formula| Candidate {
                preimage: match formula {
                    BodyFormula::Body => body.to_owned(),
                    BodyFormula::BodyColonSecret => [body, SEPARATOR, secret].concat(),
                    BodyFormula::BodyThenSecret => [body, secret].concat(),
                    BodyFormula::SecretThenBody => [secret, body].concat(),
                },
                diagnosis: Diagnosis::BodyHashed { formula },
            })
        })
        .collect()
}

fn secret_only(inputs: &SignatureInputs<'_>) -> Vec<Candidate> {
    vec![Candidate {
        preimage: inputs.secret.to_owned(),
        diagnosis: Diagnosis::SecretOnly,
    }]
}

fn id_only(inputs: &SignatureInputs<'_>) -> Vec<Candidate> {
    vec![Candidate {
        preimage: inputs.request_id.to_owned(),
        diagnosis: Diagnosis::IdOnly,
    }]
}
