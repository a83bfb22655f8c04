//! The package's answers against the engine they wrap: the same verdicts, in the shapes `index.d.ts` declares.

use super::*;
use crate::domain::analysis::{analyze, MAX_INPUT_BYTES};
use crate::domain::diagnostic::Kind;
use crate::domain::examples::first_example;
use crate::domain::generate::{catalogue, default_target, export, generate, Format, Options};
use crate::domain::schema::Vendor;
use crate::domain::signature::compute_pgm;
use serde_json::{json, Value};

fn parsed(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("not JSON ({e}): {text}"))
}

/// The vendor's first documented example on one line, as a log holds it.
fn one_line(vendor: Vendor) -> String {
    let text = first_example(vendor);
    crate::domain::json::compact(&crate::domain::json::parse(&text).expect("the example parses"))
}

#[test]
fn check_answers_what_the_explorer_finds() {
    for vendor in Vendor::ALL {
        let text = first_example(vendor).replacen('{', "{\"unknownField\": 1, ", 1);
        let answer = parsed(&check_json(&text));
        let analysis = analyze(&text);
        assert_eq!(answer["vendor"], vendor.slug());
        assert_eq!(answer["event"], json!(analysis.event_name));
        assert_eq!(
            answer["declaredEvent"],
            json!(analysis.event.event().map(|e| e.name))
        );
        let expected: Vec<Value> = analysis
            .diagnostics
            .iter()
            .map(|d| {
                json!({"severity": d.severity().key(), "kind": d.kind.key(), "path": d.path,
                    "line": d.position.line, "column": d.position.column, "message": d.message})
            })
            .collect();
        assert!(!expected.is_empty(), "the unknown field is a note");
        assert_eq!(answer["diagnostics"], json!(expected));
        assert_eq!(answer["deliveries"][0]["diagnostics"], json!(expected));
        assert_eq!(answer["deliveries"][0]["line"], 1);
        assert_eq!(answer["deliveries"][0]["rebuilt"], Value::Null);
    }
}

