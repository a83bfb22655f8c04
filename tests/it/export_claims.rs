//! Every sentence an export makes about the explorer, held to what the explorer does. Each claim is a phrase
//! the generated files say (comments, TSDoc, docstrings, schema descriptions) and a check that runs the
//! explorer on bodies made for it; a test reads every exported file and fails on any mention of the
//! explorer that no claim covers, so a new sentence cannot go unchecked (and a claim whose phrase no file
//! says any more fails too). The validators' own agreement is `export_agreement.rs`, `export_typescript.rs`
//! and the other export tests.

use gymhook::domain::analysis::{analyze, Analysis};
use gymhook::domain::diagnostic::{Kind, Severity};
use gymhook::domain::export::all_files;
use gymhook::domain::generate::catalogue;
use gymhook::domain::npm::check_json;
use gymhook::domain::schema::{declaration, FieldDecl, FieldType, Vendor};
use gymhook::domain::typed::TypedValue;
use serde_json::Value;

use crate::common::corpus::{generated, mutate, SEEDS};

/// A phrase the exports say about the explorer, and the check that holds the explorer to it.
struct Claim {
    phrase: &'static str,
    check: fn(),
}

const CLAIMS: &[Claim] = &[
    Claim { phrase: "(the explorer warns when it is missing)", check: missing_fields_warn },
    Claim { phrase: "null is still accepted (the explorer warns)", check: null_where_not_nullable_warns },
    Claim { phrase: "null and \"\" are accepted (the explorer notes \"\" as null)", check: undocumented_nullability_accepts_null_and_empty },
    Claim { phrase: "is valid but the explorer warns", check: utc_fields_warn_on_offsets_and_missing_zones },
    Claim { phrase: "Undocumented fields are allowed (the explorer notes them)", check: undocumented_fields_are_notes },
    Claim { phrase: "Undocumented fields: allowed (the explorer notes them)", check: undocumented_fields_are_notes },
    Claim { phrase: "still valid (the explorer reports the event as unknown and reads its fields without an event layout)", check: unknown_events_are_valid_without_a_layout },
    Claim { phrase: "still names this event (the explorer warns)", check: event_names_match_as_declared },
    Claim { phrase: "(the explorer rejects braces, a `urn:uuid:` prefix and missing hyphens)", check: guids_are_read_strictly },
    Claim { phrase: "as the explorer reads it: `YYYY-MM-DDThh:mm[:ss[.f]]` with 1 to 9 fraction digits (.NET sends 7), `t` for `T`, and an optional zone: `Z`, `z`, `±hh:mm` or `±hhmm`", check: datetimes_read_as_documented },
    Claim { phrase: "A zone-less value is valid; where the field is documented as UTC the explorer warns", check: utc_fields_warn_on_offsets_and_missing_zones },
    Claim { phrase: "The characters the explorer trims around an event name", check: event_names_match_as_declared },
    Claim { phrase: "matched as the explorer matches it: surrounding whitespace ignored, then the exact name, then an alias", check: event_names_match_as_declared },
    Claim { phrase: "as gymhook's explorer does: trimmed, the exact name, then an alias", check: event_names_match_as_declared },
    Claim { phrase: "the explorer folds ASCII letters only", check: event_names_match_as_declared },
    Claim { phrase: "as the explorer matches it (trimmed, aliases, letter case)", check: event_names_match_as_declared },
    Claim { phrase: "it matches the name as the explorer does (trimmed, any case)", check: event_names_match_as_declared },
    Claim { phrase: "matched as the explorer matches it (surrounding whitespace ignored, any letter case)", check: event_names_match_as_declared },
    Claim { phrase: "which matches names as the explorer does (trimmed, aliases, any letter case with a warning)", check: event_names_match_as_declared },
    Claim { phrase: "another letter case is matched too, as the explorer warns and reads it", check: event_names_match_as_declared },
    Claim { phrase: "matched as the explorer matches it, with its data typed by that event: the explorer reads the data of a name in another letter case or with surrounding whitespace by the event it matches", check: event_names_match_as_declared },
    Claim { phrase: "A payload is valid here exactly when gymhook's explorer reports no error: what the explorer only warns about", check: quirks_are_warnings_not_errors },
    Claim { phrase: "Each body schema accepts exactly what gymhook's explorer accepts without an error, including the vendors' real quirks", check: quirks_are_warnings_not_errors },
    Claim { phrase: "Where JSON Schema cannot express the explorer's rule", check: schema_exceptions_are_judged_as_stated },
    Claim { phrase: "passes here; the explorer reports it", check: schema_exceptions_are_judged_as_stated },
    Claim { phrase: "passes here: a schema sees the number, not its text; the explorer reports it", check: schema_exceptions_are_judged_as_stated },
    Claim { phrase: "(JavaScript's ajv); the explorer reports it", check: schema_exceptions_are_judged_as_stated },
    Claim { phrase: "the explorer accepts it and warns", check: schema_exceptions_are_judged_as_stated },
    Claim { phrase: "The types describe the bodies gymhook's explorer reports no error for: only the marker fields are required", check: only_markers_are_required },
    Claim { phrase: "Valid here means what gymhook's explorer reports no error for: only the marker fields are required", check: only_markers_are_required },
    Claim { phrase: "the explorer's own engine, with every error the explorer reports", check: the_package_reports_the_explorer_s_errors },
    Claim { phrase: "The explorer's datetime: 1-9 fraction digits", check: datetimes_read_as_documented },
    Claim { phrase: "A datetime as the explorer reads it", check: datetimes_read_as_documented },
    Claim { phrase: "the layout gymhook's explorer accepts", check: datetimes_read_as_documented },
    Claim { phrase: "calendar rules included, as gymhook's explorer reads it", check: datetimes_read_as_documented },
    Claim { phrase: "which the explorer only warns about", check: offsets_past_14_hours_warn },
];

