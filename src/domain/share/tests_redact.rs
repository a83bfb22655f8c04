//! Redaction: each case found leaking, one by one; the forms × catalogue property is in
//! `tests/it/share_redaction.rs`.

use super::*;
use crate::domain::analysis::analyze;
use crate::domain::examples::first_example;
use crate::domain::schema::Vendor;

/// The redacted text and its report; fails the test when refused.
fn redacted(text: &str) -> (String, Report) {
    let prepared = prepare(text, None);
    match prepared.outcome {
        Outcome::Redacted(report) => (prepared.text, report),
        Outcome::Refused(r) => panic!("refused: {}\n{text}", r.sentence()),
    }
}

/// Diagnostics as the page lists them, positions included (every replacement keeps lengths).
fn diagnostics(text: &str) -> Vec<(String, &'static str, usize, usize)> {
    analyze(text)
        .diagnostics
        .iter()
        .map(|d| {
            (
                d.path.clone(),
                d.kind.key(),
                d.position.line,
                d.position.column,
            )
        })
        .collect()
}

fn assert_gone(text: &str, values: &[&str]) {
    let lower = text.to_lowercase();
    for v in values {
        assert!(
            !lower.contains(&v.to_lowercase()),
            "{v} survived in\n{text}"
        );
    }
}

const MEMBER: [&str; 8] = [
    "Justin",
    "Credible",
    "447123456789",
    "TS1 2AB",
    "123 The Street",
    "1983-05-15",
    "Townsville",
    "Countyshire",
];

#[test]
fn the_gymos_example_keeps_no_member_data_in_any_spelling_people_paste() {
    let example = first_example(Vendor::GymOs);
    let comment = example.replacen("{\n", "{\n  // from the logs\n", 1);
    let trailing = example.replacen("\"userType\": \"Member\"", "\"userType\": \"Member\",", 1);
    for text in [
        example.clone(),
        format!("\u{feff}{example}"),
        comment,
        trailing,
        format!("[{example}, {example}]"),
    ] {
        let (out, report) = redacted(&text);
        assert_gone(&out, &MEMBER);
        assert_eq!(
            out.len(),
            text.len(),
            "every stand-in has its value's length"
        );
        assert_eq!(diagnostics(&out), diagnostics(&text));
        assert!(report.personal >= 15, "{report:?}");
        assert!(report.kept.is_empty());
    }
}

#[test]
fn the_same_paste_always_gives_the_same_link() {
    let example = first_example(Vendor::GymOs);
    assert_eq!(prepare(&example, None), prepare(&example, None));
}

#[test]
fn every_request_of_a_paste_loses_its_signature_and_credentials_but_not_its_id() {
    let request = |id: &str, sig: &str| {
        let body = format!("{{\"event\": \"UserModified\", \"triggeredDate\": \"2020-06-01T14:44:46Z\", \"data\": {{\"userId\": 7, \"id\": \"{id}\"}}}}");
        format!(
            "POST /hooks?token=abc123&club=7 HTTP/1.1\r\nHost: r.example.com\r\nX-PerfectGym-Request: {id}\r\n\
             X-PerfectGym-Signature: {sig}\r\nAuthorization: Bearer xyz\r\n  continued\r\nCookie: s=1; theme=dark\r\n\
             Content-Length: {}\r\n\r\n{body}",
            body.len()
        )
    };
    let text = format!(
        "{}\r\n{}",
        request("r-1", "0123456789abcdef0123456789abcdef"),
        request("r-2", "fedcba9876543210fedcba9876543210")
    );
    let (out, report) = redacted(&text);
    assert_gone(
        &out,
        &[
            "0123456789abcdef",
            "fedcba98765",
            "Bearer xyz",
            "continued",
            "s=1",
            "abc123",
        ],
    );
    for kept in [
        "X-PerfectGym-Request: r-1\r\n",
        "X-PerfectGym-Request: r-2\r\n",
        "X-PerfectGym-Signature: REDACTEDxxx",
        "theme=xxxx",
        "?token=xxxxxx&club=7",
    ] {
        assert!(out.contains(kept), "{kept} in\n{out}");
    }
    assert_eq!(diagnostics(&out), diagnostics(&text));
    assert_eq!(report.deliveries, 2);
    for name in [
        "?token",
        "X-PerfectGym-Signature",
        "Authorization",
        "Cookie",
    ] {
        assert!(
            report.credentials.iter().any(|c| c == name),
            "{name}: {report:?}"
        );
    }
}

