//! Checks on the request around the body and on values that break real receivers: each with its exact message and its place in the paste.

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::{Diagnostic, Severity};

const BODY: &str =
    r#"{"event": "UserModified", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 7}}"#;

fn found(text: &str, kind: &str) -> Vec<Diagnostic> {
    analyze(text)
        .diagnostics
        .into_iter()
        .filter(|d| d.kind.key() == kind)
        .collect()
}

fn one(text: &str, kind: &str) -> Diagnostic {
    let all = found(text, kind);
    assert_eq!(all.len(), 1, "{kind} in {text}: {all:?}");
    all.into_iter().next().unwrap_or_else(|| unreachable!())
}

#[test]
fn a_documented_request_raises_no_request_warning() {
    let text = format!(
        "POST /hooks HTTP/1.1\r\nHost: r.example.com\r\nContent-Type: application/json; charset=utf-8\r\n\
         Content-Length: {}\r\nX-PerfectGym-Request: r-1\r\nX-PerfectGym-Signature: 00\r\n\r\n{BODY}",
        BODY.len()
    );
    let a = analyze(&text);
    assert_eq!(a.count(Severity::Warning), 0, "{:?}", a.diagnostics);
}

#[test]
fn method_content_type_and_encoding() {
    let d = one(&format!("PUT /hooks HTTP/1.1\n\n{BODY}"), "method");
    assert_eq!(
        d.message,
        "The request is a PUT; Perfect Gym sends every webhook as an HTTP POST."
    );
    assert_eq!(
        (d.position.line, d.position.column, d.path.as_str()),
        (1, 1, "(request)")
    );
    let d = one(
        &format!("POST /h HTTP/1.1\nContent-Type: text/plain\n\n{BODY}"),
        "content-type",
    );
    assert_eq!(d.message, "Content-Type is text/plain; the body is JSON, and receivers that pick a parser by this header will not read it as JSON.");
    assert_eq!(d.position.line, 2);
    assert!(found(
        &format!("POST /h HTTP/1.1\nContent-Type: application/vnd.x+json\n\n{BODY}"),
        "content-type"
    )
    .is_empty());
    let d = one(
        &format!("POST /h HTTP/1.1\nContent-Encoding: gzip\n\n{BODY}"),
        "content-encoding",
    );
    assert!(
        d.message
            .starts_with("Content-Encoding is gzip: the body that was sent is compressed"),
        "{}",
        d.message
    );
}

#[test]
fn content_length_says_what_would_have_matched() {
    let len = BODY.len();
    let message = |declared: String, body: &str| {
        one(
            &format!("POST /h HTTP/1.1\nContent-Length: {declared}\n\n{body}"),
            "content-length",
        )
        .message
    };
    assert_eq!(
        message(format!("{}", len + 1), BODY),
        format!("Content-Length says {}, but the body here is {len} bytes: a receiver waits for bytes that never come, then times out.", len + 1)
    );
    assert_eq!(
        message(format!("{}", len - 5), BODY),
        format!("Content-Length says {}, but the body here is {len} bytes: a receiver reading {} bytes cuts the body short.", len - 5, len - 5)
    );
    assert!(message(format!("{len}"), &format!("{BODY}\n"))
        .contains("matches the body without its final line break"));
    let two_lines = "{\n\"event\": \"Test\"}";
    assert!(message(format!("{}", two_lines.len() + 1), two_lines)
        .contains("matches the body with CRLF line endings"));
    assert!(message("ten".into(), BODY).ends_with("it is not a number."));
    assert!(found(
        &format!("POST /h HTTP/1.1\nContent-Length: {len}\n\n{BODY}"),
        "content-length"
    )
    .is_empty());
}

#[test]
fn a_second_signing_header_names_the_one_the_check_used() {
    let text = format!(
        "POST /h HTTP/1.1\nX-PerfectGym-Signature: aa\nx-perfectgym-signature: bb\n\n{BODY}"
    );
    let d = one(&text, "duplicate-header");
    assert_eq!(d.message, "X-PerfectGym-Signature is sent 2 times; the signature check here uses the first (line 2, \"aa\"), and receivers differ in which they read.");
    assert_eq!(d.position.line, 3);
}

#[test]
fn plain_http_and_other_ports_are_never_called() {
    let d = one(
        &format!("POST http://r.example.com/hooks HTTP/1.1\n\n{BODY}"),
        "insecure-target",
    );
    assert_eq!(d.message, "The request target uses plain http: Perfect Gym only calls webhooks over HTTPS on port 443, so it never delivers to http://r.example.com/hooks.");
    let d = one(
        &format!("POST /hooks HTTP/1.1\nHost: r.example.com:8443\n\n{BODY}"),
        "insecure-target",
    );
    assert!(
        d.message.starts_with("The Host header uses port 8443"),
        "{}",
        d.message
    );
    assert!(found(
        &format!("POST https://r.example.com:443/h HTTP/1.1\nHost: r.example.com\n\n{BODY}"),
        "insecure-target"
    )
    .is_empty());
}

