//! Regression tests for what `make fuzz` (cargo-fuzz, `fuzz/`) found: each test is the minimised input
//! of one crash, named after the property it broke.

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Diagnostic;
use gymhook::domain::share::{prepare, Outcome};

/// Diagnostics as kinds and paths: what redaction must keep exactly (it keeps positions too).
fn kinds_and_paths(diagnostics: &[Diagnostic]) -> Vec<(&'static str, String)> {
    let mut out: Vec<_> = diagnostics
        .iter()
        .map(|d| (d.kind.key(), d.path.clone()))
        .collect();
    out.sort();
    out
}

/// The redacted text; the test fails when the paste is refused.
fn redacted(text: &str) -> String {
    let prepared = prepare(text, None);
    assert!(
        matches!(prepared.outcome, Outcome::Redacted(_)),
        "{text:?}: {:?}",
        prepared.outcome
    );
    prepared.text
}

/// fuzz target `share_decode`: a Perfect Gym request recognised only by its `X-PerfectGym-Signature`
/// header (the body lacks the envelope) lost its vendor when redacted, since redaction dropped that header.
#[test]
fn redacting_a_request_recognised_by_its_signature_header_keeps_the_vendor() {
    let text =
        "POST /h HTTP/1.1\r\nX-PerfectGym-Signature: 0123456789abcdef0123456789abcdef\r\n\r\n\
                {\"triggeredDate\": \"2025-01-23T10:10:16Z\", \"data\": {\"userId\": 1}}";
    let before = analyze(text);
    assert!(before.vendor().is_some(), "{:?}", before.detection);
    let redacted = redacted(text);
    assert!(!redacted.contains("0123456789abcdef"), "{redacted}");
    let after = analyze(&redacted);
    assert_eq!(after.vendor(), before.vendor(), "{redacted}");
    assert_eq!(
        kinds_and_paths(&after.diagnostics),
        kinds_and_paths(&before.diagnostics)
    );
}

/// fuzz target `share_decode`: a paste of headers without a request line, whose first header is a
/// credential followed by a folded line that looks like `"name": value`. Redaction once removed the
/// header and read the folded line as a header of its own; the redacted text then read as one bare body.
#[test]
fn redacting_a_first_credential_header_keeps_its_folded_line_with_it() {
    let text = "Authorization: Bearer x\n  \"a\": 1\nHost: h\n\n\
                {\"event\": \"Test\", \"triggeredDate\": \"2020-06-01T14:44:46Z\", \"data\": {}}";
    let redacted = redacted(text);
    assert!(
        !redacted.contains("\"a\": 1"),
        "the folded line is part of the credential"
    );
    assert_eq!(
        kinds_and_paths(&analyze(&redacted).diagnostics),
        kinds_and_paths(&analyze(text).diagnostics),
        "{redacted}"
    );
}

/// fuzz target `share_decode`: text that is no request and no JSON, whose lines look like a header once
/// curl's `< ` line and the comment are blanked, was written out twice. Now nothing in it is read, so it
/// is refused, and the text a second click would share is the paste as it is.
#[test]
fn text_that_is_neither_request_nor_json_is_refused_as_it_is() {
    let text = "< /*\n0:{\n}";
    let before = analyze(text);
    assert!(before.request.is_none() && before.root.is_none());
    let prepared = prepare(text, None);
    assert!(
        matches!(prepared.outcome, Outcome::Refused(_)),
        "{:?}",
        prepared.outcome
    );
    assert_eq!(prepared.text, text);
}

/// fuzz target `share_decode`: any `X-PerfectGym-*` header whose name reads as a credential (here
/// `-Secret`) names the vendor for detection; removing it took the vendor with it. Masking keeps it.
#[test]
fn redacting_any_perfect_gym_credential_header_keeps_the_vendor() {
    let text = "X-PerfectGym-Secret: s\n\n{}";
    let before = analyze(text);
    assert!(before.vendor().is_some(), "{:?}", before.detection);
    let redacted = redacted(text);
    assert_eq!(redacted, "X-PerfectGym-Secret: x\n\n{}");
    assert_eq!(analyze(&redacted).vendor(), before.vendor());
}

