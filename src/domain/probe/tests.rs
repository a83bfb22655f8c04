//! The suite and the grading without a network: what a plan sends (bounded, to the URL given, every
//! request id its own but the retries), and what outcomes answers of each kind get.

use super::*;
use crate::domain::generate::scenario::find_scenario;
use crate::domain::schema::Vendor;
use crate::domain::signature::{check, SignatureInputs, Verdict};

const URL: &str = "http://127.0.0.1:9/hooks?x=1";

fn config(vendor: Vendor, credential: Credential) -> ProbeConfig {
    ProbeConfig {
        vendor,
        url: URL.to_owned(),
        credential,
        scenario: None,
        seed: 1,
    }
}

fn pgm() -> Plan {
    plan(&config(
        Vendor::PerfectGym,
        Credential::Secret("s3cret".into()),
    ))
    .expect("plans")
}

fn header<'p>(p: &'p Planned, name: &str) -> Option<&'p str> {
    p.request
        .headers
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, v)| v.as_str())
}

fn count(plan: &Plan, id: CheckId) -> usize {
    plan.requests.iter().filter(|p| p.check == id).count()
}

#[test]
fn perfect_gym_suite_is_bounded_and_aimed_at_the_url_given() {
    let plan = pgm();
    assert_eq!(
        count(&plan, CheckId::AcceptsValid),
        13,
        "every declared event"
    );
    assert_eq!(count(&plan, CheckId::RejectsForged), 2);
    assert_eq!(count(&plan, CheckId::RejectsMissing), 1);
    assert_eq!(count(&plan, CheckId::IdempotentRetry), 4);
    assert_eq!(
        count(&plan, CheckId::AcceptsVendorQuirks),
        7,
        "the new-member events and Test in edge-case mode"
    );
    assert_eq!(count(&plan, CheckId::OrderIndependence), 6);
    assert_eq!(plan.requests.len(), 33);
    assert_eq!(plan.timeout_ms, 5_000, "the vendor's deadline");
    for (i, p) in plan.requests.iter().enumerate() {
        assert_eq!(p.n, i + 1);
        assert_eq!(
            (
                p.request.target.authority.as_str(),
                p.request.target.path.as_str()
            ),
            ("127.0.0.1:9", "/hooks?x=1")
        );
    }
    // Only the two "at once" requests share a group.
    let groups: std::collections::HashSet<usize> = plan.requests.iter().map(|p| p.group).collect();
    assert_eq!(groups.len(), plan.requests.len() - 1);
}

#[test]
fn request_ids_repeat_only_where_a_retry_is_meant() {
    let plan = pgm();
    let mut seen = std::collections::HashMap::new();
    for p in &plan.requests {
        let id = header(p, "X-PerfectGym-Request").expect("an id").to_owned();
        seen.entry(id)
            .or_insert_with(Vec::new)
            .push(p.label.clone());
    }
    let repeated: Vec<&Vec<String>> = seen.values().filter(|labels| labels.len() > 1).collect();
    assert_eq!(repeated.len(), 2, "{repeated:?}");
    assert!(repeated
        .iter()
        .all(|l| l.len() == 2 && l.iter().all(|x| x.contains("delivery"))));
}

#[test]
fn forged_and_missing_signatures_are_what_they_say() {
    let plan = pgm();
    let verdict = |p: &Planned| {
        check(&SignatureInputs {
            request_id: header(p, "X-PerfectGym-Request").unwrap_or(""),
            signature: header(p, "X-PerfectGym-Signature").unwrap_or(""),
            secret: "s3cret",
            body: None,
        })
    };
    for p in &plan.requests {
        match p.check {
            CheckId::RejectsForged => {
                assert!(matches!(verdict(p), Verdict::Invalid { .. }), "{}", p.label)
            }
            CheckId::RejectsMissing => assert_eq!(header(p, "X-PerfectGym-Signature"), None),
            _ => assert!(matches!(verdict(p), Verdict::Valid { .. }), "{}", p.label),
        }
    }
}

#[test]
fn gymos_skips_what_it_does_not_define_and_credentials_must_fit() {
    let plan = plan(&config(Vendor::GymOs, Credential::None)).expect("plans");
    assert_eq!(count(&plan, CheckId::RejectsForged), 0);
    assert!(plan
        .skipped
        .iter()
        .any(|(c, why)| *c == CheckId::RejectsForged && why.contains("documents no signature")));
    assert_eq!(plan.timeout_ms, DEFAULT_TIMEOUT_MS);
    let unsigned = super::plan(&config(Vendor::PerfectGym, Credential::None)).expect("plans");
    assert!(unsigned
        .skipped
        .iter()
        .any(|(c, why)| *c == CheckId::RejectsMissing && why.starts_with("no --secret")));
    let errors = [
        (Vendor::PerfectGym, Credential::ApiKey("k".into())),
        (Vendor::GymOs, Credential::Secret("s".into())),
        (Vendor::GymOs, Credential::ApiKey("k".into())),
    ];
    for (vendor, credential) in errors {
        assert!(super::plan(&config(vendor, credential)).is_err());
    }
    let mut wrong = config(Vendor::GymOs, Credential::None);
    wrong.scenario = find_scenario("new-member");
    let message = super::plan(&wrong).expect_err("not GymOS's").to_string();
    assert!(message.contains("lead-to-member"), "{message}");
}

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
