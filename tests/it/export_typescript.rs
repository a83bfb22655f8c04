//! The TypeScript export against the agreement corpus: tsc --strict must accept every body the
//! explorer finds no error in (`satisfies` the vendor's root type, and its event's own type where the body
//! names a declared event), and must reject the bodies whose only errors are wrong JSON types that a
//! TypeScript type can state. The compiled helpers then run under node (`tests/export/ts_parse_check.mjs`):
//! the parse helper keeps every int64 past 2^53 exact and the event-name helper matches as the explorer does.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::common;

use common::checker::{json_output, tsc_strict};
use common::corpus::{judged, Judged};
use common::scratch::Scratch;
use gymhook::domain::export::names::{event_name, root_name, vendor_prefix};
use gymhook::domain::export::ExportFormat;
use gymhook::domain::schema::{declaration, FieldType, Vendor};

/// Type errors of the explorer that TypeScript's types cannot state, each with the reason.
const TS_BLIND: [(&str, &str); 13] = [
    (
        "gymos int 1.5",
        "TypeScript has one number type: a fraction fits `Int32 = number`",
    ),
    (
        "gymos int 3e9",
        "TypeScript has one number type: exponent notation fits `number`",
    ),
    (
        "perfectgym int64 12.5",
        "TypeScript has one number type: a fraction fits `Int64`",
    ),
    (
        "perfectgym id 1.5",
        "TypeScript has one number type: a fraction fits `Int64`",
    ),
    (
        "perfectgym int64 \"12345678\"",
        "`Int64` takes digit strings everywhere: the parse helper makes them of ids past 2^53",
    ),
    (
        "perfectgym id \"9223372036854775808\"",
        "`${bigint}` has no range: a digit string past 2^63 fits it",
    ),
    (
        "perfectgym id \"-9223372036854775809\"",
        "`${bigint}` has no range: a digit string past -2^63 fits it",
    ),
    (
        "perfectgym case variant still reads data",
        "a name in another letter case is no literal type: it fits the unknown-event fallback",
    ),
    (
        "perfectgym trimmed event reads data",
        "a name with surrounding whitespace is no literal type: it fits the unknown-event fallback",
    ),
    (
        "perfectgym-next entityId \"48211093\"",
        "`Int64` takes digit strings everywhere: the parse helper makes them of ids past 2^53",
    ),
    (
        "perfectgym-next entityId 1.5",
        "TypeScript has one number type: a fraction fits `Int64`",
    ),
    (
        "perfectgym-next timestamp \"1642779144176\"",
        "`Int64` takes digit strings everywhere: the parse helper makes them of ids past 2^53",
    ),
    (
        "perfectgym-next timestamp 1642779144176.5",
        "TypeScript has one number type: a fraction fits `Int64`",
    ),
];

/// The type a body must satisfy besides the root: its event's own type, when it names a declared event in a
/// spelling a literal type can hold (the exact name or an alias; any spelling where names ignore case).
fn event_type(vendor: Vendor, body: &serde_json::Value) -> Option<String> {
    let decl = declaration(vendor);
    let name = body.pointer(&decl.event_pointer())?.as_str()?;
    let event = if decl.event_names_ignore_case {
        decl.find_event(name).event()?
    } else {
        decl.events
            .iter()
            .find(|e| e.name == name || e.aliases.iter().any(|a| a.name == name))?
    };
    Some(event_name(event))
}

/// `<body> satisfies Prefix.EventType satisfies Prefix.Root`, on one line (raw newlines only occur between
/// JSON tokens, so joining lines keeps the value). Where an object below the envelope names the event (a
/// PerfectGym Next payload element), that object satisfies the event's type, on the same line.
fn statement(id: &str, vendor: Vendor, body: &str) -> (String, bool) {
    let value: serde_json::Value = serde_json::from_str(body).expect("a corpus body is JSON");
    let prefix = vendor_prefix(vendor);
    let event = event_type(vendor, &value);
    let pointer = declaration(vendor).event_pointer();
    let holder = pointer
        .rsplit_once('/')
        .map_or("", |(parent, _)| parent)
        .to_owned();
    let mut types = String::new();
    let mut element = String::new();
    if let Some(event) = &event {
        match value.pointer(&holder) {
            Some(item) if !holder.is_empty() => {
                element = format!(" export const {id}e = {item} satisfies {prefix}.{event};");
            }
            _ => types.push_str(&format!(" satisfies {prefix}.{event}")),
        }
    }
    types.push_str(&format!(" satisfies {prefix}.{}", root_name(vendor)));
    let one_line = body.replace(['\r', '\n'], " ");
    (
        format!("export const {id} = {one_line}{types};{element}"),
        event.is_some(),
    )
}

