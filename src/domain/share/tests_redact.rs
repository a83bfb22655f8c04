//! Redaction: personal values and credentials leave, diagnostics stay the same, problems survive.

use super::*;
use crate::domain::analysis::{analyze, Analysis};
use crate::domain::diagnostic::Kind;
use crate::domain::examples::first_example;
use crate::domain::generate::{catalogue, generate, Options};
use crate::domain::http::REQUEST_PATH;
use crate::domain::json::quoted;
use crate::domain::schema::{Personal, Vendor};
use crate::domain::typed::{TypedObject, TypedValue};

/// Every personal value of an analysis that is text, with its path and kind.
fn personal_texts(analysis: &Analysis) -> Vec<(String, Personal, String)> {
    fn walk(obj: &TypedObject, out: &mut Vec<(String, Personal, String)>) {
        for f in &obj.fields {
            match (&f.value, f.decl.and_then(|d| d.personal)) {
                (TypedValue::Object(o), _) => walk(o, out),
                (TypedValue::Text(t), Some(kind)) if !t.trim().is_empty() => {
                    out.push((f.path.clone(), kind, t.clone()))
                }
                (TypedValue::Date(_), Some(kind)) => {
                    out.push((f.path.clone(), kind, String::new()))
                }
                _ => {}
            }
        }
    }
    let mut out = Vec::new();
    if let Some(root) = &analysis.root {
        walk(root, &mut out);
    }
    out
}

fn signature(analysis: &Analysis) -> Vec<(String, Kind)> {
    let mut d: Vec<_> = analysis
        .diagnostics
        .iter()
        .map(|d| (d.path.clone(), d.kind))
        .collect();
    d.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
    d
}

/// The properties every redaction must have, whatever the payload.
fn check(text: &str) -> Redacted {
    let before = analyze(text);
    let out = redact(text, &before);
    let after = analyze(&out.text);
    // The body's diagnostics stay exactly; the request's may only lose those about the credential
    // headers that were left out (a folded Authorization line goes with the Authorization header).
    let (body_before, request_before): (Vec<_>, Vec<_>) = signature(&before)
        .into_iter()
        .partition(|(p, _)| p != REQUEST_PATH);
    let (body_after, request_after): (Vec<_>, Vec<_>) = signature(&after)
        .into_iter()
        .partition(|(p, _)| p != REQUEST_PATH);
    assert_eq!(
        body_after, body_before,
        "same diagnostics for\n{}",
        out.text
    );
    assert!(
        request_after.iter().all(|d| request_before.contains(d)),
        "{request_after:?}"
    );
    if out.removed_headers.is_empty() {
        assert_eq!(request_after, request_before);
    }
    assert_eq!(after.vendor(), before.vendor());
    assert_eq!(after.event_name, before.event_name);
    for (path, kind, real) in personal_texts(&before) {
        let replaced = out.replaced.iter().any(|r| r.path == path);
        assert!(
            replaced || out.kept.contains(&path),
            "{path} neither replaced nor kept"
        );
        let strict =
            matches!(kind, Personal::Name | Personal::Contact) && real.chars().count() >= 3;
        if strict && !out.kept.contains(&path) {
            assert!(
                !out.text.contains(&quoted(&real)),
                "{path}: {real} survived in\n{}",
                out.text
            );
        }
    }
    out
}

#[test]
fn the_gymos_example_keeps_no_member_data() {
    let text = first_example(Vendor::GymOs);
    let out = check(&text);
    for real in [
        "Justin",
        "Credible",
        "447123456789",
        "TS1 2AB",
        "123 The Street",
        "Jane Credible",
        "1983-05-15",
    ] {
        assert!(!out.text.contains(real), "{real} survived:\n{}", out.text);
    }
    assert!(out.replaced.len() >= 15, "{:?}", out.replaced);
    assert_eq!(out.replaced.len(), preview(&analyze(&text)).personal);
    assert!(out.kept.is_empty());
}

#[test]
fn every_generated_event_redacts_to_the_same_diagnostics() {
    for choice in catalogue() {
        for seed in 0..6 {
            for edge_cases in [false, true] {
                let generated = generate(&choice, Options { seed, edge_cases });
                check(&generated.body);
            }
        }
    }
}

