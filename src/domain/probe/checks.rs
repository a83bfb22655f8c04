//! The checks a probe grades, with stable ids (JSON, JUnit and scripts key on them), and the outcome
//! vocabulary: `pass`, `fail`, `warn`, `skip`.

/// One graded property of a receiver.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckId {
    /// Every event type answered 2xx.
    AcceptsValid,
    /// Deliveries with a forged signature (or a wrong key) are refused.
    RejectsForged,
    /// Deliveries without the signature (or key) are refused.
    RejectsMissing,
    /// The same delivery again, and twice at once: 2xx each time, never 5xx.
    IdempotentRetry,
    /// Every answer within the vendor's deadline (p50/p95 reported).
    AnswersWithinDeadline,
    /// Edge-case bodies (the vendor's documented quirks) answered 2xx.
    AcceptsVendorQuirks,
    /// Answers no longer than the vendor shows.
    ShortResponse,
    /// A scenario delivered out of order, answered 2xx throughout.
    OrderIndependence,
    /// The URL is one the vendor calls (HTTPS on its port).
    HttpsOnly,
}

/// A check's verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    Pass,
    Warn,
    Skip,
    Fail,
}

impl Outcome {
    pub fn key(self) -> &'static str {
        match self {
            Outcome::Pass => "pass",
            Outcome::Warn => "warn",
            Outcome::Skip => "skip",
            Outcome::Fail => "fail",
        }
    }
}

/// How the receiver is meant to authenticate deliveries, as the declaration says.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Proof {
    Signature,
    Key,
}

impl CheckId {
    pub const ALL: [CheckId; 9] = [
        CheckId::AcceptsValid,
        CheckId::RejectsForged,
        CheckId::RejectsMissing,
        CheckId::IdempotentRetry,
        CheckId::AnswersWithinDeadline,
        CheckId::AcceptsVendorQuirks,
        CheckId::ShortResponse,
        CheckId::OrderIndependence,
        CheckId::HttpsOnly,
    ];

    /// The stable id; the two authentication checks name the vendor's proof.
    pub fn key(self, proof: Proof) -> &'static str {
        match (self, proof) {
            (CheckId::AcceptsValid, _) => "accepts-valid",
            (CheckId::RejectsForged, Proof::Signature) => "rejects-forged-signature",
            (CheckId::RejectsForged, Proof::Key) => "rejects-wrong-key",
            (CheckId::RejectsMissing, Proof::Signature) => "rejects-missing-signature",
            (CheckId::RejectsMissing, Proof::Key) => "rejects-missing-key",
            (CheckId::IdempotentRetry, _) => "idempotent-retry",
            (CheckId::AnswersWithinDeadline, _) => "answers-within-deadline",
            (CheckId::AcceptsVendorQuirks, _) => "accepts-vendor-quirks",
            (CheckId::ShortResponse, _) => "short-response",
            (CheckId::OrderIndependence, _) => "order-independence",
            (CheckId::HttpsOnly, _) => "https-only",
        }
    }

    /// What the check asks of the receiver, in a sentence.
    pub fn title(self, proof: Proof) -> &'static str {
        match (self, proof) {
            (CheckId::AcceptsValid, _) => "Every event type is answered 2xx",
            (CheckId::RejectsForged, Proof::Signature) => "A forged signature is refused (not 2xx)",
            (CheckId::RejectsForged, Proof::Key) => "A wrong key is refused (not 2xx)",
            (CheckId::RejectsMissing, Proof::Signature) => {
                "A delivery without a signature is refused (not 2xx)"
            }
            (CheckId::RejectsMissing, Proof::Key) => {
                "A delivery without the key is refused (not 2xx)"
            }
            (CheckId::IdempotentRetry, _) => {
                "The same delivery again, and twice at once, is answered 2xx each time"
            }
            (CheckId::AnswersWithinDeadline, _) => {
                "Every answer comes within the vendor's deadline"
            }
            (CheckId::AcceptsVendorQuirks, _) => {
                "Edge-case bodies (the vendor's documented quirks) are answered 2xx"
            }
            (CheckId::ShortResponse, _) => "Answers are no longer than the vendor shows",
            (CheckId::OrderIndependence, _) => {
                "A scenario delivered out of order is answered 2xx throughout"
            }
            (CheckId::HttpsOnly, _) => "The URL is one the vendor calls (HTTPS on its port)",
        }
    }
}