fn imports() -> String {
    Vendor::ALL
        .iter()
        .map(|v| {
            format!(
                "import type * as {} from \"./{}.js\";\n",
                vendor_prefix(*v),
                v.slug()
            )
        })
        .collect()
}

/// Every int64 past 2^53 in a body, as (JSON pointer, its digits), under members declared int64.
fn large_ids(vendor: Vendor, value: &serde_json::Value) -> Vec<(String, String)> {
    fn walk(
        v: &serde_json::Value,
        path: &str,
        key: &str,
        names: &[&str],
        out: &mut Vec<(String, String)>,
    ) {
        match v {
            serde_json::Value::Number(n) if names.contains(&key) => {
                let large = n
                    .as_i64()
                    .map_or(n.is_u64(), |i| i.unsigned_abs() > (1u64 << 53) - 1);
                if large && (n.is_i64() || n.is_u64()) {
                    out.push((path.to_owned(), n.to_string()));
                }
            }
            serde_json::Value::Object(map) => {
                for (k, child) in map {
                    let escaped = k.replace('~', "~0").replace('/', "~1");
                    walk(child, &format!("{path}/{escaped}"), k, names, out);
                }
            }
            serde_json::Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(child, &format!("{path}/{i}"), "", names, out);
                }
            }
            _ => {}
        }
    }
    let decl = declaration(vendor);
    let names: Vec<&str> = decl
        .objects()
        .iter()
        .flat_map(|o| o.fields.iter())
        .filter(|f| matches!(f.ty, FieldType::Int64 | FieldType::EpochMillis))
        .map(|f| f.name)
        .collect();
    let mut out = Vec::new();
    walk(value, "", "", &names, &mut out);
    out
}

