//! The receiver probe, pure: which requests to send one receiver URL (`plan`) and how to judge its
//! answers against the vendor's declared rules (`grade`). Sending happens in the command line's client;
//! nothing here touches the network, so the suite and its verdicts are tested without one.

mod auth;
mod checks;
mod grade;
mod judge;
mod plan;
mod suite;
mod unobservable;

pub use checks::{CheckId, Outcome, Proof};
pub use grade::{grade, CheckResult, Evidence, Report};
pub use judge::percentile;
pub use plan::{plan, Credential, Plan, PlanError, Planned, ProbeConfig};
pub use unobservable::unobservable;

/// What happened to one planned request.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Observed {
    /// The HTTP status, when an answer came.
    pub status: Option<u16>,
    /// From connecting to the end of the answer (or to giving up).
    pub millis: u64,
    /// Characters of the answer's body read (reading stops at `MAX_RESPONSE_BYTES`).
    pub body_chars: usize,
    pub failure: Option<Failure>,
}

/// Why no usable answer came.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// No complete answer within the timeout (the vendor's deadline, where it has one).
    Timeout,
    /// The connection could not be made or broke (the message says how).
    Connection(String),
    /// Something came back that is not an HTTP answer.
    Protocol(String),
}

impl Failure {
    pub fn describe(&self, timeout_ms: u64) -> String {
        match self {
            Failure::Timeout => format!("no answer within {}", seconds(timeout_ms)),
            Failure::Connection(why) => format!("connection failed: {why}"),
            Failure::Protocol(why) => format!("not an HTTP answer: {why}"),
        }
    }
}

/// How much of an answer is read: enough to judge its length, never a hostile stream whole.
pub const MAX_RESPONSE_BYTES: usize = 64 * 1024;
/// The per-request timeout where the vendor documents no deadline.
pub const DEFAULT_TIMEOUT_MS: u64 = 10_000;

/// `5 s`, `1.25 s`.
pub fn seconds(ms: u64) -> String {
    if ms.is_multiple_of(1_000) {
        format!("{} s", ms / 1_000)
    } else {
        format!("{:.2} s", ms as f64 / 1_000.0)
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_grade;