/// An exported file's prose: JSON documents' strings; other files' lines without comment markers and
/// indentation, joined, with `\"` read as `"`.
fn prose(name: &str, text: &str) -> String {
    fn strings(value: &Value, out: &mut Vec<String>) {
        match value {
            Value::String(s) => out.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|i| strings(i, out)),
            Value::Object(map) => map.values().for_each(|v| strings(v, out)),
            _ => {}
        }
    }
    if name.ends_with(".json") {
        let mut out = Vec::new();
        strings(
            &serde_json::from_str(text).expect("an exported JSON file"),
            &mut out,
        );
        return out.join("\n");
    }
    let lines: Vec<&str> = text
        .lines()
        .map(|line| {
            let line = line.trim();
            ["///", "//!", "//", "/**", "*/", "*", "#"]
                .iter()
                .find_map(|m| line.strip_prefix(m))
                .unwrap_or(line)
                .trim()
        })
        .collect();
    lines.join(" ").replace("\\\"", "\"")
}

#[test]
fn every_sentence_an_export_makes_about_the_explorer_is_a_checked_claim() {
    let mut said = vec![false; CLAIMS.len()];
    let mut uncovered = Vec::new();
    let mut mentions = 0;
    for file in all_files() {
        let text = prose(&file.name, &file.text);
        let mut covered = vec![false; text.len()];
        for (i, claim) in CLAIMS.iter().enumerate() {
            for (at, _) in text.match_indices(claim.phrase) {
                said[i] = true;
                covered[at..at + claim.phrase.len()]
                    .iter_mut()
                    .for_each(|c| *c = true);
            }
        }
        for (at, _) in text.match_indices("explorer") {
            mentions += 1;
            if !covered[at] {
                let from = text[..at]
                    .char_indices()
                    .rev()
                    .nth(120)
                    .map_or(0, |(i, _)| i);
                let to = text[at..]
                    .char_indices()
                    .nth(120)
                    .map_or(text.len(), |(i, _)| at + i);
                uncovered.push(format!("{}: …{}…", file.name, &text[from..to]));
            }
        }
    }
    assert!(
        uncovered.is_empty(),
        "mentions of the explorer no claim checks:\n{}",
        uncovered.join("\n")
    );
    let unsaid: Vec<&str> = CLAIMS
        .iter()
        .zip(&said)
        .filter(|(_, s)| !**s)
        .map(|(c, _)| c.phrase)
        .collect();
    assert!(
        unsaid.is_empty(),
        "claims no export says any more: {unsaid:?}"
    );
    for claim in CLAIMS {
        (claim.check)();
    }
    println!(
        "export claims: {mentions} mentions of the explorer, {} claims, each checked",
        CLAIMS.len()
    );
}

// ---- bodies to judge -------------------------------------------------------------------------------

/// Generated bodies of a vendor, every event and seed: where a field to edit is looked for.
fn bodies(vendor: Vendor) -> impl Iterator<Item = String> {
    catalogue()
        .into_iter()
        .filter(move |c| c.vendor() == vendor)
        .flat_map(|choice| {
            SEEDS
                .into_iter()
                .map(move |seed| generated(&choice.key(), seed))
        })
}

