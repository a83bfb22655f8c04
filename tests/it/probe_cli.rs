//! `gymhook probe` against two receivers this test starts on 127.0.0.1: a careful one (checks the
//! signature in constant time, 401s forgeries, deduplicates retries, answers "Ok" at once) passes every
//! check; a sloppy one (no signature check, 500 on a repeated id, 6 s on one event type, a long echo)
//! fails exactly the checks it should. JSON and JUnit outputs are read back with real parsers.

use std::collections::HashSet;
use std::process::{Command, Output};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::common::receiver::{answer, start, Answer, Incoming, Receiver};
use gymhook::domain::signature::{compute_pgm, constant_time_eq_hex};

const SECRET: &str = "it's a $ecret";
/// The sloppy receiver takes this long on this event: past Perfect Gym's 5 s deadline.
const SLOW_EVENT: &str = "\"AgreementAnswerModified\"";
const SLOW: Duration = Duration::from_secs(6);

fn probe(url: &str, extra: &[&str]) -> (Output, Duration) {
    let started = Instant::now();
    let mut args = vec!["probe", url, "--vendor", "perfectgym"];
    args.extend_from_slice(extra);
    let out = Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(&args)
        .output()
        .expect("runs");
    (out, started.elapsed())
}

fn careful() -> Receiver {
    let seen = Mutex::new(HashSet::new());
    start(move |r: &Incoming| {
        let id = r
            .header("X-PerfectGym-Request")
            .unwrap_or_default()
            .to_owned();
        let Some(signature) = r.header("X-PerfectGym-Signature") else {
            return answer(401, "missing signature");
        };
        if !constant_time_eq_hex(&compute_pgm(&id, SECRET), signature) {
            return answer(401, "bad signature");
        }
        // A retry is acknowledged again, never processed twice.
        seen.lock().expect("lock").insert(id);
        answer(200, "Ok")
    })
}

fn sloppy() -> Receiver {
    let seen = Mutex::new(HashSet::new());
    start(move |r: &Incoming| {
        let id = r
            .header("X-PerfectGym-Request")
            .unwrap_or_default()
            .to_owned();
        if !seen.lock().expect("lock").insert(id) {
            return answer(500, "duplicate key value violates unique constraint");
        }
        let echo = format!(
            "received {:?} with {:?}; trace: {}",
            r.body,
            r.headers,
            "x".repeat(1_000)
        );
        let delay = if r.body.contains(SLOW_EVENT) {
            SLOW
        } else {
            Duration::ZERO
        };
        Answer {
            status: 200,
            body: echo,
            delay,
            location: None,
        }
    })
}

fn json(out: &Output) -> serde_json::Value {
    serde_json::from_slice(&out.stdout).expect("JSON output")
}

/// `(id, outcome)` pairs as owned strings, to compare with `outcomes`.
fn expected(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    pairs
        .iter()
        .map(|(id, outcome)| (id.to_string(), outcome.to_string()))
        .collect()
}

