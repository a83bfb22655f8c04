//! The probe's report in three forms: text for people, JSON for scripts (`{ target, vendor, checks:
//! [{ id, outcome, … }] }`), and JUnit XML for CI (one testcase per check; a failure element for `fail`,
//! skipped for `skip`, the warning in system-out for `warn`).

use std::fmt::Write as _;

use super::client::wire;
use crate::domain::json::quoted;
use crate::domain::probe::{seconds, CheckResult, Evidence, Outcome, Report};

pub(super) fn text(report: &Report) -> String {
    let plan = &report.plan;
    let mut out = format!(
        "gymhook probe: {} receiver at {} — {} requests, {} timeout each\n\n",
        plan.vendor.display_name(),
        plan.target.url,
        plan.requests.len(),
        seconds(plan.timeout_ms)
    );
    for check in &report.checks {
        let _ = writeln!(
            out,
            "{:<5} {:<27} {}",
            check.outcome.key().to_uppercase(),
            report.key(check),
            check.summary
        );
        for e in check.evidence.iter().filter(|e| e.problem.is_some()) {
            let _ = writeln!(
                out,
                "      #{} {}: {}",
                e.n,
                e.label,
                e.problem.clone().unwrap_or_default()
            );
        }
    }
    out.push_str("\nNot observable from outside:\n");
    for line in &report.unobservable {
        let _ = writeln!(out, "  - {line}");
    }
    let count = |o: Outcome| report.checks.iter().filter(|c| c.outcome == o).count();
    let _ = writeln!(
        out,
        "\n{} failed, {} warnings, {} passed, {} skipped",
        count(Outcome::Fail),
        count(Outcome::Warn),
        count(Outcome::Pass),
        count(Outcome::Skip)
    );
    out
}

fn evidence_json(e: &Evidence) -> String {
    format!(
        "{{\"request\": {}, \"label\": {}, \"status\": {}, \"ms\": {}, \"response_chars\": {}, \"problem\": {}}}",
        e.n,
        quoted(&e.label),
        e.status.map_or("null".to_owned(), |s| s.to_string()),
        e.millis,
        e.body_chars,
        e.problem.as_deref().map_or("null".to_owned(), quoted)
    )
}

fn check_json(report: &Report, c: &CheckResult) -> String {
    let evidence: Vec<String> = c.evidence.iter().map(evidence_json).collect();
    let mut fields = vec![
        format!("\"id\": {}", quoted(report.key(c))),
        format!("\"outcome\": {}", quoted(c.outcome.key())),
        format!("\"title\": {}", quoted(c.id.title(report.plan.proof))),
        format!("\"summary\": {}", quoted(&c.summary)),
    ];
    if let (Some(p50), Some(p95)) = (c.p50_ms, c.p95_ms) {
        fields.push(format!("\"p50_ms\": {p50}, \"p95_ms\": {p95}"));
    }
    fields.push(format!("\"evidence\": [{}]", evidence.join(", ")));
    format!("    {{{}}}", fields.join(", "))
}

pub(super) fn json(report: &Report) -> String {
    let plan = &report.plan;
    let checks: Vec<String> = report
        .checks
        .iter()
        .map(|c| check_json(report, c))
        .collect();
    let sent: Vec<String> = plan
        .requests
        .iter()
        .map(|p| {
            format!(
                "    {{\"request\": {}, \"check\": {}, \"label\": {}, \"raw\": {}}}",
                p.n,
                quoted(p.check.key(plan.proof)),
                quoted(&p.label),
                quoted(&wire(&p.request))
            )
        })
        .collect();
    let unobservable: Vec<String> = report
        .unobservable
        .iter()
        .map(|s| format!("    {}", quoted(s)))
        .collect();
    format!(
        "{{\n  \"target\": {},\n  \"vendor\": {},\n  \"timeout_ms\": {},\n  \"checks\": [\n{}\n  ],\n  \"sent\": [\n{}\n  ],\n  \"unobservable\": [\n{}\n  ]\n}}\n",
        quoted(&plan.target.url),
        quoted(plan.vendor.slug()),
        plan.timeout_ms,
        checks.join(",\n"),
        sent.join(",\n"),
        unobservable.join(",\n")
    )
}

/// XML 1.0 text: the five special characters escaped, characters XML cannot hold dropped.
fn xml(text: &str) -> String {
    text.chars()
        .filter(|&c| {
            matches!(c, '\t' | '\n' | '\r') || (c >= ' ' && c != '\u{fffe}' && c != '\u{ffff}')
        })
        .fold(String::with_capacity(text.len()), |mut out, c| {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                c => out.push(c),
            }
            out
        })
}

pub(super) fn junit(report: &Report) -> String {
    let plan = &report.plan;
    let count = |o: Outcome| report.checks.iter().filter(|c| c.outcome == o).count();
    let (failures, skipped, total) = (
        count(Outcome::Fail),
        count(Outcome::Skip),
        report.checks.len(),
    );
    let suite = xml(&format!(
        "gymhook probe {} {}",
        plan.vendor.slug(),
        plan.target.url
    ));
    let class = xml(&format!("gymhook.probe.{}", plan.vendor.slug()));
    let mut out = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"gymhook probe\" tests=\"{total}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n  <testsuite name=\"{suite}\" tests=\"{total}\" failures=\"{failures}\" errors=\"0\" skipped=\"{skipped}\">\n"
    );
    for c in &report.checks {
        let details: Vec<String> = c
            .evidence
            .iter()
            .map(|e| {
                format!(
                    "#{} {}: {}",
                    e.n,
                    e.label,
                    e.problem.clone().unwrap_or_else(|| e.status.map_or(
                        "no answer".to_owned(),
                        |s| format!("{s} in {} ms", e.millis)
                    ))
                )
            })
            .collect();
        let body = match c.outcome {
            Outcome::Fail => format!(
                "\n      <failure message=\"{}\" type=\"fail\">{}</failure>\n    ",
                xml(&c.summary),
                xml(&details.join("\n"))
            ),
            Outcome::Skip => format!("\n      <skipped message=\"{}\"/>\n    ", xml(&c.summary)),
            Outcome::Warn => format!(
                "\n      <system-out>warning: {}\n{}</system-out>\n    ",
                xml(&c.summary),
                xml(&details.join("\n"))
            ),
            Outcome::Pass => String::new(),
        };
        let _ = writeln!(
            out,
            "    <testcase classname=\"{class}\" name=\"{}\">{body}</testcase>",
            xml(report.key(c))
        );
    }
    out.push_str("  </testsuite>\n</testsuites>\n");
    out
}
