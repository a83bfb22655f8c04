//! The payload corpus of the agreement property, shared by every export check: every documented
//! example, every generated event (the whole catalogue, several seeds, edge cases on and off, some as raw
//! requests) and broken payloads covering each error the explorer reports. `judged()` adds the explorer's
//! verdict and the exact body bytes, which is what the JSON Schema validators and the language checks read.

use super::broken;
use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Severity;
use gymhook::domain::examples::{documented_example, signed_example};
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

pub fn case(label: impl Into<String>, vendor: Vendor, text: String) -> Case {
    Case {
        label: label.into(),
        vendor,
        text,
        exception: None,
    }
}

/// `base` with each (JSON pointer, raw JSON text) replaced or added; raw text keeps `1.0` and big ids
/// exactly as written, which a serde value would not.
pub fn mutate(base: &str, edits: &[(&str, &str)]) -> String {
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

pub fn generated(key: &str, seed: u64) -> String {
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
                    let request = export(&g, Format::Http, &default_target(g.vendor()), "s3cret")
                        .expect("default target parses");
                    cases.push(case(format!("{label} http"), g.vendor(), request.text));
                }
                cases.push(case(label, g.vendor(), g.body));
            }
        }
    }
    cases.extend(broken::broken_gymos());
    cases.extend(broken::broken_perfectgym());
    cases.extend(super::broken_next::broken_perfectgym_next());
    cases
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