pub(crate) fn outcomes(report: &serde_json::Value) -> Vec<(String, String)> {
    report["checks"]
        .as_array()
        .expect("checks")
        .iter()
        .map(|c| {
            (
                c["id"].as_str().unwrap_or("").to_owned(),
                c["outcome"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

#[test]
fn a_careful_receiver_passes_every_check() {
    let receiver = careful();
    let (out, took) = probe(&receiver.url, &["--secret", SECRET, "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json(&out);
    assert_eq!(report["target"], receiver.url.as_str());
    assert_eq!(report["vendor"], "perfectgym");
    let expected = expected(&[
        ("accepts-valid", "pass"),
        ("rejects-forged-signature", "pass"),
        ("rejects-missing-signature", "pass"),
        ("idempotent-retry", "pass"),
        ("answers-within-deadline", "pass"),
        ("accepts-vendor-quirks", "pass"),
        ("short-response", "pass"),
        ("order-independence", "pass"),
        // A local http:// receiver is the common case: a warning, never a failure.
        ("https-only", "warn"),
    ]);
    assert_eq!(outcomes(&report), expected);
    let deadline = &report["checks"][4];
    assert!(
        deadline["p50_ms"].as_u64().is_some() && deadline["p95_ms"].as_u64().is_some(),
        "{deadline}"
    );
    assert_eq!(report["sent"].as_array().map(Vec::len), Some(33));
    assert!(report["unobservable"][0]
        .as_str()
        .unwrap_or("")
        .contains("body tampering cannot be detected"));
    let announced = String::from_utf8_lossy(&out.stderr);
    assert!(
        announced.contains(&format!("sending 33 requests to {}", receiver.url)),
        "{announced}"
    );
    eprintln!("careful receiver probed in {took:?}");
}

#[test]
fn a_sloppy_receiver_fails_exactly_the_checks_it_should() {
    let receiver = sloppy();
    let (out, took) = probe(&receiver.url, &["--secret", SECRET, "--format", "json"]);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let report = json(&out);
    let got = outcomes(&report);
    let expected = expected(&[
        ("accepts-valid", "fail"),
        ("rejects-forged-signature", "fail"),
        ("rejects-missing-signature", "fail"),
        ("idempotent-retry", "fail"),
        ("answers-within-deadline", "fail"),
        ("accepts-vendor-quirks", "pass"),
        ("short-response", "warn"),
        ("order-independence", "pass"),
        ("https-only", "warn"),
    ]);
    assert_eq!(got, expected);
    // The evidence names the slow event, the retry answered 500 and the accepted forgery.
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("AgreementAnswerModified") && text.contains("no answer within 5 s"),
        "{text}"
    );
    assert!(text.contains("\"status\": 500"), "{text}");
    assert!(text.contains("accepted with 200"), "{text}");
    // The probe gave up on the slow event at the deadline (5 s), not after the receiver's 6 s.
    eprintln!("sloppy receiver probed in {took:?}");
}

#[test]
fn junit_output_is_well_formed_with_a_testcase_per_check_and_failures_for_failed_ones() {
    let receiver = sloppy();
    let (out, _) = probe(&receiver.url, &["--secret", SECRET, "--format", "junit"]);
    assert_eq!(out.status.code(), Some(1));
    let path = std::env::temp_dir().join(format!("gymhook-probe-{}.xml", std::process::id()));
    std::fs::write(&path, &out.stdout).expect("write");
    // Python's XML parser: a real one, not a string search.
    let script = "import sys, xml.etree.ElementTree as ET\n\
                  root = ET.parse(sys.argv[1]).getroot()\n\
                  assert root.tag == 'testsuites', root.tag\n\
                  for case in root.iter('testcase'):\n\
                  \x20   kind = 'failure' if case.find('failure') is not None else 'skipped' if case.find('skipped') is not None else 'warn' if case.find('system-out') is not None else 'pass'\n\
                  \x20   print(case.get('name'), kind)\n\
                  print('failures', root.get('failures'), 'tests', root.get('tests'))\n";
    let parsed = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(&path)
        .output()
        .expect("python3 runs");
    assert!(
        parsed.status.success(),
        "{}",
        String::from_utf8_lossy(&parsed.stderr)
    );
    let listing = String::from_utf8_lossy(&parsed.stdout).into_owned();
    let expected = "accepts-valid failure\nrejects-forged-signature failure\nrejects-missing-signature failure\n\
                    idempotent-retry failure\nanswers-within-deadline failure\naccepts-vendor-quirks pass\n\
                    short-response warn\norder-independence pass\nhttps-only warn\nfailures 5 tests 9\n";
    assert_eq!(listing, expected);
    let _ = std::fs::remove_file(&path);
}

#[test]
fn text_output_names_each_check_and_what_cannot_be_seen() {
    let receiver = careful();
    let (out, _) = probe(&receiver.url, &["--secret", SECRET]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.lines()
            .any(|l| l.starts_with("PASS  idempotent-retry")),
        "{text}"
    );
    assert!(
        text.lines().any(|l| l.starts_with("WARN  https-only")),
        "{text}"
    );
    assert!(
        text.contains("Not observable from outside:")
            && text.contains("Side effects of duplicates"),
        "{text}"
    );
}

#[test]
fn without_a_secret_the_signature_checks_are_skipped_and_said_why() {
    let receiver = start(|_| answer(204, ""));
    let (out, _) = probe(&receiver.url, &["--format", "json"]);
    assert_eq!(out.status.code(), Some(0));
    let report = json(&out);
    let forged = &report["checks"][1];
    assert_eq!(
        (forged["id"].as_str(), forged["outcome"].as_str()),
        (Some("rejects-forged-signature"), Some("skip"))
    );
    assert!(forged["summary"]
        .as_str()
        .unwrap_or("")
        .starts_with("no --secret given"));
}

#[test]
fn dry_run_lists_every_request_and_sends_nothing() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let url = format!(
        "http://127.0.0.1:{}/hooks",
        listener.local_addr().expect("addr").port()
    );
    let (out, _) = probe(&url, &["--secret", SECRET, "--dry-run"]);
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    assert!(
        text.starts_with(&format!("gymhook probe: would send 33 requests to {url}")),
        "{text}"
    );
    assert_eq!(text.matches("\nPOST /hooks HTTP/1.1\r\n").count(), 33);
    listener.set_nonblocking(true).expect("non-blocking");
    assert!(listener.accept().is_err(), "nothing connected");
}

#[test]
fn an_unreachable_receiver_and_bad_arguments_exit_2() {
    // A port nothing listens on: bound, then released.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .expect("bind")
        .local_addr()
        .expect("addr")
        .port();
    // The same over https:// (sent through curl): still nothing to reach.
    for scheme in ["http", "https"] {
        let (out, _) = probe(&format!("{scheme}://127.0.0.1:{port}/hooks"), &[]);
        assert_eq!(out.status.code(), Some(2), "{scheme}");
        let said = String::from_utf8_lossy(&out.stderr);
        assert!(said.contains("cannot reach"), "{scheme}: {said}");
    }
    for extra in [
        vec!["--api-key", "k"],
        vec!["--scenario", "lead-to-member"],
        vec!["--scenario", "nope"],
        vec!["--format", "xml"],
    ] {
        let (out, _) = probe("http://127.0.0.1:9/hooks", &extra);
        assert_eq!(out.status.code(), Some(2), "{extra:?}");
    }
}

#[test]
fn a_redirect_is_an_answer_never_followed() {
    let elsewhere = start(|_| answer(200, "Ok"));
    let location = format!("{}/stolen", elsewhere.url);
    let redirecting = start(move |_| Answer {
        status: 302,
        body: String::new(),
        delay: Duration::ZERO,
        location: Some(location.clone()),
    });
    let (out, _) = probe(&redirecting.url, &["--secret", SECRET, "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let report = json(&out);
    assert_eq!(report["checks"][0]["outcome"], "fail");
    assert!(report["checks"][0]["evidence"][0]["problem"]
        .as_str()
        .unwrap_or("")
        .contains("answered 302"));
    assert_eq!(elsewhere.hits(), 0, "the other host got nothing");
    assert_eq!(
        redirecting.hits(),
        33,
        "every request went to the URL given"
    );
}

#[test]
fn request_counts_per_vendor_are_what_the_docs_say() {
    for (vendor, credential, count) in [
        ("perfectgym", Some(SECRET), 33),
        ("perfectgym", None, 30),
        ("gymos", None, 31),
    ] {
        let mut args = vec![
            "probe",
            "http://127.0.0.1:9/hooks",
            "--vendor",
            vendor,
            "--dry-run",
        ];
        if let Some(secret) = credential {
            args.extend(["--secret", secret]);
        }
        let out = Command::new(env!("CARGO_BIN_EXE_gymhook"))
            .args(&args)
            .output()
            .expect("runs");
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        assert!(
            text.starts_with(&format!("gymhook probe: would send {count} requests")),
            "{vendor}: {text}"
        );
    }
}
