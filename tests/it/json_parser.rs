//! Integration tests for the span-keeping JSON parser: a differential proptest against
//! serde_json as the oracle, span checks on generated documents, and a ~1 MB payload.

use gymhook::domain::json::{
    compact, parse, parse_at, pretty, LineIndex, Node, NodeKind, Position,
};
use proptest::prelude::*;
use serde_json::Value;

/// Fragments biased towards the edges of the grammar (escapes, surrogates, numbers, literals).
const TOKENS: &[&str] = &[
    "{",
    "}",
    "[",
    "]",
    "\"",
    ",",
    ":",
    " ",
    "\t",
    "\n",
    "\r",
    "0",
    "1",
    "9",
    "-",
    "+",
    ".",
    "e",
    "E",
    "true",
    "false",
    "null",
    "tru",
    "nul",
    "\\",
    "\\u",
    "\\n",
    "\\\"",
    "D800",
    "DC00",
    "\\uD83D\\uDE00",
    "00e9",
    "\"a\"",
    "\"k\":",
    "é",
    "\u{1}",
    "\u{7f}",
    "x",
    "/",
    "'",
    "01",
];

fn tokens() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(TOKENS), 0..24).prop_map(|parts| parts.concat())
}

fn raw_alphabet() -> impl Strategy<Value = String> {
    "[{}\\[\\]\",:0-9.eE+\\-tfnulaAdD\\\\ \t\n\r]{0,32}"
}

/// Leaves that are valid JSON on their own, biased towards the edges of the grammar.
const GOOD_LEAVES: &[&str] = &[
    "0",
    "-0",
    "7",
    "-12",
    "0.5",
    "1.50",
    "1e3",
    "1E+3",
    "2.5e-3",
    "-0.0e0",
    "1e-400",
    "123456789012345678901234567890",
    "true",
    "false",
    "null",
    "\"\"",
    "\"a\"",
    "\"\\u002B\"",
    "\"\\uD83D\\uDE00\"",
    "\"\\uDBFF\\uDFFF\"",
    "\"\\u00e9\\u00E9\"",
    "\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"",
    "\"é😀\"",
    "\"\u{7f}\"",
    "[]",
    "{}",
];

/// Leaves with exactly one defect each.
const BAD_LEAVES: &[&str] = &[
    "01",
    "-01",
    "00",
    "1.",
    ".5",
    "-",
    "+1",
    "1e",
    "1e+",
    "1.e3",
    "0x1",
    "1.5.3",
    "NaN",
    "Infinity",
    "tru",
    "nul",
    "True",
    "nulll",
    "truefalse",
    "\"\\uDC00\"",
    "\"\\uD800\"",
    "\"\\uD800\\u0041\"",
    "\"\\uD800\\n\"",
    "\"\\x\"",
    "\"\\u12\"",
    "\"\\u12G4\"",
    "\"a\tb\"",
    "\"a\nb\"",
    "\"\u{1}\"",
    "\"abc",
    "\"\\\"",
    "'a'",
    "\u{feff}1",
    "1 2",
    "[1,]",
    "{,}",
    "[,]",
    "",
    "//x",
    "\"\\é\"",
];

fn pick(
    good: &'static [&'static str],
    bad: &'static [&'static str],
) -> BoxedStrategy<&'static str> {
    prop_oneof![8 => prop::sample::select(good), 1 => prop::sample::select(bad)].boxed()
}

