//! The Rust export (`perfectgym.rs`, `gymos.rs`) checked with cargo: a temporary crate (serde 1 and
//! serde_json 1 from the offline registry, `#![deny(warnings)]`) holds the two generated modules and
//! `tests/export/rust_check.rs`, and `cargo run --offline` parses the whole agreement corpus with them.
//! Every body the explorer finds no error in must parse, resolve to the event the explorer resolves
//! (`VendorDecl::find_event`) and hold exactly the body's values (big int64 ids included); every body it
//! rejects must fail to parse too, except the leniencies `cases::lenient` lists. The crate builds in
//! `target/export-rust-check` so later runs are incremental.

use std::path::PathBuf;
use std::process::Command;

use crate::export_cases::cases_json;
use gymhook::domain::export::names::{module_name, root_name};
use gymhook::domain::export::ExportFormat;
use gymhook::domain::schema::Vendor;

const MANIFEST: &str = "[package]\nname = \"check\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
    [dependencies]\nserde = { version = \"1\", features = [\"derive\"] }\nserde_json = \"1\"\n\n[workspace]\n";

/// `parse(vendor, body)` for the checker, in the library: one arm per declared vendor, calling its
/// module's root `parse`; returns the declared event name and the event written back as JSON.
fn dispatch() -> String {
    let arms: String = Vendor::ALL
        .iter()
        .map(|&v| {
            format!(
                "        {:?} => {{\n            let w = {}::{}::parse(body).map_err(|e| e.to_string())?;\n            \
                 Ok((w.event.name(), serde_json::to_value(&w.event).map_err(|e| e.to_string())?))\n        }}\n",
                v.slug(),
                module_name(v),
                root_name(v)
            )
        })
        .collect();
    format!(
        "\n/// Parses a body of the vendor with this slug.\npub fn parse(vendor: &str, body: &str) -> Result<(&'static str, serde_json::Value), String> {{\n    \
         match vendor {{\n{arms}        _ => Err(format!(\"no module for {{vendor}}\")),\n    }}\n}}\n"
    )
}

#[test]
fn rust_types_parse_the_corpus_as_the_explorer_judges_it() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("gymhook-export-rust-{}", std::process::id()));
    let src = dir.join("src");
    std::fs::create_dir_all(&src).expect("temp dir");
    std::fs::write(dir.join("Cargo.toml"), MANIFEST).expect("Cargo.toml");
    // The lock file of this crate pins the same serde versions the offline registry holds.
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock")).expect("Cargo.lock");
    let mut lib = String::from("//! The generated modules under test.\n#![deny(warnings)]\n");
    for file in ExportFormat::Rust.files() {
        std::fs::write(src.join(&file.name), &file.text).expect("write export");
        lib.push_str(&format!("pub mod {};\n", file.name.trim_end_matches(".rs")));
    }
    lib.push_str(&dispatch());
    std::fs::write(src.join("lib.rs"), lib).expect("lib.rs");
    std::fs::copy(root.join("tests/export/rust_check.rs"), src.join("main.rs")).expect("main.rs");
    let (cases, count) = cases_json();
    let cases_file = dir.join("cases.json");
    std::fs::write(&cases_file, cases).expect("write cases");
    let started = std::time::Instant::now();
    let output = Command::new("cargo")
        .args(["run", "--offline", "--quiet"])
        .current_dir(&dir)
        .env("GYMHOOK_CASES", &cases_file)
        // Its own target dir: the outer `cargo test` holds the lock on this crate's.
        .env("CARGO_TARGET_DIR", root.join("target/export-rust-check"))
        .env("RUSTFLAGS", "")
        .output()
        .expect("cargo runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let _ = std::fs::remove_dir_all(&dir);
    assert!(
        output.status.success(),
        "the Rust check failed:\n{stdout}\n{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let summary = stdout
        .lines()
        .find(|l| l.starts_with("rust: "))
        .expect("the checker prints its counts");
    println!(
        "{summary} ({count} corpus cases, {:.1?})",
        started.elapsed()
    );
}
