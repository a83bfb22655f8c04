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

pub(super) fn pgm() -> Plan {
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
    assert_eq!(DEFAULT_TIMEOUT_MS, 10_000, "the documented 10 s");
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
