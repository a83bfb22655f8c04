//! `gymhook scenario` as a receiver team runs it: `--list`, every scenario as a folder of raw requests
//! that `gymhook check` finds clean file by file, NDJSON lines that hold each exact body, HAR the batch
//! view reads, usage errors with exit 2.

use std::path::PathBuf;
use std::process::{Command, Output};

use gymhook::domain::batch::{split, Audit, Signature};
use gymhook::domain::generate::scenario::scenarios;
use gymhook::domain::json::parse;
use gymhook::domain::schema::{declaration, Auth};

fn gymhook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn out_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gymhook-scenario-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8")
}

#[test]
fn list_names_every_scenario_with_its_events() {
    let out = gymhook(&["scenario", "--list"]);
    assert_eq!(out.status.code(), Some(0));
    let listing = text(&out.stdout);
    for scenario in scenarios() {
        let line = listing
            .lines()
            .find(|l| l.starts_with(&format!("{} ", scenario.name())))
            .unwrap_or_else(|| panic!("{} listed:\n{listing}", scenario.name()));
        assert!(line.contains(scenario.vendor.slug()), "{line}");
        assert!(line.contains(scenario.lifecycle.steps[0].event), "{line}");
    }
}

#[test]
fn every_scenario_as_a_folder_of_requests_is_clean_by_gymhook_check() {
    for scenario in scenarios() {
        let dir = out_dir(scenario.name());
        let dir_arg = dir.to_str().expect("path");
        let vendor = scenario.vendor.slug();
        let args = [
            "scenario",
            scenario.name(),
            "--vendor",
            vendor,
            "--seed",
            "42",
            "--format",
            "dir",
            "--out",
            dir_arg,
            "--secret",
            "s3cret",
            "--retries",
            "1",
        ];
        let out = gymhook(&args);
        assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
        let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
            .expect("written")
            .map(|e| e.expect("entry").path())
            .collect();
        files.sort();
        assert_eq!(files.len(), 2 * scenario.lifecycle.steps.len());
        for file in &files {
            let checked = gymhook(&["check", file.to_str().expect("path")]);
            assert_eq!(
                checked.status.code(),
                Some(0),
                "{}: {}",
                file.display(),
                text(&checked.stdout)
            );
            let findings = text(&checked.stdout);
            assert!(
                !findings.contains(": error: ") && !findings.contains(": warning: "),
                "{findings}"
            );
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}

#[test]
fn ndjson_holds_one_delivery_a_line_with_its_exact_body_and_headers() {
    let out = gymhook(&[
        "scenario",
        "class-waitlist",
        "--vendor",
        "perfectgym",
        "--seed",
        "7",
        "--format",
        "ndjson",
        "--retries",
        "1",
        "--shuffle",
        "--secret",
        "k",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stderr));
    let ndjson = text(&out.stdout);
    let lines: Vec<&str> = ndjson.lines().collect();
    assert_eq!(lines.len(), 6);
    let mut ids = std::collections::HashMap::new();
    for line in &lines {
        let node = parse(line).expect("JSON line");
        let body = node.get("body").and_then(|b| b.as_str()).expect("body");
        let headers = node.get("headers").expect("headers");
        let length = headers
            .get("Content-Length")
            .and_then(|v| v.as_str())
            .expect("length");
        assert_eq!(length, body.len().to_string());
        let id = headers
            .get("X-PerfectGym-Request")
            .and_then(|v| v.as_str())
            .expect("id");
        let step = node
            .get("step")
            .and_then(|s| s.as_number_text())
            .expect("step");
        // A retry carries its first attempt's id and body, byte for byte.
        let seen = ids
            .entry(step.to_owned())
            .or_insert((id.to_owned(), body.to_owned()));
        assert_eq!(seen, &(id.to_owned(), body.to_owned()));
    }
    assert_eq!(ids.len(), 3);
    let unique: std::collections::HashSet<&String> = ids.values().map(|(id, _)| id).collect();
    assert_eq!(unique.len(), 3, "one request id per step");
    // Shuffled: not in step order.
    let steps: Vec<String> = lines
        .iter()
        .map(|l| {
            parse(l)
                .ok()
                .and_then(|n| {
                    n.get("step")
                        .and_then(|s| s.as_number_text())
                        .map(str::to_owned)
                })
                .unwrap_or_default()
        })
        .collect();
    let mut sorted = steps.clone();
    sorted.sort();
    assert_ne!(steps, sorted);
}

#[test]
fn har_output_opens_in_the_batch_view_with_headers_and_valid_signatures() {
    let out = gymhook(&[
        "scenario",
        "new-member",
        "--format",
        "har",
        "--secret",
        "k",
        "--seed",
        "3",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let har = text(&out.stdout);
    let batch = split(&har).expect("a batch");
    assert_eq!(batch.deliveries.len(), 6);
    let mut audit = Audit::default();
    for (i, delivery) in batch.deliveries.iter().enumerate() {
        let row = audit.row(&batch, i, "k").expect("a row");
        assert_eq!(
            (row.vendor_slug(), row.errors, row.warnings, row.signature),
            ("perfectgym", 0, 0, Signature::Valid),
            "{}",
            delivery.text
        );
    }
}

#[test]
fn usage_errors_exit_2_with_a_message() {
    for (args, message) in [
        (
            vec!["scenario", "no-such"],
            "no scenario is called \"no-such\"",
        ),
        (
            vec!["scenario", "new-member", "--vendor", "gymos"],
            "new-member is a Perfect Gym scenario",
        ),
        (
            vec!["scenario", "new-member", "--format", "dir"],
            "--format dir writes a folder",
        ),
        (
            vec!["scenario", "new-member", "--start", "tomorrow"],
            "--start",
        ),
        (vec!["scenario", "new-member", "--url", "ftp://x"], "--url"),
        (
            vec!["scenario", "new-member", "--retries", "6"],
            "6 is not in 0..=5",
        ),
    ] {
        let out = gymhook(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(
            text(&out.stderr).contains(message),
            "{args:?}: {}",
            text(&out.stderr)
        );
    }
}

#[test]
fn the_command_the_page_offers_writes_the_bytes_the_page_downloads() {
    use gymhook::domain::generate::default_target;
    use gymhook::domain::generate::scenario::command::scenario_command;
    use gymhook::domain::generate::scenario::output::{page_text, ScenarioFormat};
    use gymhook::domain::generate::scenario::{find_scenario, run, ScenarioOptions};
    let cases = [
        ("class-waitlist", ScenarioFormat::Ndjson, 2, true, None),
        (
            "new-member",
            ScenarioFormat::Har,
            0,
            false,
            Some("2025-03-01T09:00:00Z"),
        ),
        ("lead-to-member", ScenarioFormat::Curl, 1, false, None),
        ("customer-lifecycle", ScenarioFormat::Ndjson, 1, true, None),
    ];
    for (name, format, retries, shuffle, start) in cases {
        let scenario = find_scenario(name).expect("declared");
        let start_secs = start.map(|t| {
            gymhook::domain::formats::DateTime::parse(t)
                .expect("time")
                .unix_seconds()
        });
        let options = ScenarioOptions {
            seed: 99,
            start: start_secs,
            retries,
            shuffle,
            edge_cases: true,
        };
        let url = default_target(scenario.vendor);
        let command = scenario_command(scenario, &options, start, format, &url);
        let binary = env!("CARGO_BIN_EXE_gymhook");
        let shell = command.replacen("gymhook", &format!("'{binary}'"), 1);
        let out = Command::new("sh")
            .arg("-c")
            .arg(&shell)
            .env("WEBHOOK_SECRET", "s3cret")
            .env("WEBHOOK_API_KEY", "k3y")
            .output()
            .expect("sh runs");
        assert_eq!(
            out.status.code(),
            Some(0),
            "{command}: {}",
            text(&out.stderr)
        );
        // What the page passes as the secret: the one typed in the signature (or key) panel.
        let secret = match declaration(scenario.vendor).auth {
            Auth::Signature(_) => "s3cret",
            Auth::StaticKey(_) => "k3y",
            Auth::Unsigned(_) => "",
        };
        let page = page_text(&run(scenario, options).expect("runs"), format, &url, secret)
            .expect("valid URL");
        assert_eq!(text(&out.stdout), page, "{command}");
    }
}

#[test]
fn ndjson_reads_back_in_the_batch_view_and_gymhook_check_with_every_header() {
    for scenario in scenarios() {
        let out = gymhook(&[
            "scenario",
            scenario.name(),
            "--seed",
            "5",
            "--retries",
            "1",
            "--secret",
            "k",
        ]);
        assert_eq!(out.status.code(), Some(0));
        let ndjson = text(&out.stdout);
        let batch = split(&ndjson).expect("a batch");
        assert_eq!(batch.deliveries.len(), 2 * scenario.lifecycle.steps.len());
        let mut audit = Audit::default();
        for (i, delivery) in batch.deliveries.iter().enumerate() {
            let row = audit.row(&batch, i, "k").expect("a row");
            // Signed, or carrying the key given as --secret: whatever the declaration proves it with.
            let signed = !matches!(declaration(scenario.vendor).auth, Auth::Unsigned(_));
            assert_eq!(row.vendor_slug(), scenario.vendor.slug());
            assert_eq!((row.errors, row.warnings), (0, 0), "{}", delivery.text);
            let expected = if signed {
                Signature::Valid
            } else {
                Signature::Unchecked
            };
            assert_eq!(row.signature, expected, "{}", delivery.text);
            // Each retry is its step's second attempt, byte for byte the same.
            if row.attempt > 1 {
                assert_eq!((row.attempt, row.identical), (2, Some(true)));
            }
        }
        let path = std::env::temp_dir().join(format!(
            "gymhook-scenario-{}-{}.ndjson",
            std::process::id(),
            scenario.name()
        ));
        std::fs::write(&path, &ndjson).expect("write");
        let checked = gymhook(&["check", path.to_str().expect("path")]);
        assert_eq!(checked.status.code(), Some(0), "{}", text(&checked.stdout));
        let report = text(&checked.stdout);
        assert!(
            report.contains(&format!("{} deliveries checked", batch.deliveries.len())),
            "{report}"
        );
        assert!(
            !report.contains(": error: ") && !report.contains(": warning: "),
            "{report}"
        );
        let _ = std::fs::remove_file(&path);
    }
}

#[test]
fn the_curl_script_sends_every_delivery_byte_for_byte_in_order() {
    use crate::common::receiver::{answer, start};
    use gymhook::domain::generate::scenario::{find_scenario, run, ScenarioOptions};
    use std::sync::{Arc, Mutex};
    /// (request id, body) as the receiver got them.
    type Received = Vec<(Option<String>, String)>;
    let got: Arc<Mutex<Received>> = Arc::default();
    let seen = got.clone();
    let receiver = start(move |r| {
        let id = r.header("X-PerfectGym-Request").map(str::to_owned);
        seen.lock().expect("lock").push((id, r.body.clone()));
        answer(200, "Ok")
    });
    let args = [
        "scenario",
        "class-waitlist",
        "--seed",
        "8",
        "--retries",
        "1",
        "--shuffle",
        "--format",
        "curl",
        "--url",
        &receiver.url,
        "--secret",
        "k",
    ];
    let script = gymhook(&args);
    assert_eq!(script.status.code(), Some(0));
    let sent = Command::new("sh")
        .arg("-c")
        .arg(text(&script.stdout))
        .output()
        .expect("sh runs");
    assert!(sent.status.success(), "{}", text(&sent.stderr));
    let scenario = find_scenario("class-waitlist").expect("declared");
    let options = ScenarioOptions {
        seed: 8,
        start: None,
        retries: 1,
        shuffle: true,
        edge_cases: false,
    };
    let expected: Received = run(scenario, options)
        .expect("runs")
        .deliveries
        .iter()
        .map(|d| (d.generated.request_id.clone(), d.generated.body.clone()))
        .collect();
    assert_eq!(*got.lock().expect("lock"), expected);
}
