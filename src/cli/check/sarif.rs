//! SARIF 2.1.0 (OASIS), the format code-scanning services ingest (GitHub's `upload-sarif`): one run, one
//! rule per kind of finding that occurs (its id the kind's stable key, its level the kind's severity), one
//! result per finding with its file and line:column. Columns count Unicode code points, as gymhook's do.

use std::fmt::Write as _;

use super::findings::{Finding, Report, CLI_KINDS};
use crate::domain::diagnostic::{Kind, Severity};
use crate::domain::json::quoted;

const SCHEMA: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

pub fn render(report: &Report) -> String {
    let mut kinds: Vec<&str> = Vec::new();
    for f in &report.findings {
        if !kinds.contains(&f.kind.as_str()) {
            kinds.push(&f.kind);
        }
    }
    let rules: Vec<String> = kinds.iter().map(|k| rule(k, report)).collect();
    let results: Vec<String> = report
        .findings
        .iter()
        .map(|f| result(f, kinds.iter().position(|k| *k == f.kind).unwrap_or(0)))
        .collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "{{\n  \"$schema\": {},\n  \"version\": \"2.1.0\",\n  \"runs\": [{{\n    \"tool\": {{\"driver\": {{\"name\": \"gymhook\", \"semanticVersion\": {}, \"rules\": [{}]}}}},\n    \"columnKind\": \"unicodeCodePoints\",\n    \"results\": [{}]\n  }}]\n}}\n",
        quoted(SCHEMA),
        quoted(env!("CARGO_PKG_VERSION")),
        join(&rules),
        join(&results)
    );
    out
}

fn join(items: &[String]) -> String {
    if items.is_empty() {
        String::new()
    } else {
        format!("\n      {}\n    ", items.join(",\n      "))
    }
}

/// The rule for a kind: its sentence, and the level its findings have.
fn rule(kind: &str, report: &Report) -> String {
    let summary = Kind::ALL
        .iter()
        .find(|k| k.key() == kind)
        .map(|k| k.summary())
        .or_else(|| CLI_KINDS.iter().find(|(k, _)| *k == kind).map(|(_, s)| *s))
        .unwrap_or("A gymhook finding.");
    let severity = report
        .findings
        .iter()
        .find(|f| f.kind == kind)
        .map_or(Severity::Error, |f| f.severity);
    format!(
        "{{\"id\": {}, \"shortDescription\": {{\"text\": {}}}, \"defaultConfiguration\": {{\"level\": {}}}}}",
        quoted(kind),
        quoted(summary),
        quoted(level(severity))
    )
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn result(f: &Finding, rule_index: usize) -> String {
    let mut properties = vec![format!("\"path\": {}", quoted(&f.path))];
    if let Some(n) = f.delivery {
        properties.push(format!("\"delivery\": {n}"));
    }
    if let Some(v) = f.vendor {
        properties.push(format!("\"vendor\": {}", quoted(v)));
    }
    if let Some(e) = &f.event {
        properties.push(format!("\"event\": {}", quoted(e)));
    }
    format!(
        "{{\"ruleId\": {}, \"ruleIndex\": {rule_index}, \"level\": {}, \"message\": {{\"text\": {}}}, \"locations\": [{{\"physicalLocation\": {{\"artifactLocation\": {}, \"region\": {{\"startLine\": {}, \"startColumn\": {}}}}}}}], \"properties\": {{{}}}}}",
        quoted(&f.kind),
        quoted(level(f.severity)),
        quoted(&f.message),
        artifact(&f.file),
        f.line.max(1),
        f.column.max(1),
        properties.join(", ")
    )
}

/// A file as a URI reference: relative paths stay relative to the checkout (`%SRCROOT%`, what code
/// scanning resolves against), every byte outside the unreserved set and `/` percent-encoded.
fn artifact(file: &str) -> String {
    if file == "-" {
        return "{\"uri\": \"stdin\"}".to_owned();
    }
    let path = file.replace('\\', "/");
    let absolute = path.starts_with('/');
    let mut uri = String::new();
    for b in path.trim_start_matches("./").bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/".contains(&b) {
            uri.push(char::from(b));
        } else {
            let _ = write!(uri, "%{b:02X}");
        }
    }
    if absolute {
        format!("{{\"uri\": {}}}", quoted(&format!("file://{uri}")))
    } else {
        format!(
            "{{\"uri\": {}, \"uriBaseId\": \"%SRCROOT%\"}}",
            quoted(&uri)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(
            artifact("./fixtures/a b.json"),
            r#"{"uri": "fixtures/a%20b.json", "uriBaseId": "%SRCROOT%"}"#
        );
        assert_eq!(
            artifact("/tmp/día.json"),
            r#"{"uri": "file:///tmp/d%C3%ADa.json"}"#
        );
        assert_eq!(artifact("-"), r#"{"uri": "stdin"}"#);
    }
}