#[test]
fn credentials_are_found_by_shape_not_by_a_list() {
    let headers = [
        "X-Gymos-Webhook-Key: k-0123456789",
        "X-Webhook-Key: wk",
        "X-Access-Key: ak",
        "X-Hmac-Sha256: hm",
        "X-Credentials: cr",
        "X-Session-Id: si",
        "Proxy-Authorization: Basic cHJveHk6cHc=",
        "X-Trace: 9f8e7d6c5b4a39281706f5e4d3c2b1a0ffeeddcc",
        "Referer: https://admin.example.com/x?pwd=hunter2&page=2",
        "X-Original-URI: /hooks?jwt=eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.&sid=77&k=9",
    ];
    let body = "{\"event\": \"Test\", \"triggeredDate\": \"2020-06-01T14:44:46Z\", \"data\": {}}";
    let text = format!("POST /hooks HTTP/1.1\n{}\n\n{body}", headers.join("\n"));
    let (out, _) = redacted(&text);
    for secret in [
        "k-0123456789",
        ": wk",
        ": ak",
        ": hm",
        ": cr",
        ": si",
        "cHJveHk6cHc",
        "9f8e7d6c",
        "hunter2",
        "eyJ",
        "sid=77",
        "k=9",
    ] {
        assert!(!out.contains(secret), "{secret} survived in\n{out}");
    }
    assert!(out.contains("page=2") && out.contains("Basic "), "{out}");
    assert_eq!(diagnostics(&out), diagnostics(&text));
    // A raw request cannot carry a space before a header's colon (the page reads the body from there),
    // but a log can: any spacing is masked.
    let log = format!("authorization : Basic dXNlcjpwdw==\n{body}\n{body}\n");
    let (out, _) = redacted(&log);
    assert!(
        out.starts_with("authorization : Basic REDACTEDxx==\n"),
        "{out}"
    );
}

#[test]
fn a_diagnostic_on_an_object_exempts_nothing_inside_it() {
    let example = first_example(Vendor::GymOs)
        .replace("\"subjectType\": \"MEMBER\"", "\"subjectType\": \"\"");
    assert!(analyze(&example)
        .diagnostics
        .iter()
        .any(|d| d.path.starts_with("subject")));
    let (out, report) = redacted(&example);
    assert_gone(&out, &MEMBER);
    assert!(report.kept.is_empty());
}

#[test]
fn a_personal_value_that_is_the_problem_becomes_a_stand_in_with_the_same_problem() {
    let text = r#"{"eventType": "Lead created", "subjectType": "LEAD", "subject": {"member": null, "attendee": null,
        "lead": {"firstName": "Amanda", "lastName": "Huggenkiss", "fullName": "Amanda Huggenkiss",
                 "dateOfBirth": "1986-02-30T00:00:00", "mobile": 447987654321, "email": "amanda@example.org"}},
        "payload": {"document": {"description": "Welcome pack for Amanda Huggenkiss", "filename": "amanda_huggenkiss.pdf"}}}"#;
    for (real, year, layout) in [
        ("1986-02-30T00:00:00", "1986", "-02-30T00:00:00"),
        ("14/08/1991", "1991", "/"),
    ] {
        let text = text.replace("1986-02-30T00:00:00", real);
        assert!(analyze(&text)
            .diagnostics
            .iter()
            .any(|d| d.path == "subject.lead.dateOfBirth"));
        let (out, report) = redacted(&text);
        assert_gone(&out, &[real, year, "Amanda", "Huggenkiss", "447987654321"]);
        assert!(out.contains(layout), "{out}");
        assert!(report.kept.is_empty(), "{report:?}");
        assert_eq!(diagnostics(&out), diagnostics(&text), "{out}");
    }
}

