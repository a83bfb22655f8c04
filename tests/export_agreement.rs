//! The agreement property of issue #10: for every documented example, every generated event (all of
//! the catalogue, several seeds, edge cases on and off) and a corpus of broken payloads covering each
//! error the explorer reports, ajv's verdict on the exported JSON Schema equals the explorer's
//! (valid ⇔ no error-severity diagnostic). ajv runs in `tests/export/ajv-check.mjs` (npm `ajv`,
//! installed by `make tools`). The cases JSON Schema cannot express are `json_schema::EXCEPTIONS`:
//! each has a case here that must still disagree, so the list never goes stale.

use std::path::{Path, PathBuf};
use std::process::Command;

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::{Kind, Severity};
use gymhook::domain::examples::{documented_example, signed_example};
use gymhook::domain::export::json_schema::{file_name, EXCEPTIONS};
use gymhook::domain::export::json_schema_files;
use gymhook::domain::generate::{
    catalogue, default_target, export, generate, Choice, Format, Options,
};
use gymhook::domain::schema::{declaration, Vendor};

const SEEDS: [u64; 6] = [1, 2, 3, 42, 2025, 987_654_321];
const MARK: &str = "\u{1}gymhook-replace\u{1}";

struct Case {
    label: String,
    vendor: Vendor,
    /// The whole paste: a body or a raw request.
    text: String,
    /// Why ajv and the explorer are expected to disagree (an entry of `EXCEPTIONS`).
    exception: Option<&'static str>,
}

fn case(label: impl Into<String>, vendor: Vendor, text: String) -> Case {
    Case {
        label: label.into(),
        vendor,
        text,
        exception: None,
    }
}

/// `base` with each (JSON pointer, raw JSON text) replaced or added; raw text keeps `1.0` and big ids
/// exactly as written, which a serde value would not.
fn mutate(base: &str, edits: &[(&str, &str)]) -> String {
    let mut value: serde_json::Value = serde_json::from_str(base).expect("base payload parses");
    let mut raws = Vec::new();
    for (i, (pointer, raw)) in edits.iter().enumerate() {
        let mark = serde_json::Value::String(format!("{MARK}{i}"));
        let (parent, key) = pointer.rsplit_once('/').expect("a JSON pointer");
        let target = value
            .pointer_mut(parent)
            .unwrap_or_else(|| panic!("{pointer}: no parent in the base payload"));
        match target {
            serde_json::Value::Object(map) => {
                map.insert(key.to_owned(), mark);
            }
            serde_json::Value::Array(items) => {
                let slot = items
                    .get_mut(key.parse::<usize>().expect("an index"))
                    .expect("an existing item");
                *slot = mark;
            }
            _ => panic!("{pointer}: the parent is not a container"),
        }
        raws.push(*raw);
    }
    let mut text = serde_json::to_string_pretty(&value).expect("serialises");
    for (i, raw) in raws.iter().enumerate() {
        text = text.replace(&format!("\"{}{i}\"", MARK.replace('\u{1}', "\\u0001")), raw);
    }
    assert!(
        !text.contains("gymhook-replace"),
        "every edit applied: {text}"
    );
    text
}

fn generated(key: &str, seed: u64) -> String {
    let choice = Choice::from_key(key).unwrap_or_else(|| panic!("no choice {key}"));
    generate(
        &choice,
        Options {
            seed,
            edge_cases: false,
        },
    )
    .body
}

fn corpus() -> Vec<Case> {
    let mut cases = Vec::new();
    // Every documented example, and the signed raw request.
    for vendor in Vendor::ALL {
        for event in declaration(vendor).events {
            let text = documented_example(vendor, event.name).expect("documented example");
            cases.push(case(format!("documented {}", event.name), vendor, text));
        }
    }
    cases.push(case(
        "signed example request",
        Vendor::PerfectGym,
        signed_example(),
    ));
    // Every generated event, several seeds, edge cases on and off; some as raw requests.
    for choice in catalogue() {
        for seed in SEEDS {
            for edge_cases in [false, true] {
                let g = generate(&choice, Options { seed, edge_cases });
                let label = format!("generated {} seed {seed} edge {edge_cases}", choice.key());
                if seed == 1 {
                    let request = export(&g, Format::Http, default_target(g.vendor()), "s3cret")
                        .expect("default target parses");
                    cases.push(case(format!("{label} http"), g.vendor(), request.text));
                }
                cases.push(case(label, g.vendor(), g.body));
            }
        }
    }
    cases.extend(broken_gymos());
    cases.extend(broken_perfectgym());
    cases
}

