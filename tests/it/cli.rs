//! The native `gymhook` binary, run as a receiver's CI would: exit statuses 0/1/2, the exact
//! `file:line:col: severity: path: message` lines, `--json` that parses, generate and export.

use std::path::PathBuf;
use std::process::{Command, Output};

use gymhook::domain::examples::documented_example;
use gymhook::domain::schema::Vendor;

fn gymhook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn temp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gymhook-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write temp file");
    path
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("UTF-8 output")
}

const BROKEN_GYMOS: &str =
    "{\n  \"eventType\": \"Session Booked\",\n  \"clientId\": \"nope\",\n  \"payload\": {}\n}\n";

#[test]
fn a_clean_example_exits_0_and_prints_only_notes() {
    let body = documented_example(Vendor::GymOs, "Session Booked").expect("example");
    let path = temp("clean.json", &body);
    let out = gymhook(&["check", path.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    assert!(stdout(&out).lines().all(|l| !l.contains(": error: ")));
}

#[test]
fn an_error_exits_1_with_one_line_per_diagnostic() {
    let path = temp("broken.json", BROKEN_GYMOS);
    let file = path.to_str().expect("path");
    let out = gymhook(&["check", file]);
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let expected = format!(
        "{file}:3:15: error: clientId: \"nope\" is not a valid GUID: expected a GUID of 36 characters (8-4-4-4-12 hex digits with hyphens), found 4 characters."
    );
    assert!(text.lines().any(|l| l == expected), "{text}");
    assert!(
        text.lines()
            .any(|l| l.starts_with(&format!("{file}:1:1: warning: eventTimestampUtc: "))),
        "{text}"
    );
    // Every line but the closing summary has the shape file:line:col: severity: path: message.
    let (summary, findings) = text
        .lines()
        .collect::<Vec<_>>()
        .split_last()
        .map(|(s, f)| (*s, f.to_vec()))
        .expect("lines");
    assert!(
        summary.starts_with("gymhook: 1 file, 1 delivery checked;"),
        "{summary}"
    );
    for line in findings {
        let rest = line.strip_prefix(&format!("{file}:")).expect("file first");
        let parts: Vec<&str> = rest.splitn(5, ": ").collect();
        let [position, severity, path, message] = [parts[0], parts[1], parts[2], parts[3]];
        let (l, c) = position.split_once(':').expect("line:col");
        assert!(
            l.parse::<usize>().is_ok() && c.parse::<usize>().is_ok(),
            "{line}"
        );
        assert!(["error", "warning", "info"].contains(&severity), "{line}");
        assert!(!path.is_empty() && !message.is_empty(), "{line}");
    }
}

#[test]
fn json_output_parses_and_names_every_field() {
    let path = temp("broken-json.json", BROKEN_GYMOS);
    let out = gymhook(&["check", "--json", path.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(1));
    let items: Vec<serde_json::Value> = serde_json::from_slice(&out.stdout).expect("JSON array");
    assert!(!items.is_empty());
    for item in &items {
        for key in [
            "file", "line", "column", "severity", "kind", "path", "message",
        ] {
            assert!(item.get(key).is_some(), "{key} missing in {item}");
        }
    }
    let error = items
        .iter()
        .find(|i| i["severity"] == "error")
        .expect("an error");
    assert_eq!(error["kind"], "format");
    assert_eq!(error["path"], "clientId");
    assert_eq!(
        (error["line"].as_u64(), error["column"].as_u64()),
        (Some(3), Some(15))
    );
}

#[test]
fn unreadable_files_and_bad_arguments_exit_2_with_a_message() {
    let missing = std::env::temp_dir().join("gymhook-cli-no-such-file.json");
    let out = gymhook(&["check", missing.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("cannot read"));

    let binary = temp("binary.json", "");
    std::fs::write(&binary, [0xff, 0xfe, 0x00]).expect("write");
    let out = gymhook(&["check", binary.to_str().expect("path")]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not UTF-8"));

    for args in [
        &["check"][..],
        &["frobnicate"],
        &[
            "generate", "--vendor", "gymos", "--event", "Nope", "--seed", "1",
        ],
        &[
            "generate", "--vendor", "acme", "--event", "Test", "--seed", "1",
        ],
        &[
            "generate",
            "--vendor",
            "gymos",
            "--event",
            "Session Booked",
            "--seed",
            "x",
        ],
        &[
            "generate",
            "--vendor",
            "perfectgym",
            "--event",
            "Test",
            "--seed",
            "1",
            "--format",
            "http",
            "--url",
            "not a url",
        ],
        &["export", "--format", "yaml", "--out", "x"],
    ] {
        let out = gymhook(args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        assert!(!out.stderr.is_empty(), "{args:?} says why");
        assert!(
            !String::from_utf8_lossy(&out.stderr).contains("panicked"),
            "{args:?}"
        );
    }
}

#[test]
fn generate_prints_the_generator_output_which_checks_clean() {
    let out = gymhook(&[
        "generate",
        "--vendor",
        "gymos",
        "--event",
        "session booked",
        "--seed",
        "7",
        "--edge",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let body = stdout(&out);
    let path = temp("generated.json", &body);
    assert_eq!(
        gymhook(&["check", path.to_str().expect("path")])
            .status
            .code(),
        Some(0)
    );
    // Same seed, same bytes.
    let again = gymhook(&[
        "generate",
        "--vendor",
        "gymos",
        "--event",
        "Session Booked",
        "--seed",
        "7",
        "--edge",
    ]);
    assert_eq!(again.stdout, out.stdout);

    let out = gymhook(&[
        "generate",
        "--vendor",
        "perfectgym",
        "--event",
        "ClassesBooked",
        "--seed",
        "3",
        "--format",
        "http",
        "--secret",
        "s3cret",
    ]);
    assert_eq!(out.status.code(), Some(0));
    let request = stdout(&out);
    assert!(
        request.starts_with("POST /webhooks/perfectgym HTTP/1.1\r\n"),
        "{request}"
    );
    assert!(request.contains("X-PerfectGym-Signature: "));
    let path = temp("generated.http", &request);
    let check = gymhook(&["check", path.to_str().expect("path")]);
    assert_eq!(check.status.code(), Some(0), "{}", stdout(&check));
    assert!(
        stdout(&check).contains(" 0 warnings,") && !stdout(&check).contains(": warning: "),
        "Content-Length holds: {}",
        stdout(&check)
    );

    let out = gymhook(&[
        "generate",
        "--vendor",
        "gymos",
        "--event",
        "object:weighIn",
        "--seed",
        "1",
        "--format",
        "curl",
    ]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).starts_with("curl -X POST 'https://receiver.example.com/webhooks/gymos'"));
}

/// Runs `gymhook export --format FORMAT` into a fresh temporary directory, which it returns, and checks
/// that it exited 0.
fn exported(format: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "gymhook-cli-export-{format}-{}",
        std::process::id()
    ));
    let out = gymhook(&[
        "export",
        "--format",
        format,
        "--out",
        dir.to_str().expect("path"),
    ]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    dir
}

#[test]
fn export_writes_both_json_schemas() {
    let dir = exported("json-schema");
    for name in ["perfectgym.schema.json", "gymos.schema.json"] {
        let text = std::fs::read_to_string(dir.join(name)).expect(name);
        let schema: serde_json::Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn export_all_writes_every_format_and_the_index() {
    let dir = exported("all");
    let mut names: Vec<String> = std::fs::read_dir(&dir)
        .expect("out dir")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "GymOs.cs",
            "PerfectGym.cs",
            "PerfectGymNext.cs",
            "asyncapi.json",
            "gymos.go",
            "gymos.py",
            "gymos.rs",
            "gymos.schema.json",
            "gymos.ts",
            "index.json",
            "openapi.json",
            "perfectgym-next.schema.json",
            "perfectgym-next.ts",
            "perfectgym.go",
            "perfectgym.py",
            "perfectgym.rs",
            "perfectgym.schema.json",
            "perfectgym.ts",
            "perfectgym_next.go",
            "perfectgym_next.py",
            "perfectgym_next.rs",
        ]
    );
    let index: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("index.json")).expect("index"))
            .expect("index.json is JSON");
    // 6 per-vendor formats × 3 vendors + OpenAPI and AsyncAPI listed once per vendor.
    assert_eq!(index["files"].as_array().map(Vec::len), Some(24));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn export_refuses_an_unwritable_directory_with_status_2() {
    let file = std::env::temp_dir().join(format!("gymhook-cli-export-file-{}", std::process::id()));
    std::fs::write(&file, "not a directory").expect("temp file");
    let out = gymhook(&[
        "export",
        "--format",
        "typescript",
        "--out",
        file.to_str().expect("path"),
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8_lossy(&out.stderr).starts_with("gymhook: cannot create"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let _ = std::fs::remove_file(file);
}
