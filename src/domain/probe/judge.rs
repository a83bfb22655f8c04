//! The checks judged by a rule of the vendor's rather than by a 2xx: refusals of forged or missing
//! credentials, the deadline (with p50/p95), the answer length, and the URL's scheme and port.

use super::checks::{CheckId, Outcome};
use super::grade::{evidence, result, CheckResult, Evidence};
use super::plan::{Plan, Planned};
use super::{seconds, Failure, Observed};
use crate::domain::schema::declaration;

/// Refused: 4xx passes; 5xx refuses but reads as a crash (warn); no answer is a warn; 2xx fails.
pub(super) fn rejects(id: CheckId, plan: &Plan, own: &[&(&Planned, &Observed)]) -> CheckResult {
    let mut outcome = Outcome::Pass;
    let evidence = own
        .iter()
        .map(|(p, o)| {
            let (verdict, problem) = match (o.status, &o.failure) {
                (Some(s), _) if (200..300).contains(&s) => (Outcome::Fail, Some(format!("accepted with {s}"))),
                (Some(s), _) if s >= 500 => (Outcome::Warn, Some(format!("refused with {s}, a server error: answer 401 or 403, so the vendor's log reads as refused, not as a crash"))),
                (Some(_), _) => (Outcome::Pass, None),
                (None, Some(f)) => (Outcome::Warn, Some(format!("{}: not accepted, but not refused either", f.describe(plan.timeout_ms)))),
                (None, None) => (Outcome::Warn, Some("no status".to_owned())),
            };
            outcome = outcome.max(verdict);
            evidence(p, o, problem)
        })
        .collect::<Vec<_>>();
    let summary = match outcome {
        Outcome::Fail => "a delivery that should be refused was accepted (2xx)".to_owned(),
        Outcome::Pass => format!("all {} refused with 4xx", evidence.len()),
        _ => "refused, but not with a 4xx".to_owned(),
    };
    result(id, outcome, summary, evidence)
}

/// Nearest-rank percentile of sorted values.
pub fn percentile(sorted: &[u64], percent: usize) -> Option<u64> {
    let rank = (sorted.len().saturating_mul(percent)).div_ceil(100).max(1);
    sorted.get(rank.saturating_sub(1)).copied()
}

pub(super) fn deadline(plan: &Plan, pairs: &[(&Planned, &Observed)]) -> CheckResult {
    let mut times: Vec<u64> = pairs
        .iter()
        .filter(|(_, o)| o.status.is_some())
        .map(|(_, o)| o.millis)
        .collect();
    times.sort_unstable();
    let (p50, p95) = (percentile(&times, 50), percentile(&times, 95));
    let shown = |v: Option<u64>| v.map_or("—".to_owned(), |ms| format!("{ms} ms"));
    let stats = format!("p50 {}, p95 {}", shown(p50), shown(p95));
    let Some(limit) = declaration(plan.vendor)
        .delivery_rules
        .deadline_ms
        .map(u64::from)
    else {
        let vendor = plan.vendor.display_name();
        let mut r = result(
            CheckId::AnswersWithinDeadline,
            Outcome::Skip,
            format!("{vendor} documents no deadline; {stats}"),
            Vec::new(),
        );
        (r.p50_ms, r.p95_ms) = (p50, p95);
        return r;
    };
    let late: Vec<Evidence> = pairs
        .iter()
        .filter(|(_, o)| o.millis > limit || matches!(o.failure, Some(Failure::Timeout)))
        .map(|(p, o)| {
            evidence(
                p,
                o,
                Some(match o.status {
                    Some(_) => format!("answered after {} ms", o.millis),
                    None => format!("no answer within {}", seconds(limit)),
                }),
            )
        })
        .collect();
    let outcome = if late.is_empty() {
        Outcome::Pass
    } else {
        Outcome::Fail
    };
    let summary = match late.len() {
        0 => format!("every answer within {}; {stats}", seconds(limit)),
        n => format!("{n} not answered within {}; {stats}", seconds(limit)),
    };
    let mut r = result(CheckId::AnswersWithinDeadline, outcome, summary, late);
    (r.p50_ms, r.p95_ms) = (p50, p95);
    r
}

pub(super) fn short(plan: &Plan, pairs: &[(&Planned, &Observed)]) -> CheckResult {
    let vendor = plan.vendor.display_name();
    let Some(limit) = declaration(plan.vendor).delivery_rules.response_shown_chars else {
        return result(
            CheckId::ShortResponse,
            Outcome::Skip,
            format!("{vendor} documents no limit on answers"),
            Vec::new(),
        );
    };
    let long: Vec<Evidence> = pairs
        .iter()
        .filter(|(_, o)| o.body_chars > limit)
        .map(|(p, o)| evidence(p, o, Some(format!("{} characters", o.body_chars))))
        .collect();
    let (outcome, summary) = match long.len() {
        0 => (Outcome::Pass, format!("every answer within the {limit} characters {vendor} shows")),
        n => (Outcome::Warn, format!("{n} answers longer than the {limit} characters {vendor} shows; it asks for as short an answer as possible (\"Ok\")")),
    };
    result(CheckId::ShortResponse, outcome, summary, long)
}

/// HTTPS (on the vendor's port, when it names one): a plain or other-port URL is a warning, never a
/// failure, since a local receiver is the common case.
pub(super) fn https(plan: &Plan) -> CheckResult {
    let vendor = plan.vendor.display_name();
    let rules = declaration(plan.vendor).delivery_rules;
    if !rules.https_only {
        return result(
            CheckId::HttpsOnly,
            Outcome::Skip,
            format!("{vendor} documents no scheme or port rule"),
            Vec::new(),
        );
    }
    let target = &plan.target;
    let given = target
        .authority
        .rsplit_once(':')
        .and_then(|(_, p)| p.parse::<u16>().ok());
    let (rule, port_ok) = match rules.https_port {
        Some(port) => (
            format!("HTTPS on port {port}"),
            given.is_none_or(|p| p == port),
        ),
        None => ("HTTPS".to_owned(), true),
    };
    let (outcome, summary) = if target.https && port_ok {
        (Outcome::Pass, format!("{rule}, as {vendor} requires"))
    } else {
        (Outcome::Warn, format!("{vendor} only calls {rule}: fine for testing a local receiver, but the vendor will never deliver to {}", target.url))
    };
    result(CheckId::HttpsOnly, outcome, summary, Vec::new())
}