/// The explorer's path of the first value of `field` (by declaration, not by name) in a typed tree.
fn path_in(value: &TypedValue, field: &FieldDecl) -> Option<String> {
    match value {
        TypedValue::Object(object) => object.fields.iter().find_map(|f| {
            if f.decl.is_some_and(|d| std::ptr::eq(d, field)) {
                Some(f.path.clone())
            } else {
                path_in(&f.value, field)
            }
        }),
        TypedValue::List { items, .. } => items.iter().find_map(|i| path_in(i, field)),
        _ => None,
    }
}

/// The JSON pointer of an explorer path: `payload.member.tags[1]` → `/payload/member/tags/1`.
fn pointer(path: &str) -> String {
    path.replace('[', ".")
        .replace(']', "")
        .split('.')
        .map(|part| format!("/{part}"))
        .collect()
}

/// A generated body of `vendor` with the field `field` set to `raw`, and the field's path.
fn body_with(vendor: Vendor, field: &FieldDecl, raw: &str) -> (String, String) {
    for body in bodies(vendor) {
        let root = analyze(&body).root.map(TypedValue::Object);
        if let Some(path) = root.as_ref().and_then(|r| path_in(r, field)) {
            return (mutate(&body, &[(&pointer(&path), raw)]), path);
        }
    }
    panic!("no generated {} body carries {}", vendor.slug(), field.name)
}

/// `body_with`'s body, analysed.
fn with_field(vendor: Vendor, field: &FieldDecl, raw: &str) -> (Analysis, String) {
    let (text, path) = body_with(vendor, field, raw);
    (analyze(&text), path)
}

/// Every declared field of a vendor that `pick` selects (each object's fields, each once).
fn fields(vendor: Vendor, pick: impl Fn(&FieldDecl) -> bool) -> Vec<&'static FieldDecl> {
    let mut out: Vec<&'static FieldDecl> = Vec::new();
    for object in declaration(vendor).objects() {
        for field in object.fields {
            if pick(field) && !out.iter().any(|f| std::ptr::eq(*f, field)) {
                out.push(field);
            }
        }
    }
    out
}

fn errors(a: &Analysis) -> Vec<String> {
    a.diagnostics
        .iter()
        .filter(|d| d.severity() == Severity::Error)
        .map(|d| format!("{} {}: {}", d.kind.key(), d.path, d.message))
        .collect()
}

/// No error, and a diagnostic of `kind` at `path`.
fn accepted_with(a: &Analysis, kind: Kind, path: &str, what: &str) {
    assert!(errors(a).is_empty(), "{what}: {:?}", errors(a));
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == kind && d.path == path),
        "{what}: no {} at {path}: {:?}",
        kind.key(),
        a.diagnostics
    );
}

/// An error of `kind` at `path`.
fn refused_with(a: &Analysis, kind: Kind, path: &str, what: &str) {
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.kind == kind && d.path == path && d.severity() == Severity::Error),
        "{what}: no {} error at {path}: {:?}",
        kind.key(),
        a.diagnostics
    );
}

fn example(vendor: Vendor) -> String {
    gymhook::domain::examples::first_example(vendor)
}

// ---- the checks ------------------------------------------------------------------------------------

fn missing_fields_warn() {
    let mut checked = 0;
    for vendor in Vendor::ALL {
        let envelope = declaration(vendor).envelope.fields;
        for field in envelope.iter().filter(|f| f.required && !f.marker) {
            let mut value: Value = serde_json::from_str(&example(vendor)).expect("example");
            let Some(object) = value.as_object_mut() else {
                continue;
            };
            if object.remove(field.name).is_none() {
                continue;
            }
            let a = analyze(&serde_json::to_string_pretty(&value).expect("JSON"));
            let what = format!("{} without {}", vendor.slug(), field.name);
            accepted_with(&a, Kind::Missing, field.name, &what);
            checked += 1;
        }
    }
    assert!(checked > 0, "no always-sent envelope field in the examples");
}

fn null_where_not_nullable_warns() {
    for vendor in Vendor::ALL {
        let strict = fields(vendor, |f| !f.may_be_null() && !f.marker);
        assert!(
            !strict.is_empty(),
            "{}: no field the document makes non-nullable",
            vendor.slug()
        );
        for field in strict.iter().take(8) {
            let (a, path) = with_field(vendor, field, "null");
            accepted_with(
                &a,
                Kind::NullNotNullable,
                &path,
                &format!("{} null", field.name),
            );
        }
    }
}