/// Mostly well-formed documents with occasional single defects in leaves, separators or
/// brackets, so each defect is usually the only reason a document is rejected.
fn near_json() -> impl Strategy<Value = String> {
    let ws = || {
        pick(
            &["", " ", "\n  ", "\r\n", "\t"],
            &["\u{c}", "\u{a0}", "\u{b}"],
        )
    };
    let leaf = pick(GOOD_LEAVES, BAD_LEAVES).prop_map(str::to_owned);
    let value = leaf.prop_recursive(4, 48, 5, move |inner| {
        let item = (ws(), inner, ws()).prop_map(|(a, v, b)| format!("{a}{v}{b}"));
        let key = pick(
            &["\"id\"", "\"\"", "\"\\u0041\"", "\"é\""],
            &["id", "1", "'a'", "\"\\uDC00\"", "\"a"],
        );
        let member = (key, ws(), pick(&[":"], &["", "=", "::"]), item.clone())
            .prop_map(|(k, w, colon, v)| format!("{k}{w}{colon}{v}"));
        let sep = || pick(&[","], &[",,", "", ";"]);
        prop_oneof![
            (
                prop::collection::vec(item, 0..5),
                sep(),
                pick(&["]"], &["", ",]", "}"])
            )
                .prop_map(|(items, sep, close)| format!("[{}{close}", items.join(sep))),
            (
                prop::collection::vec(member, 0..5),
                sep(),
                pick(&["}"], &["", ",}", "]"])
            )
                .prop_map(|(members, sep, close)| format!("{{{}{close}", members.join(sep))),
        ]
    });
    (
        ws(),
        value,
        ws(),
        pick(&[""], &["x", "}", ",", "0", "\u{0}"]),
    )
        .prop_map(|(a, v, b, tail)| format!("{a}{v}{b}{tail}"))
}

fn text_value() -> impl Strategy<Value = String> {
    prop_oneof!["\\PC{0,12}", "[a\"\\\\/\u{0}-\u{1f}\u{7f}é😀\u{2028}]{0,8}"]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(Value::from),
        text_value().prop_map(Value::String),
    ];
    leaf.prop_recursive(5, 64, 6, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((text_value(), inner), 0..6)
                .prop_map(|members| Value::Object(members.into_iter().collect())),
        ]
    })
}

/// A valid document with one random edit, so most inputs are almost-valid JSON.
fn mutated() -> impl Strategy<Value = String> {
    (
        json_value(),
        any::<prop::sample::Index>(),
        0..3usize,
        prop::sample::select(TOKENS),
    )
        .prop_map(|(value, at, edit, token)| {
            let mut chars: Vec<char> = value.to_string().chars().collect();
            let at = at.index(chars.len() + 1);
            match edit {
                0 if at < chars.len() => drop(chars.remove(at)),
                1 => chars.splice(at..at, token.chars()).for_each(drop),
                _ => chars.truncate(at),
            }
            chars.into_iter().collect()
        })
}

/// Same verdict as serde_json, except where serde_json stops for reasons we deliberately do not
/// share: number range (we keep number text) and nesting of exactly 128 (our limit is 128 levels).
fn same_verdict(text: &str) -> Result<(), TestCaseError> {
    let oracle = serde_json::from_str::<Value>(text);
    if let Err(err) = &oracle {
        let message = err.to_string();
        prop_assume!(!message.contains("number out of range"));
        prop_assume!(!message.contains("recursion limit exceeded"));
    }
    let ours = parse(text);
    prop_assert_eq!(
        ours.is_ok(),
        oracle.is_ok(),
        "ours {:?} oracle {:?}",
        ours.err(),
        oracle.err()
    );
    if let Err(err) = ours {
        prop_assert!(err.offset <= text.len());
    }
    Ok(())
}

