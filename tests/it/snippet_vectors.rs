//! The signature test vectors (`gymhook vectors`) against the page's own snippets in their real
//! runtimes: the ready-to-run tests in snippets/tests/ (node:test, pytest, Go testing, plain PHP) beside
//! each rendered snippet must pass every vector — and fail when the verify function only checks that a
//! signature is present — and the shell and Rust snippets print the vector's verdict for each vector.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::snippets::{execute, scratch_dir};
use gymhook::domain::schema::Vendor;
use gymhook::domain::signature::vectors::{vectors, Vector};
use gymhook::domain::signature::{render, Language};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn pgm_vectors() -> Vec<Vector> {
    vectors(Vendor::PerfectGym).expect("Perfect Gym signs")
}

/// A scratch directory holding the vectors (as `gymhook vectors` writes them), the rendered snippet of
/// `lang` and its ready-to-run test.
fn prepared(lang: Language, test_file: &str) -> PathBuf {
    let dir = scratch_dir(&format!("vectors-{}", lang.file_name()));
    let out = Command::new(env!("CARGO_BIN_EXE_gymhook"))
        .args(["vectors", "--out"])
        .arg(&dir)
        .output()
        .expect("gymhook runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    std::fs::write(
        dir.join(lang.file_name()),
        render(lang, "id", "secret", "signature"),
    )
    .expect("snippet");
    std::fs::copy(
        root().join("snippets/tests").join(test_file),
        dir.join(test_file),
    )
    .expect("test file");
    dir
}

/// How to swap the snippet's verify function for a broken one: where it starts, the text that ends it,
/// and what replaces it.
type Swap<'a> = (&'a str, &'a str, &'a str);

/// The snippet's verify function replaced by one that accepts any non-empty signature.
fn break_verify(dir: &Path, lang: Language, (function_start, end, presence_only): Swap) {
    let path = dir.join(lang.file_name());
    let source = std::fs::read_to_string(&path).expect("snippet");
    let start = source.find(function_start).expect("the verify function");
    let end = source[start..]
        .find(end)
        .map(|e| start + e + end.len())
        .expect("its end");
    let broken = format!("{}{presence_only}{}", &source[..start], &source[end..]);
    std::fs::write(&path, broken).expect("write");
}

fn run(dir: &Path, program: &str, args: &[&str]) -> Output {
    let mut command = Command::new(program);
    command.args(args).current_dir(dir);
    if program == "go" {
        let target = root().join("target");
        command
            .env("GOCACHE", target.join("go-cache"))
            .env("GOPATH", target.join("go-path"))
            .env("GOFLAGS", "-mod=mod")
            .env("GOPROXY", "off")
            .env("GOTOOLCHAIN", "local");
    }
    command
        .output()
        .unwrap_or_else(|e| panic!("`{program}` could not run ({e}): run `make tools`"))
}

fn text(out: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// The suite passes with the page's snippet and fails with a presence-only check.
fn passes_then_bites(
    lang: Language,
    test_file: &str,
    program: &str,
    args: &[&str],
    passed: &str,
    swap: Swap,
) {
    let dir = prepared(lang, test_file);
    if program == "go" {
        std::fs::write(dir.join("go.mod"), "module pgmverify\n\ngo 1.19\n").expect("go.mod");
    }
    let out = run(&dir, program, args);
    assert!(out.status.success(), "{}", text(&out));
    assert!(text(&out).contains(passed), "{}", text(&out));
    break_verify(&dir, lang, swap);
    let out = run(&dir, program, args);
    assert!(
        !out.status.success(),
        "a presence-only check must fail the vectors:\n{}",
        text(&out)
    );
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn node_test_runs_the_vectors_against_the_javascript_snippet() {
    let n = pgm_vectors().len();
    passes_then_bites(
        Language::JavaScript,
        "verify.test.mjs",
        "node",
        &["--test", "verify.test.mjs"],
        &format!("# pass {n}"),
        (
            "export function isValidPgmSignature",
            "\n}\n",
            "export function isValidPgmSignature(id, signature) { return Boolean(signature); }\n",
        ),
    );
}

#[test]
fn pytest_runs_the_vectors_against_the_python_snippet() {
    let n = pgm_vectors().len();
    let python = root().join(".venv/bin/python");
    passes_then_bites(
        Language::Python,
        "test_verify.py",
        python.to_str().expect("path"),
        &["-m", "pytest", "-q", "-p", "no:cacheprovider", "test_verify.py"],
        &format!("{n} passed"),
        ("def is_valid_pgm_signature", "\n\n\n", "def is_valid_pgm_signature(request_id, signature, secret):\n    return bool(signature)\n\n\n"),
    );
}

#[test]
fn go_test_runs_the_vectors_against_the_go_snippet() {
    passes_then_bites(
        Language::Go,
        "verify_test.go",
        "go",
        &["test", "-count=1", "."],
        "ok",
        ("func isValidPgmSignature", "\n}\n", "func isValidPgmSignature(requestID, signature, secret string) bool { return signature != \"\" }\n"),
    );
}

#[test]
fn plain_php_runs_the_vectors_against_the_php_snippet() {
    let n = pgm_vectors().len();
    passes_then_bites(
        Language::Php,
        "verify_test.php",
        "php",
        &["verify_test.php"],
        &format!("{n} of {n} vectors passed"),
        ("function is_valid_pgm_signature", "\n}\n", "function is_valid_pgm_signature(string $requestId, string $signature, string $secret): bool { return $signature !== ''; }\n"),
    );
}

/// (request id, signature) from a vector's raw request; absent headers are empty.
fn id_and_signature(v: &Vector) -> (String, String) {
    let head = v.request.split("\r\n\r\n").next().unwrap_or_default();
    let header = |name: &str| {
        head.lines()
            .filter_map(|l| l.split_once(':'))
            .find(|(n, _)| n.trim().eq_ignore_ascii_case(name))
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    (
        header("X-PerfectGym-Request"),
        header("X-PerfectGym-Signature"),
    )
}

fn every_vector_through(lang: Language) {
    let dir = scratch_dir(&format!("vector-run-{}", lang.file_name()));
    for v in pgm_vectors() {
        let (id, signature) = id_and_signature(&v);
        let printed = execute(lang, &dir, &id, &v.secret, &signature);
        let verdict = printed.lines().last().unwrap_or_default();
        assert_eq!(
            verdict,
            if v.valid { "valid" } else { "invalid" },
            "{}: {}",
            v.name,
            v.reason
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn the_shell_snippet_gives_every_vectors_verdict() {
    every_vector_through(Language::Shell);
}

#[test]
fn the_rust_snippet_gives_every_vectors_verdict() {
    every_vector_through(Language::Rust);
}
