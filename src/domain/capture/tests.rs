//! `read` across forms: the classifier picks the reader by what the text looks like, and every
//! delivery's text is the paste's bytes (or rebuilt with a map back into them).

use super::*;

const PGM: &str =
    r#"{"event":"UserModified","triggeredDate":"2020-06-01T14:44:46Z","data":{"userId":7}}"#;

fn texts(c: &Capture) -> Vec<&str> {
    c.deliveries.iter().map(|d| d.text.as_str()).collect()
}

#[test]
fn glued_compact_requests_are_requests_not_json_lines() {
    let one = format!("POST /h HTTP/1.1\nX-PerfectGym-Request: a\n\n{PGM}");
    let two = format!("POST /h HTTP/1.1\nX-PerfectGym-Request: b\n\n{PGM}");
    let text = format!("{one}\n\n{two}\n");
    let c = read(&text);
    assert_eq!(c.form, Form::Requests);
    assert_eq!(texts(&c), [one.as_str(), two.as_str()]);
    assert_eq!(c.deliveries.get(1).map(|d| d.line), Some(6));
}

#[test]
fn a_single_body_request_or_response_is_one_delivery_of_the_whole_paste() {
    for (text, form) in [
        (PGM.to_owned(), Form::Body),
        (format!("// from the log\n{PGM}"), Form::Body),
        (format!("POST /h HTTP/1.1\n\n{PGM}"), Form::Request),
        ("not json".to_owned(), Form::Body),
        ("{\"a\": 1} trailing".to_owned(), Form::Body),
    ] {
        let c = read(&text);
        assert_eq!(c.form, form, "{text}");
        assert_eq!(texts(&c), [text.as_str()]);
        assert!(c.deliveries.iter().all(|d| d.map.is_identity()));
    }
    let answer = read("HTTP/1.1 200 OK\nContent-Type: text/plain\n\nOk");
    assert_eq!(answer.form, Form::Response);
    assert_eq!(texts(&answer), ["Content-Type: text/plain\n\nOk"]);
    assert_eq!(answer.notes.first().map(|n| n.kind), Some(Kind::Response));
    assert_eq!(read("  \n").form, Form::Empty);
    assert!(read("").deliveries.is_empty());
}

#[test]
fn arrays_of_objects_are_batches_and_other_arrays_bodies() {
    let c = read(&format!("[\n {PGM},\n {{}}\n]"));
    assert_eq!(c.form, Form::JsonArray);
    assert_eq!(texts(&c), [PGM, "{}"]);
    assert_eq!(c.deliveries.get(1).map(|d| d.line), Some(3));
    assert_eq!(read("[1, 2]").form, Form::Body);
    assert_eq!(read("[]").form, Form::Body);
}

#[test]
fn a_prefixed_log_line_is_no_request_with_a_header_named_by_its_timestamp() {
    let text = format!("2025-11-26T16:02:01Z INFO webhook received: {PGM}");
    let c = read(&text);
    assert_eq!(c.form, Form::LogLine);
    let d = c.deliveries.first().expect("one");
    assert_eq!(d.text, PGM);
    assert_eq!(d.map.to_paste(0), text.find('{').unwrap_or(0));
    assert_eq!(d.logged_at.as_deref(), Some("2025-11-26T16:02:01Z"));
}

#[test]
fn a_har_entry_is_rebuilt_with_every_part_pointing_into_the_har() {
    let body = crate::domain::json::quoted(PGM);
    let text = format!(
        r#"{{"log": {{"entries": [{{"request": {{"method": "POST", "url": "https://r.example.com/h",
        "headers": [{{"name": "X-PerfectGym-Request", "value": "r\u002d1"}}],
        "postData": {{"text": {body}}}}},
        "response": {{"status": 500, "statusText": "Internal Server Error", "headers": [], "content": {{"text": "boom"}}}}}}]}}}}"#
    );
    let c = read(&text);
    assert_eq!(c.form, Form::Har);
    let d = c.deliveries.first().expect("one");
    assert_eq!(
        d.text,
        format!("POST /h HTTP/1.1\nX-PerfectGym-Request: r-1\n\n{PGM}")
    );
    // `userId`'s value 7 inside the escaped body.
    let seven = d.text.rfind('7').unwrap_or(0);
    let in_paste = d.map.to_paste(seven);
    assert_eq!(text.get(in_paste..in_paste + 1), Some("7"));
    // The body's first quote is `\"` in the HAR.
    let quote = d.text.find("{\"event").unwrap_or(0) + 1;
    assert_eq!(
        d.map.span(Span::new(quote, quote + 1)).slice(&text),
        Some("\\\"")
    );
    let r = d.response.as_ref().expect("answer");
    assert_eq!(
        (r.status, r.reason.as_str(), r.body.as_deref()),
        (500, "Internal Server Error", Some("boom"))
    );
}
