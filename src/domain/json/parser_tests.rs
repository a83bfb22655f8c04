//! Unit tests for successful parses: node kinds, spans, string decoding, depth limit, `parse_at`.

use super::*;

fn parsed(text: &str) -> Node {
    match parse(text) {
        Ok(node) => node,
        Err(err) => panic!("{text:?} failed: {err:?}"),
    }
}

fn span(start: usize, end: usize) -> Span {
    Span::new(start, end)
}

fn decoded(text: &str) -> String {
    parsed(text)
        .as_str()
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("{text:?} is not a string"))
}

#[test]
fn scalars_with_spans() {
    assert_eq!(parsed("null"), Node::new(span(0, 4), NodeKind::Null));
    assert_eq!(
        parsed(" true\n"),
        Node::new(span(1, 5), NodeKind::Bool(true))
    );
    assert_eq!(
        parsed("\t\r\nfalse "),
        Node::new(span(3, 8), NodeKind::Bool(false))
    );
    assert_eq!(
        parsed(" \"hi\" "),
        Node::new(span(1, 5), NodeKind::String("hi".into()))
    );
    assert_eq!(
        parsed("-0"),
        Node::new(span(0, 2), NodeKind::Number("-0".into()))
    );
}

#[test]
fn numbers_keep_their_exact_text() {
    let big = "1234567890123456789012345678901234567890";
    for text in [
        "0", "249.99", "249.990", "1e3", "1E+3", "-1.5e-07", "0.0e0", "1e400", big,
    ] {
        let node = parsed(text);
        assert_eq!(node.as_number_text(), Some(text));
        assert_eq!(node.span, span(0, text.len()));
    }
}

