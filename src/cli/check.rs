//! `gymhook check FILE…`: each file's exact text through `analysis::analyze`, the diagnostics printed
//! one per line (`file:line:col: severity: path: message`, the shape compilers use, so editors and CI
//! annotators link them) or as a JSON array with `--json`.

use std::fmt::Write as _;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::{print, usage_error};
use crate::domain::analysis::analyze;
use crate::domain::diagnostic::{Diagnostic, Severity};
use crate::domain::json::quoted;

/// Shown for a diagnostic about the whole body (the page shows the same word).
const ROOT_PATH: &str = "(root)";
/// Exit status when any diagnostic is an error.
const FOUND_ERRORS: u8 = 1;

struct Finding {
    file: String,
    diagnostic: Diagnostic,
}

pub(super) fn run(files: &[PathBuf], json: bool) -> ExitCode {
    let mut findings: Vec<Finding> = Vec::new();
    let mut unreadable = false;
    for path in files {
        let name = path.display().to_string();
        match read(path) {
            Ok(text) => {
                findings.extend(
                    analyze(&text)
                        .diagnostics
                        .into_iter()
                        .map(|diagnostic| Finding {
                            file: name.clone(),
                            diagnostic,
                        }),
                )
            }
            Err(message) => {
                // Keep going: the other files' diagnostics are still worth printing.
                let _ = usage_error(&format!("{name}: {message}"));
                unreadable = true;
            }
        }
    }
    let text = if json {
        as_json(&findings)
    } else {
        as_lines(&findings)
    };
    let printed = print(&text);
    if unreadable {
        ExitCode::from(super::USAGE_ERROR)
    } else if findings
        .iter()
        .any(|f| f.diagnostic.severity() == Severity::Error)
    {
        ExitCode::from(FOUND_ERRORS)
    } else {
        printed
    }
}

/// The file's text exactly (`-` is standard input); not UTF-8 is refused, as the page only takes text.
fn read(path: &Path) -> Result<String, String> {
    let bytes = if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("cannot read standard input: {e}"))?;
        bytes
    } else {
        std::fs::read(path).map_err(|e| format!("cannot read: {e}"))?
    };
    String::from_utf8(bytes).map_err(|e| {
        format!(
            "not UTF-8 text (invalid byte at offset {}); webhook bodies are UTF-8 JSON",
            e.utf8_error().valid_up_to()
        )
    })
}

fn path_of(d: &Diagnostic) -> &str {
    if d.path.is_empty() {
        ROOT_PATH
    } else {
        &d.path
    }
}

fn as_lines(findings: &[Finding]) -> String {
    let mut out = String::new();
    for Finding {
        file,
        diagnostic: d,
    } in findings
    {
        // Messages are one line already; a newline inside one would break the one-per-line contract.
        let message = d.message.replace(['\n', '\r'], " ");
        let _ = writeln!(
            out,
            "{file}:{}:{}: {}: {}: {message}",
            d.position.line,
            d.position.column,
            d.severity().key(),
            path_of(d)
        );
    }
    out
}

fn as_json(findings: &[Finding]) -> String {
    let items: Vec<String> = findings
        .iter()
        .map(|Finding { file, diagnostic: d }| {
            format!(
                "  {{\"file\": {}, \"line\": {}, \"column\": {}, \"severity\": {}, \"kind\": {}, \"path\": {}, \"message\": {}}}",
                quoted(file),
                d.position.line,
                d.position.column,
                quoted(d.severity().key()),
                quoted(d.kind.key()),
                quoted(&d.path),
                quoted(&d.message)
            )
        })
        .collect();
    if items.is_empty() {
        "[]\n".to_owned()
    } else {
        format!("[\n{}\n]\n", items.join(",\n"))
    }
}