#[test]
fn a_log_of_deliveries_is_checked_one_by_one_with_positions_in_the_whole_text() {
    let good = one_line(Vendor::GymOs);
    let bad = good.replacen("\"eventType\":", "\"eventType\": 7, \"x\":", 1);
    let text = format!("2025-11-26T16:02:01Z INFO {good}\n2025-11-26T16:02:02Z INFO {bad}\n");
    let answer = parsed(&check_json(&text));
    let deliveries = answer["deliveries"].as_array().expect("deliveries");
    assert_eq!(deliveries.len(), 2);
    assert_eq!(deliveries[1]["line"], 2);
    assert_eq!(deliveries[1]["column"], 27);
    let errors: Vec<&Value> = answer["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["severity"] == "error")
        .collect();
    assert!(!errors.is_empty(), "{answer}");
    assert!(errors.iter().all(|d| d["line"] == 2), "{errors:?}");
    // The error's column is where it is in the line, past the log prefix.
    let alone = analyze(&bad);
    let first = alone
        .diagnostics
        .iter()
        .find(|d| d.kind == Kind::Type)
        .expect("a type error");
    assert_eq!(errors[0]["column"], first.position.column + 26);
    assert_eq!(answer["vendor"], "gymos");
}

#[test]
fn deliveries_of_two_vendors_have_no_shared_vendor_or_event() {
    let pgm = one_line(Vendor::PerfectGym);
    let gymos = one_line(Vendor::GymOs);
    let answer = parsed(&check_json(&format!("[{pgm},\n{gymos}]")));
    assert_eq!(answer["vendor"], "unknown");
    assert_eq!(answer["event"], Value::Null);
    assert_eq!(answer["deliveries"][0]["vendor"], "perfectgym");
    assert_eq!(answer["deliveries"][1]["vendor"], "gymos");
    assert_eq!(answer["deliveries"][1]["line"], 2);
}

#[test]
fn a_har_entry_is_rebuilt_and_its_place_is_in_the_text() {
    let body = crate::domain::json::quoted(&first_example(Vendor::GymOs));
    let har = format!(
        "{{\"log\": {{\"entries\": [\n{{\"request\": {{\"method\": \"POST\", \"url\": \"https://r.example/h\", \
         \"headers\": [], \"postData\": {{\"text\": {body}}}}}}}]}}}}"
    );
    let answer = parsed(&check_json(&har));
    let delivery = &answer["deliveries"][0];
    assert_eq!(delivery["line"], 2, "the entry's line in the HAR");
    assert!(delivery["rebuilt"]
        .as_str()
        .is_some_and(|r| r.starts_with("POST /h HTTP/1.1")));
    assert_eq!(delivery["vendor"], "gymos");
}

#[test]
fn a_text_past_the_limit_is_one_too_large_error() {
    let answer = parsed(&too_large_json(MAX_INPUT_BYTES + 1));
    assert_eq!(answer["vendor"], "unknown");
    assert_eq!(answer["diagnostics"][0]["kind"], "too-large");
    assert_eq!(answer["diagnostics"][0]["severity"], "error");
    let over = "x".repeat(MAX_INPUT_BYTES + 1);
    assert_eq!(parsed(&check_json(&over)), answer);
}

#[test]
fn signatures_get_the_panel_s_verdict_and_diagnosis() {
    let expected = compute_pgm("req-1", "s3cret");
    let valid = parsed(&signature_json("req-1", &expected, "s3cret", None));
    assert_eq!(
        valid,
        json!({"valid": true, "verdict": "valid", "expected": expected, "missing": [], "diagnosis": null})
    );
    let swapped = parsed(&signature_json(
        "req-1",
        &compute_pgm("s3cret", "req-1"),
        "s3cret",
        None,
    ));
    assert_eq!(swapped["valid"], false);
    assert_eq!(swapped["diagnosis"]["kind"], "swapped-order");
    let wrong = parsed(&signature_json(
        "req-1",
        &compute_pgm("req-1", "other"),
        "s3cret",
        None,
    ));
    assert_eq!(wrong["diagnosis"]["kind"], "no-usual-mistake");
    assert!(wrong["diagnosis"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("secret")));
    let body = "{\"event\":\"Test\"}";
    let hashed = parsed(&signature_json(
        "req-1",
        &compute_pgm(body, "s3cret"),
        "s3cret",
        Some(body),
    ));
    assert_eq!(hashed["diagnosis"]["kind"], "body-hashed");
    let incomplete = parsed(&signature_json("req-1", "", " ", None));
    assert_eq!(incomplete["verdict"], "incomplete");
    assert_eq!(incomplete["expected"], Value::Null);
    assert_eq!(incomplete["missing"], json!(["signature", "secret"]));
    assert_eq!(incomplete["diagnosis"]["kind"], "incomplete");
}

#[test]
fn generate_is_the_generator_s_output_for_every_choice() {
    for choice in catalogue() {
        let vendor = choice.vendor();
        let argument = choice.argument().to_uppercase();
        let request = GenerateRequest {
            vendor: vendor.slug(),
            event: &argument,
            seed: "42",
            edge: true,
            format: "http",
            secret: "s3cret",
            url: None,
        };
        let generated = generate(
            &choice,
            Options {
                seed: 42,
                edge_cases: true,
            },
        );
        let expected = export(&generated, Format::Http, &default_target(vendor), "s3cret")
            .expect("the default target parses")
            .text;
        assert_eq!(generate_text(&request), Ok(expected), "{}", choice.key());
    }
}

#[test]
fn generate_names_the_option_it_cannot_take() {
    let base = GenerateRequest {
        vendor: "gymos",
        event: "Session Booked",
        seed: "7",
        ..GenerateRequest::default()
    };
    assert!(generate_text(&base).is_ok_and(|t| t.starts_with('{')));
    let cases = [
        (
            GenerateRequest {
                vendor: "stripe",
                ..base
            },
            "vendor",
        ),
        (
            GenerateRequest {
                event: "Nope",
                ..base
            },
            "event",
        ),
        (GenerateRequest { seed: "+7", ..base }, "seed"),
        (GenerateRequest { seed: "-1", ..base }, "seed"),
        (GenerateRequest { seed: "", ..base }, "seed"),
        (
            GenerateRequest {
                seed: "18446744073709551616",
                ..base
            },
            "seed",
        ),
        (
            GenerateRequest {
                format: "xml",
                ..base
            },
            "format",
        ),
        (
            GenerateRequest {
                format: "curl",
                url: Some("ftp://x"),
                ..base
            },
            "url",
        ),
    ];
    for (request, option) in cases {
        let error = generate_text(&request).expect_err(option);
        assert_eq!(error.option(), option, "{error}");
        let answer = parsed(&generate_json(&request));
        assert_eq!(answer["error"]["option"], option);
        assert_eq!(answer["error"]["message"], error.to_string());
    }
    let max = GenerateRequest {
        seed: "18446744073709551615",
        ..base
    };
    assert!(parsed(&generate_json(&max))["text"].is_string());
    let unknown = generate_text(&GenerateRequest {
        event: "Nope",
        ..base
    })
    .expect_err("unknown");
    assert!(unknown.to_string().contains("Session Booked"), "{unknown}");
}

#[test]
fn the_types_list_every_vendor_kind_and_format_and_the_manifest_has_no_dependencies() {
    let types = type_declarations();
    let placeholder = |w: &str| !w.is_empty() && w.chars().all(|c| c.is_ascii_uppercase());
    assert!(!types.split('@').any(placeholder), "a placeholder is left");
    for vendor in Vendor::ALL {
        assert!(types.contains(&format!("\"{}\"", vendor.slug())));
    }
    for kind in Kind::ALL {
        assert!(types.contains(&format!("\"{}\"", kind.key())), "{kind:?}");
    }
    for format in Format::ALL {
        assert!(types.contains(&format!("\"{}\"", format.key())));
    }
    let manifest = parsed(&package_json());
    assert_eq!(manifest["name"], PACKAGE_NAME);
    assert_eq!(manifest["version"], env!("CARGO_PKG_VERSION"));
    assert!(manifest.get("dependencies").is_none());
    let files = manifest["files"].as_array().expect("files");
    assert_eq!(files.len(), FILES.len());
}
