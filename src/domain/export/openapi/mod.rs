//! OpenAPI 3.1 for every vendor: a `webhooks` entry per declared event (and one per vendor for any
//! body, unknown events included), each a POST whose JSON body refers to `components.schemas`, where
//! `json_schema`'s builders put every root, object and event schema of every vendor under qualified
//! names. Perfect Gym's operations carry its signing headers; GymOS's say it documents none.

pub(super) mod common;
#[cfg(test)]
mod tests;

use super::json_schema::{array, boolean, object, string};
use super::names::{pascal, vendor_prefix};
use crate::domain::json::{pretty, Node};
use crate::domain::schema::{EventDecl, VendorDecl};
use common::{
    body_name, event_description, example, headers, info, keyed, reference, schema_ref, schemas,
    vendors,
};

/// OpenAPI 3.1 lets a document name its schema dialect; the shared schemas are JSON Schema 2020-12.
const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";
/// The key of the example each request body and message carries.
pub(super) const EXAMPLE_KEY: &str = "declared";
pub(super) const EXAMPLE_SUMMARY: &str =
    "Built from the example values of the vendor documents (gymhook's \"load example\")";

/// `openapi.json`, pretty-printed with two-space indents and a final newline.
pub fn openapi() -> String {
    let mut text = pretty(&document());
    text.push('\n');
    text
}

fn document() -> Node {
    let mut webhooks = Vec::new();
    let mut tags = Vec::new();
    for vendor in vendors() {
        for event in vendor.events {
            webhooks.push((
                webhook_key(vendor, Some(event)),
                webhook(vendor, Some(event)),
            ));
        }
        webhooks.push((webhook_key(vendor, None), webhook(vendor, None)));
        tags.push(object(vec![
            ("name", string(vendor.vendor.display_name())),
            ("description", string(vendor.source)),
        ]));
    }
    object(vec![
        ("openapi", string("3.1.0")),
        (
            "info",
            info(
                "Each webhook below is a request the vendor sends to the receiver's own URL (which the \
                 receiver registers with the vendor, so no server is listed).",
                "openapi",
            ),
        ),
        ("jsonSchemaDialect", string(DIALECT)),
        ("tags", array(tags)),
        ("webhooks", keyed(webhooks)),
        ("components", object(vec![("schemas", schemas())])),
    ])
}

/// `perfectgym.ClassesBooked`, `gymos.Session Booked`: the vendor and the event as the body names it;
/// `perfectgym (any event)` for the vendor's whole union.
pub fn webhook_key(vendor: &VendorDecl, event: Option<&EventDecl>) -> String {
    match event {
        Some(e) => format!("{}.{}", vendor.vendor.slug(), e.name),
        None => format!("{} (any event)", vendor.vendor.slug()),
    }
}

/// `receivePerfectGymClassesBooked`; `receivePerfectGymWebhook` for the whole union.
pub fn operation_id(vendor: &VendorDecl, event: Option<&EventDecl>) -> String {
    match event {
        Some(e) => format!("receive{}{}", vendor_prefix(vendor.vendor), pascal(e.name)),
        None => format!("receive{}", body_name(vendor.vendor, None)),
    }
}

fn webhook(vendor: &'static VendorDecl, event: Option<&EventDecl>) -> Node {
    let who = vendor.vendor.display_name();
    let summary = match event {
        Some(e) => format!("{} ({who})", e.name),
        None => format!("Any {who} webhook"),
    };
    let mut media = vec![(
        "schema",
        reference(&schema_ref(vendor.vendor, &body_name(vendor.vendor, event))),
    )];
    if let Some(value) = event.and_then(|e| example(vendor.vendor, e)) {
        let named = object(vec![("summary", string(EXAMPLE_SUMMARY)), ("value", value)]);
        media.push(("examples", object(vec![(EXAMPLE_KEY, named)])));
    }
    let mut operation = vec![
        ("operationId", string(&operation_id(vendor, event))),
        ("summary", string(&summary)),
        ("description", string(&event_description(vendor, event))),
        ("tags", array(vec![string(who)])),
    ];
    let parameters: Vec<Node> = headers(vendor)
        .into_iter()
        .map(|h| {
            object(vec![
                ("name", string(h.name)),
                ("in", string("header")),
                ("required", boolean(h.required)),
                ("description", string(&h.description)),
                ("schema", object(vec![("type", string("string"))])),
            ])
        })
        .collect();
    if !parameters.is_empty() {
        operation.push(("parameters", array(parameters)));
    }
    operation.push((
        "requestBody",
        object(vec![
            (
                "description",
                string(&format!("The JSON body {who} POSTs to the receiver's URL.")),
            ),
            ("required", boolean(true)),
            ("content", object(vec![("application/json", object(media))])),
        ]),
    ));
    operation.push((
        "responses",
        object(vec![(
            "2XX",
            object(vec![("description", string(vendor.delivery))]),
        )]),
    ));
    if let Some(e) = event {
        operation.push(("x-provenance", string(e.provenance.label())));
    }
    object(vec![("post", object(operation))])
}