fn undocumented_nullability_accepts_null_and_empty() {
    let quiet = |f: &FieldDecl| {
        !f.nullable
            && f.may_be_null()
            && matches!(
                f.ty,
                FieldType::Guid | FieldType::DateTime | FieldType::Date
            )
    };
    let mut checked = 0;
    for vendor in Vendor::ALL {
        for field in fields(vendor, quiet) {
            let (a, path) = with_field(vendor, field, "\"\"");
            accepted_with(
                &a,
                Kind::EmptyAsNull,
                &path,
                &format!("{} \"\"", field.name),
            );
            let (a, _) = with_field(vendor, field, "null");
            assert!(
                errors(&a).is_empty(),
                "{} null: {:?}",
                field.name,
                errors(&a)
            );
            checked += 1;
        }
    }
    assert!(checked > 0, "no field without documented nullability");
}

fn utc_fields_warn_on_offsets_and_missing_zones() {
    let mut vendors_with_utc = 0;
    for vendor in Vendor::ALL {
        let utc = fields(vendor, |f| {
            f.is_utc() && matches!(f.ty, FieldType::DateTime)
        });
        // A vendor whose documents mark no datetime as UTC says nothing about it (PerfectGym Next).
        vendors_with_utc += usize::from(!utc.is_empty());
        for field in utc.iter().take(4) {
            let (a, path) = with_field(vendor, field, "\"2025-11-26T16:02:01+02:00\"");
            accepted_with(
                &a,
                Kind::UtcOffset,
                &path,
                &format!("{} offset", field.name),
            );
            let (a, path) = with_field(vendor, field, "\"2025-11-26T16:02:01\"");
            accepted_with(
                &a,
                Kind::ZoneLess,
                &path,
                &format!("{} zone-less", field.name),
            );
        }
    }
    assert!(
        vendors_with_utc >= 2,
        "vendors with UTC fields: {vendors_with_utc}"
    );
    // Zone-less in a field not documented as UTC: valid, and no warning about it.
    let local = fields(Vendor::GymOs, |f| {
        !f.is_utc() && matches!(f.ty, FieldType::DateTime)
    });
    let field = local
        .first()
        .expect("a GymOS datetime not documented as UTC");
    let (a, path) = with_field(Vendor::GymOs, field, "\"2025-11-26T16:02:01\"");
    assert!(errors(&a).is_empty(), "{:?}", errors(&a));
    assert!(!a
        .diagnostics
        .iter()
        .any(|d| d.path == path && d.severity() == Severity::Warning));
}

fn undocumented_fields_are_notes() {
    for vendor in Vendor::ALL {
        let text = example(vendor).replacen('{', "{\"zzExtra\": 1, ", 1);
        accepted_with(
            &analyze(&text),
            Kind::Undocumented,
            "zzExtra",
            "an undocumented field",
        );
    }
    // Inside a declared object too.
    let field = fields(Vendor::GymOs, |f| matches!(f.ty, FieldType::Object(_)))[0];
    let (a, path) = with_field(Vendor::GymOs, field, "{\"zzExtra\": 1}");
    accepted_with(
        &a,
        Kind::Undocumented,
        &format!("{path}.zzExtra"),
        "a nested undocumented field",
    );
}

fn unknown_events_are_valid_without_a_layout() {
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        let text = mutate(
            &example(vendor),
            &[(&decl.event_pointer(), "\"No Such Event\"")],
        );
        let a = analyze(&text);
        accepted_with(
            &a,
            Kind::UnknownEvent,
            &decl.event_path(),
            "an unknown event",
        );
        assert!(a.event.event().is_none());
        // Per-event data is read without its layout: nothing in it is a declared field.
        let holder = a.root.as_ref().and_then(|root| root.holder(decl.event_in));
        if let (Some(data), Some(holder)) = (decl.event_data_field(), holder) {
            if let Some(TypedValue::Object(object)) = holder.get(data.name).map(|f| &f.value) {
                assert!(
                    object.decl.is_none(),
                    "an unknown event's data has no layout"
                );
            }
        }
    }
}

