//! The npm package (`make npm`) installed as a receiver's project installs it, offline from the tarball, and
//! called from CommonJS, an ES module and `tsc --strict` TypeScript; its answers compared with the native
//! engine's over the whole agreement corpus (check, signatures, generate), and its behaviour when the engine
//! runs out of memory.

use std::process::{Command, Output};

use crate::common;

use common::checker::tsc_strict;
use common::corpus::{corpus, SEEDS};
use common::npm::{manifest_dir, tarball, Project};
use gymhook::domain::analysis::analyze;
use gymhook::domain::batch::split;
use gymhook::domain::generate::{catalogue, default_target, export, generate, Format, Options};
use gymhook::domain::http::{split_paste, Paste};
use gymhook::domain::npm::{check_json, signature_json, FILES};
use gymhook::domain::schema::Vendor;
use gymhook::domain::signature::{compute_pgm, REQUEST_ID_HEADER, SIGNATURE_HEADER};
use serde_json::{json, Value};

/// What a node script printed, as JSON; panics with its standard error when it failed.
fn printed(script: &str, output: &Output) -> Value {
    common::checker::json_output(script, output)
}

fn native(json: &str) -> Value {
    serde_json::from_str(json).expect("the native answer is JSON")
}

/// The names of a wasm module's imports (`module.name`), read from its import section.
fn wasm_imports(wasm: &[u8]) -> Vec<String> {
    fn leb(bytes: &[u8], at: &mut usize) -> usize {
        let (mut value, mut shift) = (0usize, 0);
        loop {
            let byte = bytes[*at];
            *at += 1;
            value |= usize::from(byte & 0x7f) << shift;
            shift += 7;
            if byte & 0x80 == 0 {
                return value;
            }
        }
    }
    fn name(bytes: &[u8], at: &mut usize) -> String {
        let len = leb(bytes, at);
        let text = String::from_utf8_lossy(&bytes[*at..*at + len]).into_owned();
        *at += len;
        text
    }
    assert_eq!(&wasm[..4], b"\0asm", "a wasm module");
    let mut at = 8;
    while at < wasm.len() {
        let id = wasm[at];
        at += 1;
        let size = leb(wasm, &mut at);
        if id != 2 {
            at += size;
            continue;
        }
        let count = leb(wasm, &mut at);
        let mut names = Vec::new();
        for _ in 0..count {
            let module = name(wasm, &mut at);
            let field = name(wasm, &mut at);
            names.push(format!("{module}.{field}"));
            // The import's kind and its type: only functions and tables are expected (see the assertion).
            let kind = wasm[at];
            at += 1;
            match kind {
                0 => {
                    leb(wasm, &mut at);
                }
                _ => panic!("{module}.{field}: an import of kind {kind}, not a function"),
            }
        }
        return names;
    }
    Vec::new()
}

#[test]
fn the_tarball_holds_the_engine_its_entries_and_types_and_imports_nothing_of_the_page() {
    let tarball = tarball();
    let listing = Command::new("tar")
        .arg("tzf")
        .arg(tarball)
        .output()
        .expect("tar runs");
    let mut files: Vec<String> = String::from_utf8_lossy(&listing.stdout)
        .lines()
        .map(|l| l.trim_start_matches("package/").to_owned())
        .collect();
    files.sort();
    let mut expected: Vec<String> = FILES.iter().map(|f| (*f).to_owned()).collect();
    expected.extend(["README.md".to_owned(), "package.json".to_owned()]);
    expected.sort();
    assert_eq!(files, expected);

    let stage = manifest_dir().join("target/npm/package");
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(stage.join("package.json")).expect("read"))
            .expect("package.json parses");
    for key in [
        "dependencies",
        "peerDependencies",
        "optionalDependencies",
        "scripts",
    ] {
        assert!(manifest.get(key).is_none(), "package.json has {key}");
    }
    // The page's wasm imports hundreds of browser functions; the package's only wasm-bindgen's own.
    let wasm = std::fs::read(stage.join("engine_bg.wasm")).expect("engine_bg.wasm");
    let imports = wasm_imports(&wasm);
    assert!(
        imports.len() <= 2
            && imports
                .iter()
                .all(|i| i.starts_with("./engine_bg.js.__wbindgen_")
                    || i.starts_with("./engine_bg.js.__wbg___wbindgen_")),
        "{imports:?}"
    );
    let glue = std::fs::read_to_string(stage.join("engine.js")).expect("engine.js");
    for browser in ["window", "document", "Yew", "yew"] {
        assert!(!glue.contains(browser), "engine.js mentions {browser}");
    }
    println!(
        "npm package: {} is {} bytes; engine_bg.wasm {} bytes unpacked; imports {imports:?}",
        tarball.display(),
        std::fs::metadata(tarball).expect("tarball").len(),
        wasm.len()
    );
}

