//! What the analysis says about a paste as the capture readers read it: offsets in the paste, the
//! receiver's answer judged, bodies that are not JSON named for what they are.

use super::*;

const PGM: &str = r#"{"event":"Test","triggeredDate":"2020-06-01T14:44:46Z","data":{}}"#;

fn kinds(a: &Analysis) -> Vec<&'static str> {
    a.diagnostics.iter().map(|d| d.kind.key()).collect()
}

#[test]
fn a_form_encoded_body_is_named_as_such_never_said_to_be_json() {
    let text = "POST /h HTTP/1.1\nX-PerfectGym-Request: 1\nContent-Type: application/x-www-form-urlencoded\n\n\
                a=1&payload=%7B%22event%22%3A%22Test%22%7D";
    let a = analyze(text);
    let messages: Vec<&str> = a.diagnostics.iter().map(|d| d.message.as_str()).collect();
    assert!(
        messages.iter().all(|m| !m.contains("the body is JSON")),
        "{messages:?}"
    );
    assert_eq!(kinds(&a), ["content-type", "syntax"]);
    assert_eq!(
        messages.first().copied(),
        Some("Content-Type is application/x-www-form-urlencoded, and the body is not JSON: Perfect Gym sends its webhooks as JSON (application/json).")
    );
    assert_eq!(
        messages.get(1).copied(),
        Some("The body is form-encoded (name=value&…), not JSON: the vendors send their webhooks as JSON. Its \"payload\" field holds JSON: \"Open the unwrapped JSON\" reads it.")
    );
}

#[test]
fn curl_output_without_its_body_still_names_the_vendor_and_judges_the_answer() {
    let text = "* Connected to r.example.com\n> POST /h HTTP/1.1\n> X-PerfectGym-Request: 7\n\
                > X-PerfectGym-Signature: 00\n> Content-Length: 66\n> \n} [66 bytes data]\n\
                < HTTP/1.1 500 Internal Server Error\n< \nboom\n";
    let a = analyze(text);
    assert_eq!(a.vendor_slug(), "perfectgym");
    assert_eq!(kinds(&a), ["curl", "curl", "answer"]);
    let answer = a.diagnostics.last().expect("the answer");
    assert_eq!(
        answer.span.slice(text),
        Some("HTTP/1.1 500 Internal Server Error")
    );
    assert_eq!(answer.position.line, 8);
    assert_eq!(
        a.response.as_ref().and_then(|r| r.body.as_deref()),
        Some("boom")
    );
    // The headers' lines point after the "> " markers.
    let request = a.request.expect("the request");
    assert!(request
        .headers
        .iter()
        .any(|(n, v)| n == "X-PerfectGym-Request" && v == "7"));
}

#[test]
fn a_json_answer_is_never_analysed_as_the_webhook() {
    let text = format!(
        "> POST /h HTTP/1.1\n> Content-Type: application/json\n> \n{PGM}\n< HTTP/1.1 200 OK\n< \n{{\"eventType\": \"x\", \"payload\": {{}}}}\n"
    );
    let a = analyze(&text);
    assert_eq!(
        (a.vendor_slug(), a.event_name.as_deref()),
        ("perfectgym", Some("Test"))
    );
    assert_eq!(a.body_span.slice(&text), Some(PGM));
}

#[test]
fn a_chunked_request_is_read_directly_with_a_note() {
    let (x, y) = PGM.split_at(30);
    let text = format!(
        "POST /h HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n{:x}\r\n{x}\r\n{:x}\r\n{y}\r\n0\r\n\r\n",
        x.len(),
        y.len()
    );
    let a = analyze(&text);
    assert_eq!(kinds(&a), ["chunked"]);
    assert_eq!(a.event_name.as_deref(), Some("Test"));
    assert_eq!(a.diagnostics.first().map(|d| d.position.line), Some(4));
}

#[test]
fn notes_about_the_capture_come_first_and_point_into_it() {
    let text = format!(
        "POST /h HTTP/1.1\r\nContent-Length: {}\r\n\r\n{PGM}HTTP/1.1 202 Accepted\r\n\r\n",
        PGM.len()
    );
    let a = analyze(&text);
    assert_eq!(
        kinds(&a),
        ["capture"],
        "no Content-Length warning: the body ends where the answer starts"
    );
    assert_eq!(a.response.map(|r| r.status), Some(202));
    assert!(a
        .diagnostics
        .iter()
        .all(|d| d.kind.severity() == Severity::Info));
}

#[test]
fn a_header_is_found_by_name_in_any_case_and_only_in_a_request() {
    let a = analyze("POST /h HTTP/1.1\nx-perfectgym-request: abc\nX-PerfectGym-Request: def\n\n{}");
    assert_eq!(
        a.header("X-PerfectGym-Request"),
        Some("abc"),
        "the first one sent"
    );
    assert_eq!(a.header("X-PerfectGym-Signature"), None);
    assert_eq!(
        analyze(PGM).header("X-PerfectGym-Request"),
        None,
        "a bare body has no headers"
    );
}
