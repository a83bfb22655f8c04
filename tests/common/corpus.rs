//! The payload corpus of issue #10's agreement property, shared by every export check: every documented
//! example, every generated event (the whole catalogue, several seeds, edge cases on and off, some as raw
//! requests) and broken payloads covering each error the explorer reports. `judged()` adds the explorer's
//! verdict and the exact body bytes, which is what the JSON Schema validators and the language checks read.

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Severity;
use gymhook::domain::examples::{documented_example, signed_example};
use gymhook::domain::export::json_schema::EXCEPTIONS;
use gymhook::domain::generate::{
    catalogue, default_target, export, generate, Choice, Format, Options,
};
use gymhook::domain::schema::{declaration, Vendor};

pub const SEEDS: [u64; 6] = [1, 2, 3, 42, 2025, 987_654_321];
const MARK: &str = "\u{1}gymhook-replace\u{1}";

pub struct Case {
    pub label: String,
    pub vendor: Vendor,
    /// The whole paste: a body or a raw request.
    pub text: String,
    /// Why a schema validator and the explorer are expected to disagree (an entry of `EXCEPTIONS`).
    pub exception: Option<&'static str>,
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

pub fn corpus() -> Vec<Case> {
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

pub fn broken_gymos() -> Vec<Case> {
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

pub fn broken_perfectgym() -> Vec<Case> {
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

/// One corpus case with the explorer's verdict: its body exactly as the paste holds it, and its errors.
pub struct Judged {
    pub case: Case,
    pub body: String,
    /// The explorer's error-severity diagnostics (`kind path: message`); empty means valid.
    pub errors: Vec<String>,
}

impl Judged {
    pub fn valid(&self) -> bool {
        self.errors.is_empty()
    }
}

/// Every case of `corpus()`, analysed by the explorer.
pub fn judged() -> Vec<Judged> {
    corpus()
        .into_iter()
        .map(|case| {
            let analysis = analyze(&case.text);
            assert_eq!(
                analysis.vendor(),
                Some(case.vendor),
                "{}: the explorer must recognise the vendor for the verdicts to compare",
                case.label
            );
            let body = analysis
                .body_span
                .slice(&case.text)
                .expect("body span")
                .to_owned();
            let errors = analysis
                .diagnostics
                .iter()
                .filter(|d| d.severity() == Severity::Error)
                .map(|d| format!("{} {}: {}", d.kind.key(), d.path, d.message))
                .collect();
            Judged { case, body, errors }
        })
        .collect()
}

/// The bodies every exported type must parse: each payload the explorer finds no error in (the known
/// exceptions aside, where a JSON parser itself differs), as `(vendor, label, body)`.
pub fn valid_bodies() -> Vec<(Vendor, String, String)> {
    judged()
        .into_iter()
        .filter(|j| j.valid() && j.case.exception.is_none())
        .map(|j| (j.case.vendor, j.case.label, j.body))
        .collect()
}
