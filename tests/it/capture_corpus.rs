//! The captures corpus (`tests/captures/`): what receiver developers paste — `curl -v` output, a TCP
//! stream, server logs, framework dumps, wrapped JSON, HAR, glued raw requests — for both vendors, each
//! beside a hand-written `.expect` file: the form the page reads it as, and for each delivery its line,
//! vendor, event, request id, signature verdict (with the corpus secret typed), attempt and answer, then
//! every diagnostic as the page lists it, with its line:column and the pasted text it points at.

use gymhook::domain::analysis::in_paste;
use gymhook::domain::batch::Audit;
use gymhook::domain::capture::{read, Form};
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

/// The secret `tests/captures/make.py` signs the Perfect Gym deliveries with.
const SECRET: &str = "corpus-secret-7Qx";
/// How much of the pasted text at a diagnostic's place its line shows.
const EXCERPT_CHARS: usize = 24;

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/captures")
}

/// The captures: every file of the folder but the recipe and the expectations.
fn captures() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder())
        .expect("tests/captures")
        .map(|e| e.expect("entry").path())
        .filter(|p| {
            !matches!(
                p.extension().and_then(|e| e.to_str()),
                Some("expect" | "py")
            )
        })
        .collect();
    files.sort();
    files
}

/// The pasted text at `start`, on one line.
fn excerpt(text: &str, start: usize) -> String {
    let at = text.get(start..).unwrap_or_default();
    at.chars()
        .take(EXCERPT_CHARS)
        .collect::<String>()
        .replace('\r', "\\r")
        .replace('\n', "\\n")
}

/// What the page reads from `text`, one fact a line.
fn describe(text: &str) -> (Form, Vec<String>) {
    let capture = read(text);
    let mut out = vec![format!("form {}", capture.form.key())];
    let mut audit = Audit::default();
    for index in 0..capture.deliveries.len().max(1) {
        if let Some(row) = audit.row(&capture, index, SECRET) {
            out.push(format!(
                "delivery {} line {}: {} {:?} id={} signature={} attempt={}{} answer={}",
                index + 1,
                row.line,
                row.vendor_slug(),
                row.event.as_deref().unwrap_or("-"),
                row.request_id.as_deref().unwrap_or("-"),
                row.signature.key(),
                row.attempt,
                match row.identical {
                    Some(true) => " same-body",
                    Some(false) => " other-body",
                    None => "",
                },
                row.status.map_or("-".to_owned(), |s| s.to_string()),
            ));
        }
        for d in in_paste(text, &capture, index).diagnostics {
            out.push(format!(
                "  {} {} {}:{} {} «{}»",
                d.severity().key(),
                d.kind.key(),
                d.position.line,
                d.position.column,
                if d.path.is_empty() { "-" } else { &d.path },
                excerpt(text, d.span.start)
            ));
        }
    }
    (capture.form, out)
}

#[test]
fn every_capture_reads_as_its_expectation_says() {
    let mut failures = Vec::new();
    let mut forms = BTreeSet::new();
    let files = captures();
    for file in &files {
        let text = fs::read_to_string(file).expect("a capture is UTF-8");
        let (form, got) = describe(&text);
        forms.insert(form.key());
        let expect_path = file.with_extension(format!(
            "{}.expect",
            file.extension().and_then(|e| e.to_str()).unwrap_or("")
        ));
        let expected = fs::read_to_string(&expect_path).unwrap_or_default();
        let expected: Vec<&str> = expected.lines().filter(|l| !l.starts_with('#')).collect();
        if expected != got {
            failures.push(format!(
                "{}:\n--- expected\n{}\n--- read\n{}",
                file.display(),
                expected.join("\n"),
                got.join("\n")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    // The forms receiver developers have at hand, each in the corpus at least once.
    for form in [
        Form::CurlVerbose,
        Form::TcpStream,
        Form::AspNetLog,
        Form::AccessLog,
        Form::KeyValueLog,
        Form::NodeInspect,
        Form::PythonDump,
        Form::Wrapped,
        Form::JsonLines,
        Form::JsonArray,
        Form::LogLine,
        Form::Request,
        Form::Requests,
        Form::Har,
    ] {
        assert!(
            forms.contains(form.key()),
            "no capture reads as {}",
            form.key()
        );
    }
}
