//! Unit and property tests for `split_paste`: line endings, header-only pastes, bare bodies, offsets.

use super::{split_paste, Paste, RawRequest};
use proptest::prelude::*;

fn request(text: &str) -> RawRequest<'_> {
    match split_paste(text) {
        Paste::Request(request) => request,
        Paste::Body(body) => panic!("expected a request, got body {body:?}"),
    }
}

fn assert_offset(text: &str, request: &RawRequest<'_>) {
    assert_eq!(&text[request.body_offset..], request.body);
}

#[test]
fn crlf_request_with_request_line() {
    let text = "POST /hooks/pgm HTTP/1.1\r\nHost: example.com\r\nX-PerfectGym-Request: 42\r\n\r\n{\"event\":\"Test\"}\r\n";
    let request = request(text);
    assert_eq!(request.method, Some("POST"));
    assert_eq!(request.target, Some("/hooks/pgm"));
    assert_eq!(request.version, Some("HTTP/1.1"));
    assert_eq!(request.headers.len(), 2);
    assert_eq!(request.headers[1].name, "X-PerfectGym-Request");
    assert_eq!(request.headers[1].value, "42");
    assert_eq!(request.headers[1].line, 3);
    assert_eq!(request.body, "{\"event\":\"Test\"}\r\n");
    assert_offset(text, &request);
}

#[test]
fn lf_request_and_http2_version() {
    let text = "PUT /x HTTP/2\nA: 1\n\nbody\n";
    let request = request(text);
    assert_eq!(request.version, Some("HTTP/2"));
    assert_eq!(request.body, "body\n");
    assert_offset(text, &request);
}

#[test]
fn headers_only_paste_then_body() {
    let text = "X-PerfectGym-Request: abc\nX-PerfectGym-Signature:  DEADBEEF \t\n  \n{\"a\":1}";
    let request = request(text);
    assert_eq!(request.method, None);
    assert_eq!(request.headers.len(), 2);
    assert_eq!(request.headers[1].value, "DEADBEEF");
    assert_eq!(request.body, "{\"a\":1}");
    assert_offset(text, &request);
}

#[test]
fn bare_json_is_a_body() {
    for text in ["{\"event\":\"Test\"}", "  \n[1,2]", "\u{feff}{}"] {
        assert_eq!(split_paste(text), Paste::Body(text));
    }
}

#[test]
fn plain_text_is_a_body() {
    let text = "hello world\nsecond line";
    assert_eq!(split_paste(text), Paste::Body(text));
    assert_eq!(split_paste(""), Paste::Body(""));
    assert_eq!(split_paste(" \n \n"), Paste::Body(" \n \n"));
}

#[test]
fn header_lookup_is_case_insensitive_and_first_wins() {
    let text = "x-perfectgym-request: first\nX-PERFECTGYM-REQUEST: second\n\n";
    let request = request(text);
    let header = request.header("X-PerfectGym-Request").expect("header");
    assert_eq!(header.value, "first");
    assert_eq!(header.line, 1);
    assert!(request.header("X-PerfectGym-Signature").is_none());
}

#[test]
fn one_lookup_serves_parsed_headers_and_copied_pairs() {
    let text = "x-perfectgym-request: first\nHost: h\nX-PERFECTGYM-REQUEST: second\n\n";
    let request = request(text);
    let values: Vec<_> = super::headers_named(&request.headers, "X-PerfectGym-Request")
        .map(|h| h.value)
        .collect();
    assert_eq!(values, ["first", "second"]);
    let copied: Vec<(String, String)> = request
        .headers
        .iter()
        .map(|h| (h.name.to_owned(), h.value.to_owned()))
        .collect();
    let found: Vec<_> = super::headers_named(&copied, "HOST").collect();
    assert_eq!(found, [&("Host".to_owned(), "h".to_owned())]);
    assert_eq!(super::headers_named(&copied, "Host:").count(), 0);
}

#[test]
fn request_without_blank_line_has_empty_body_at_end() {
    let text = "POST /hooks HTTP/1.0\r\nX-PerfectGym-Request: 7";
    let request = request(text);
    assert_eq!(request.headers.len(), 1);
    assert_eq!(request.body, "");
    assert_eq!(request.body_offset, text.len());
    assert_offset(text, &request);
}

#[test]
fn body_directly_after_headers_starts_at_first_non_header_line() {
    let text = "X-PerfectGym-Request: 7\n{\"event\":\"Test\"}\n";
    let request = request(text);
    assert_eq!(request.headers.len(), 1);
    assert_eq!(request.body, "{\"event\":\"Test\"}\n");
    assert_offset(text, &request);
}

#[test]
fn leading_blank_lines_and_line_numbers() {
    let text = "\n\nPOST /a HTTP/1.1\nB: 2\n\n";
    let request = request(text);
    assert_eq!(request.headers[0].line, 4);
    assert_eq!(request.body, "");
    assert_offset(text, &request);
}

#[test]
fn folded_continuation_lines_are_ignored() {
    let text = "POST /a HTTP/1.1\nX-Long: part one\n   part two\nY: 2\n\nbody";
    let request = request(text);
    assert_eq!(request.headers.len(), 2);
    assert_eq!(request.headers[0].value, "part one");
    assert_eq!(request.headers[1].name, "Y");
    assert_eq!(request.body, "body");
}

#[test]
fn request_line_without_version_and_pseudo_headers() {
    let request = request("POST /hooks\n:authority: example.com\n\n{}");
    assert_eq!(request.method, Some("POST"));
    assert_eq!(request.version, None);
    assert_eq!(request.headers[0].name, ":authority");
    assert_eq!(request.headers[0].value, "example.com");
    assert_eq!(request.body, "{}");
}

#[test]
fn multibyte_text_keeps_offsets_on_char_boundaries() {
    let text = "X-Name: é\r\n\r\nbody ✓";
    let request = request(text);
    assert_eq!(request.headers[0].value, "é");
    assert_eq!(request.body, "body ✓");
    assert_offset(text, &request);
}

/// Fragments that exercise the parser's branches more often than uniformly random text.
fn fragments() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "POST /h HTTP/1.1",
        "X-A: b",
        ":p: q",
        " ",
        "\t",
        "\r",
        "\n",
        "\r\n",
        ":",
        "{",
        "é",
        "\u{feff}",
        "x",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|pieces| pieces.concat())
}

proptest! {
    #[test]
    fn never_panics_and_offset_is_exact(text in any::<String>()) {
        if let Paste::Request(request) = split_paste(&text) {
            prop_assert_eq!(&text[request.body_offset..], request.body);
        }
    }

    #[test]
    fn structured_fragments_never_panic(text in fragments()) {
        match split_paste(&text) {
            Paste::Request(request) => prop_assert_eq!(&text[request.body_offset..], request.body),
            Paste::Body(body) => prop_assert_eq!(body, text.as_str()),
        }
    }
}
