//! Judging a receiver's answers against the vendor's declared rules: each check looks at the answers to
//! its own requests (or, for the deadline and the answer length, at every answer) and gives an outcome
//! with the evidence — which request, what status, how long — that led to it.

use super::checks::{CheckId, Outcome};
use super::judge::{deadline, https, rejects, short};
use super::plan::{Plan, Planned};
use super::{unobservable, Observed};

/// One request as a check saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Evidence {
    /// The request's number in the plan.
    pub n: usize,
    pub label: String,
    pub status: Option<u16>,
    pub millis: u64,
    pub body_chars: usize,
    /// Why this request counts against the check (`None` when it is shown as it went).
    pub problem: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    pub id: CheckId,
    pub outcome: Outcome,
    /// One sentence: what was seen.
    pub summary: String,
    pub evidence: Vec<Evidence>,
    /// Answer times, for the deadline check.
    pub p50_ms: Option<u64>,
    pub p95_ms: Option<u64>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    pub plan: Plan,
    pub checks: Vec<CheckResult>,
    /// What no probe can see from outside, for this vendor.
    pub unobservable: Vec<String>,
}

impl Report {
    /// The worst outcome: what the exit status follows.
    pub fn worst(&self) -> Outcome {
        self.checks
            .iter()
            .map(|c| c.outcome)
            .max()
            .unwrap_or(Outcome::Pass)
    }

    pub fn key(&self, check: &CheckResult) -> &'static str {
        check.id.key(self.plan.proof)
    }
}

/// What `observed[i]` says about `plan.requests[i]`, check by check.
pub fn grade(plan: &Plan, observed: &[Observed]) -> Report {
    let pairs: Vec<(&Planned, &Observed)> = plan.requests.iter().zip(observed).collect();
    let checks = CheckId::ALL
        .iter()
        .map(|&id| match plan.skipped.iter().find(|(c, _)| *c == id) {
            Some((_, why)) => result(id, Outcome::Skip, why.clone(), Vec::new()),
            None => judge(id, plan, &pairs),
        })
        .collect();
    Report {
        plan: plan.clone(),
        checks,
        unobservable: unobservable(plan.vendor),
    }
}

pub(super) fn result(
    id: CheckId,
    outcome: Outcome,
    summary: String,
    evidence: Vec<Evidence>,
) -> CheckResult {
    CheckResult {
        id,
        outcome,
        summary,
        evidence,
        p50_ms: None,
        p95_ms: None,
    }
}

pub(super) fn evidence(
    planned: &Planned,
    observed: &Observed,
    problem: Option<String>,
) -> Evidence {
    Evidence {
        n: planned.n,
        label: planned.label.clone(),
        status: observed.status,
        millis: observed.millis,
        body_chars: observed.body_chars,
        problem,
    }
}

/// What went wrong with a request that should have been answered 2xx, if anything.
fn not_accepted(o: &Observed, timeout_ms: u64) -> Option<String> {
    match (&o.failure, o.status) {
        (Some(failure), _) => Some(failure.describe(timeout_ms)),
        (None, Some(status)) if !(200..300).contains(&status) => Some(format!("answered {status}")),
        (None, None) => Some("no status".to_owned()),
        _ => None,
    }
}

fn judge(id: CheckId, plan: &Plan, pairs: &[(&Planned, &Observed)]) -> CheckResult {
    let own: Vec<&(&Planned, &Observed)> = pairs.iter().filter(|(p, _)| p.check == id).collect();
    match id {
        CheckId::RejectsForged | CheckId::RejectsMissing => rejects(id, plan, &own),
        CheckId::AnswersWithinDeadline => deadline(plan, pairs),
        CheckId::ShortResponse => short(plan, pairs),
        CheckId::HttpsOnly => https(plan),
        _ => all_accepted(id, plan, &own),
    }
}

/// Every request of the check answered 2xx.
fn all_accepted(id: CheckId, plan: &Plan, own: &[&(&Planned, &Observed)]) -> CheckResult {
    let evidence: Vec<Evidence> = own
        .iter()
        .map(|(p, o)| evidence(p, o, not_accepted(o, plan.timeout_ms)))
        .collect();
    let bad = evidence.iter().filter(|e| e.problem.is_some()).count();
    let outcome = if bad == 0 {
        Outcome::Pass
    } else {
        Outcome::Fail
    };
    let summary = match bad {
        0 => format!("all {} answered 2xx", evidence.len()),
        _ => format!("{bad} of {} not answered 2xx", evidence.len()),
    };
    result(id, outcome, summary, evidence)
}
