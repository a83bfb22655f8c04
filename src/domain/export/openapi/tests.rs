//! Unit checks of the OpenAPI document's text; tests/it/export_openapi.rs validates it with the npm parsers.

use super::{openapi, operation_id, webhook_key};
use crate::domain::export::index::definition_line;
use crate::domain::export::names::{qualified, type_names};
use crate::domain::json::{parse, Node};
use crate::domain::schema::{declaration, Vendor};

fn header_names(operation: &Node) -> Vec<String> {
    operation
        .get("parameters")
        .and_then(Node::as_array)
        .unwrap_or_default()
        .iter()
        .filter(|p| p.get("in").and_then(Node::as_str) == Some("header"))
        .filter_map(|p| p.get("name").and_then(Node::as_str).map(str::to_owned))
        .collect()
}

#[test]
fn every_event_has_a_webhook_with_its_schema_and_the_vendor_s_headers() {
    let text = openapi();
    let doc = parse(&text).expect("openapi.json is JSON");
    let webhooks = doc.get("webhooks").expect("webhooks");
    let schemas = doc
        .get("components")
        .and_then(|c| c.get("schemas"))
        .expect("components.schemas");
    let mut ids = Vec::new();
    for vendor in Vendor::ALL {
        let decl = declaration(vendor);
        for event in decl.events.iter().map(Some).chain([None]) {
            let key = webhook_key(decl, event);
            let post = webhooks
                .get(&key)
                .and_then(|w| w.get("post"))
                .unwrap_or_else(|| panic!("no webhook {key}"));
            let target = post
                .get("requestBody")
                .and_then(|b| b.get("content"))
                .and_then(|c| c.get("application/json"))
                .and_then(|m| m.get("schema"))
                .and_then(|s| s.get("$ref"))
                .and_then(Node::as_str)
                .unwrap_or_else(|| panic!("{key}: no body $ref"));
            let name = target
                .strip_prefix("#/components/schemas/")
                .unwrap_or_else(|| panic!("{key}: {target}"));
            assert!(schemas.get(name).is_some(), "{key}: {name} is not defined");
            let headers = header_names(post);
            assert_eq!(headers, decl.auth.headers(), "{key}");
            ids.push(operation_id(decl, event));
        }
    }
    let count = ids.len();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), count, "operationIds are unique");
}

#[test]
fn every_type_is_a_component_the_export_view_finds_and_the_output_is_stable() {
    let text = openapi();
    for vendor in Vendor::ALL {
        for name in type_names(declaration(vendor)) {
            let written = qualified(vendor, &name);
            let line = definition_line(&text, &written)
                .unwrap_or_else(|| panic!("{written} is not defined"));
            let at = text.lines().nth(line.saturating_sub(1)).unwrap_or_default();
            // The definition, not the `"$ref"` of a webhook or a message.
            assert!(
                at.trim_start().starts_with(&format!("\"{written}\": {{")),
                "{at}"
            );
        }
    }
    assert!(text.contains(env!("CARGO_PKG_VERSION")));
    assert!(text.contains("gymhook export --format openapi --out DIR"));
}