/// Every node's span, re-read by serde_json, means the same as that node; keys likewise.
fn check_spans(text: &str, node: &Node) -> Result<(), TestCaseError> {
    let slice = node.span.slice(text).unwrap_or("<bad span>");
    let by_span = serde_json::from_str::<Value>(slice).ok();
    prop_assert_eq!(by_span, serde_json::from_str::<Value>(&compact(node)).ok());
    match &node.kind {
        NodeKind::Array(items) => items.iter().try_for_each(|item| check_spans(text, item)),
        NodeKind::Object(members) => members.iter().try_for_each(|member| {
            let key = member
                .key_span
                .slice(text)
                .and_then(|k| serde_json::from_str::<String>(k).ok());
            prop_assert_eq!(key.as_deref(), Some(member.key.as_str()));
            check_spans(text, &member.value)
        }),
        _ => Ok(()),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(1500))]

    #[test]
    fn validity_matches_serde_json_on_token_soup(text in tokens()) {
        same_verdict(&text)?;
    }

    #[test]
    fn validity_matches_serde_json_on_raw_alphabet(text in raw_alphabet()) {
        same_verdict(&text)?;
    }

    #[test]
    fn validity_matches_serde_json_on_near_json(text in near_json()) {
        same_verdict(&text)?;
    }

    #[test]
    fn validity_matches_serde_json_on_mutated_documents(text in mutated()) {
        same_verdict(&text)?;
    }

    #[test]
    fn parse_at_and_positions_never_panic(
        text in prop_oneof!["\\PC{0,30}", "[ab\\n\\ré😀\\r\\n{}\\[\\]\",:1]{0,30}"],
        base in 0..40usize,
        offset in 0..40usize,
    ) {
        if let Err(err) = parse_at(&text, base) {
            prop_assert!(err.offset <= text.len());
        }
        // Oracle: count by walking chars up to the (clamped, boundary-snapped) offset.
        let end = (0..=offset.min(text.len())).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0);
        let before = &text[..end];
        let line = before.matches('\n').count() + 1;
        let column = before.rsplit('\n').next().map_or(0, |tail| tail.chars().count()) + 1;
        prop_assert_eq!(LineIndex::new(&text).position(&text, offset), Position { line, column });
    }

    #[test]
    fn generated_documents_round_trip(value in json_value(), indent in any::<bool>()) {
        let text = if indent { serde_json::to_string_pretty(&value) } else { serde_json::to_string(&value) };
        let text = text.map_err(|e| TestCaseError::fail(e.to_string()))?;
        // serde_json without `float_roundtrip` may itself misread a float by one ulp.
        prop_assume!(serde_json::from_str::<Value>(&text).ok().as_ref() == Some(&value));
        let node = parse(&text).map_err(|e| TestCaseError::fail(format!("{e} at {}", e.offset)))?;
        prop_assert_eq!(serde_json::from_str::<Value>(&compact(&node)).ok(), Some(value.clone()));
        prop_assert_eq!(serde_json::from_str::<Value>(&pretty(&node)).ok(), Some(value));
        check_spans(&text, &node)?;
    }
}

#[test]
fn one_megabyte_object_parses_correctly() {
    let mut text = String::from("{");
    for i in 0..20_000 {
        let sep = if i == 0 { "" } else { "," };
        let escape = if i % 100 == 0 { "\\u002B\\n" } else { "" };
        text.push_str(&format!(
            "{sep}\n  \"member_{i:05}\": \"value {i:05} {escape}padding padding pad\""
        ));
    }
    text.push_str("\n}");
    assert!(text.len() > 1_000_000, "{}", text.len());

    let node = parse(&text).expect("1 MB document parses");
    let members = node.as_object().expect("an object");
    assert_eq!(members.len(), 20_000);
    assert_eq!(
        node.get("member_12345").and_then(Node::as_str),
        Some("value 12345 padding padding pad")
    );
    assert_eq!(
        node.get("member_00300").and_then(Node::as_str),
        Some("value 00300 +\npadding padding pad")
    );
    let last = members.last().expect("members");
    assert_eq!(last.key, "member_19999");
    assert_eq!(last.value.span.end, text.len() - 2);
    assert_eq!(last.key_span.slice(&text), Some("\"member_19999\""));
    let oracle: Value = serde_json::from_str(&text).expect("oracle parses");
    assert_eq!(
        serde_json::from_str::<Value>(&compact(&node)).expect("compact parses"),
        oracle
    );
}