/// fuzz target `share_decode`: a Content-Length that was wrong was kept, but replacing personal values
/// changed the body's length, and when the new length happened to be the declared one the
/// `content-length` warning the user was sharing disappeared. Stand-ins now keep every length.
#[test]
fn a_content_length_stays_as_right_or_wrong_as_it_was() {
    let body = gymhook::domain::examples::first_example(gymhook::domain::schema::Vendor::GymOs);
    for declared in [0, body.len() - 1, body.len(), body.len() + 1] {
        let text = format!("POST /h HTTP/1.1\r\nContent-Length: {declared}\r\n\r\n{body}");
        let before = analyze(&text);
        let redacted = redacted(&text);
        assert_ne!(redacted, text, "the example has names to replace");
        assert_eq!(redacted.len(), text.len());
        assert_eq!(
            kinds_and_paths(&analyze(&redacted).diagnostics),
            kinds_and_paths(&before.diagnostics),
            "declared {declared}"
        );
    }
}

/// fuzz target `share_decode`: removing a credential header that is the paste's first line (headers
/// pasted without a request line) made the next line the first, and the first line decides how the rest
/// is read (curl -v output, a request line). Credentials are now masked in place: no line moves. The
/// fuzzer's own inputs have bodies that are not JSON, and are refused.
#[test]
fn masking_a_first_line_credential_header_does_not_change_how_the_rest_is_read() {
    for text in ["Authorization: x\n\n>", "token:\n\nT m HTTP/1"] {
        assert!(
            matches!(prepare(text, None).outcome, Outcome::Refused(_)),
            "{text:?}"
        );
    }
    let body = "{\"event\": \"Test\", \"triggeredDate\": \"2020-06-01T14:44:46Z\", \"data\": {}}";
    for text in [
        format!("Authorization: x\nHost: h\n\n{body}"),
        format!("token: abc\nX-Other: 1\n\n{body}"),
        format!("> POST /h HTTP/1.1\n> Authorization: x\n>\n{body}"),
    ] {
        let text = text.as_str();
        let redacted = redacted(text);
        assert_eq!(kinds(&redacted), kinds(text), "{text:?} → {redacted:?}");
    }
}

fn kinds(text: &str) -> Vec<&'static str> {
    analyze(text)
        .diagnostics
        .iter()
        .map(|d| d.kind.key())
        .collect()
}

/// Seen while triaging a `share_decode` crash (`*\nauth:{//`): comments are looked for from the first `{`
/// or `[` of the whole paste (`body_extras` in src/domain/lenient.rs), so once a header value holds a brace,
/// the `//` of a later header's URL is taken for a JSON comment: reported as an error, and blanked.
#[test]
fn a_url_in_a_header_after_a_brace_is_no_json_comment() {
    let text = "> POST /h HTTP/1.1\n> X-Meta: {\"a\":1}\n> Referer: https://example.com/a\n> \n\
                {\"eventType\": \"Session Booked\", \"payload\": {}}";
    assert!(!kinds(text).contains(&"comment"), "{:?}", kinds(text));
}

/// Seen while triaging the same crash: in `curl -v` output, blanking the `> ` markers leaves every header
/// line indented, and the request check (src/domain/http/checks.rs `folded`) reports each as a folded
/// header, although curl never folds.
#[test]
fn curl_verbose_headers_are_not_folded_lines() {
    let text = "> POST /h HTTP/1.1\n> Host: example.com\n> Content-Type: application/json\n> \n\
                {\"eventType\": \"Session Booked\", \"payload\": {}}";
    assert!(kinds(text).contains(&"curl"), "{:?}", kinds(text));
    assert!(!kinds(text).contains(&"folded-header"), "{:?}", kinds(text));
}