#[test]
fn tsc_accepts_every_valid_body_rejects_wrong_types_and_the_helpers_keep_ids_exact() {
    let started = Instant::now();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    assert!(
        root.join("node_modules/typescript/package.json").exists(),
        "node_modules lacks typescript: run `make tools` (npm ci) first"
    );
    let scratch = Scratch::new("export-ts");
    let dir = scratch.path().to_owned();
    for file in ExportFormat::TypeScript.files() {
        std::fs::write(dir.join(&file.name), &file.text).expect("write the export");
    }
    // nodenext reads the files as ES modules, as a receiver's modern project would.
    std::fs::write(dir.join("package.json"), "{\"type\": \"module\"}\n").expect("package.json");
    let cases = judged();
    let valid: Vec<&Judged> = cases
        .iter()
        .filter(|j| j.valid() && j.case.exception.is_none())
        .collect();
    let invalid: Vec<&Judged> = cases
        .iter()
        .filter(|j| !j.valid() && j.case.exception.is_none())
        .collect();

    // 1. Every valid body type-checks; the same run emits the JavaScript the runtime check imports.
    let mut check = imports();
    let mut by_event = 0;
    for (i, j) in valid.iter().enumerate() {
        let (line, typed) = statement(&format!("c{i}"), j.case.vendor, &j.body);
        by_event += usize::from(typed);
        check.push_str(&line);
        check.push('\n');
    }
    std::fs::write(dir.join("check.ts"), check).expect("check.ts");
    let output = tsc_strict(&dir, &["--outDir", "js", "check.ts"]);
    assert!(
        output.status.success(),
        "tsc rejects valid bodies:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );

    // 2. Bodies the explorer rejects: tsc must reject every one whose errors are all JSON-type errors a
    // TypeScript type states (the listed blind spots aside); value errors (formats, ranges) it cannot see.
    let mut negative = imports();
    let mut lines = Vec::new();
    for (i, j) in invalid.iter().enumerate() {
        negative.push_str(&statement(&format!("n{i}"), j.case.vendor, &j.body).0);
        negative.push('\n');
        // The first lines are the imports, one per vendor.
        lines.push((i + 1 + Vendor::ALL.len(), *j));
    }
    std::fs::write(dir.join("negative.ts"), negative).expect("negative.ts");
    let output = tsc_strict(&dir, &["--noEmit", "negative.ts"]);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let rejected: BTreeSet<usize> = stdout
        .lines()
        .filter_map(|l| {
            l.strip_prefix("negative.ts(")?
                .split(',')
                .next()?
                .parse()
                .ok()
        })
        .collect();
    let mut missed = Vec::new();
    let mut type_only = 0;
    for (line, j) in &lines {
        let only_types = j.errors.iter().all(|e| e.starts_with("type "));
        let blind = TS_BLIND.iter().any(|(label, _)| *label == j.case.label);
        if only_types && !blind {
            type_only += 1;
            if !rejected.contains(line) {
                missed.push(format!("{}: {:?}", j.case.label, j.errors));
            }
        }
        if blind && rejected.contains(line) {
            missed.push(format!(
                "{}: listed in TS_BLIND but tsc rejects it now",
                j.case.label
            ));
        }
    }
    assert!(
        missed.is_empty(),
        "tsc and the explorer disagree:\n{}\n{stdout}",
        missed.join("\n")
    );
    assert!(
        type_only >= 20,
        "the corpus has {type_only} JSON-type errors to reject"
    );
    for (label, _) in TS_BLIND {
        assert!(
            invalid.iter().any(|j| j.case.label == label),
            "no corpus case {label}"
        );
    }

    // 3. The compiled helpers under node: exact ids, the explorer's event matching, nothing else changed.
    let mut exact_bodies = 0;
    let runtime_cases: Vec<serde_json::Value> = valid
        .iter()
        .map(|j| {
            let value: serde_json::Value = serde_json::from_str(&j.body).expect("JSON");
            let exact = large_ids(j.case.vendor, &value);
            exact_bodies += usize::from(!exact.is_empty());
            let event = value
                .pointer(&declaration(j.case.vendor).event_pointer())
                .and_then(|v| v.as_str())
                .and_then(|name| declaration(j.case.vendor).find_event(name).event())
                .map(|e| e.name);
            serde_json::json!({"label": j.case.label, "vendor": j.case.vendor.slug(), "text": j.body,
                "event": event, "exact": exact})
        })
        .collect();
    let vendors: serde_json::Map<String, serde_json::Value> = Vendor::ALL
        .iter()
        .map(|v| {
            let prefix = vendor_prefix(*v);
            let lower =
                prefix.get(..1).unwrap_or("").to_lowercase() + prefix.get(1..).unwrap_or("");
            let decl = declaration(*v);
            // Where events carry their own data layout, the helper returns that member's value (a JSON
            // pointer beside the event's name: `/data`, `/payload/0/content`).
            let pointer = decl.event_pointer();
            let data = decl
                .event_data_field()
                .filter(|_| decl.events.iter().any(|e| e.data.is_some()))
                .map(|f| {
                    let parent = pointer.rsplit_once('/').map_or("", |(p, _)| p);
                    format!("{parent}/{}", f.name)
                });
            let names = serde_json::json!({"module": format!("{}.js", v.slug()),
                "parse": format!("parse{prefix}Webhook"), "eventName": format!("{lower}EventName"),
                "eventOf": format!("{lower}EventOf"), "pointer": pointer, "data": data});
            (v.slug().to_owned(), names)
        })
        .collect();
    let file = dir.join("runtime-cases.json");
    // Bodies the explorer finds JSON-type errors in: the parse helpers return them as they are (a cast).
    let ill_typed: Vec<serde_json::Value> = invalid
        .iter()
        .filter(|j| j.errors.iter().all(|e| e.starts_with("type ")))
        .map(|j| serde_json::json!({"label": j.case.label, "vendor": j.case.vendor.slug(), "text": j.body}))
        .collect();
    assert!(
        ill_typed.len() >= 20,
        "{} ill-typed bodies",
        ill_typed.len()
    );
    let document =
        serde_json::json!({"vendors": vendors, "cases": runtime_cases, "illTyped": ill_typed});
    std::fs::write(&file, document.to_string()).expect("runtime cases");
    let output = Command::new("node")
        .arg(root.join("tests/export/ts_parse_check.mjs"))
        .arg(dir.join("js"))
        .arg(&file)
        .output()
        .expect("node runs (make tools installs it)");
    let report = json_output("ts_parse_check.mjs", &output);
    let failures = report["failures"].as_array().expect("failures");
    assert!(failures.is_empty(), "runtime helpers:\n{failures:#?}");
    let exact_ids = report["exactIds"].as_u64().expect("exactIds");
    assert!(
        exact_bodies > 0 && exact_ids > 0,
        "the corpus must hold int64 ids past 2^53"
    );
    println!(
        "typescript: {} valid bodies accepted by tsc ({by_event} also by their event's type); {} of {} \
         rejected bodies rejected by tsc, every one of the {type_only} JSON-type errors it can state \
         ({} blind spots listed); node: {} bodies parsed, {exact_ids} int64 ids past 2^53 kept exact in \
         {exact_bodies} bodies; {:.1}s",
        valid.len(),
        rejected.len(),
        invalid.len(),
        TS_BLIND.len(),
        report["bodies"],
        started.elapsed().as_secs_f64()
    );
}

/// The global names TypeScript's libraries declare (`interface X`, `declare var X`, `type X`,
/// `declare function X`) in the DOM, WebWorker and ES files: what a browser user's code has in scope.
fn library_globals(root: &Path) -> BTreeSet<String> {
    let lib = root.join("node_modules/typescript/lib");
    let mut names = BTreeSet::new();
    for entry in std::fs::read_dir(&lib).expect("typescript's lib") {
        let path = entry.expect("entry").path();
        let file = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        let wanted = file.starts_with("lib.dom")
            || file.starts_with("lib.webworker")
            || file.starts_with("lib.es");
        if !wanted || !file.ends_with(".d.ts") {
            continue;
        }
        for line in std::fs::read_to_string(&path).expect("a lib file").lines() {
            let rest = [
                "interface ",
                "declare var ",
                "type ",
                "declare function ",
                "declare class ",
            ]
            .iter()
            .find_map(|p| line.strip_prefix(p));
            if let Some(name) = rest.and_then(|r| {
                r.split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                    .next()
            }) {
                names.insert(name.to_owned());
            }
        }
    }
    names
}

/// `narrow.ts`: for each vendor, the `…EventOf` helper's `name` is narrowed by a check (before it, one
/// declared name does not fit: the `@ts-expect-error` must be needed, or tsc fails), with the body or the
/// data typed by that event.
fn narrowing_check() -> String {
    let mut out = imports().replace("import type * as", "import * as");
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        let prefix = vendor_prefix(vendor);
        let lower = prefix.get(..1).unwrap_or("").to_lowercase() + prefix.get(1..).unwrap_or("");
        let first = &decl.events[0];
        let carried = match first.data {
            Some(data) => {
                let names = gymhook::domain::export::names::object_names(decl);
                let ty = gymhook::domain::export::names::object_name(&names, data);
                format!("const data: {prefix}.{ty} | null | undefined = e.data;\n    void data;")
            }
            None => format!(
                "const body: {prefix}.{} = e.body;\n    void body;",
                event_name(first)
            ),
        };
        out.push_str(&format!(
            "export function narrow{prefix}(input: {prefix}.{root}): void {{\n  const e = {prefix}.{lower}EventOf(input);\n  // @ts-expect-error: before the check, the name is any declared one or undefined\n  const before: {first:?} = e.name;\n  if (e.name === {first:?}) {{\n    const exact: {first:?} = e.name;\n    {carried}\n    void [before, exact];\n  }}\n}}\n",
            root = root_name(vendor),
            first = first.name,
        ));
    }
    out
}

