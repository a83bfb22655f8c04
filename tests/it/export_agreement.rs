//! The agreement property: for every documented example, every generated event (all of
//! the catalogue, several seeds, edge cases on and off) and a corpus of broken payloads covering each
//! error the explorer reports, the verdict on the exported JSON Schema — ajv's and Python jsonschema's — equals the explorer's
//! (valid ⇔ no error-severity diagnostic). ajv runs in `tests/export/ajv-check.mjs` (npm `ajv`, default strict
//! options and the one line each schema's `$comment` gives; `tests/export/ajv-strict.mjs` shows the line is needed
//! and enough),
//! jsonschema in `tests/export/jsonschema_check.py` (the project venv), both installed by `make tools`. The cases JSON Schema cannot express are `json_schema::EXCEPTIONS`:
//! each has a case here that must still disagree, so the list never goes stale.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common;

use common::broken::{broken_gymos, broken_perfectgym};
use common::broken_next::broken_perfectgym_next;
use common::checker::json_output;
use common::corpus::{judged, Judged};
use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Kind;
use gymhook::domain::export::json_schema::{ajv_line, file_name, ANNOTATIONS, EXCEPTIONS};
use gymhook::domain::export::json_schema_files;

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn temp_dir(validator: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!(
        "gymhook-agreement-{validator}-{}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Compares one validator's verdicts with the explorer's over the whole corpus; panics with every
/// disagreement, and checks each listed exception still disagrees (so `EXCEPTIONS` never goes stale).
///
/// `applies` lists the exceptions this validator shows: Python reads numbers exactly (ints of any size,
/// `1e400` as infinity), so the two exceptions about doubles are ajv's alone and Python must agree there.
fn assert_agreement(
    validator: &str,
    applies: &[&str],
    cases: &[Judged],
    verdicts: &[(bool, Vec<String>)],
) {
    assert_eq!(
        cases.len(),
        verdicts.len(),
        "{validator}: one verdict per case"
    );
    let mut disagreements = Vec::new();
    let (mut valid, mut invalid, mut excepted) = (0, 0, 0);
    for (j, (other_valid, other_errors)) in cases.iter().zip(verdicts) {
        let explorer_valid = j.valid();
        if explorer_valid {
            valid += 1;
        } else {
            invalid += 1;
        }
        let exception = j.case.exception.filter(|e| applies.contains(e));
        match (exception, explorer_valid == *other_valid) {
            (None, true) => {}
            (None, false) => disagreements.push(format!(
                "{}: explorer {} {:?}, {validator} {} {other_errors:?}",
                j.case.label,
                verdict(explorer_valid),
                j.errors,
                verdict(*other_valid)
            )),
            (Some(_), false) => excepted += 1,
            (Some(reason), true) => disagreements.push(format!(
                "{}: listed as an exception ({reason}) but both now say {}: drop it from EXCEPTIONS",
                j.case.label,
                verdict(*other_valid)
            )),
        }
    }
    assert!(
        disagreements.is_empty(),
        "{validator}: {} of {} payloads judged differently:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
    // The corpus must exercise both verdicts and every listed exception.
    assert!(
        valid > 400 && invalid > 50,
        "valid {valid}, invalid {invalid}"
    );
    assert_eq!(
        excepted,
        cases
            .iter()
            .filter(|j| j.case.exception.is_some_and(|e| applies.contains(&e)))
            .count(),
        "{validator}: each exception's cases disagree as documented"
    );
    for reason in applies {
        assert!(
            cases.iter().any(|j| j.case.exception == Some(*reason)),
            "no case shows the exception: {reason}"
        );
    }
    println!(
        "{validator}: {} payloads: {valid} valid, {invalid} with errors, {excepted} known exceptions",
        cases.len()
    );
}

/// Writes the schemas and the cases file that both validators read.
fn prepare(dir: &Path, cases: &[Judged]) -> PathBuf {
    for file in json_schema_files() {
        std::fs::write(dir.join(&file.name), &file.text).expect("write schema");
    }
    let items: Vec<String> = cases
        .iter()
        .enumerate()
        .map(|(id, j)| {
            format!(
                "{{\"id\": {id}, \"schema\": \"{}\", \"payload\": {}}}",
                file_name(j.case.vendor),
                j.body
            )
        })
        .collect();
    let path = dir.join("cases.json");
    std::fs::write(&path, format!("[{}]", items.join(",\n"))).expect("write cases");
    path
}

/// Reads a checker's output: a JSON array of `{"id", "valid", "errors"}` in case order.
fn read_verdicts(
    checker: &str,
    output: &std::process::Output,
    count: usize,
) -> Vec<(bool, Vec<String>)> {
    let results = json_output(checker, output);
    let results = results.as_array().expect("a JSON array of results");
    assert_eq!(results.len(), count, "{checker}: one result per case");
    results
        .iter()
        .map(|r| {
            let valid = r["valid"].as_bool().expect("valid");
            let errors = r["errors"]
                .as_array()
                .map(|e| {
                    e.iter()
                        .filter_map(|m| m.as_str().map(str::to_owned))
                        .collect()
                })
                .unwrap_or_default();
            (valid, errors)
        })
        .collect()
}

#[test]
fn ajv_and_the_explorer_agree_on_every_payload() {
    let root = manifest_dir();
    assert!(
        root.join("node_modules/ajv/package.json").exists()
            && root.join("node_modules/ajv-formats/package.json").exists(),
        "node_modules lacks ajv and ajv-formats: run `make tools` (npm ci) first"
    );
    let dir = temp_dir("ajv");
    let cases = judged();
    let file = prepare(&dir, &cases);
    let output = Command::new("node")
        .arg(root.join("tests/export/ajv-check.mjs"))
        .arg(&dir)
        .arg(&file)
        .current_dir(&root)
        .output()
        .expect("node runs (make tools installs it)");
    let verdicts = read_verdicts("ajv-check.mjs", &output, cases.len());
    let _ = std::fs::remove_dir_all(&dir);
    assert_agreement("ajv", &EXCEPTIONS, &cases, &verdicts);
}

#[test]
fn ajv_s_default_strict_mode_loads_each_schema_with_the_one_line_its_comment_gives() {
    let root = manifest_dir();
    let dir = temp_dir("ajv-strict");
    for file in json_schema_files() {
        std::fs::write(dir.join(&file.name), &file.text).expect("write schema");
    }
    let output = Command::new("node")
        .arg(root.join("tests/export/ajv-strict.mjs"))
        .arg(&dir)
        .current_dir(&root)
        .output()
        .expect("node runs (make tools installs it)");
    let _ = std::fs::remove_dir_all(&dir);
    let report = json_output("ajv-strict.mjs", &output);
    let schemas = report["schemas"].as_array().expect("schemas");
    assert_eq!(schemas.len(), json_schema_files().len());
    for schema in schemas {
        // Without the line, strict mode refuses the first annotation keyword; with it, the schema
        // compiles and ajv prints nothing (no strict-mode warning either).
        assert!(
            schema["without"]
                .as_str()
                .is_some_and(|e| e.contains("strict mode: unknown keyword: \"x-")),
            "{schema}"
        );
        assert_eq!(schema["line"], ajv_line(), "{schema}");
        assert_eq!(schema["compiled"], true, "{schema}");
        assert_eq!(schema["logged"], serde_json::json!([]), "{schema}");
    }
}

#[test]
fn the_annotation_keywords_are_exactly_those_the_schemas_use() {
    fn collect(value: &serde_json::Value, into: &mut std::collections::BTreeSet<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, child) in map {
                    if key.starts_with("x-") {
                        into.insert(key.clone());
                    }
                    collect(child, into);
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|i| collect(i, into)),
            _ => {}
        }
    }
    let mut used = std::collections::BTreeSet::new();
    for file in json_schema_files() {
        let value: serde_json::Value = serde_json::from_str(&file.text).expect("JSON");
        collect(&value, &mut used);
    }
    let declared: std::collections::BTreeSet<String> =
        ANNOTATIONS.iter().map(|a| (*a).to_owned()).collect();
    assert_eq!(used, declared);
}

#[test]
fn python_jsonschema_and_the_explorer_agree_on_every_payload() {
    let root = manifest_dir();
    let python = root.join(".venv/bin/python");
    assert!(
        python.exists(),
        "no project venv with jsonschema: run `make tools` (it creates .venv from requirements-dev.txt)"
    );
    let dir = temp_dir("jsonschema");
    let cases = judged();
    let file = prepare(&dir, &cases);
    let output = Command::new(&python)
        .arg(root.join("tests/export/jsonschema_check.py"))
        .arg(&dir)
        .arg(&file)
        .current_dir(&root)
        .output()
        .expect("the venv's python runs");
    let verdicts = read_verdicts("jsonschema_check.py", &output, cases.len());
    let _ = std::fs::remove_dir_all(&dir);
    assert_agreement(
        "python jsonschema",
        &[EXCEPTIONS[0], EXCEPTIONS[1]],
        &cases,
        &verdicts,
    );
}

#[test]
fn the_broken_corpus_covers_every_value_error_the_explorer_reports() {
    let kinds: Vec<Kind> = broken_gymos()
        .into_iter()
        .chain(broken_perfectgym())
        .chain(broken_perfectgym_next())
        .flat_map(|c| analyze(&c.text).diagnostics)
        .map(|d| d.kind)
        .collect();
    // Syntax, comments, trailing commas and too-large pastes never reach a schema validator: a JSON
    // parser rejects them first (or, for size, the explorer's own limit is not a schema rule).
    for kind in [
        Kind::Type,
        Kind::Format,
        Kind::EmptyAsNull,
        Kind::NullNotNullable,
        Kind::UtcOffset,
        Kind::NumericString,
        Kind::Spelling,
        Kind::Value,
        Kind::SubjectMismatch,
        Kind::Undocumented,
        Kind::UnknownEvent,
        Kind::Range,
        Kind::Precision,
        Kind::InferredType,
        Kind::EpochSeconds,
        Kind::ExtraItems,
    ] {
        assert!(
            kinds.contains(&kind),
            "no broken payload produces {}",
            kind.key()
        );
    }
}

fn verdict(valid: bool) -> &'static str {
    if valid {
        "valid"
    } else {
        "invalid"
    }
}

