//! The Pydantic export against the agreement corpus: `tests/export/pydantic_check.py` imports
//! the generated modules into the project venv and validates every payload with `model_validate_json`. Its
//! verdict must equal the explorer's on every case, broken ones and JSON Schema's `EXCEPTIONS` included (the
//! models read values in Python, so they check what a schema cannot); a valid body's event must come out as
//! the class the explorer's match names, int64 ids past 2^53 as exact ints, and the exact parse helper
//! must agree and keep every decimal's digits.

use std::path::PathBuf;
use std::process::Command;
use std::time::Instant;

use crate::common;

use common::checker::json_output;
use common::corpus::judged;
use gymhook::domain::export::names::{event_name, module_name, root_name, vendor_prefix};
use gymhook::domain::export::ExportFormat;
use gymhook::domain::schema::{declaration, FieldType, Vendor};

/// The class the explorer's event match calls for.
fn event_class(vendor: Vendor, body: &serde_json::Value) -> String {
    let decl = declaration(vendor);
    body.pointer(&decl.event_pointer())
        .and_then(|v| v.as_str())
        .and_then(|name| decl.find_event(name).event())
        .map_or_else(
            || format!("Unknown{}Event", vendor_prefix(vendor)),
            event_name,
        )
}

/// Every int64 past 2^53 under a member declared int64, as (JSON pointer, digits).
fn large_ids(vendor: Vendor, value: &serde_json::Value) -> Vec<(String, String)> {
    let names: Vec<&str> = declaration(vendor)
        .objects()
        .iter()
        .flat_map(|o| o.fields.iter())
        .filter(|f| matches!(f.ty, FieldType::Int64 | FieldType::EpochMillis))
        .map(|f| f.name)
        .collect();
    let mut out = Vec::new();
    let mut stack = vec![(String::new(), String::new(), value)];
    while let Some((path, key, v)) = stack.pop() {
        match v {
            serde_json::Value::Number(n) if names.contains(&key.as_str()) => {
                let large = n
                    .as_i64()
                    .map_or(n.is_u64(), |i| i.unsigned_abs() > (1u64 << 53) - 1);
                if large && (n.is_i64() || n.is_u64()) {
                    out.push((path, n.to_string()));
                }
            }
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let escaped = k.replace('~', "~0").replace('/', "~1");
                    stack.push((format!("{path}/{escaped}"), k.clone(), child));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    stack.push((format!("{path}/{i}"), String::new(), child));
                }
            }
            _ => {}
        }
    }
    out
}

#[test]
fn pydantic_models_judge_every_payload_as_the_explorer_does() {
    let started = Instant::now();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let python = root.join(".venv/bin/python");
    assert!(
        python.exists(),
        "no project venv with pydantic: run `make tools` (it creates .venv from requirements-dev.txt)"
    );
    let dir = std::env::temp_dir().join(format!("gymhook-export-pydantic-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    for file in ExportFormat::Pydantic.files() {
        std::fs::write(dir.join(&file.name), &file.text).expect("write the export");
    }
    let cases = judged();
    let mut exact_bodies = 0;
    let items: Vec<serde_json::Value> = cases
        .iter()
        .map(|j| {
            // Some broken bodies are not objects, or hold numbers serde_json cannot read exactly; they
            // need no event class or id list.
            let value: serde_json::Value = serde_json::from_str(&j.body).unwrap_or_default();
            let exact = if j.valid() { large_ids(j.case.vendor, &value) } else { Vec::new() };
            exact_bodies += usize::from(!exact.is_empty());
            serde_json::json!({"label": j.case.label, "vendor": j.case.vendor.slug(), "text": j.body,
                "event_class": event_class(j.case.vendor, &value), "exact": exact})
        })
        .collect();
    let vendors: serde_json::Map<String, serde_json::Value> = Vendor::ALL
        .iter()
        .map(|v| {
            // The way from the root model to the model whose `.root` is the event: none where the
            // envelope names the event, a list's first element for a vendor naming it there.
            let pointer = declaration(*v).event_pointer();
            let holder: Vec<&str> = pointer
                .rsplit_once('/')
                .map_or("", |(parent, _)| parent)
                .split('/')
                .skip(1)
                .collect();
            let names = serde_json::json!({"module": module_name(*v), "root": root_name(*v),
                "parse": format!("parse_{}_webhook", module_name(*v)), "holder": holder});
            (v.slug().to_owned(), names)
        })
        .collect();
    let file = dir.join("cases.json");
    std::fs::write(
        &file,
        serde_json::json!({"vendors": vendors, "cases": items}).to_string(),
    )
    .expect("cases");
    let output = Command::new(&python)
        // Warnings are errors: a deprecated or shadowing definition in the generated module fails here.
        .args(["-W", "error"])
        .arg(root.join("tests/export/pydantic_check.py"))
        .arg(&dir)
        .arg(&file)
        .output()
        .expect("the venv's python runs");
    let _ = std::fs::remove_dir_all(&dir);
    let report = json_output("pydantic_check.py", &output);
    let results = report["results"].as_array().expect("results");
    assert_eq!(results.len(), cases.len(), "one result per case");
    let mut disagreements = Vec::new();
    let (mut valid, mut rejected, mut typed_events) = (0, 0, 0);
    for (j, r) in cases.iter().zip(results) {
        let accepted = r["valid"].as_bool().expect("valid");
        if accepted != j.valid() {
            disagreements.push(format!(
                "{}: explorer {:?}, pydantic {}",
                j.case.label, j.errors, r["errors"]
            ));
        }
        for problem in r["problems"].as_array().into_iter().flatten() {
            disagreements.push(format!("{}: {problem}", j.case.label));
        }
        if j.valid() {
            valid += 1;
            let value: serde_json::Value = serde_json::from_str(&j.body).unwrap_or_default();
            typed_events += usize::from(!event_class(j.case.vendor, &value).starts_with("Unknown"));
        } else {
            rejected += 1;
        }
    }
    assert!(
        disagreements.is_empty(),
        "{} of {} payloads:\n{}",
        disagreements.len(),
        cases.len(),
        disagreements.join("\n")
    );
    let exact_ids = report["exact_ids"].as_u64().expect("exact_ids");
    let exact_decimals = report["exact_decimals"].as_u64().expect("exact_decimals");
    assert!(
        valid > 400 && rejected > 50,
        "valid {valid}, rejected {rejected}"
    );
    assert!(
        exact_bodies > 0 && exact_ids > 0,
        "the corpus must hold int64 ids past 2^53"
    );
    assert!(exact_decimals > 0, "the corpus must hold decimals");
    println!(
        "pydantic: {} payloads judged as the explorer does: {valid} valid ({typed_events} as their event's \
         class), {rejected} rejected; {exact_ids} int64 ids past 2^53 exact in {exact_bodies} bodies; \
         {exact_decimals} decimals exact through parse_*_webhook; {:.1}s",
        cases.len(),
        started.elapsed().as_secs_f64()
    );
}
