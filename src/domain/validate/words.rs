//! How a type mismatch is worded, once for every diagnostic: "expected an integer, found a string "8"".
//! The expected side is a phrase for the declared type, the found side a phrase for the JSON value with
//! a short excerpt where one helps (never "found array array" or "found null null").

use super::excerpt;
use crate::domain::json::{Node, NodeKind};
use crate::domain::schema::FieldType;

/// The declared type as a noun phrase: "a GUID", "an integer", "true or false".
pub(crate) fn expected(ty: FieldType) -> &'static str {
    match ty {
        FieldType::Guid => "a GUID",
        FieldType::DateTime => "a datetime",
        FieldType::Date => "a date",
        FieldType::Decimal => "a decimal number",
        FieldType::Int | FieldType::Int64 => "an integer",
        FieldType::Boolean => "true or false",
        FieldType::String => "a string",
        FieldType::StringList => "a list of strings",
        FieldType::StringMap => "an object of strings",
        FieldType::Object(_) | FieldType::EventData => "an object",
        FieldType::ObjectList(_) => "a list of objects",
        FieldType::EpochMillis => "an integer (milliseconds since 1970)",
    }
}

/// The JSON value as a noun phrase: `a string "8"`, `the number 7.0`, `true`, `null`, `an array`.
pub(crate) fn found(node: &Node) -> String {
    match &node.kind {
        NodeKind::String(_) => format!("a string {}", excerpt(node)),
        NodeKind::Number(_) => format!("the number {}", excerpt(node)),
        NodeKind::Bool(_) | NodeKind::Null => excerpt(node),
        NodeKind::Array(items) if items.is_empty() => "an empty array".to_owned(),
        NodeKind::Array(_) => "an array".to_owned(),
        NodeKind::Object(_) => "an object".to_owned(),
    }
}

/// "expected a string, found the number 42".
pub(crate) fn mismatch(expected: &str, node: &Node) -> String {
    format!("expected {expected}, found {}", found(node))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::parse;

    fn phrase(json: &str) -> String {
        found(&parse(json).expect("JSON"))
    }

    #[test]
    fn every_json_value_is_named_once_with_an_excerpt_where_it_helps() {
        assert_eq!(phrase(r#""8""#), r#"a string "8""#);
        assert_eq!(phrase("7.0"), "the number 7.0");
        assert_eq!(phrase("true"), "true");
        assert_eq!(phrase("null"), "null");
        assert_eq!(phrase("[1]"), "an array");
        assert_eq!(phrase("[]"), "an empty array");
        assert_eq!(phrase(r#"{"a": 1}"#), "an object");
    }

    #[test]
    fn no_phrase_repeats_a_word() {
        for json in [r#""x""#, "1", "false", "null", "[1]", "[]", "{}"] {
            let node = parse(json).expect("JSON");
            for ty in [
                FieldType::Int,
                FieldType::Guid,
                FieldType::StringList,
                FieldType::Boolean,
            ] {
                let text = mismatch(expected(ty), &node);
                let words: Vec<&str> = text.split_whitespace().collect();
                assert!(words.windows(2).all(|w| w.first() != w.get(1)), "{text}");
            }
        }
    }
}
