//! How a vendor delivers and what it asks of the receiver, as data: the method and body, HTTPS and the
//! only port it calls, the answer deadline, how much of an answer it shows, whether a delivery repeats
//! with the same id and what each source says about retries, and the lifecycles (events that belong
//! together, in the order the vendor sends them). The probe, the request checks, the generator's notes
//! and the scenario generator read these; what the documents leave open or contradict is stated, never
//! filled in.

use super::types::Provenance;

/// What the vendor's document requires of a receiver; `None`/`false` where it says nothing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DeliveryRules {
    /// The HTTP method of every delivery: a pasted request using another is reported.
    pub method: Option<&'static str>,
    /// The body is documented as JSON: a pasted `Content-Type` that is not JSON is reported.
    pub json: bool,
    /// The vendor only calls HTTPS URLs (on `https_port`, when it names one).
    pub https_only: bool,
    /// The statuses that acknowledge a delivery, both ends included (`(200, 299)`: any 2xx).
    pub success_status: Option<(u16, u16)>,
    /// The receiver must answer within this many milliseconds.
    pub deadline_ms: Option<u32>,
    /// The vendor only calls HTTPS on this port.
    pub https_port: Option<u16>,
    /// The vendor shows only this many characters of a response (so a longer one is wasted).
    pub response_shown_chars: Option<usize>,
    /// The same delivery may arrive more than once with the same request id.
    pub repeats_with_same_id: bool,
    /// What each source says about repeating a failed delivery; claims that differ are a conflict.
    pub retries: &'static [RetryClaim],
}

/// One source's statement about retries.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RetryClaim {
    /// How many times a failed delivery is sent again: `Some(0)` for "no retry", `None` for "until it
    /// succeeds" or an unstated number.
    pub repeats: Option<u32>,
    /// Minutes between attempts, when stated.
    pub interval_minutes: Option<u32>,
    /// Who says so, in a few words.
    pub source: &'static str,
    pub provenance: Provenance,
}

impl DeliveryRules {
    /// A vendor that documents none of these.
    pub const NONE: DeliveryRules = DeliveryRules {
        method: None,
        json: false,
        https_only: false,
        success_status: None,
        deadline_ms: None,
        https_port: None,
        response_shown_chars: None,
        repeats_with_same_id: false,
        retries: &[],
    };

    /// Whether the sources disagree on retries (the page explains the conflict instead of picking one).
    pub fn retries_conflict(&self) -> bool {
        self.retries.iter().any(|a| {
            self.retries
                .iter()
                .any(|b| a.repeats != b.repeats || a.interval_minutes != b.interval_minutes)
        })
    }
}

/// Events that belong together, in the order the vendor sends them, for the same person.
#[derive(Debug)]
pub struct Lifecycle {
    /// Stable identifier (`new-member`), as the CLI and the page take it.
    pub name: &'static str,
    pub description: &'static str,
    pub steps: &'static [LifecycleStep],
}

/// One delivery of a lifecycle.
#[derive(Debug)]
pub struct LifecycleStep {
    /// The declared event name (a test checks each resolves exactly).
    pub event: &'static str,
    /// Minutes after the previous step (the first step: after the lifecycle's start).
    pub after_minutes: u32,
    /// Objects or id fields that are a new instance at this step (a second booking): their ids are
    /// drawn afresh; every other id stays the one the lifecycle already used.
    pub fresh: &'static [&'static str],
}

/// A step that reuses every id drawn so far.
pub const fn step(event: &'static str, after_minutes: u32) -> LifecycleStep {
    LifecycleStep {
        event,
        after_minutes,
        fresh: &[],
    }
}

impl LifecycleStep {
    pub const fn fresh(mut self, names: &'static [&'static str]) -> Self {
        self.fresh = names;
        self
    }
}