fn broken_gymos() -> Vec<Case> {
    let v = Vendor::GymOs;
    let base = documented_example(v, "Session Booked").expect("GymOS example");
    let credit = generated("gymos:object:credit", 7);
    let message = generated("gymos:object:message", 7);
    let mut out = Vec::new();
    // Cases JSON Schema cannot judge as the explorer does, each naming its entry of EXCEPTIONS.
    let mut excepted = Vec::new();
    let mut on = |label: &str, base: &str, edits: &[(&str, &str)]| {
        out.push(case(format!("gymos {label}"), v, mutate(base, edits)));
    };
    let stamp = "/eventTimestampUtc";
    for (label, raw) in [
        ("wrong type: string field given a number", "42"),
        ("wrong type: string field given an object", "{}"),
        ("null where not nullable", "null"),
    ] {
        on(label, &base, &[("/clientBusinessName", raw)]);
    }
    for (label, raw) in [
        ("bad GUID", "\"not-a-guid\""),
        ("braced GUID", "\"{c340d350-b6a1-434c-bfb6-7703e9cb3215}\""),
        (
            "GUID without hyphens",
            "\"c340d350b6a1434cbfb67703e9cb3215\"",
        ),
        (
            "urn GUID",
            "\"urn:uuid:c340d350-b6a1-434c-bfb6-7703e9cb3215\"",
        ),
        ("empty non-nullable GUID", "\"\""),
        (
            "upper-case GUID",
            "\"C340D350-B6A1-434C-BFB6-7703E9CB3215\"",
        ),
        ("GUID as a number", "12"),
    ] {
        on(label, &base, &[("/clientId", raw)]);
    }
    for raw in [
        "\"2025-13-01T00:00:00Z\"",
        "\"2025-02-30T00:00:00Z\"",
        "\"2025-02-29T00:00:00Z\"",
        "\"2024-02-29T00:00:00Z\"",
        "\"1900-02-29T10:00:00Z\"",
        "\"2000-02-29T10:00:00Z\"",
        "\"2025-04-31T10:00:00Z\"",
        "\"2025-11-25 13:42:01Z\"",
        "\"2025-11-25\"",
        "\"2025-11-25T13:42:01.7763675Z\"",
        "\"2025-11-25T13:42:01.1234567890Z\"",
        "\"2025-11-25T13:42:01.Z\"",
        "\"2025-11-25T13:42:01\"",
        "\"2025-11-25T13:42\"",
        "\"2025-11-25T13:42:01+00:00\"",
        "\"2025-11-25T13:42:01+02:00\"",
        "\"2025-11-25T13:42+0200\"",
        "\"2025-11-25t13:42:01z\"",
        "\"2025-11-25T13:42:01+15:00\"",
        "\"2025-11-25T13:42:01+24:00\"",
        "\"2025-11-25T24:00:00Z\"",
        "\"2025-11-25T13:60:00Z\"",
        "\"2025-11-25T13:42:60Z\"",
        "\"0000-01-01T00:00:00Z\"",
        "\"9999-12-31T23:59:59Z\"",
        "\"\"",
        "\" 2025-11-25T13:42:01Z\"",
        "20251125",
    ] {
        on(&format!("datetime {raw}"), &base, &[(stamp, raw)]);
    }
    excepted.push(Case {
        exception: Some(EXCEPTIONS[0]),
        ..case(
            "gymos datetime out of range in UTC",
            v,
            mutate(&base, &[(stamp, "\"0001-01-01T00:30:00+01:00\"")]),
        )
    });
    for raw in ["\"\"", "\"garbage\"", "null", "\"2025-11-25T13:42:01Z\""] {
        on(
            &format!("nullable datetime {raw}"),
            &base,
            &[("/payload/booking/cancelledTimeUtc", raw)],
        );
    }
    for raw in [
        "\"1983-05-15\"",
        "\"1983-05-15T00:00:00\"",
        "\"1983-02-29\"",
        "\"\"",
        "\"15/05/1983\"",
    ] {
        on(
            &format!("date {raw}"),
            &base,
            &[("/subject/member/dateOfBirth", raw)],
        );
    }
    for raw in ["[1]", "\"Gold\"", "[\"Gold\", null]", "[]"] {
        on(
            &format!("string list {raw}"),
            &base,
            &[("/subject/member/currentMemberships", raw)],
        );
    }
    for raw in [
        "{\"a\": 1}",
        "{\"a\": null}",
        "null",
        "{\"a\": \"b\"}",
        "[]",
    ] {
        on(
            &format!("string map {raw}"),
            &base,
            &[("/payload/supplementalData", raw)],
        );
    }
    on("object given a string", &base, &[("/subject", "\"x\"")]);
    on(
        "object given an array",
        &base,
        &[("/payload/session", "[]")],
    );
    on("null subject slot", &base, &[("/subject/member", "null")]);
    on(
        "unknown subjectType",
        &base,
        &[("/subjectType", "\"ALIEN\"")],
    );
    on(
        "event in upper case",
        &base,
        &[("/eventType", "\"SESSION BOOKED\"")],
    );
    on(
        "event with spaces",
        &base,
        &[("/eventType", "\" Session Booked \"")],
    );
    on("event as a number", &base, &[("/eventType", "5")]);
    on("unknown event", &base, &[("/eventType", "\"Foo\"")]);
    on(
        "undocumented field",
        &base,
        &[("/payload/booking/extra", "1")],
    );
    on(
        "undocumented top-level field",
        &base,
        &[("/extra", "[1, 2]")],
    );
    for raw in [
        "1.5",
        "3000000000",
        "-2147483649",
        "2147483647",
        "-2147483648",
        "\"8\"",
        "3e9",
        "null",
    ] {
        on(
            &format!("int {raw}"),
            &credit,
            &[("/payload/credit/creditsIssued", raw)],
        );
    }
    for raw in ["1.0", "1e3"] {
        excepted.push(Case {
            exception: Some(EXCEPTIONS[1]),
            ..case(
                format!("gymos int written {raw}"),
                v,
                mutate(&credit, &[("/payload/credit/creditsIssued", raw)]),
            )
        });
    }
    for raw in ["\"12.50\"", "12", "12.5e2", "-0.01", "true"] {
        on(
            &format!("decimal {raw}"),
            &credit,
            &[("/payload/credit/cost", raw)],
        );
    }
    for raw in ["\"true\"", "1", "null", "false"] {
        on(
            &format!("boolean {raw}"),
            &message,
            &[("/payload/message/isInbound", raw)],
        );
    }
    excepted.push(Case {
        exception: Some(EXCEPTIONS[3]),
        ..case(
            "gymos decimal past the double range",
            v,
            mutate(&credit, &[("/payload/credit/cost", "1e400")]),
        )
    });
    out.extend(excepted);
    out
}

