//! `gymhook check` as a CI gate: every input form the page reads gets a verdict per delivery, placed at
//! its line in the file; nothing checked never passes; every output format is what its consumer parses
//! (GitHub workflow commands, SARIF validated by Microsoft's SARIF Multitool); endless input is capped.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

const GOOD: &str = r#"{"event": "Test", "triggeredDate": "2020-06-01T14:44:46Z", "data": {}}"#;
const BAD: &str =
    r#"{"event": "Test", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"valueLong": "x"}}"#;
const WARNS: &str =
    r#"{"event": "classesbooked", "triggeredDate": "2020-06-01T14:44:46Z", "data": {}}"#;

fn gymhook(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// A fresh folder for one test's files.
fn folder(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gymhook-check-{}-{test}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

fn write(dir: &Path, name: &str, text: &str) -> String {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().expect("parent")).expect("dirs");
    std::fs::write(&path, text).expect("write");
    path.to_str().expect("UTF-8 path").to_owned()
}

fn out(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn errors(output: &Output) -> Vec<String> {
    out(output)
        .lines()
        .filter(|l| l.contains(": error: "))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_delivery_of_an_array_json_lines_and_a_har_is_checked() {
    let dir = folder("forms");
    let array = write(
        &dir,
        "array.json",
        &format!("[{GOOD},\n {BAD},\n {GOOD},\n {BAD}]"),
    );
    let lines = write(
        &dir,
        "day.ndjson",
        &format!("{GOOD}\n{BAD}\n{GOOD}\n{BAD}\n"),
    );
    let har_entry = |body: &str| {
        format!(
            r#"{{"request": {{"method": "POST", "url": "https://r.example/h", "headers": [], "postData": {{"mimeType": "application/json", "text": {}}}}}}}"#,
            serde_json::to_string(body).expect("JSON string")
        )
    };
    let har = write(
        &dir,
        "capture.har",
        &format!(
            r#"{{"log": {{"entries": [{}, {}]}}}}"#,
            har_entry(GOOD),
            har_entry(BAD)
        ),
    );
    for (file, failing) in [(&array, 2), (&lines, 2), (&har, 1)] {
        let result = gymhook(&["check", file]);
        assert_eq!(result.status.code(), Some(1), "{file}: {}", out(&result));
        assert_eq!(errors(&result).len(), failing, "{file}: {}", out(&result));
        let noun = if failing == 1 {
            "delivery"
        } else {
            "deliveries"
        };
        assert!(
            out(&result).contains(&format!("{failing} {noun} with a failing finding")),
            "{}",
            out(&result)
        );
    }
    // Each error is on the line of its delivery.
    let lines_out = out(&gymhook(&["check", &lines]));
    assert!(
        lines_out.contains(&format!("{lines}:2:")) && lines_out.contains(&format!("{lines}:4:"))
    );
}

#[test]
fn nothing_checked_or_nothing_recognised_never_passes() {
    let dir = folder("nothing");
    let stripe =
        r#"{"id": "evt_1", "object": "event", "type": "customer.created", "data": {"object": {}}}"#;
    for (name, text, kind) in [
        ("empty.json", "", "(file): empty"),
        ("blank.json", " \n\t\n", "(file): empty"),
        ("object.json", "{}", "No known vendor"),
        ("number.json", "42", "JSON number"),
        ("null.json", "null", "JSON null"),
        ("stripe.json", stripe, "(--allow-unknown accepts it)"),
        (
            "headers.http",
            "X-PerfectGym-Request: 1\n\n",
            "no webhook body found",
        ),
    ] {
        let file = write(&dir, name, text);
        let result = gymhook(&["check", &file]);
        assert_eq!(result.status.code(), Some(1), "{name}: {}", out(&result));
        assert!(out(&result).contains(kind), "{name}: {}", out(&result));
    }
    // Accepted only when asked for.
    let file = write(&dir, "object2.json", "{}");
    assert_eq!(
        gymhook(&["check", "--allow-unknown", &file]).status.code(),
        Some(0)
    );
}

#[test]
fn folders_are_searched_recursively_for_included_names() {
    let dir = folder("tree");
    write(&dir, "a/good.json", GOOD);
    write(&dir, "a/b/bad.json", BAD);
    write(&dir, "a/notes.md", "not a delivery");
    write(&dir, ".git/HEAD.json", BAD);
    let root = dir.to_str().expect("path");
    let result = gymhook(&["check", root]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        out(&result).contains("2 files, 2 deliveries checked"),
        "{}",
        out(&result)
    );
    assert_eq!(errors(&result).len(), 1);
    // Only what --include names.
    let result = gymhook(&["check", "--include", "good.*", root]);
    assert_eq!(result.status.code(), Some(0), "{}", out(&result));
    // A folder with nothing to check fails.
    let empty = folder("tree-empty");
    let result = gymhook(&["check", empty.to_str().expect("path")]);
    assert_eq!(result.status.code(), Some(1));
    assert!(
        out(&result).contains("no file to check"),
        "{}",
        out(&result)
    );
}

#[test]
fn standard_input_is_read_with_a_dash() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(["check", "-"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("spawn");
    use std::io::Write;
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(BAD.as_bytes())
        .expect("write");
    let result = child.wait_with_output().expect("wait");
    assert_eq!(result.status.code(), Some(1));
    assert!(out(&result).starts_with("-:1:"), "{}", out(&result));
}

#[test]
fn fail_on_ignore_and_vendor_decide_what_fails() {
    let dir = folder("options");
    let warns = write(&dir, "warns.json", WARNS);
    let bad = write(&dir, "bad.json", BAD);
    assert_eq!(gymhook(&["check", &warns]).status.code(), Some(0));
    assert_eq!(
        gymhook(&["check", "--fail-on", "warning", &warns])
            .status
            .code(),
        Some(1)
    );
    let ignored = gymhook(&["check", "--ignore", "type", &bad]);
    assert_eq!(ignored.status.code(), Some(0), "{}", out(&ignored));
    assert!(!out(&ignored).contains("valueLong"));
    let wrong = gymhook(&["check", "--vendor", "gymos", &warns]);
    assert_eq!(wrong.status.code(), Some(1));
    assert!(out(&wrong).contains("a Perfect Gym delivery, but --vendor asks for GymOS"));
    assert_eq!(
        gymhook(&["check", "--vendor", "perfectgym", &warns])
            .status
            .code(),
        Some(0)
    );
    for args in [["--ignore", "typo"], ["--vendor", "acme"]] {
        let result = gymhook(&["check", args[0], args[1], &bad]);
        assert_eq!(result.status.code(), Some(2), "{args:?}");
        assert!(String::from_utf8_lossy(&result.stderr).contains(args[1]));
    }
}

#[test]
fn a_newline_in_a_file_name_cannot_break_the_line_format() {
    let dir = folder("names");
    let file = write(&dir, "two\nlines.json", BAD);
    let text = out(&gymhook(&["check", &file]));
    let first = text.lines().next().expect("a line");
    assert!(first.contains("two\\nlines.json:1:"), "{text}");
}

#[test]
fn github_format_is_workflow_commands_with_escaped_values() {
    let dir = folder("github");
    let file = write(&dir, "50%,bad.json", &format!("{BAD}\n"));
    let result = gymhook(&["check", "--format", "github", &file]);
    assert_eq!(result.status.code(), Some(1));
    let text = out(&result);
    let error = text
        .lines()
        .find(|l| l.starts_with("::error "))
        .expect("an error annotation");
    let (properties, message) = error
        .trim_start_matches("::error ")
        .split_once("::")
        .expect("properties::message");
    let props: Vec<(&str, &str)> = properties
        .split(',')
        .map(|p| p.split_once('=').expect("key=value"))
        .collect();
    let get = |k: &str| props.iter().find(|(key, _)| *key == k).map(|(_, v)| *v);
    assert_eq!(
        get("file"),
        Some(file.replace('%', "%25").replace(',', "%2C").as_str())
    );
    assert_eq!(get("line"), Some("1"));
    assert!(get("col").is_some_and(|c| c.parse::<usize>().is_ok()));
    assert!(message.starts_with("expected an integer"), "{message}");
    assert!(text
        .lines()
        .last()
        .expect("summary")
        .starts_with("::notice title=gymhook::"));
}

#[test]
fn sarif_validates_with_the_sarif_multitool_and_places_each_result() {
    let dir = folder("sarif");
    let file = write(&dir, "day.ndjson", &format!("{GOOD}\n{BAD}\n{WARNS}\n"));
    let result = gymhook(&["check", "--format", "sarif", &file]);
    assert_eq!(result.status.code(), Some(1));
    let log: serde_json::Value = serde_json::from_slice(&result.stdout).expect("JSON");
    assert_eq!(log["version"], "2.1.0");
    let run = &log["runs"][0];
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    let results = run["results"].as_array().expect("results");
    assert!(results.len() >= 2);
    for r in results {
        let index = r["ruleIndex"].as_u64().expect("index") as usize;
        assert_eq!(rules[index]["id"], r["ruleId"]);
        assert!(["error", "warning", "note"].contains(&r["level"].as_str().expect("level")));
    }
    let error = results
        .iter()
        .find(|r| r["level"] == "error")
        .expect("an error");
    let region = &error["locations"][0]["physicalLocation"]["region"];
    assert_eq!(region["startLine"], 2);
    // Microsoft's validator: the JSON schema and the SARIF rules, no error.
    let sarif = dir.join("check.sarif");
    std::fs::write(&sarif, &result.stdout).expect("write");
    let report = dir.join("validation.sarif");
    let tool = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/node_modules/@microsoft/sarif-multitool-linux/Sarif.Multitool"
    );
    let validated = Command::new(tool)
        .args(["validate", sarif.to_str().expect("path"), "--output"])
        .arg(&report)
        .args(["--log", "ForceOverwrite"])
        .output()
        .expect("the SARIF Multitool runs (make tools installs it)");
    assert_eq!(
        validated.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&validated.stdout)
    );
    let findings: serde_json::Value =
        serde_json::from_slice(&std::fs::read(&report).expect("report")).expect("JSON");
    let problems: Vec<&serde_json::Value> = findings["runs"][0]["results"]
        .as_array()
        .expect("results")
        .iter()
        .filter(|r| r["level"] == "error" || r["level"] == "warning")
        // gymhook has no one address to point tools at (each team hosts its own copy).
        .filter(|r| {
            !r["message"]["arguments"]
                .to_string()
                .contains("informationUri")
        })
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn endless_input_is_capped_at_16_mb_under_a_100_mb_address_space() {
    // `ulimit -v` bounds the whole address space: reading past the cap would abort the process.
    let binary = env!("CARGO_BIN_EXE_gymhook");
    for script in [
        format!("ulimit -v 102400; exec {binary} check /dev/zero"),
        format!("head -c 1073741824 /dev/zero | (ulimit -v 102400; exec {binary} check -)"),
    ] {
        let result = Command::new("sh")
            .args(["-c", &script])
            .output()
            .expect("sh runs");
        assert_eq!(
            result.status.code(),
            Some(1),
            "{script}: {}",
            String::from_utf8_lossy(&result.stderr)
        );
        assert!(
            out(&result).contains("larger than 16 MB"),
            "{}",
            out(&result)
        );
    }
}

/// The table of kinds in docs/cli.md, as the engine defines them: a new kind or a changed sentence fails
/// here with the table to paste.
#[test]
fn the_documented_kinds_are_the_engines() {
    use gymhook::domain::diagnostic::Kind;
    let table: String = Kind::ALL
        .iter()
        .map(|k| {
            format!(
                "| `{}` | {} | {} |\n",
                k.key(),
                k.severity().key(),
                k.summary()
            )
        })
        .collect();
    let doc = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/cli.md"))
        .expect("docs/cli.md");
    assert!(
        doc.contains(&format!("|---|---|---|\n{table}")),
        "docs/cli.md's table of kinds is out of date; it should read:\n{table}"
    );
}
