//! Scenario consistency: every declared lifecycle runs, in order, with the same person and records
//! throughout, times ascending, a request id per delivery (repeated only by retries), and every
//! delivery clean by the engine the explorer and `gymhook check` use.

use super::output::raw_requests;
use super::*;
use crate::domain::analysis::analyze;
use crate::domain::diagnostic::Severity;
use crate::domain::formats::DateTime;
use crate::domain::json::{parse, Node, NodeKind};
use crate::domain::schema::Moment;

pub(super) const URL: &str = "https://receiver.example.com/webhooks";
pub(super) const SECRET: &str = "whsec-demo";

pub(super) fn options(seed: u64) -> ScenarioOptions {
    ScenarioOptions {
        seed,
        start: None,
        retries: 0,
        shuffle: false,
        edge_cases: false,
    }
}

pub(super) fn named(name: &str) -> Scenario {
    find_scenario(name).unwrap_or_else(|| panic!("{name} is declared"))
}

fn body(d: &ScenarioDelivery) -> Node {
    parse(&d.generated.body).expect("generated JSON")
}

/// The value at a dotted path (a number indexes a list), as text (numbers as written).
pub(super) fn at(node: &Node, path: &str) -> Option<String> {
    let mut node = node;
    for key in path.split('.') {
        node = match (node.as_array(), key.parse::<usize>()) {
            (Some(items), Ok(i)) => items.get(i)?,
            _ => node.get(key)?,
        };
    }
    match &node.kind {
        NodeKind::String(s) => Some(s.clone()),
        NodeKind::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

fn values(run: &Run, path: &str) -> Vec<Option<String>> {
    run.deliveries.iter().map(|d| at(&body(d), path)).collect()
}

#[test]
fn every_scenario_runs_in_lifecycle_order_and_every_delivery_is_clean() {
    assert!(scenarios().len() >= 6);
    for scenario in scenarios() {
        for (seed, edge) in [(1, false), (2025, false), (7, true)] {
            let run = run(
                scenario,
                ScenarioOptions {
                    edge_cases: edge,
                    ..options(seed)
                },
            )
            .expect("runs");
            let events: Vec<&str> = run
                .deliveries
                .iter()
                .map(|d| d.generated.choice.event().map_or("", |e| e.name))
                .collect();
            let declared: Vec<&str> = scenario.lifecycle.steps.iter().map(|s| s.event).collect();
            assert_eq!(events, declared, "{}", scenario.name());
            let text = raw_requests(&run, URL, SECRET).expect("valid URL");
            for (d, request) in run.deliveries.iter().zip(text.split("\n\nPOST ")) {
                let request = if request.starts_with("POST ") {
                    request.to_owned()
                } else {
                    format!("POST {request}")
                };
                let analysis = analyze(&request);
                let problems: Vec<String> = analysis
                    .diagnostics
                    .iter()
                    .filter(|x| {
                        x.severity() == Severity::Error
                            || (!edge && x.severity() == Severity::Warning)
                    })
                    .map(|x| format!("{} {}: {}", x.kind.key(), x.path, x.message))
                    .collect();
                assert!(
                    problems.is_empty(),
                    "{} step {} seed {seed}: {problems:?}",
                    scenario.name(),
                    d.step
                );
                assert_eq!(analysis.vendor(), Some(scenario.vendor));
                assert!(analysis.known_event());
            }
        }
    }
}

#[test]
fn times_ascend_and_the_start_time_is_the_first_event() {
    let start = DateTime::parse("2025-03-01T09:00:00Z")
        .expect("date")
        .unix_seconds();
    for scenario in scenarios() {
        for start in [None, Some(start)] {
            let run = run(
                scenario,
                ScenarioOptions {
                    start,
                    ..options(11)
                },
            )
            .expect("runs");
            // The time the declaration marks, in the envelope or the object naming the event.
            let times: Vec<i64> = run
                .deliveries
                .iter()
                .map(|d| {
                    analyze(&d.generated.body)
                        .time(Moment::Event)
                        .expect("a time")
                        .unix_seconds()
                })
                .collect();
            assert!(
                times.windows(2).all(|w| matches!(w, [a, b] if a < b)),
                "{}: {times:?}",
                scenario.name()
            );
            if let (Some(start), Some(first)) = (start, times.first()) {
                assert_eq!(*first, start, "{}", scenario.name());
            }
            let sent: Vec<i64> = run.deliveries.iter().map(|d| d.sent_at).collect();
            assert!(sent.windows(2).all(|w| matches!(w, [a, b] if a < b)));
        }
    }
}

#[test]
fn perfect_gym_ids_stay_the_same_person_contract_and_class() {
    let run = run(named("new-member"), options(2025)).expect("runs");
    let users: Vec<Option<String>> = values(&run, "data.userId")
        .into_iter()
        .filter(Option::is_some)
        .collect();
    assert_eq!(users.len(), 5, "UserModified, ContractCreated, ContractPaymentDone, ClassesBooked, UserPresenceChanged carry it");
    assert!(users.windows(2).all(|w| w[0] == w[1]), "{users:?}");
    let contracts = values(&run, "data.contractId");
    assert!(
        contracts[1].is_some() && contracts[1] == contracts[2],
        "{contracts:?}"
    );

    let waitlist = run_named("class-waitlist");
    let classes = values(&waitlist, "data.timeTableEventId");
    assert!(
        classes[0].is_some() && classes.iter().all(|c| *c == classes[0]),
        "{classes:?}"
    );

    let training = run_named("personal-training");
    let bookings = values(&training, "data.personalTrainingBookingId");
    assert_ne!(bookings[0], bookings[1], "the second booking is a new one");
    assert_eq!(
        bookings[1], bookings[2],
        "the cancellation is of the second booking"
    );
}

pub(super) fn run_named(name: &str) -> Run {
    run(named(name), options(2025)).expect("runs")
}

#[test]
fn gymos_keeps_the_club_person_and_records_across_events() {
    let lead = run_named("lead-to-member");
    let clients = values(&lead, "clientId");
    assert!(
        clients.iter().all(|c| c.is_some() && *c == clients[0]),
        "{clients:?}"
    );
    let lead_ids = values(&lead, "subject.lead.id");
    assert!(
        lead_ids[..4]
            .iter()
            .all(|l| l.is_some() && *l == lead_ids[0]),
        "{lead_ids:?}"
    );
    let subject_types = values(&lead, "subjectType");
    assert_eq!(
        subject_types.first().cloned().flatten().as_deref(),
        Some("LEAD")
    );
    assert_eq!(
        subject_types.last().cloned().flatten().as_deref(),
        Some("MEMBER")
    );
    // The lead and the member they became are the same person.
    let lead_name = (
        at(&body(&lead.deliveries[0]), "subject.lead.firstName"),
        at(&body(&lead.deliveries[0]), "subject.lead.email"),
    );
    let member = body(&lead.deliveries[4]);
    assert_eq!(
        lead_name,
        (
            at(&member, "subject.member.firstName"),
            at(&member, "subject.member.email")
        )
    );
    let appointments = values(&lead, "payload.leadAppointment.id");
    assert!(
        appointments[1].is_some() && appointments[1] == appointments[2],
        "{appointments:?}"
    );

    let sessions = run_named("session-booking");
    let ids = values(&sessions, "payload.session.id");
    assert_ne!(ids[0], ids[1], "two sessions");
    assert_ne!(
        values(&sessions, "payload.booking.id")[0],
        values(&sessions, "payload.booking.id")[1]
    );
    let members = values(&sessions, "subject.member.id");
    assert!(members[0].is_some() && members[0] == members[1]);

    let cancelled = run_named("membership-cancelled");
    let memberships = values(&cancelled, "payload.membership.id");
    assert!(
        memberships
            .iter()
            .all(|m| m.is_some() && *m == memberships[0]),
        "{memberships:?}"
    );
    let cancel_times = values(&cancelled, "payload.membership.cancelledUtc");
    assert!(
        cancel_times[..3].iter().all(Option::is_none),
        "{cancel_times:?}"
    );
    assert!(cancel_times[3].is_some(), "{cancel_times:?}");
}

#[test]
fn perfectgym_next_keeps_the_customer_and_the_contract_with_an_event_uuid_per_delivery() {
    let run = run(
        named("customer-lifecycle"),
        ScenarioOptions {
            retries: 1,
            ..options(2025)
        },
    )
    .expect("runs");
    let firsts: Vec<&ScenarioDelivery> = run.deliveries.iter().filter(|d| d.attempt == 1).collect();
    let types: Vec<Option<String>> = firsts
        .iter()
        .map(|d| at(&body(d), "payload.0.type"))
        .collect();
    let expected = [
        "CUSTOMER_CREATED",
        "CONTRACT_CREATED",
        "CUSTOMER_CHECKIN",
        "CUSTOMER_CHECKOUT",
    ];
    assert_eq!(types, expected.map(|t| Some(t.to_owned())));
    // Every step is about the same customer: its customerId is each step's entityId.
    let customers: Vec<Option<String>> = firsts.iter().map(|d| at(&body(d), "entityId")).collect();
    assert!(
        customers.iter().all(|c| c.is_some() && *c == customers[0]),
        "{customers:?}"
    );
    assert!(at(&body(firsts[1]), "payload.0.content.contractId").is_some());
    // A new event's uuid each step; a retry repeats the delivery byte for byte.
    let uuids: Vec<Option<String>> = firsts.iter().map(|d| at(&body(d), "uuid")).collect();
    let mut distinct = uuids.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(distinct.len(), 4, "{uuids:?}");
    for retry in run.deliveries.iter().filter(|d| d.attempt > 1) {
        assert_eq!(retry.generated.body, firsts[retry.step - 1].generated.body);
    }
    // No request id header: the vendor sends none.
    assert!(run
        .deliveries
        .iter()
        .all(|d| d.generated.request_id.is_none()));
}
