//! Scenario deliveries as they leave: a request id per delivery that only retries repeat, retries byte
//! for byte a minute apart, a shuffled order that is another order of the same deliveries, and every output
//! form carrying every delivery.

use super::output::{render, ScenarioFormat};
use super::tests::{at, named, options, run_named, SECRET, URL};
use super::*;
use crate::domain::json::parse;

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
        // A minute apart: when the vendor retries is not documented.
        assert_eq!(
            (
                second.sent_at - first.sent_at,
                third.sent_at - second.sent_at
            ),
            (60, 60)
        );
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
