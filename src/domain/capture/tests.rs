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

#[test]
fn logs_and_dumps_are_told_apart_by_their_look() {
    let cases = [
        (
            r#"203.0.113.9 - - [26/Nov/2025:16:02:01 +0000] "POST /h HTTP/1.1" 200 2 "-" "PG" "{\x22event\x22:\x22Test\x22}""#.to_owned(),
            Form::AccessLog,
        ),
        (
            r#"time=2025-11-26T16:02:01Z level=info method=POST path=/h body="{\"event\":\"Test\"}""#.to_owned(),
            Form::KeyValueLog,
        ),
        (
            "info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1]\n      Request:\n      Method: POST\n      Path: /h\n      X-A: 1\ninfo: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[3]\n      RequestBody: {\"event\":\"Test\"}\n".to_owned(),
            Form::AspNetLog,
        ),
        (
            "headers: {'Host': 'h', 'X-A': '1'}\nbody: b'{\"event\": \"Test\"}'\n".to_owned(),
            Form::PythonDump,
        ),
        (
            "{ headers: { host: 'h', 'x-a': '1' }, body: { event: 'Test' } }".to_owned(),
            Form::NodeInspect,
        ),
        (
            format!("2025-11-26T16:02:01Z INFO x-perfectgym-request=r-1 x-perfectgym-signature=00 {PGM}\n2025-11-26T16:02:02Z INFO x-perfectgym-request=r-2 {PGM}\n"),
            Form::JsonLines,
        ),
    ];
    for (text, form) in cases {
        let c = read(&text);
        assert_eq!(c.form, form, "{text}");
        assert!(!c.deliveries.is_empty(), "{text}");
        assert!(
            c.deliveries.iter().all(|d| d.text.contains("\"event\"")),
            "{text}: {:?}",
            texts(&c)
        );
    }
}

#[test]
fn ids_in_a_log_prefix_become_the_delivery_headers() {
    let text = format!("2025-11-26T16:02:01Z INFO x_perfectgym_request=r-1 x_perfectgym_signature=\"ab cd\" {PGM}\n{PGM}\n");
    let c = read(&text);
    assert_eq!(
        texts(&c),
        [
            format!("x-perfectgym-request: r-1\nx-perfectgym-signature: ab cd\n\n{PGM}").as_str(),
            PGM
        ]
    );
}

#[test]
fn a_log_line_without_a_body_says_what_it_looks_like_and_what_is_missing() {
    let text = r#"203.0.113.9 - - [26/Nov/2025:16:02:01 +0000] "POST /webhooks/pgm HTTP/1.1" 200 2 "-" "curl/8.5""#;
    let c = read(text);
    assert_eq!(c.form, Form::AccessLog);
    assert!(c.deliveries.is_empty());
    let note = c.notes.first().expect("why");
    assert_eq!(note.kind, Kind::Unreadable);
    assert!(note.message.starts_with(
        "This looks like an nginx or Apache access-log line, but no field holds a body"
    ));
}

#[test]
fn pathological_text_is_read_in_linear_time() {
    // Each of these once cost a scan of the rest of the text per line or per byte.
    let unclosed = "x {\n".repeat(20_000);
    let long_word = "k".repeat(2_000_000);
    let statuses = format!("POST /h HTTP/1.1\n\n{}", "HTTP/".repeat(200_000));
    for text in [unclosed, long_word, statuses] {
        let c = read(&text);
        assert!(c.deliveries.len() <= 1, "{:?}", c.form);
    }
}

#[test]
fn a_bracketed_log_prefix_is_no_json_array() {
    let text = format!(
        "[2025-11-26 16:07:40,512] INFO in webhooks: headers: {{'X-Perfectgym-Request': 'r-1'}}\n\
         [2025-11-26 16:07:40,513] INFO in webhooks: body: b'{PGM}'\n"
    );
    let c = read(&text);
    assert_eq!(c.form, Form::PythonDump);
    assert_eq!(
        texts(&c),
        [format!("X-Perfectgym-Request: r-1\n\n{PGM}").as_str()]
    );
    let log = format!("[2025-11-26 16:07:40] {PGM}\n[2025-11-26 16:07:41] {PGM}\n");
    assert_eq!(read(&log).form, Form::JsonLines);
    assert_eq!(read("[1, 2]").form, Form::Body);
}