#[test]
fn a_folded_header_line_is_pointed_at() {
    let d = one(
        &format!("POST /h HTTP/1.1\nX-Note: one\n  two\n\n{BODY}"),
        "folded-header",
    );
    assert_eq!((d.position.line, d.found.as_deref()), (3, Some("two")));
    assert!(d
        .message
        .starts_with("A header line continued on the next line (obsolete folding"));
}

#[test]
fn ids_past_2_to_the_53_say_what_javascript_reads() {
    let text = BODY.replace("\"userId\": 7", "\"userId\": 9007199254740993");
    let d = one(&text, "precision");
    assert_eq!(d.message, "9007199254740993 is past 2^53: JavaScript's JSON.parse reads it as 9007199254740992, so a Node receiver sees another id. Parse ids as strings or with a big-integer JSON reader.");
    assert_eq!(d.path, "data.userId");
    assert!(found(
        &BODY.replace("\"userId\": 7", "\"userId\": 9007199254740992"),
        "precision"
    )
    .is_empty());
}

#[test]
fn decimals_and_offsets_past_what_dotnet_holds() {
    let gymos =
        |payload: &str| format!(r#"{{"eventType": "Session Booked", "payload": {payload}}}"#);
    let d = one(&gymos(r#"{"credit": {"cost": 1e29}}"#), "range");
    assert_eq!(d.message, "1e29 is larger than .NET's decimal can hold (79228162514264337593543950335): deserialising it into a decimal throws.");
    let d = one(
        &gymos(r#"{"booking": {"bookedTimeUtc": "2025-11-26T16:02:00+15:00"}}"#),
        "range",
    );
    assert_eq!(d.message, "2025-11-26T16:02:00+15:00 has an offset past ±14:00, which no time zone uses: .NET's DateTimeOffset throws on it.");
    assert!(found(
        &gymos(r#"{"booking": {"bookedTimeUtc": "2025-11-26T16:02:00+14:00"}}"#),
        "range"
    )
    .is_empty());
}

#[test]
fn invisible_and_bidi_characters_are_named_and_shown() {
    let text = "{\"eventType\": \"Session Booked\", \"payload\": {\"booking\": {\"bookedBy\": \"Jo\u{200B}hn \u{202E}Smith\"}}}";
    let d = one(text, "invisible");
    assert_eq!(d.message, "The value holds 2 invisible characters (U+200B at character 3, U+202E at character 7): it looks like \"John Smith\" but compares unequal to it, and bidirectional controls can reorder how it displays.");
    assert_eq!(d.found.as_deref(), Some("Jo⟨U+200B⟩hn ⟨U+202E⟩Smith"));
    assert!(found("{\"eventType\": \"Session Booked\", \"payload\": {\"booking\": {\"bookedBy\": \"Line\\nbreak\"}}}", "invisible").is_empty());
}

#[test]
fn an_event_name_with_whitespace_around_it_is_a_spelling_warning() {
    let d = one(
        &BODY.replace("\"UserModified\"", "\" UserModified\""),
        "spelling",
    );
    assert_eq!(d.message, "The event name \" UserModified\" has whitespace around it: matched here after trimming, but receivers comparing it exactly to \"UserModified\" miss the event.");
}

/// The delivery rules are the detected vendor's: GymOS documents an HTTP POST with a JSON body but no
/// HTTPS or port rule, so only what it documents is held against a GymOS request; a body no vendor
/// sends gets only the checks that hold for any request.
#[test]
fn only_the_detected_vendors_rules_apply() {
    let gymos = gymhook::domain::examples::first_example(gymhook::domain::schema::Vendor::GymOs);
    let plain = format!(
        "PUT http://r.example.com:8080/gymos HTTP/1.1\nHost: r.example.com:8080\n\
         Content-Type: text/plain\nX-PerfectGym-Request: a\nX-PerfectGym-Request: b\n\n{gymos}"
    );
    assert!(found(&plain, "insecure-target").is_empty());
    assert!(found(&plain, "duplicate-header").is_empty());
    assert_eq!(
        one(&plain, "method").message,
        "The request is a PUT; GymOS sends every webhook as an HTTP POST."
    );
    assert_eq!(one(&plain, "content-type").position.line, 3);
    let stranger = "PUT http://r.example.com/x HTTP/1.1\nContent-Type: text/plain\n\
                    Content-Length: 1\n\n{\"id\": 1}";
    let kinds: Vec<&str> = analyze(stranger)
        .diagnostics
        .iter()
        .map(|d| d.kind.key())
        .filter(|k| *k != "vendor")
        .collect();
    assert_eq!(kinds, ["content-length"]);
}