/// Each spelling the exports describe resolves to the event, as `VendorDecl::find_event` resolves it.
fn event_names_match_as_declared() {
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        for event in decl.events {
            let named = |name: &str| {
                let raw = serde_json::to_string(name).expect("a JSON string");
                analyze(&mutate(&example(vendor), &[(&decl.event_pointer(), &raw)]))
            };
            let is = |a: &Analysis| a.event.event().is_some_and(|e| std::ptr::eq(e, event));
            // Rust's trim: Unicode White_Space, such as an em space and an ideographic space.
            assert!(
                is(&named(&format!("\u{2003}{}\u{3000}", event.name))),
                "{} trimmed",
                event.name
            );
            for alias in event.aliases {
                assert!(is(&named(alias.name)), "alias {}", alias.name);
            }
            let lower = named(&event.name.to_ascii_lowercase());
            assert!(is(&lower), "{} in lower case", event.name);
            // Perfect Gym documents exact names: another case is read, with a warning; GymOS's vary.
            let warned = lower.diagnostics.iter().any(|d| d.kind == Kind::Spelling);
            assert_eq!(
                warned,
                !decl.event_names_ignore_case && event.name != event.name.to_ascii_lowercase(),
                "{}",
                event.name
            );
            assert!(errors(&lower).is_empty(), "{:?}", errors(&lower));
            // ASCII letters only: the Kelvin sign folds to k in Unicode, not here.
            if event.name.contains(['k', 'K']) {
                let kelvin = event.name.replace(['k', 'K'], "\u{212A}");
                assert!(
                    named(&kelvin).event.event().is_none(),
                    "{kelvin} must not match"
                );
            }
            // The data of a name in another case is read by the event's layout.
            let data = decl
                .envelope
                .fields
                .iter()
                .find(|f| matches!(f.ty, FieldType::EventData));
            if let (Some(data), Some(layout), Some(root)) = (data, event.data, &lower.root) {
                if let Some(TypedValue::Object(object)) = root.get(data.name).map(|f| &f.value) {
                    assert!(
                        object.decl.is_some_and(|d| std::ptr::eq(d, layout)),
                        "{} data layout",
                        event.name
                    );
                }
            }
        }
    }
}

fn guids_are_read_strictly() {
    let field = fields(Vendor::GymOs, |f| matches!(f.ty, FieldType::Guid))[0];
    let guid = "c340d350-b6a1-434c-bfb6-7703e9cb3215";
    for bad in [
        format!("{{{guid}}}"),
        format!("urn:uuid:{guid}"),
        guid.replace('-', ""),
    ] {
        let (a, path) = with_field(Vendor::GymOs, field, &format!("\"{bad}\""));
        refused_with(&a, Kind::Format, &path, &bad);
    }
    let (a, _) = with_field(
        Vendor::GymOs,
        field,
        &format!("\"{}\"", guid.to_uppercase()),
    );
    assert!(
        errors(&a).is_empty(),
        "an upper-case GUID: {:?}",
        errors(&a)
    );
}

fn datetimes_read_as_documented() {
    let field = fields(Vendor::GymOs, |f| matches!(f.ty, FieldType::DateTime))[0];
    for good in [
        "2025-01-02T03:04",
        "2025-01-02T03:04:05",
        "2025-01-02T03:04:05.1",
        "2025-01-02T03:04:05.1234567",
        "2025-01-02T03:04:05.123456789",
        "2025-01-02t03:04:05Z",
        "2025-01-02T03:04:05z",
        "2025-01-02T03:04:05+02:00",
        "2025-01-02T03:04:05-0530",
    ] {
        let (a, _) = with_field(Vendor::GymOs, field, &format!("\"{good}\""));
        assert!(errors(&a).is_empty(), "{good}: {:?}", errors(&a));
    }
    for bad in [
        "2025-01-02T03:04:05.1234567890",
        "2025-02-30T03:04:05Z",
        "0001-01-01T00:30:00+01:00",
        "9999-12-31T23:30:00-01:00",
    ] {
        let (a, path) = with_field(Vendor::GymOs, field, &format!("\"{bad}\""));
        refused_with(&a, Kind::Format, &path, bad);
    }
}

