//! Grading without a network: answers of each kind get the outcomes the vendor's rules give them, with
//! p50/p95 by nearest rank, and what no probe can observe is said per vendor.

use super::tests::pgm;
use super::*;
use crate::domain::schema::Vendor;

fn answered(status: u16, millis: u64, body_chars: usize) -> Observed {
    Observed {
        status: Some(status),
        millis,
        body_chars,
        failure: None,
    }
}

fn outcome(report: &Report, id: &str) -> Outcome {
    report
        .checks
        .iter()
        .find(|c| report.key(c) == id)
        .map(|c| c.outcome)
        .expect(id)
}

#[test]
fn grading_follows_the_vendor_rules() {
    let plan = pgm();
    let careful: Vec<Observed> = plan
        .requests
        .iter()
        .map(|p| match p.check {
            CheckId::RejectsForged | CheckId::RejectsMissing => answered(401, 3, 0),
            _ => answered(200, 4, 2),
        })
        .collect();
    let report = grade(&plan, &careful);
    for c in &report.checks {
        let expected = if c.id == CheckId::HttpsOnly {
            Outcome::Warn
        } else {
            Outcome::Pass
        };
        assert_eq!(c.outcome, expected, "{}: {}", report.key(c), c.summary);
    }
    assert_eq!(report.worst(), Outcome::Warn);

    let mut sloppy = careful.clone();
    for (p, o) in plan.requests.iter().zip(sloppy.iter_mut()) {
        match p.check {
            CheckId::RejectsForged | CheckId::RejectsMissing => *o = answered(200, 3, 0),
            CheckId::IdempotentRetry if p.label.contains("again") => *o = answered(500, 3, 0),
            _ => {}
        }
    }
    sloppy[0] = Observed {
        status: None,
        millis: 5_000,
        body_chars: 0,
        failure: Some(Failure::Timeout),
    };
    sloppy[5] = answered(200, 30, 4_000);
    sloppy[6] = answered(200, 30, 2);
    sloppy[7] = answered(200, 30, 2);
    let report = grade(&plan, &sloppy);
    for (id, expected) in [
        ("accepts-valid", Outcome::Fail),
        ("rejects-forged-signature", Outcome::Fail),
        ("rejects-missing-signature", Outcome::Fail),
        ("idempotent-retry", Outcome::Fail),
        ("answers-within-deadline", Outcome::Fail),
        ("short-response", Outcome::Warn),
        ("accepts-vendor-quirks", Outcome::Pass),
        ("order-independence", Outcome::Pass),
    ] {
        assert_eq!(outcome(&report, id), expected, "{id}");
    }
    let deadline = report
        .checks
        .iter()
        .find(|c| c.id == CheckId::AnswersWithinDeadline)
        .expect("graded");
    assert_eq!((deadline.p50_ms, deadline.p95_ms), (Some(4), Some(30)));
    assert!(
        deadline.summary.contains("within 5 s"),
        "{}",
        deadline.summary
    );
    assert_eq!(deadline.evidence.len(), 1);
}

#[test]
fn a_refusal_by_server_error_is_a_warning_and_percentiles_are_nearest_rank() {
    let plan = pgm();
    let observed: Vec<Observed> = plan
        .requests
        .iter()
        .map(|p| match p.check {
            CheckId::RejectsForged => answered(500, 1, 0),
            CheckId::RejectsMissing => answered(403, 1, 0),
            _ => answered(204, 1, 0),
        })
        .collect();
    let report = grade(&plan, &observed);
    assert_eq!(outcome(&report, "rejects-forged-signature"), Outcome::Warn);
    assert_eq!(outcome(&report, "rejects-missing-signature"), Outcome::Pass);
    let values: Vec<u64> = (1..=20).collect();
    assert_eq!(
        (percentile(&values, 50), percentile(&values, 95)),
        (Some(10), Some(19))
    );
    assert_eq!(percentile(&[], 50), None);
    assert_eq!(percentile(&[7], 95), Some(7));
}

#[test]
fn what_cannot_be_observed_is_said_per_vendor() {
    let pgm = unobservable(Vendor::PerfectGym);
    assert!(
        pgm[0].contains("body tampering cannot be detected"),
        "{}",
        pgm[0]
    );
    assert!(pgm.iter().any(|s| s.contains("Side effects of duplicates")));
    assert!(unobservable(Vendor::GymOs)[0].contains("GymOS signs nothing"));
}