#[test]
fn the_files_need_es2015_narrow_through_their_helpers_and_shadow_no_browser_global() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let scratch = Scratch::new("export-ts-target");
    let dir = scratch.path().to_owned();
    let mut files = Vec::new();
    for file in ExportFormat::TypeScript.files() {
        std::fs::write(dir.join(&file.name), &file.text).expect("write the export");
        assert!(
            file.text
                .contains("Needs TypeScript's target and lib ES2015 or later"),
            "{} states its target",
            file.name
        );
        files.push(file.name);
    }
    let files: Vec<&str> = files.iter().map(String::as_str).collect();
    let at = |target: &str| {
        let mut args: Vec<&str> = common::checker::TSC_STRICT.to_vec();
        args.extend([
            "--noEmit", "--target", target, "--lib", target, "--module", "es2015",
        ]);
        args.extend(&files);
        common::checker::tsc(&dir, &args)
    };
    // The target the header states compiles; the one before it does not, for the reason it gives.
    let es2015 = at("es2015");
    assert!(
        es2015.status.success(),
        "ES2015:\n{}",
        String::from_utf8_lossy(&es2015.stdout)
    );
    let es5 = at("es5");
    let refused = String::from_utf8_lossy(&es5.stdout);
    assert!(!es5.status.success(), "ES5 must refuse the files");
    assert!(
        refused.contains("regular expression flag"),
        "ES5:\n{refused}"
    );

    // Narrowing through the helpers, at ES2022 with Node's resolution as a modern project.
    std::fs::write(dir.join("package.json"), "{\"type\": \"module\"}\n").expect("package.json");
    std::fs::write(dir.join("narrow.ts"), narrowing_check()).expect("narrow.ts");
    let narrowed = tsc_strict(&dir, &["--noEmit", "narrow.ts"]);
    assert!(
        narrowed.status.success(),
        "narrowing:\n{}",
        String::from_utf8_lossy(&narrowed.stdout)
    );

    // No exported name is a global of the browser's or JavaScript's libraries.
    let globals = library_globals(&root);
    assert!(
        globals.contains("Document") && globals.contains("Event"),
        "the DOM's globals are read"
    );
    for file in ExportFormat::TypeScript.files() {
        for line in file.text.lines() {
            let Some(rest) = ["export interface ", "export type ", "export function "]
                .iter()
                .find_map(|p| line.strip_prefix(p))
            else {
                continue;
            };
            let name = rest
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '_')
                .next()
                .unwrap_or_default();
            assert!(
                !globals.contains(name),
                "{}: {name} is a global of TypeScript's libraries",
                file.name
            );
            assert!(
                !["Form", "Message"].contains(&name),
                "{}: {name} is a name a page's own code uses",
                file.name
            );
        }
    }
}
