//! The OpenAPI 3.1 and AsyncAPI 3.0 exports, checked by the tools receivers use:
//! `@readme/openapi-parser` validates openapi.json and `@asyncapi/parser` parses asyncapi.json (no
//! error diagnostics), both installed by `make tools` (npm ci). Then ajv resolves each document's own
//! `#/components/schemas/...` references and judges the whole agreement corpus by the vendors' root
//! components — valid ⇔ the explorer reports no error, as the JSON Schema files are held to — and each
//! event's example by its event component, so every reference points at a working schema.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common;

use common::checker::json_output;
use common::corpus::{judged, Judged};
use gymhook::domain::export::json_schema::EXCEPTIONS;
use gymhook::domain::export::names::{event_name, qualified, root_name};
use gymhook::domain::export::ExportFormat;
use gymhook::domain::schema::{declaration, Auth, Vendor};
use serde_json::{json, Value};

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh directory holding openapi.json and asyncapi.json as `gymhook export` writes them.
struct Exported {
    dir: PathBuf,
}

impl Exported {
    fn new(label: &str) -> Exported {
        let root = manifest_dir();
        assert!(
            ["@readme/openapi-parser", "@asyncapi/parser", "ajv", "ajv-formats"]
                .iter()
                .all(|p| root.join("node_modules").join(p).join("package.json").exists()),
            "node_modules lacks @readme/openapi-parser, @asyncapi/parser or ajv: run `make tools` (npm ci) first"
        );
        let dir =
            std::env::temp_dir().join(format!("gymhook-openapi-{label}-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        for format in [ExportFormat::OpenApi, ExportFormat::AsyncApi] {
            for file in format.files() {
                std::fs::write(dir.join(&file.name), &file.text).expect("write export");
            }
        }
        Exported { dir }
    }

    fn path(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }

    fn document(&self, name: &str) -> Value {
        let text = std::fs::read_to_string(self.path(name)).expect("read export");
        serde_json::from_str(&text).expect("the export is JSON")
    }
}

impl Drop for Exported {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs a script of tests/export/ and reads the JSON it prints.
fn node(script: &str, args: &[&Path]) -> Value {
    let root = manifest_dir();
    let output = Command::new("node")
        .arg(root.join("tests/export").join(script))
        .args(args)
        .current_dir(&root)
        .output()
        .expect("node runs (make tools installs it)");
    json_output(script, &output)
}

fn strings(value: &Value) -> Vec<String> {
    value
        .as_array()
        .map(|a| {
            a.iter()
                .filter_map(|s| s.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

/// Follows a local `$ref` (`#/components/...`) once, so a check reads what a tool would.
fn resolve<'a>(doc: &'a Value, node: &'a Value) -> &'a Value {
    match node["$ref"].as_str().and_then(|r| r.strip_prefix('#')) {
        Some(pointer) => doc
            .pointer(pointer)
            .unwrap_or_else(|| panic!("dangling $ref #{pointer}")),
        None => node,
    }
}

#[test]
fn openapi_json_is_valid_and_has_a_signed_webhook_per_event() {
    let exported = Exported::new("validate");
    let report = node("openapi_validate.mjs", &[&exported.path("openapi.json")]);
    assert_eq!(
        report["valid"],
        json!(true),
        "openapi.json: {:#}",
        report["errors"]
    );
    assert!(
        strings(&report["errors"]).is_empty(),
        "{:#}",
        report["errors"]
    );
    let doc = exported.document("openapi.json");
    assert_eq!(doc["openapi"], "3.1.0");
    assert_eq!(doc["info"]["version"], env!("CARGO_PKG_VERSION"));
    let webhooks = doc["webhooks"].as_object().expect("webhooks");
    let mut events = 0;
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        for event in decl.events {
            let body = qualified(vendor, &event_name(event));
            // Exactly one webhook posts this event's body.
            let posts: Vec<&Value> = webhooks
                .values()
                .map(|w| &w["post"])
                .filter(|p| {
                    p["requestBody"]["content"]["application/json"]["schema"]["$ref"]
                        == json!(format!("#/components/schemas/{body}"))
                })
                .collect();
            assert_eq!(posts.len(), 1, "{body}: one webhook");
            let post = posts[0];
            assert!(
                doc["components"]["schemas"][&body].is_object(),
                "{body} defined"
            );
            let headers: Vec<(&str, &Value)> = post["parameters"]
                .as_array()
                .map(|ps| {
                    ps.iter()
                        .map(|p| resolve(&doc, p))
                        .filter(|p| p["in"] == "header")
                        .filter_map(|p| Some((p["name"].as_str()?, &p["description"])))
                        .collect()
                })
                .unwrap_or_default();
            let names: Vec<&str> = headers.iter().map(|(n, _)| *n).collect();
            // The headers are the declared scheme's, each described by what it is.
            match declaration(vendor).auth {
                Auth::Signature(s) => {
                    assert_eq!(names, [s.request_id_header, s.signature_header], "{body}");
                    let signing = headers[1].1.as_str().unwrap_or_default();
                    assert!(signing.contains("MD5"), "{body}: {signing}");
                }
                Auth::StaticKey(k) => {
                    assert_eq!(names, [k.header], "{body}");
                    let key = headers[0].1.as_str().unwrap_or_default();
                    assert!(key.contains("no signature"), "{body}: {key}");
                }
                Auth::Unsigned(_) => {
                    assert!(names.is_empty(), "{body}: {names:?}");
                    let text = post["description"].as_str().unwrap_or_default();
                    assert!(text.contains("no request signature"), "{body}: {text}");
                }
            }
            assert!(
                post["responses"]["2XX"]["description"].is_string(),
                "{body}"
            );
            events += 1;
        }
    }
    println!(
        "openapi.json valid (@readme/openapi-parser): {} webhooks ({events} events), {} component schemas, {} warnings",
        report["webhooks"],
        report["schemas"],
        strings(&report["warnings"]).len()
    );
}

#[test]
fn asyncapi_json_parses_without_errors_and_has_a_message_per_event() {
    let exported = Exported::new("asyncapi");
    let report = node("asyncapi_validate.mjs", &[&exported.path("asyncapi.json")]);
    let errors = strings(&report["errors"]);
    assert!(errors.is_empty(), "asyncapi.json:\n{}", errors.join("\n"));
    let parsed = strings(&report["messages"]);
    let doc = exported.document("asyncapi.json");
    assert_eq!(doc["asyncapi"], "3.0.0");
    let mut events = 0;
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        for event in decl
            .events
            .iter()
            .map(event_name)
            .chain([root_name(vendor)])
        {
            assert!(
                parsed.contains(&event),
                "the parser sees no message {event}"
            );
            let key = qualified(vendor, &event);
            let message = &doc["components"]["messages"][&key];
            assert_eq!(
                message["payload"]["$ref"],
                json!(format!("#/components/schemas/{key}")),
                "{key}"
            );
            let headers: Vec<&String> = message["headers"]["properties"]
                .as_object()
                .map(|h| h.keys().collect())
                .unwrap_or_default();
            assert_eq!(headers, declaration(vendor).auth.headers(), "{key}");
            events += 1;
        }
    }
    assert_eq!(
        report["payloads"],
        json!(events),
        "every message has its payload"
    );
    // Draft-07, AsyncAPI's default schema format, ignores keywords beside a `$ref`.
    let crowded = crowded_refs(&doc["components"]["schemas"]);
    assert!(crowded.is_empty(), "$ref with siblings: {crowded:?}");
    println!(
        "asyncapi.json parsed (@asyncapi/parser): {} channels, {} operations, {events} messages, 0 errors, {} warnings",
        report["channels"],
        report["operations"],
        strings(&report["warnings"]).len()
    );
}

/// Every schema object under `node` whose `$ref` has sibling keywords, by its `title` or `$ref`.
fn crowded_refs(node: &Value) -> Vec<String> {
    match node {
        Value::Object(map) => {
            let mut found: Vec<String> = map.values().flat_map(crowded_refs).collect();
            if map.contains_key("$ref") && map.len() > 1 {
                found.push(map.get("title").unwrap_or(&map["$ref"]).to_string());
            }
            found
        }
        Value::Array(items) => items.iter().flat_map(crowded_refs).collect(),
        _ => Vec::new(),
    }
}

/// Each payload of the corpus judged by its vendor's root component, then each event's own example
/// by its event component, plus two broken forms of it that must fail there.
fn cases(doc: &Value, corpus: &[Judged]) -> (Vec<Value>, Vec<(String, bool)>) {
    let mut cases = Vec::new();
    let mut expected = Vec::new();
    for j in corpus {
        let payload: Value = serde_json::from_str(&j.body).unwrap_or(Value::Null);
        cases.push(json!({"schema": qualified(j.case.vendor, &root_name(j.case.vendor)), "payload": payload}));
        expected.push((j.case.label.clone(), j.valid()));
    }
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        for (i, event) in decl.events.iter().enumerate() {
            let schema = qualified(vendor, &event_name(event));
            let example = example_of(doc, vendor, &schema);
            cases.push(json!({"schema": schema, "payload": example}));
            expected.push((format!("example of {schema}"), true));
            // Named as another event: this component is that event's alone.
            let other = decl
                .events
                .get(i + 1)
                .or(decl.events.first())
                .expect("events");
            let pointer = decl.event_pointer();
            let mut renamed = example.clone();
            *renamed.pointer_mut(&pointer).expect("the event field") = json!(other.name);
            cases.push(json!({"schema": schema, "payload": renamed}));
            expected.push((format!("{schema} named {}", other.name), false));
            // Without the field naming the event, no body is the vendor's.
            let (parent, field) = pointer.rsplit_once('/').expect("a pointer");
            let mut unnamed = example.clone();
            unnamed
                .pointer_mut(parent)
                .and_then(Value::as_object_mut)
                .expect("an object")
                .remove(field);
            cases.push(json!({"schema": schema, "payload": unnamed}));
            expected.push((format!("{schema} without {}", decl.event_field), false));
        }
    }
    for (id, case) in cases.iter_mut().enumerate() {
        case["id"] = json!(id);
    }
    (cases, expected)
}

/// The example a document carries for an event: OpenAPI's request body example or AsyncAPI's message's.
fn example_of(doc: &Value, vendor: Vendor, schema: &str) -> Value {
    let found = if doc.get("openapi").is_some() {
        doc["webhooks"].as_object().and_then(|w| {
            w.values()
                .map(|w| &w["post"]["requestBody"]["content"]["application/json"])
                .find(|m| m["schema"]["$ref"] == json!(format!("#/components/schemas/{schema}")))
                .and_then(|m| m["examples"].as_object())
                .and_then(|e| e.values().next())
                .map(|e| e["value"].clone())
        })
    } else {
        doc["components"]["messages"][schema]["examples"][0]
            .get("payload")
            .cloned()
    };
    found.unwrap_or_else(|| panic!("{vendor:?}: no example for {schema}"))
}

#[test]
fn component_schemas_judge_payloads_as_the_explorer_does() {
    let exported = Exported::new("payloads");
    let corpus = judged();
    for (file, draft) in [("openapi.json", "2020-12"), ("asyncapi.json", "draft-07")] {
        let doc = exported.document(file);
        let (cases, expected) = cases(&doc, &corpus);
        let cases_file = exported.path(&format!("{file}.cases.json"));
        std::fs::write(&cases_file, Value::Array(cases).to_string()).expect("write cases");
        let results = node("openapi_payloads.mjs", &[&exported.path(file), &cases_file]);
        let results = results.as_array().expect("results");
        assert_eq!(
            results.len(),
            expected.len(),
            "{file}: one verdict per case"
        );
        let mut wrong = Vec::new();
        let (mut valid, mut invalid, mut excepted) = (0, 0, 0);
        for (i, ((label, should), result)) in expected.iter().zip(results).enumerate() {
            let got = result["valid"] == json!(true);
            // The JSON Schema files' known exceptions (ajv shows all of them) hold here too.
            let exception = corpus.get(i).and_then(|j| j.case.exception);
            match (exception, got == *should) {
                (None, true) | (Some(_), false) => {}
                (None, false) => wrong.push(format!(
                    "{label}: expected {should}, ajv {got} {}",
                    result["errors"]
                )),
                (Some(reason), true) => wrong.push(format!(
                    "{label}: listed exception ({reason}) no longer shows"
                )),
            }
            if exception.is_some() {
                excepted += 1;
            } else if got {
                valid += 1;
            } else {
                invalid += 1;
            }
        }
        assert!(
            wrong.is_empty(),
            "{file} ({draft}): {} of {} judged wrongly:\n{}",
            wrong.len(),
            expected.len(),
            wrong.join("\n")
        );
        assert!(
            valid > 400 && invalid > 50,
            "{file}: valid {valid}, invalid {invalid}"
        );
        assert!(
            excepted <= EXCEPTIONS.len() * 4,
            "{file}: {excepted} exceptions"
        );
        println!(
            "{file} components (ajv, {draft}): {} payloads: {valid} valid, {invalid} rejected, {excepted} known exceptions",
            expected.len()
        );
    }
}