#[test]
fn object_member_spans() {
    let node = parsed(r#"{"k": "x"}"#);
    assert_eq!(node.span, span(0, 10));
    let members = node.as_object().unwrap_or_default();
    assert_eq!(members.len(), 1);
    assert_eq!(members[0].key, "k");
    assert_eq!(members[0].key_span, span(1, 4));
    assert_eq!(
        members[0].value,
        Node::new(span(6, 9), NodeKind::String("x".into()))
    );
}

#[test]
fn array_spans_and_nesting() {
    let node = parsed("[1, [true], {}, []]");
    assert_eq!(node.span, span(0, 19));
    let items = node.as_array().unwrap_or_default();
    let spans: Vec<_> = items.iter().map(|n| n.span).collect();
    assert_eq!(spans, [span(1, 2), span(4, 10), span(12, 14), span(16, 18)]);
    assert_eq!(
        items[1].as_array().map(|inner| inner[0].span),
        Some(span(5, 9))
    );
    assert_eq!(items[2].kind, NodeKind::Object(vec![]));
    assert_eq!(items[3].kind, NodeKind::Array(vec![]));
}

#[test]
fn every_simple_escape_is_decoded() {
    assert_eq!(decoded(r#""\"\\\/\b\f\n\r\t""#), "\"\\/\u{8}\u{c}\n\r\t");
    assert_eq!(decoded(r#""before\nafter""#), "before\nafter");
}

#[test]
fn unicode_escapes_are_decoded() {
    assert_eq!(decoded(r#""\u002B48""#), "+48");
    assert_eq!(decoded(r#""\u00e9\u00E9""#), "éé");
    assert_eq!(decoded(r#""\uD83D\uDE00!""#), "😀!");
    assert_eq!(decoded(r#""\u0000""#), "\0");
}

#[test]
fn raw_non_ascii_and_del_pass_through() {
    assert_eq!(decoded("\"zażółć 😀 \u{7f}\""), "zażółć 😀 \u{7f}");
    let node = parsed("{\"ł\": \"é\"}");
    let member = node.as_object().and_then(<[Member]>::first);
    assert_eq!(member.map(|m| m.key_span), Some(span(1, 5)));
    assert_eq!(member.map(|m| m.value.span), Some(span(7, 11)));
}

#[test]
fn duplicate_keys_are_kept_in_order() {
    let node = parsed(r#"{"a": 1, "b": 2, "a": 3}"#);
    let keys: Vec<_> = node
        .as_object()
        .unwrap_or_default()
        .iter()
        .map(|m| m.key.as_str())
        .collect();
    assert_eq!(keys, ["a", "b", "a"]);
    assert_eq!(node.get("a").and_then(Node::as_number_text), Some("1"));
}

fn nested_arrays(depth: usize) -> String {
    format!("{}{}", "[".repeat(depth), "]".repeat(depth))
}

#[test]
fn depth_limit_is_128() {
    assert!(parse(&nested_arrays(MAX_DEPTH)).is_ok());
    let err = parse(&nested_arrays(MAX_DEPTH + 1)).err();
    assert_eq!(err, Some(SyntaxError::new(SyntaxErrorKind::TooDeep, 128)));
    let objects = format!("{}0{}", r#"{"a":"#.repeat(129), "}".repeat(129));
    assert_eq!(
        parse(&objects).err().map(|e| (e.kind, e.offset)),
        Some((SyntaxErrorKind::TooDeep, 128 * 5))
    );
}

#[test]
fn depth_counts_nesting_not_siblings() {
    let siblings = format!("[{}]", vec![nested_arrays(127); 300].join(","));
    assert!(parse(&siblings).is_ok());
    assert!(parse(&"[".repeat(100_000)).is_err());
}

const REQUEST: &str = "POST /hook HTTP/1.1\r\nContent-Type: application/json\r\n\r\n{\"id\": 7}";

#[test]
fn parse_at_keeps_spans_relative_to_whole_text() {
    let base = REQUEST.find('{').unwrap_or_default();
    let node = parse_at(REQUEST, base).ok();
    assert_eq!(
        node.as_ref().map(|n| n.span),
        Some(span(base, REQUEST.len()))
    );
    let id = node.as_ref().and_then(|n| n.get("id"));
    assert_eq!(id.map(|n| n.span.slice(REQUEST)), Some(Some("7")));
    let member = node.as_ref().and_then(|n| n.member("id"));
    assert_eq!(
        member.and_then(|m| m.key_span.slice(REQUEST)),
        Some("\"id\"")
    );
}

#[test]
fn parse_at_error_offsets_and_bad_bases() {
    let text = "header\n\n{\"a\": x}";
    let err = parse_at(text, 8).err();
    assert_eq!(err.map(|e| e.offset), Some(14));
    assert_eq!(
        parse_at(text, text.len()).err(),
        Some(SyntaxError::new(SyntaxErrorKind::Empty, text.len()))
    );
    assert_eq!(
        parse_at("é1", 1).err(),
        Some(SyntaxError::new(SyntaxErrorKind::InvalidBase, 1))
    );
    assert_eq!(
        parse_at("1", 5).err(),
        Some(SyntaxError::new(SyntaxErrorKind::InvalidBase, 1))
    );
    assert!(parse_at("xx [1]", 3).is_ok());
}

#[test]
fn large_containers_keep_every_child_in_order_whichever_way_they_are_taken() {
    // 5,000 children: past the size from which a container holding the whole stack takes it.
    let object = |tag: &str| {
        let keys: Vec<String> = (0..5000).map(|i| format!("\"{tag}{i}\":{i}")).collect();
        format!("{{{}}}", keys.join(","))
    };
    let text = format!(
        "[{},{},[{}]]",
        object("a"),
        object("b"),
        "1,".repeat(4999) + "2"
    );
    let root = parse(&text).expect("valid JSON");
    let NodeKind::Array(items) = &root.kind else {
        panic!("an array");
    };
    assert_eq!(items.len(), 3);
    for (item, tag) in items.iter().zip(["a", "b"]) {
        let NodeKind::Object(members) = &item.kind else {
            panic!("an object");
        };
        assert_eq!(members.len(), 5000);
        assert_eq!(members[0].key, format!("{tag}0"));
        assert_eq!(members[4999].key, format!("{tag}4999"));
        assert_eq!(members[4999].value.kind, NodeKind::Number("4999".into()));
    }
    let NodeKind::Array(numbers) = &items[2].kind else {
        panic!("an array");
    };
    assert_eq!(numbers.len(), 5000);
    assert_eq!(numbers[4999].kind, NodeKind::Number("2".into()));
}
