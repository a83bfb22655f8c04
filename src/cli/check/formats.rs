//! The findings printed for people and tools: compiler-style lines with a summary (text), a JSON array
//! (json), GitHub Actions workflow commands (github) and SARIF 2.1.0 (sarif, in `sarif.rs`).

use std::fmt::Write as _;

use super::findings::{Finding, Report};
use super::sarif;
use super::OutputFormat;
use crate::domain::diagnostic::Severity;
use crate::domain::json::quoted;

pub fn render(report: &Report, format: OutputFormat) -> String {
    match format {
        OutputFormat::Text => text(report),
        OutputFormat::Json => json(&report.findings),
        OutputFormat::Github => github(report),
        OutputFormat::Sarif => sarif::render(report),
    }
}

/// `file:line:col: severity: path: message`, the shape compilers use, so editors and CI annotators link
/// them; then one summary line.
fn text(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let _ = writeln!(
            out,
            "{}:{}:{}: {}: {}: {}",
            escaped_name(&f.file),
            f.line,
            f.column,
            f.severity.key(),
            f.path,
            one_line(&f.message)
        );
    }
    let _ = writeln!(out, "{}", summary(report));
    out
}

/// "gymhook: 2 files, 5 deliveries checked; 2 deliveries fail; 3 errors, 1 warning, 4 notes".
pub fn summary(report: &Report) -> String {
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    format!(
        "gymhook: {}, {} checked; {} with a failing finding; {}, {}, {}",
        plural(report.files, "file", "files"),
        plural(report.deliveries, "delivery", "deliveries"),
        plural(report.failed, "delivery", "deliveries"),
        plural(report.count(Severity::Error), "error", "errors"),
        plural(report.count(Severity::Warning), "warning", "warnings"),
        plural(report.count(Severity::Info), "note", "notes"),
    )
}

/// A file name on one line: control characters (a newline in a name) written as escapes, so the
/// `file:line:col` shape holds for any name.
fn escaped_name(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_control() {
                c.escape_default().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// Messages are one line already; a newline inside one would break the one-per-line contract.
fn one_line(message: &str) -> String {
    message.replace(['\n', '\r'], " ")
}

fn json(findings: &[Finding]) -> String {
    let items: Vec<String> = findings
        .iter()
        .map(|f| {
            format!(
                "  {{\"file\": {}, \"line\": {}, \"column\": {}, \"severity\": {}, \"kind\": {}, \"path\": {}, \"message\": {}, \"delivery\": {}, \"vendor\": {}, \"event\": {}}}",
                quoted(&f.file),
                f.line,
                f.column,
                quoted(f.severity.key()),
                quoted(&f.kind),
                quoted(&f.path),
                quoted(&f.message),
                f.delivery.map_or("null".to_owned(), |n| n.to_string()),
                f.vendor.map_or("null".to_owned(), quoted),
                f.event.as_deref().map_or("null".to_owned(), quoted),
            )
        })
        .collect();
    if items.is_empty() {
        "[]\n".to_owned()
    } else {
        format!("[\n{}\n]\n", items.join(",\n"))
    }
}

/// GitHub Actions workflow commands: each finding an annotation on its line, then the summary as a
/// notice. Values are escaped as the runner expects (`%`, CR and LF; in properties also `:` and `,`).
fn github(report: &Report) -> String {
    let mut out = String::new();
    for f in &report.findings {
        let command = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = writeln!(
            out,
            "::{command} file={},line={},col={},title={}::{}",
            property(&f.file),
            f.line,
            f.column,
            property(&format!("gymhook {}: {}", f.kind, f.path)),
            data(&f.message)
        );
    }
    let _ = writeln!(out, "::notice title=gymhook::{}", data(&summary(report)));
    out
}

fn data(text: &str) -> String {
    text.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

fn property(text: &str) -> String {
    data(text).replace(':', "%3A").replace(',', "%2C")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_workflow_values_are_escaped() {
        assert_eq!(escaped_name("a\nb.json"), "a\\nb.json");
        assert_eq!(escaped_name("día.json"), "día.json");
        assert_eq!(data("50%\r\nnext"), "50%25%0D%0Anext");
        assert_eq!(property("a:b,c"), "a%3Ab%2Cc");
    }
}