fn quirks_are_warnings_not_errors() {
    let gymos = |pick: fn(&FieldDecl) -> bool| fields(Vendor::GymOs, pick)[0];
    let cases: Vec<(Vendor, &FieldDecl, &str, Kind)> = vec![
        (
            Vendor::GymOs,
            gymos(|f| f.nullable && matches!(f.ty, FieldType::DateTime)),
            "\"\"",
            Kind::EmptyAsNull,
        ),
        (
            Vendor::GymOs,
            gymos(|f| f.nullable && matches!(f.ty, FieldType::Guid)),
            "\"\"",
            Kind::EmptyAsNull,
        ),
        (
            Vendor::GymOs,
            gymos(|f| !f.may_be_null() && !f.marker),
            "null",
            Kind::NullNotNullable,
        ),
        (
            Vendor::GymOs,
            gymos(|f| f.is_utc()),
            "\"2025-11-26T16:02:01\"",
            Kind::ZoneLess,
        ),
        (
            Vendor::GymOs,
            gymos(|f| f.is_utc()),
            "\"2025-11-26T16:02:01+02:00\"",
            Kind::UtcOffset,
        ),
        (
            Vendor::PerfectGym,
            fields(Vendor::PerfectGym, |f| f.numeric_string_seen)[0],
            "\"1042\"",
            Kind::NumericString,
        ),
    ];
    for (vendor, field, raw, kind) in cases {
        let (a, path) = with_field(vendor, field, raw);
        accepted_with(&a, kind, &path, &format!("{} = {raw}", field.name));
    }
    unknown_events_are_valid_without_a_layout();
    undocumented_fields_are_notes();
}

/// `json_schema::EXCEPTIONS`, as each one says the explorer judges it.
fn schema_exceptions_are_judged_as_stated() {
    let datetime = fields(Vendor::GymOs, |f| matches!(f.ty, FieldType::DateTime))[0];
    let (a, path) = with_field(Vendor::GymOs, datetime, "\"0001-01-01T00:30:00+01:00\"");
    refused_with(&a, Kind::Format, &path, "a datetime before year 1 in UTC");
    let int = fields(Vendor::GymOs, |f| matches!(f.ty, FieldType::Int))[0];
    for raw in ["1.0", "1e3"] {
        let (a, path) = with_field(Vendor::GymOs, int, raw);
        refused_with(&a, Kind::Type, &path, raw);
    }
    let id = fields(Vendor::PerfectGym, |f| matches!(f.ty, FieldType::Int64))[0];
    let (a, path) = with_field(Vendor::PerfectGym, id, "9223372036854775808");
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.path == path && d.severity() == Severity::Error),
        "an int64 past 2^63 - 1: {:?}",
        a.diagnostics
    );
    let decimal = fields(Vendor::GymOs, |f| matches!(f.ty, FieldType::Decimal))[0];
    let (a, path) = with_field(Vendor::GymOs, decimal, "1e400");
    assert!(errors(&a).is_empty(), "1e400: {:?}", errors(&a));
    assert!(
        a.diagnostics
            .iter()
            .any(|d| d.path == path && d.severity() == Severity::Warning),
        "1e400 warns"
    );
}

fn only_markers_are_required() {
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        let value: Value = serde_json::from_str(&example(vendor)).expect("example");
        let markers: serde_json::Map<String, Value> = decl
            .markers()
            .filter_map(|m| value.get(m.name).map(|v| (m.name.to_owned(), v.clone())))
            .collect();
        let a = analyze(&Value::Object(markers.clone()).to_string());
        assert_eq!(a.vendor(), Some(vendor));
        assert!(errors(&a).is_empty(), "only the markers: {:?}", errors(&a));
        // Every other envelope field null: still no error.
        let mut nulls = markers;
        for field in decl.envelope.fields.iter().filter(|f| !f.marker) {
            nulls.insert(field.name.to_owned(), Value::Null);
        }
        let a = analyze(&Value::Object(nulls).to_string());
        assert!(errors(&a).is_empty(), "the rest null: {:?}", errors(&a));
    }
}

fn the_package_reports_the_explorer_s_errors() {
    let field = fields(Vendor::GymOs, |f| matches!(f.ty, FieldType::Guid))[0];
    let (text, _) = body_with(Vendor::GymOs, field, "\"nope\"");
    let answer: Value = serde_json::from_str(&check_json(&text)).expect("JSON");
    let reported: Vec<String> = answer["diagnostics"]
        .as_array()
        .expect("diagnostics")
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| {
            let text = |key: &str| d[key].as_str().unwrap_or_default().to_owned();
            format!("{} {}: {}", text("kind"), text("path"), text("message"))
        })
        .collect();
    assert!(!reported.is_empty());
    assert_eq!(reported, errors(&analyze(&text)));
}

fn offsets_past_14_hours_warn() {
    let field = fields(Vendor::GymOs, |f| {
        matches!(f.ty, FieldType::DateTime) && !f.is_utc()
    })[0];
    let (a, path) = with_field(Vendor::GymOs, field, "\"2025-01-02T03:04:05+15:00\"");
    accepted_with(&a, Kind::Range, &path, "an offset of +15:00");
}