fn broken_perfectgym() -> Vec<Case> {
    let v = Vendor::PerfectGym;
    let test = documented_example(v, "Test").expect("Test example");
    let booked = generated("perfectgym:ClassesBooked", 1);
    let mut out = Vec::new();
    let mut on = |label: &str, base: &str, edits: &[(&str, &str)]| {
        out.push(case(format!("perfectgym {label}"), v, mutate(base, edits)));
    };
    for raw in [
        "\"12345678\"",
        "12.5",
        "9223372036854775807",
        "-9223372036854775808",
        "9007199254740993",
        "99999999999999999999",
    ] {
        on(&format!("int64 {raw}"), &test, &[("/data/valueLong", raw)]);
    }
    for raw in ["\"33.78\"", "33", "null"] {
        on(
            &format!("decimal {raw}"),
            &test,
            &[("/data/nestedData/amount", raw)],
        );
    }
    on(
        "empty non-nullable datetime",
        &test,
        &[("/data/nestedData/date", "\"\"")],
    );
    on(
        "nested object given a string",
        &test,
        &[("/data/nestedData", "\"x\"")],
    );
    on("data as an array", &test, &[("/data", "[]")]);
    on("data null", &test, &[("/data", "null")]);
    on("event as a number", &test, &[("/event", "5")]);
    on(
        "case variant still reads data",
        &test,
        &[("/event", "\"test\""), ("/data/valueLong", "\"x\"")],
    );
    on(
        "zone-less triggeredDate",
        &test,
        &[("/triggeredDate", "\"2020-06-01T14:44:46\"")],
    );
    on(
        "triggeredDate as a number",
        &test,
        &[("/triggeredDate", "1591022686")],
    );
    for raw in [
        "\"1042\"",
        "\"1042x\"",
        "\"01\"",
        "\"-0\"",
        "\"+5\"",
        "\"9223372036854775807\"",
        "\"9223372036854775808\"",
        "\"-9223372036854775808\"",
        "\"-9223372036854775809\"",
        "\"1.5\"",
        "1.5",
        "true",
    ] {
        on(&format!("id {raw}"), &booked, &[("/data/userId", raw)]);
    }
    for (label, event) in [
        ("alias reads data", "\"ClassesBookedOnStandbyList\""),
        (
            "alias in another case is unknown",
            "\"classesbookedonstandbylist\"",
        ),
        ("trimmed event reads data", "\" ClassesBooked\\u00a0\""),
        ("unknown event keeps data unread", "\"Foo\""),
        (
            "no-break space only inside is unknown",
            "\"Classes\\u00a0Booked\"",
        ),
    ] {
        on(
            label,
            &booked,
            &[("/event", event), ("/data/userId", "\"x\"")],
        );
    }
    out.push(Case {
        exception: Some(EXCEPTIONS[2]),
        ..case(
            "perfectgym int64 just past 2^63",
            v,
            mutate(&test, &[("/data/valueLong", "9223372036854775808")]),
        )
    });
    out
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn temp_dir() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gymhook-agreement-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// Runs ajv over `(schema file, body)` pairs; returns (valid, ajv's messages) per case.
fn ajv(dir: &Path, bodies: &[(String, &str)]) -> Vec<(bool, Vec<String>)> {
    let root = manifest_dir();
    assert!(
        root.join("node_modules/ajv/package.json").exists()
            && root.join("node_modules/ajv-formats/package.json").exists(),
        "node_modules lacks ajv and ajv-formats: run `make tools` (npm ci) first"
    );
    let items: Vec<String> = bodies
        .iter()
        .enumerate()
        .map(|(id, (schema, body))| {
            format!("{{\"id\": {id}, \"schema\": \"{schema}\", \"payload\": {body}}}")
        })
        .collect();
    let cases = dir.join("cases.json");
    std::fs::write(&cases, format!("[{}]", items.join(",\n"))).expect("write cases");
    let output = Command::new("node")
        .arg(root.join("tests/export/ajv-check.mjs"))
        .arg(dir)
        .arg(&cases)
        .current_dir(&root)
        .output()
        .expect("node runs (make tools installs it)");
    assert!(
        output.status.success(),
        "ajv-check.mjs failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let results: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).expect("ajv-check prints JSON");
    assert_eq!(results.len(), bodies.len());
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
    let dir = temp_dir();
    for file in json_schema_files() {
        std::fs::write(dir.join(&file.name), &file.text).expect("write schema");
    }
    let cases = corpus();
    let mut bodies = Vec::new();
    let mut explorer = Vec::new();
    for c in &cases {
        let analysis = analyze(&c.text);
        assert_eq!(
            analysis.vendor(),
            Some(c.vendor),
            "{}: the explorer must recognise the vendor for the verdicts to compare",
            c.label
        );
        let body = analysis
            .body_span
            .slice(&c.text)
            .expect("body span")
            .to_owned();
        let errors: Vec<String> = analysis
            .diagnostics
            .iter()
            .filter(|d| d.severity() == Severity::Error)
            .map(|d| format!("{} {}: {}", d.kind.key(), d.path, d.message))
            .collect();
        bodies.push((file_name(c.vendor), body));
        explorer.push(errors);
    }
    let borrowed: Vec<(String, &str)> = bodies
        .iter()
        .map(|(s, b)| (s.clone(), b.as_str()))
        .collect();
    let verdicts = ajv(&dir, &borrowed);
    let mut disagreements = Vec::new();
    let (mut valid, mut invalid, mut excepted) = (0, 0, 0);
    for ((c, errors), (ajv_valid, ajv_errors)) in cases.iter().zip(&explorer).zip(&verdicts) {
        let explorer_valid = errors.is_empty();
        if explorer_valid {
            valid += 1;
        } else {
            invalid += 1;
        }
        match (c.exception, explorer_valid == *ajv_valid) {
            (None, true) => {}
            (None, false) => disagreements.push(format!(
                "{}: explorer {} {errors:?}, ajv {} {ajv_errors:?}",
                c.label,
                verdict(explorer_valid),
                verdict(*ajv_valid)
            )),
            (Some(_), false) => excepted += 1,
            (Some(reason), true) => disagreements.push(format!(
                "{}: listed as an exception ({reason}) but both now say {}: drop it from EXCEPTIONS",
                c.label,
                verdict(*ajv_valid)
            )),
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        disagreements.is_empty(),
        "{} of {} payloads judged differently:\n{}",
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
        cases.iter().filter(|c| c.exception.is_some()).count(),
        "each exception's cases disagree as documented"
    );
    for reason in EXCEPTIONS {
        assert!(
            cases.iter().any(|c| c.exception == Some(reason)),
            "no case shows the exception: {reason}"
        );
    }
    println!(
        "{} payloads: {valid} valid, {invalid} with errors, {excepted} known exceptions",
        cases.len()
    );
}

#[test]
fn the_broken_corpus_covers_every_value_error_the_explorer_reports() {
    let kinds: Vec<Kind> = broken_gymos()
        .into_iter()
        .chain(broken_perfectgym())
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
