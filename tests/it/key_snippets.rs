//! Every static-key check (`snippets/check-key.*`) rendered with the header name a declaration gives and
//! run with its real runtime (node, python3, php, go, sh, cargo), asserting the verdict it prints: the
//! documents' example key, near misses, keys that need escaping in each language, empty values.

use crate::snippets::{run, scratch_dir};
use gymhook::domain::schema::{declaration, Vendor};
use gymhook::domain::signature::{render_key, Language};
use std::path::Path;

/// (expected key, received value, verdict). An empty expected key never matches.
const VECTORS: [(&str, &str, &str); 7] = [
    (
        "45d71d45-79e0-4b13-af86-c914f59750fa",
        "45d71d45-79e0-4b13-af86-c914f59750fa",
        "match",
    ),
    (
        "45d71d45-79e0-4b13-af86-c914f59750fa",
        "45d71d45-79e0-4b13-af86-c914f59750fb",
        "mismatch",
    ),
    (
        "45d71d45-79e0-4b13-af86-c914f59750fa",
        "45D71D45-79E0-4B13-AF86-C914F59750FA",
        "mismatch",
    ),
    (
        "it's \"a\" $ecret\\ with space",
        "it's \"a\" $ecret\\ with space",
        "match",
    ),
    (
        "line1\nline2 é\u{a0}end",
        "line1\nline2 é\u{a0}end",
        "match",
    ),
    ("45d71d45-79e0-4b13-af86-c914f59750fa", "", "mismatch"),
    ("", "", "mismatch"),
];

/// Saves the rendered check where its runtime expects it (a dependency-free crate for Rust) and runs it.
fn execute(lang: Language, dir: &Path, source: &str) -> String {
    let file = if lang == Language::Rust {
        // A package name of its own: the signature snippets share the target directory.
        let manifest =
            "[package]\nname = \"check-key\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
                        [dependencies]\n\n[workspace]\n";
        std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
        std::fs::create_dir_all(dir.join("src")).expect("create src");
        dir.join("src").join("main.rs")
    } else {
        dir.join(lang.key_file_name())
    };
    std::fs::write(&file, source).expect("write snippet");
    let output = run(lang, dir, &file);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{} key check failed ({}):\nstdout: {stdout}\nstderr: {}",
        lang.label(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Every vector, for every vendor declaring a static key.
fn check_language(lang: Language) {
    let headers: Vec<&str> = Vendor::ALL
        .iter()
        .filter_map(|&v| declaration(v).auth.key().map(|k| k.header))
        .collect();
    assert!(!headers.is_empty(), "a vendor declares a static key");
    let dir = scratch_dir(lang.key_file_name());
    for header in headers {
        for (expected, received, verdict) in VECTORS {
            let source = render_key(lang, header, expected, received);
            assert!(source.contains(header), "{}", lang.key_file_name());
            assert!(!source.contains("{{"), "{}", lang.key_file_name());
            let stdout = execute(lang, &dir, &source);
            assert_eq!(
                stdout,
                format!("{verdict}\n"),
                "{} with {expected:?} / {received:?}",
                lang.label()
            );
        }
    }
    // Best effort: a leftover temp dir is harmless.
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn javascript_key_check_runs_under_node() {
    check_language(Language::JavaScript);
}

#[test]
fn python_key_check_runs_under_python3() {
    check_language(Language::Python);
}

#[test]
fn php_key_check_runs_under_php() {
    check_language(Language::Php);
}

#[test]
fn go_key_check_runs_under_go() {
    check_language(Language::Go);
}

#[test]
fn shell_key_check_runs_under_sh() {
    check_language(Language::Shell);
}

#[test]
fn rust_key_check_runs_under_cargo() {
    check_language(Language::Rust);
}