#[test]
fn require_import_and_tsc_strict_typescript_get_the_engine_s_answers() {
    let project = Project::new("entries");
    let cjs = printed("entry.cjs", &project.node(&[], "entry.cjs", &[]));
    let esm = printed("entry.mjs", &project.node(&[], "entry.mjs", &[]));
    assert_eq!(cjs, esm, "require and import answer alike");

    let gymos = catalogue()
        .into_iter()
        .find(|c| c.key() == "gymos:Session Booked")
        .expect("Session Booked");
    let body = generate(
        &gymos,
        Options {
            seed: 7,
            edge_cases: false,
        },
    )
    .body;
    assert_eq!(cjs["body"], body);
    let pgm = catalogue()
        .into_iter()
        .find(|c| c.key() == "perfectgym:ClassesBooked")
        .expect("ClassesBooked");
    let generated = generate(
        &pgm,
        Options {
            seed: 2025,
            edge_cases: false,
        },
    );
    let request = export(
        &generated,
        Format::Http,
        &default_target(Vendor::PerfectGym),
        "s3cret",
    )
    .expect("default target");
    assert_eq!(cjs["request"], request.text);
    assert_eq!(cjs["checkBody"], native(&check_json(&body)));
    assert_eq!(cjs["checkRequest"], native(&check_json(&request.text)));
    let broken = cjs["checkBroken"]["diagnostics"]
        .as_array()
        .expect("diagnostics");
    assert!(
        broken
            .iter()
            .any(|d| d["severity"] == "error" && d["kind"] == "format"),
        "{broken:?}"
    );
    assert_eq!(
        cjs["signature"],
        native(&signature_json(
            "req-1",
            "0123456789abcdef0123456789abcdef",
            "s3cret",
            None
        ))
    );
    assert_eq!(
        cjs["exports"],
        json!({"GymhookError": true, "MAX_INPUT_BYTES": 16 * 1024 * 1024})
    );
    let errors = &cjs["errors"];
    for (case, name, option) in [
        ("checkBuffer", "TypeError", Value::Null),
        ("checkUndefined", "TypeError", Value::Null),
        ("signatureNumber", "TypeError", Value::Null),
        ("generateNull", "TypeError", Value::Null),
        ("edge", "TypeError", Value::Null),
        ("unknownVendor", "RangeError", json!("vendor")),
        ("unknownEvent", "RangeError", json!("event")),
        ("unsafeSeed", "RangeError", json!("seed")),
        ("negativeSeed", "RangeError", json!("seed")),
        ("fractionSeed", "RangeError", json!("seed")),
        ("format", "RangeError", json!("format")),
    ] {
        assert_eq!(errors[case]["name"], name, "{case}: {}", errors[case]);
        assert_eq!(errors[case]["option"], option, "{case}");
    }
    assert!(errors["checkBuffer"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("readFileSync(path, \"utf8\")")));
    assert!(errors["unknownEvent"]["message"]
        .as_str()
        .is_some_and(|m| m.contains("\"Nope\"") && m.contains("Session Booked")));

    // tsc --strict on both module kinds: every call compiles, every refused one is refused (an unused
    // @ts-expect-error is itself an error); the compiled files then run against the package.
    let output = tsc_strict(
        project.path(),
        &["--outDir", "js", "types.mts", "types.cts"],
    );
    assert!(
        output.status.success(),
        "tsc --strict:\n{}",
        String::from_utf8_lossy(&output.stdout)
    );
    for (file, module) in [("js/types.mjs", "esm"), ("js/types.cjs", "cjs")] {
        let answer = printed(file, &project.node(&[], file, &[]));
        assert_eq!(answer["module"], module);
        assert_eq!(answer["vendor"], "gymos");
        assert_eq!(answer["errors"], 0);
        assert_eq!(answer["line"], 1);
        let kinds: Vec<Value> = analyze(&body)
            .diagnostics
            .iter()
            .map(|d| json!(d.kind.key()))
            .collect();
        assert_eq!(answer["kinds"], json!(kinds));
        assert_eq!(answer["valid"], false);
        assert!(answer["why"].is_string());
    }
}