#[test]
fn a_signed_request_loses_its_signature_and_credentials_but_not_its_id() {
    let body = "{\"event\": \"UserModified\", \"triggeredDate\": \"2020-06-01T14:44:46Z\", \"data\": {\"userId\": 7}}";
    let text = format!(
        "POST /hooks?token=abc123&club=7 HTTP/1.1\r\nHost: r.example.com\r\nX-PerfectGym-Request: r-1\r\n\
         X-PerfectGym-Signature: 0123456789abcdef0123456789abcdef\r\nAuthorization: Bearer xyz\r\n  continued\r\n\
         Cookie: s=1\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    let out = check(&text);
    assert!(!out.text.contains("0123456789abcdef"), "{}", out.text);
    assert!(
        !out.text.contains("Bearer")
            && !out.text.contains("continued")
            && !out.text.contains("s=1")
    );
    assert!(!out.text.contains("abc123"));
    assert!(
        out.text
            .starts_with("POST /hooks?token=REDACTED&club=7 HTTP/1.1\r\nHost: r.example.com\r\n"),
        "{}",
        out.text
    );
    assert!(out.text.contains("X-PerfectGym-Request: r-1\r\n"));
    assert!(
        out.text
            .ends_with(&format!("Content-Length: {}\r\n\r\n{body}", body.len())),
        "{}",
        out.text
    );
    assert_eq!(
        out.removed_headers,
        ["X-PerfectGym-Signature", "Authorization", "Cookie"]
    );
    assert_eq!(out.masked_params, ["token"]);
}

#[test]
fn content_length_follows_the_body_only_when_it_was_right() {
    let body = r#"{"eventType": "Session Booked", "subject": {"member": {"firstName": "Bo", "fullName": "Justin Credible"}}}"#;
    for (declared, follows) in [(body.len(), true), (3, false)] {
        let text = format!("POST /h HTTP/1.1\nContent-Length: {declared}\n\n{body}");
        let out = check(&text);
        let new_body_len = out.text.split("\n\n").nth(1).unwrap_or_default().len();
        let shown = if follows { new_body_len } else { 3 };
        assert!(
            out.text.contains(&format!("Content-Length: {shown}\n")),
            "{}",
            out.text
        );
    }
}

#[test]
fn a_value_a_diagnostic_points_at_survives_and_the_rest_is_replaced() {
    let text = r#"{"eventType": "Lead created", "subjectType": "LEAD", "subject": {"member": null, "attendee": null,
        "lead": {"firstName": "Amanda", "lastName": "Huggenkiss", "fullName": "Amanda Huggenkiss",
                 "dateOfBirth": "1986-02-30T00:00:00", "mobile": 447987654321, "email": "amanda@example.org"}},
        "payload": {"document": {"description": "Welcome pack for Amanda Huggenkiss", "filename": "amanda_huggenkiss.pdf"}}}"#;
    let out = check(text);
    assert_eq!(out.kept, ["subject.lead.dateOfBirth"], "{out:?}");
    assert!(
        out.text.contains("1986-02-30T00:00:00"),
        "the impossible date is the problem being shared"
    );
    assert!(
        out.text.contains("447987654321"),
        "a number where text belongs is a type error: kept"
    );
    assert!(
        !out.text.contains("Amanda") && !out.text.contains("amanda"),
        "{}",
        out.text
    );
    assert_eq!(
        out.mentions, 2,
        "the description and the file name name her too"
    );
}

#[test]
fn delimited_names_keep_their_separators_and_staff_names_are_consistent() {
    let text = r#"{"eventType": "x", "subjectType": "", "subject": null, "payload": {
        "dropSlotEventSlot": {"hosts": "Rick Ottersheese; Sarah Trainer", "attendees": "Alice Tikband, Bob Ross"},
        "session": {"leadCoach": "Sarah Trainer"}, "booking": {"bookedBy": "Alice Tikband"}}}"#;
    let out = check(text);
    let after = analyze(&out.text);
    let value = |path: &str| {
        personal_texts(&after)
            .into_iter()
            .find(|(p, _, _)| p == path)
            .map(|(_, _, v)| v)
            .unwrap_or_default()
    };
    let hosts = value("payload.dropSlotEventSlot.hosts");
    let (first_host, second_host) = hosts.split_once("; ").unwrap_or_default();
    assert!(
        !first_host.is_empty() && !second_host.contains(';'),
        "{hosts}"
    );
    assert_eq!(second_host, value("payload.session.leadCoach"));
    let attendees = value("payload.dropSlotEventSlot.attendees");
    assert_eq!(
        attendees.split_once(", ").map(|p| p.0.to_owned()),
        Some(value("payload.booking.bookedBy"))
    );
}

#[test]
fn a_body_that_is_not_json_loses_only_its_credentials() {
    let text = "POST /h HTTP/1.1\nAuthorization: Basic Zm9v\n\n{\"event\": ";
    let out = check(text);
    assert_eq!(out.text, "POST /h HTTP/1.1\n\n{\"event\": ");
    assert!(out.replaced.is_empty());
}

#[test]
fn curl_verbose_output_loses_its_signature_too() {
    let body = "{\"event\": \"UserModified\", \"triggeredDate\": \"2020-06-01T14:44:46Z\", \"data\": {\"userId\": 7}}";
    let text = format!(
        "* Connected\n> POST /hooks?token=abc HTTP/1.1\n> X-PerfectGym-Request: r-1\n> X-PerfectGym-Signature: 0123456789abcdef0123456789abcdef\n>\n{body}\n"
    );
    let out = check(&text);
    assert!(!out.text.contains("0123456789abcdef"), "{}", out.text);
    assert!(!out.text.contains("abc HTTP"), "{}", out.text);
    assert!(
        out.text.contains("> X-PerfectGym-Request: r-1\n"),
        "{}",
        out.text
    );
    assert_eq!(out.removed_headers, ["X-PerfectGym-Signature"]);
}