/// The ajv example of docs/exports.md, run as written beside the GymOS schema: it compiles and judges the
/// documented example valid.
#[test]
fn the_ajv_example_in_docs_exports_md_runs_as_written() {
    let root = manifest_dir();
    let doc = std::fs::read_to_string(root.join("docs/exports.md")).expect("docs/exports.md");
    let snippet = doc
        .split("```js\n")
        .nth(1)
        .and_then(|block| block.split("```").next())
        .expect("a js example in docs/exports.md");
    assert!(
        snippet.contains(&ajv_line()),
        "the example uses the documented line"
    );
    // Inside target/, so Node finds the project's node_modules (ajv) by walking up.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR"))
        .join(format!("exports-doc-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    for file in json_schema_files() {
        std::fs::write(dir.join(&file.name), &file.text).expect("write schema");
    }
    let example = gymhook::domain::examples::first_example(gymhook::domain::schema::Vendor::GymOs);
    let script = format!(
        "{snippet}\nconst body = JSON.parse(process.argv[2]);\nprocess.stdout.write(JSON.stringify({{ valid: validate(body) }}));\n"
    );
    std::fs::write(dir.join("example.mjs"), script).expect("the example");
    let output = Command::new("node")
        .arg("example.mjs")
        .arg(&example)
        .current_dir(&dir)
        .output()
        .expect("node runs");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(
        json_output("docs/exports.md example", &output),
        serde_json::json!({"valid": true})
    );
}