/// Request id, signature, secret and body of one signature check.
type SignatureCase = (String, String, String, Option<String>);

/// The agreement cases: every corpus text, signatures from every signed request with the usual mistakes,
/// and the generator's whole catalogue over the corpus's seeds, edge cases on and off, in each format.
fn agreement_cases() -> (Value, Vec<SignatureCase>, Vec<Value>) {
    let texts: Vec<String> = corpus().into_iter().map(|c| c.text).collect();
    let mut signatures = Vec::new();
    for text in &texts {
        let Paste::Request(request) = split_paste(text) else {
            continue;
        };
        let header = |name| request.header(name).map_or("", |h| h.value).to_owned();
        let (id, signature) = (header(REQUEST_ID_HEADER), header(SIGNATURE_HEADER));
        if id.is_empty() {
            continue;
        }
        let body = Some(request.body.to_owned());
        for (secret, signature) in [
            ("s3cret", signature.clone()),
            ("wrong", signature.clone()),
            ("s3cret", compute_pgm("s3cret", &id)),
            ("s3cret", format!("md5={signature}")),
            ("s3cret", compute_pgm(&format!("{id} "), "s3cret")),
            ("s3cret", compute_pgm(request.body, "s3cret")),
            ("", signature.clone()),
        ] {
            signatures.push((id.clone(), signature, secret.to_owned(), body.clone()));
        }
    }
    let mut generates = Vec::new();
    for choice in catalogue() {
        for seed in SEEDS.into_iter().chain([u64::MAX]) {
            for edge in [false, true] {
                for format in Format::ALL {
                    generates.push(
                        json!({"vendor": choice.vendor().slug(), "event": choice.argument(),
                        "seed": seed.to_string(), "bigint": seed > (1 << 53), "edge": edge,
                        "format": format.key(), "secret": "s3cret"}),
                    );
                }
            }
        }
    }
    let cases = json!({"checks": texts, "signatures": signatures, "generates": generates});
    (cases, signatures, generates)
}

#[test]
fn check_signatures_and_generate_agree_with_the_native_engine_over_the_corpus() {
    let (cases, signatures, generates) = agreement_cases();
    let project = Project::new("agreement");
    let file = project.path().join("cases.json");
    std::fs::write(&file, cases.to_string()).expect("cases");
    let answers = printed(
        "agreement.cjs",
        &project.node(&[], "agreement.cjs", &[&file]),
    );

    let texts = cases["checks"].as_array().expect("texts");
    let checks = answers["checks"].as_array().expect("checks");
    assert_eq!(checks.len(), texts.len());
    let mut with_errors = 0;
    for (text, answer) in texts.iter().zip(checks) {
        let text = text.as_str().expect("text");
        assert!(split(text).is_none(), "a corpus case is one delivery");
        let analysis = analyze(text);
        let diagnostics: Vec<Value> = analysis
            .diagnostics
            .iter()
            .map(|d| {
                json!({"severity": d.severity().key(), "kind": d.kind.key(), "path": d.path,
                    "line": d.position.line, "column": d.position.column, "message": d.message})
            })
            .collect();
        let verdict = json!({"vendor": analysis.vendor_slug(), "event": analysis.event_name,
            "declaredEvent": analysis.event.event().map(|e| e.name), "diagnostics": diagnostics});
        for key in ["vendor", "event", "declaredEvent", "diagnostics"] {
            assert_eq!(answer[key], verdict[key], "{key} of {text}");
            assert_eq!(
                answer["deliveries"][0][key], verdict[key],
                "{key} of {text}"
            );
        }
        with_errors += usize::from(
            analysis
                .diagnostics
                .iter()
                .any(|d| d.severity().key() == "error"),
        );
    }

    let verified = answers["signatures"].as_array().expect("signatures");
    assert_eq!(verified.len(), signatures.len());
    let mut kinds = std::collections::BTreeSet::new();
    for ((id, signature, secret, body), answer) in signatures.iter().zip(verified) {
        assert_eq!(
            *answer,
            native(&signature_json(id, signature, secret, body.as_deref()))
        );
        kinds.insert(
            answer["diagnosis"]["kind"]
                .as_str()
                .unwrap_or("valid")
                .to_owned(),
        );
    }
    for kind in [
        "valid",
        "no-usual-mistake",
        "swapped-order",
        "decorated-signature",
        "whitespace",
        "body-hashed",
        "incomplete",
    ] {
        assert!(
            kinds.contains(kind),
            "no signature case gives {kind}: {kinds:?}"
        );
    }

    let generated = answers["generates"].as_array().expect("generates");
    assert_eq!(generated.len(), generates.len());
    for (options, answer) in generates.iter().zip(generated) {
        let choice = catalogue()
            .into_iter()
            .find(|c| c.vendor().slug() == options["vendor"] && c.argument() == options["event"])
            .expect("a catalogue choice");
        let seed: u64 = options["seed"]
            .as_str()
            .expect("seed")
            .parse()
            .expect("digits");
        let format =
            Format::from_key(options["format"].as_str().expect("format")).expect("a format");
        let g = generate(
            &choice,
            Options {
                seed,
                edge_cases: options["edge"] == true,
            },
        );
        let expected = export(&g, format, &default_target(choice.vendor()), "s3cret")
            .expect("export")
            .text;
        assert_eq!(answer["text"], expected, "{options}");
    }
    println!(
        "npm agreement: {} texts checked as natively ({with_errors} with errors), {} signatures ({} diagnoses), {} generated outputs byte-identical",
        checks.len(),
        verified.len(),
        kinds.len(),
        generated.len()
    );
}

