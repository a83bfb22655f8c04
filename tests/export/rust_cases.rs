//! The cases file the Go and Rust checkers read (`tests/export_go.rs`, `tests/export_rust.rs`): every body
//! of the agreement corpus with the explorer's verdict and the event type it resolves.

use crate::common::corpus::judged;
use gymhook::domain::export::names::event_name;
use gymhook::domain::schema::declaration;

/// Explorer errors the generated types may leave unreported: one helper type serves nullable and
/// non-nullable fields alike (so `""` passes everywhere), Go reads a null list item or map value as `""`,
/// and no parser sees an offset moving a date-time out of years 1-9999 (`json_schema::EXCEPTIONS`); Go reads
/// a null element of a list of objects as a nil pointer, and serde reads an array as a struct of as many
/// fields (its sequence form).
pub fn lenient(errors: &[String]) -> bool {
    errors.iter().all(|e| {
        e.contains("an empty string, and the field is not nullable")
            || e.contains("expected a string, found null")
            || e.contains("with its offset applied")
            || (e.contains("expected an object (") && e.ends_with("found null"))
            || e.ends_with("expected an object, found an array")
    })
}

/// A JSON array of `{vendor, label, body, valid, must_fail, expect, expect_name, holder}`: `expect` is the
/// event's type name (`UnknownEvent` when none matches), `expect_name` its declared name (`""`), `holder`
/// the JSON pointer of what the typed event holds. Returns the text and the number of cases.
pub fn cases_json() -> (String, usize) {
    let mut items = Vec::new();
    for j in judged() {
        let decl = declaration(j.case.vendor);
        let value: serde_json::Value = serde_json::from_str(&j.body).unwrap_or_default();
        let event = value
            .pointer(&decl.event_pointer())
            .and_then(|v| v.as_str())
            .and_then(|name| decl.find_event(name).event());
        items.push(serde_json::json!({
            "vendor": j.case.vendor.slug(),
            "label": j.case.label,
            "body": j.body,
            "valid": j.valid() && j.case.exception.is_none(),
            "must_fail": !j.valid() && !lenient(&j.errors),
            "expect": event.map_or_else(|| "UnknownEvent".to_owned(), event_name),
            "expect_name": event.map_or("", |e| e.name),
            // Where the typed event sits: the list element naming it, or the whole body.
            "holder": match event {
                Some(_) => decl.event_pointer().rsplit_once('/').map_or(String::new(), |(p, _)| p.to_owned()),
                None => String::new(),
            },
        }));
    }
    let must_fail = items.iter().filter(|i| i["must_fail"] == true).count();
    // The broken corpus must reach the checker: wrong JSON types, bad GUIDs, dates, ids, events.
    assert!(must_fail > 50, "only {must_fail} bodies must fail");
    let count = items.len();
    (serde_json::Value::Array(items).to_string(), count)
}
