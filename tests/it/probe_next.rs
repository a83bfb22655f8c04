//! `gymhook probe --vendor perfectgym-next --api-key K` against two receivers this test starts on
//! 127.0.0.1: a careful one (compares the x-api-key in constant time, 401s a wrong or missing key,
//! deduplicates on the event uuid, answers at once) passes every check it can; a sloppy one (no key
//! check, 500 on a repeated uuid, a long echo) fails exactly the key and retry checks. The key checks
//! take the header and the deadline from the declaration.

use std::collections::HashSet;
use std::process::{Command, Output};
use std::sync::Mutex;

use crate::common::receiver::{answer, start, Incoming, Receiver};
use crate::probe_cli::outcomes;
use gymhook::domain::schema::{declaration, Vendor};

const KEY: &str = "studio-7-webhook-key";

fn probe(url: &str, extra: &[&str]) -> Output {
    let mut args = vec!["probe", url, "--vendor", "perfectgym-next"];
    args.extend_from_slice(extra);
    Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(&args)
        .output()
        .expect("runs")
}

/// The header the declaration names for the key.
fn key_header() -> &'static str {
    declaration(Vendor::PerfectGymNext)
        .auth
        .key()
        .expect("a static key")
        .header
}

/// The event uuid of a delivery, as a receiver deduplicates on it.
fn uuid(r: &Incoming) -> String {
    serde_json::from_str::<serde_json::Value>(&r.body).expect("a JSON body")["uuid"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

fn same(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

fn careful() -> Receiver {
    let seen = Mutex::new(HashSet::new());
    start(move |r: &Incoming| match r.header(key_header()) {
        Some(key) if same(key, KEY) => {
            // A repeat is acknowledged again, never processed twice.
            seen.lock().expect("lock").insert(uuid(r));
            answer(200, "")
        }
        Some(_) => answer(401, "wrong key"),
        None => answer(401, "no key"),
    })
}

fn sloppy() -> Receiver {
    let seen = Mutex::new(HashSet::new());
    start(move |r: &Incoming| {
        if !seen.lock().expect("lock").insert(uuid(r)) {
            return answer(500, "duplicate key value violates unique constraint");
        }
        answer(200, &format!("received {}; {}", r.body, "x".repeat(2_000)))
    })
}

fn report(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn a_careful_receiver_passes_the_key_checks() {
    let receiver = careful();
    let out = probe(&receiver.url, &["--api-key", KEY, "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = report(&out);
    assert_eq!(report["vendor"], "perfectgym-next");
    let expected = pairs(&[
        ("accepts-valid", "pass"),
        ("rejects-wrong-key", "pass"),
        ("rejects-missing-key", "pass"),
        ("idempotent-retry", "pass"),
        ("answers-within-deadline", "pass"),
        ("accepts-vendor-quirks", "pass"),
        // The documents say nothing of how much of an answer is shown.
        ("short-response", "skip"),
        ("order-independence", "pass"),
        ("https-only", "warn"),
    ]);
    assert_eq!(outcomes(&report), expected);
    // Every delivery of the suite carried the key the receiver was given, but the two forged ones.
    let sent = report["sent"].as_array().expect("sent").len();
    assert_eq!(receiver.hits(), sent);
}

#[test]
fn a_sloppy_receiver_fails_the_key_and_retry_checks() {
    let receiver = sloppy();
    let out = probe(&receiver.url, &["--api-key", KEY, "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = report(&out);
    let expected = pairs(&[
        ("accepts-valid", "pass"),
        ("rejects-wrong-key", "fail"),
        ("rejects-missing-key", "fail"),
        ("idempotent-retry", "fail"),
        ("answers-within-deadline", "pass"),
        ("accepts-vendor-quirks", "pass"),
        ("short-response", "skip"),
        ("order-independence", "pass"),
        ("https-only", "warn"),
    ]);
    assert_eq!(outcomes(&report), expected);
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("a wrong x-api-key") && text.contains("no x-api-key"),
        "{text}"
    );
}

#[test]
fn without_a_key_the_key_checks_are_skipped_and_a_secret_is_refused() {
    let receiver = start(|_| answer(204, ""));
    let out = probe(&receiver.url, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let report = report(&out);
    let wrong = &report["checks"][1];
    assert_eq!(
        (wrong["id"].as_str(), wrong["outcome"].as_str()),
        (Some("rejects-wrong-key"), Some("skip"))
    );
    assert!(wrong["summary"]
        .as_str()
        .unwrap_or("")
        .starts_with("no --api-key given"));
    let out = probe(&receiver.url, &["--secret", KEY]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("give --api-key, not --secret"));
}

#[test]
fn the_dry_run_lists_the_key_on_every_genuine_delivery_and_the_scenario_shuffled() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!(
        "http://127.0.0.1:{}/hooks",
        listener.local_addr().expect("addr").port()
    );
    let out = probe(&url, &["--api-key", KEY, "--dry-run"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let requests = text.matches("\nPOST /hooks HTTP/1.1\r\n").count();
    let decl = declaration(Vendor::PerfectGymNext);
    let (events, steps) = (decl.events.len(), decl.lifecycles[0].steps.len());
    // Every event; a wrong and a missing key; a delivery again and one twice at once; the scenario's
    // events and the first event as edge cases; the scenario shuffled.
    assert_eq!(requests, events + 2 + 4 + (steps + 1) + steps, "{text}");
    assert!(text.starts_with(&format!(
        "gymhook probe: would send {requests} requests to {url}"
    )));
    let keyed = text.matches(&format!("\r\nx-api-key: {KEY}\r\n")).count();
    assert_eq!(keyed, requests - 2, "all but the wrong and the missing key");
    assert!(text.contains(&format!("\r\nx-api-key: {KEY}-forged\r\n")));
    assert!(text.contains("customer-lifecycle step"), "{text}");
    // Without a key the two key checks send nothing.
    let without = probe(&url, &["--dry-run"]);
    let without = String::from_utf8_lossy(&without.stdout).into_owned();
    assert_eq!(
        without.matches("\nPOST /hooks HTTP/1.1\r\n").count(),
        requests - 2
    );
    listener.set_nonblocking(true).expect("non-blocking");
    assert!(listener.accept().is_err(), "nothing connected");
}
