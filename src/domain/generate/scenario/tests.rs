//! Scenario consistency: every declared lifecycle runs, in order, with the same person and records
//! throughout, times ascending, a request id per delivery (repeated only by retries), and every
//! delivery clean by the engine the explorer and `gymhook check` use.

use super::output::{raw_requests, render, ScenarioFormat};
use super::*;
use crate::domain::analysis::analyze;
use crate::domain::diagnostic::Severity;
use crate::domain::formats::DateTime;
use crate::domain::json::{parse, Node, NodeKind};

const URL: &str = "https://receiver.example.com/webhooks";
const SECRET: &str = "whsec-demo";

fn options(seed: u64) -> ScenarioOptions {
    ScenarioOptions {
        seed,
        start: None,
        retries: 0,
        shuffle: false,
        edge_cases: false,
    }
}

fn named(name: &str) -> Scenario {
    find_scenario(name).unwrap_or_else(|| panic!("{name} is declared"))
}

fn body(d: &ScenarioDelivery) -> Node {
    parse(&d.generated.body).expect("generated JSON")
}

/// The value at a dotted path, as text (numbers as written).
fn at(node: &Node, path: &str) -> Option<String> {
    let mut node = node;
    for key in path.split('.') {
        node = node.get(key)?;
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
        let event_field = declaration(scenario.vendor)
            .envelope_field(crate::domain::schema::Sample::Time(
                crate::domain::schema::Moment::Event,
            ))
            .expect("an event time")
            .name;
        for start in [None, Some(start)] {
            let run = run(
                scenario,
                ScenarioOptions {
                    start,
                    ..options(11)
                },
            )
            .expect("runs");
            let times: Vec<i64> = values(&run, event_field)
                .iter()
                .map(|t| {
                    DateTime::parse(t.as_deref().unwrap_or(""))
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

fn run_named(name: &str) -> Run {
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
fn request_ids_are_one_per_delivery_and_retries_repeat_them_byte_for_byte() {
    let plain = run_named("new-member");
    let ids: Vec<String> = plain
        .deliveries
        .iter()
        .filter_map(|d| d.generated.request_id.clone())
        .collect();
    let distinct: std::collections::HashSet<&String> = ids.iter().collect();
    assert_eq!((ids.len(), distinct.len()), (6, 6), "{ids:?}");

    let retried = run(
        named("new-member"),
        ScenarioOptions {
            retries: 2,
            ..options(2025)
        },
    )
    .expect("runs");
    assert_eq!(retried.deliveries.len(), 18);
    for group in retried.deliveries.chunks(3) {
        let [first, second, third] = group else {
            panic!("three attempts")
        };
        assert_eq!((first.attempt, second.attempt, third.attempt), (1, 2, 3));
        assert_eq!(first.generated, second.generated);
        assert_eq!(first.generated, third.generated);
        assert!(first.sent_at < second.sent_at && second.sent_at < third.sent_at);
    }
    // Retries never exceed the bound.
    let many = run(
        named("class-waitlist"),
        ScenarioOptions {
            retries: 200,
            ..options(1)
        },
    )
    .expect("runs");
    assert_eq!(many.deliveries.len(), 3 * (1 + usize::from(MAX_RETRIES)));
}

#[test]
fn shuffled_is_another_order_of_the_same_deliveries_and_seeds_reproduce() {
    for scenario in scenarios() {
        let ordered = run(
            scenario,
            ScenarioOptions {
                retries: 1,
                ..options(5)
            },
        )
        .expect("runs");
        let shuffled = run(
            scenario,
            ScenarioOptions {
                retries: 1,
                shuffle: true,
                ..options(5)
            },
        )
        .expect("runs");
        assert_ne!(
            ordered.deliveries,
            shuffled.deliveries,
            "{}",
            scenario.name()
        );
        let key = |d: &ScenarioDelivery| (d.step, d.attempt);
        let mut a: Vec<_> = ordered.deliveries.iter().map(key).collect();
        let mut b: Vec<_> = shuffled.deliveries.iter().map(key).collect();
        a.sort();
        b.sort();
        assert_eq!(a, b);
        assert_eq!(run(scenario, options(5)), run(scenario, options(5)));
        assert_ne!(
            run(scenario, options(5)).expect("runs").deliveries,
            run(scenario, options(6)).expect("runs").deliveries
        );
    }
}

#[test]
fn every_output_form_carries_every_delivery() {
    let run = run(
        named("new-member"),
        ScenarioOptions {
            retries: 1,
            ..options(3)
        },
    )
    .expect("runs");
    let files = render(&run, ScenarioFormat::Dir, URL, SECRET).expect("valid URL");
    assert_eq!(files.len(), 12);
    assert_eq!(files[0].name, "01-usermodified.http");
    assert_eq!(files[1].name, "02-usermodified-attempt-2.http");
    for (file, d) in files.iter().zip(&run.deliveries) {
        assert!(file
            .text
            .starts_with("POST /webhooks HTTP/1.1\r\nHost: receiver.example.com\r\n"));
        assert!(file.text.ends_with(&d.generated.body));
    }
    let ndjson = render(&run, ScenarioFormat::Ndjson, URL, SECRET).expect("valid URL");
    let lines: Vec<&str> = ndjson[0].text.lines().collect();
    assert_eq!(
        (ndjson[0].name.as_str(), lines.len()),
        ("perfectgym-new-member-seed-3-retries-1.ndjson", 12)
    );
    for (line, d) in lines.iter().zip(&run.deliveries) {
        let node = parse(line).expect("each line is JSON");
        assert_eq!(
            at(&node, "body").as_deref(),
            Some(d.generated.body.as_str())
        );
        assert_eq!(
            at(&node, "headers.X-PerfectGym-Request"),
            d.generated.request_id
        );
    }
    let har = render(&run, ScenarioFormat::Har, URL, SECRET).expect("valid URL");
    let batch = crate::domain::batch::split(&har[0].text).expect("the batch view reads the HAR");
    assert_eq!(batch.deliveries.len(), 12);
    let curl = render(&run, ScenarioFormat::Curl, URL, SECRET).expect("valid URL");
    assert_eq!(curl[0].text.matches("\ncurl -X POST ").count(), 12);
    assert!(render(&run, ScenarioFormat::Har, "ftp://x", SECRET).is_err());
}
