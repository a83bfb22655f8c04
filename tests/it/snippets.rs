//! Renders every verification snippet and runs it with its real runtime (node, python3, php, go, sh,
//! cargo), asserting the printed hex and verdict. A missing runtime fails with the package to install.
//! Expected hexes come from md5sum, independently of the crate (command next to each vector).

use gymhook::domain::signature::{render, Language};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

struct Vector {
    request_id: &'static str,
    secret: &'static str,
    /// Lower-case hex MD5 of `request_id:secret`.
    hex: &'static str,
}

const VECTORS: [Vector; 3] = [
    // printf '%s' '7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01:whsec-pgm-demo' | md5sum
    Vector {
        request_id: "7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01",
        secret: "whsec-pgm-demo",
        hex: "79e079d94a86e27128ea84f6d1fb3a07",
    },
    // printf '%s' 'req-1042:it'\''s "a" $ecret\ with space' | md5sum
    Vector {
        request_id: "req-1042",
        secret: "it's \"a\" $ecret\\ with space",
        hex: "c9a818cc597dfe28f000a58c7130bb89",
    },
    // printf 'req-7:line1\nline2 \303\251\302\240end' | md5sum   (newline, é, NBSP in the secret)
    Vector {
        request_id: "req-7",
        secret: "line1\nline2 é\u{a0}end",
        hex: "eb9f0cb78d2ba1a16296ff98fcfd5e14",
    },
];

/// A wrong signature of the right length, to see `invalid` printed.
const WRONG: &str = "00000000000000000000000000000000";

/// How to run a saved snippet, and which package provides the runtime.
fn runtime(lang: Language) -> (&'static str, &'static [&'static str], &'static str) {
    match lang {
        Language::JavaScript => ("node", &[], "nodejs (Node.js 18+)"),
        Language::Python => ("python3", &[], "python3"),
        Language::Php => ("php", &[], "php-cli"),
        Language::Go => ("go", &["run"], "golang-go (Go 1.19+)"),
        Language::Shell => ("sh", &[], "dash (POSIX sh) and coreutils (md5sum)"),
        Language::Rust => ("cargo", &["run", "--offline", "--quiet"], "cargo (rustup)"),
    }
}

pub(crate) fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("gymhook-snippets-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("create temp dir");
    dir
}

pub(crate) fn run(lang: Language, dir: &Path, file: &Path) -> Output {
    let (program, args, package) = runtime(lang);
    let mut command = Command::new(program);
    command.args(args).current_dir(dir);
    if lang == Language::Go {
        // The build cache the Go export check uses too: later runs are fast.
        let target = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target");
        command
            .env("GOCACHE", target.join("go-cache"))
            .env("GOPATH", target.join("go-path"))
            .env("GOPROXY", "off")
            .env("GOTOOLCHAIN", "local");
    }
    if lang == Language::Rust {
        // Own target dir: the outer `cargo test` may hold the lock on its own one.
        command.env(
            "CARGO_TARGET_DIR",
            std::env::temp_dir().join("gymhook-snippets-target"),
        );
    } else {
        command.arg(file);
    }
    match command.output() {
        Ok(output) => output,
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {
            panic!(
                "`{program}` not found: install {package} to run the {} snippet test",
                lang.label()
            )
        }
        Err(error) => panic!("could not start `{program}`: {error}"),
    }
}

/// Writes the rendered snippet where its runtime expects it and runs it.
pub(crate) fn execute(
    lang: Language,
    dir: &Path,
    request_id: &str,
    secret: &str,
    signature: &str,
) -> String {
    let source = render(lang, request_id, secret, signature);
    let file = if lang == Language::Rust {
        // One package name per scratch directory: tests running at once share the target directory (and
        // its built md-5), and a shared binary name would let one run the other's program.
        let name: String = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '-'
                }
            })
            .collect();
        let manifest = format!(
            "[package]\nname = \"verify-{name}\"\nversion = \"0.0.0\"\nedition = \"2021\"\n\n\
             [dependencies]\nmd-5 = \"0.11\"\n\n[workspace]\n"
        );
        std::fs::write(dir.join("Cargo.toml"), manifest).expect("write Cargo.toml");
        std::fs::create_dir_all(dir.join("src")).expect("create src");
        dir.join("src").join("main.rs")
    } else {
        dir.join(lang.file_name())
    };
    std::fs::write(&file, source).expect("write snippet");
    let output = run(lang, dir, &file);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    assert!(
        output.status.success(),
        "{} snippet failed ({}):\nstdout: {stdout}\nstderr: {}",
        lang.label(),
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    stdout
}

/// Every vector (signature given upper-case, then lower-case), and one wrong signature.
fn check_language(lang: Language) {
    let dir = scratch_dir(lang.file_name());
    for vector in &VECTORS {
        let cases = [
            (vector.hex.to_ascii_uppercase(), "valid"),
            (vector.hex.to_owned(), "valid"),
            (WRONG.to_owned(), "invalid"),
        ];
        for (signature, verdict) in cases {
            let stdout = execute(lang, &dir, vector.request_id, vector.secret, &signature);
            let expected = format!("{}\n{verdict}\n", vector.hex);
            assert_eq!(
                stdout,
                expected,
                "{} with secret {:?}",
                lang.label(),
                vector.secret
            );
        }
    }
    // Best effort: a leftover temp dir is harmless.
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn javascript_snippet_runs_under_node() {
    check_language(Language::JavaScript);
}

#[test]
fn python_snippet_runs_under_python3() {
    check_language(Language::Python);
}

#[test]
fn php_snippet_runs_under_php() {
    check_language(Language::Php);
}

#[test]
fn shell_snippet_runs_under_sh() {
    check_language(Language::Shell);
}

#[test]
fn go_snippet_runs_under_go() {
    check_language(Language::Go);
}

#[test]
fn rust_snippet_runs_under_cargo() {
    check_language(Language::Rust);
}