#[test]
fn known_values_are_followed_everywhere_in_their_variants() {
    let example = first_example(Vendor::GymOs).replace(
        "\"caller\": \"Hope Lescase\"",
        "\"memberEmail\": \"justin.credible@gmail.test\", \"note\": \"JUSTIN  CREDIBLE lives with Jane at 123 the street, TS12AB; call 07123 456789\"",
    );
    let text = format!("2025-11-26 INFO justin@credible.example sent {example}");
    let (out, _) = redacted(&example);
    assert_gone(
        &out,
        &[
            "justin",
            "credible",
            "07123 456789",
            "TS12AB",
            "123 the street",
        ],
    );
    // A log line's prefix is swept too: its e-mail address, and the member's name in it.
    let (out, _) = redacted(&text);
    assert_gone(&out, &["justin", "credible", "07123 456789"]);
    assert!(out.starts_with("2025-11-26 INFO "), "{out}");
}

#[test]
fn body_measurements_and_health_flags_are_replaced_in_their_fields() {
    let text = r#"{"eventType": "x", "subjectType": "", "subject": null, "payload": {
        "weighIn": {"heightCm": 176, "weightKg": 75.2, "bodyFatPercentage": 19.2, "notes": "Knee still sore"},
        "injury": {"isPregnant": true, "medications": "Ibuprofen", "allergies": "None", "injuryCount": 3}}}"#;
    let (out, _) = redacted(text);
    assert_gone(
        &out,
        &[
            "176",
            "75.2",
            "19.2",
            "Knee still sore",
            "true",
            "Ibuprofen",
            "injuryCount\": 3",
        ],
    );
    assert!(
        out.contains("\"isPregnant\":false") && out.contains("\"allergies\": \"None\""),
        "{out}"
    );
    assert_eq!(out.len(), text.len());
    assert_eq!(diagnostics(&out), diagnostics(text));
}

#[test]
fn what_the_page_cannot_read_is_refused_not_guessed() {
    for (text, why) in [
        (
            "POST /h HTTP/1.1\nAuthorization: Basic Zm9v\n\n{\"event\": ",
            "not JSON",
        ),
        ("{\"name\": \"Justin Credible\"}", "no vendor"),
        ("Lives with Daniel at Flat 3", "not JSON"),
    ] {
        let prepared = prepare(text, None);
        let Outcome::Refused(refusal) = &prepared.outcome else {
            panic!("{text} was shared redacted");
        };
        assert!(refusal.sentence().contains(why), "{}", refusal.sentence());
        assert_eq!(prepared.text, text, "a second click shares it as it is");
    }
}

#[test]
fn curl_output_and_commands_lose_their_credentials() {
    let body = "{\"event\": \"UserModified\", \"triggeredDate\": \"2020-06-01T14:44:46Z\", \"data\": {\"userId\": 7}}";
    let verbose = format!("* Connected\n> POST /hooks?token=abc HTTP/1.1\n> X-PerfectGym-Request: r-1\n> X-PerfectGym-Signature: 0123456789abcdef0123456789abcdef\n>\n{body}\n");
    let command = format!("curl -X POST 'https://r.example.com/h?sig=abcdef' -H 'X-Api-Key: key-123456' -u ops:hunter2 \\\n  --data-binary '{body}'");
    for text in [verbose, command] {
        let (out, report) = redacted(&text);
        assert_gone(
            &out,
            &[
                "0123456789abcdef",
                "token=abc",
                "sig=abcdef",
                "key-123456",
                "hunter2",
            ],
        );
        assert!(!report.credentials.is_empty());
        assert_eq!(diagnostics(&out), diagnostics(&text));
    }
}
