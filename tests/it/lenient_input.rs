//! Forgiving input: what people actually paste is read anyway and explained, with
//! positions still pointing into the text as pasted.

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::Severity;

const BODY: &str =
    r#"{"event": "UserModified", "triggeredDate": "2020-06-01T14:44:46Z", "data": {"userId": 7}}"#;

fn kinds(text: &str) -> Vec<String> {
    analyze(text)
        .diagnostics
        .iter()
        .map(|d| format!("{} {}:{}", d.kind.key(), d.position.line, d.position.column))
        .collect()
}

#[test]
fn a_byte_order_mark_is_ignored_and_noted() {
    let a = analyze(&format!("\u{feff}{BODY}"));
    assert_eq!(a.vendor_slug(), "perfectgym");
    assert_eq!(a.count(Severity::Error), 0);
    assert_eq!(
        kinds(&format!("\u{feff}{BODY}")),
        ["bom 1:1", "observed 1:78"]
    );
    let note = a
        .diagnostics
        .first()
        .map(|d| d.message.as_str())
        .unwrap_or_default();
    assert!(
        note.starts_with("A byte-order mark (U+FEFF) comes before the body: ignored here."),
        "{note}"
    );
    let request = format!("POST /h HTTP/1.1\nX-PerfectGym-Request: 1\n\n\u{feff}{BODY}");
    assert_eq!(kinds(&request), ["bom 4:1", "observed 4:78"]);
}

#[test]
fn comments_and_trailing_commas_are_each_an_error_and_the_rest_is_read() {
    let text = "{\n  // the event\n  \"event\": \"UserModified\", /* when */ \"triggeredDate\": \"2020-06-01T14:44:46Z\",\n  \"data\": {\"userId\": 7, \"note\": \"a // not a comment, \"},\n}";
    let a = analyze(text);
    assert_eq!(a.vendor_slug(), "perfectgym", "{:?}", a.diagnostics);
    assert_eq!(
        kinds(text),
        [
            "comment 2:3",
            "comment 3:28",
            "trailing-comma 4:56",
            "observed 4:12",
            "undocumented 4:25"
        ]
    );
    let first = a
        .diagnostics
        .first()
        .map(|d| d.message.clone())
        .unwrap_or_default();
    assert_eq!(first, "JSON allows no comments: this one is set aside to read the rest, but a receiver's JSON parser rejects the whole body.");
    assert_eq!(a.count(Severity::Error), 3);
    // The string that merely contains "//" and ", " is left as it is.
    let root = a.root.expect("typed");
    let data = root
        .get("data")
        .map(|f| format!("{:?}", f.value))
        .unwrap_or_default();
    assert!(data.contains("a // not a comment, "), "{data}");
}

#[test]
fn curl_verbose_output_is_read_from_its_request_lines() {
    let text = format!(
        "* Connected to r.example.com port 443\n> POST /hooks HTTP/1.1\n> Host: r.example.com\n> X-PerfectGym-Request: r-9\n> Content-Length: {}\n>\n{BODY}\n< HTTP/1.1 200 OK\n< content-length: 2\n",
        BODY.len() + 1
    );
    let a = analyze(&text);
    assert_eq!(a.vendor_slug(), "perfectgym", "{:?}", a.diagnostics);
    let request = a.request.clone().expect("the request lines were read");
    assert_eq!(request.method.as_deref(), Some("POST"));
    assert!(request
        .headers
        .iter()
        .any(|(n, v)| n == "X-PerfectGym-Request" && v == "r-9"));
    assert_eq!(kinds(&text).first().map(String::as_str), Some("curl 1:1"));
    assert_eq!(a.count(Severity::Error), 0, "{:?}", a.diagnostics);
}

#[test]
fn a_pasted_response_is_recognised_as_such() {
    let text = format!("HTTP/1.1 200 OK\nContent-Type: application/json\n\n{BODY}");
    let a = analyze(&text);
    assert_eq!(a.vendor_slug(), "perfectgym");
    let first = a.diagnostics.first().expect("a note");
    assert_eq!((first.kind.key(), first.position.line), ("response", 1));
    assert!(first
        .message
        .starts_with("This starts with an HTTP response's status line"));
}

#[test]
fn real_syntax_errors_stay_syntax_errors() {
    for text in [
        "{\"event\": }",
        "> nope",
        "{\"a\": 1} trailing",
        "// only a comment",
        // The second comma is a trailing one, but blanking it leaves the first: still not JSON.
        "{\"a\": 12,,\n}",
    ] {
        let a = analyze(text);
        let kinds: Vec<&str> = a.diagnostics.iter().map(|d| d.kind.key()).collect();
        assert_eq!(
            kinds,
            ["syntax"],
            "{text}: only the strict error, no half-forgiven notes"
        );
    }
}