#[test]
fn a_text_past_the_limit_stays_out_and_an_engine_out_of_memory_does_not_stop_the_process() {
    let project = Project::new("limits");
    // 200 pages of 64 KiB: 12.5 MiB of wasm memory, less than the 16 MiB text and the log's needs.
    let output = project.node(&["--wasm-max-mem-pages=200"], "limits.cjs", &[]);
    let answer = printed("limits.cjs", &output);
    assert_eq!(answer["tooLarge"]["diagnostics"][0]["kind"], "too-large");
    assert_eq!(
        answer["tooLarge"]["deliveries"].as_array().map(Vec::len),
        Some(1)
    );
    let trap = &answer["trap"];
    assert_eq!(trap["name"], "GymhookError", "{answer}");
    assert_eq!(trap["code"], "ERR_GYMHOOK_ENGINE");
    assert_eq!(trap["isGymhookError"], true);
    assert_eq!(trap["cause"], "RuntimeError");
    assert!(answer["logBytes"]
        .as_u64()
        .is_some_and(|b| b < 16 * 1024 * 1024));
    // Restarted: the next call answers as the engine does.
    let delivery = "{\"eventType\": \"Session Booked\", \"payload\": {\"note0\": \"yyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyyy\"}}";
    assert_eq!(answer["after"], native(&check_json(delivery)));
}

/// The receiver's test shown in docs/node.md, run as written against a log of deliveries.
#[test]
fn the_receiver_test_in_docs_node_md_passes_on_clean_deliveries_and_fails_on_a_broken_one() {
    let doc = std::fs::read_to_string(manifest_dir().join("docs/node.md")).expect("docs/node.md");
    let snippet = doc
        .split("```js\n")
        .skip(1)
        .filter_map(|block| block.split("```").next())
        .find(|block| block.contains("node:test"))
        .expect("a node:test example in docs/node.md");
    let project = Project::new("docs");
    std::fs::write(project.path().join("receiver.test.mjs"), snippet).expect("the example");
    std::fs::create_dir_all(project.path().join("fixtures")).expect("fixtures");
    let one_line = |key: &str, seed: u64| {
        let choice = catalogue().into_iter().find(|c| c.key() == key).expect(key);
        let body = generate(
            &choice,
            Options {
                seed,
                edge_cases: true,
            },
        )
        .body;
        let value: Value = serde_json::from_str(&body).expect("JSON");
        value.to_string()
    };
    let clean = format!(
        "{}\n{}\n",
        one_line("gymos:Session Booked", 1),
        one_line("perfectgym:ClassesBooked", 2)
    );
    let log = project.path().join("fixtures/deliveries.log");
    let run = |text: &str| {
        std::fs::write(&log, text).expect("the log");
        project.node(&["--test"], "receiver.test.mjs", &[])
    };
    let passed = run(&clean);
    assert!(
        passed.status.success(),
        "{}",
        String::from_utf8_lossy(&passed.stdout)
    );
    let broken = clean.replacen(
        "\"eventTimestampUtc\":\"",
        "\"eventTimestampUtc\":\"not a date ",
        1,
    );
    assert_ne!(broken, clean);
    let failed = run(&broken);
    assert!(
        !failed.status.success(),
        "the example must fail on a broken delivery"
    );
    assert!(String::from_utf8_lossy(&failed.stdout).contains("eventTimestampUtc"));
}
