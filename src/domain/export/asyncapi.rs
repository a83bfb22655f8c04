//! AsyncAPI 3.0 for every vendor: a channel per vendor (the receiver's own URL, so no address), one
//! `receive` operation per vendor, and in `components` one message per declared event (plus one for any
//! body) whose payload refers to the same schemas as the OpenAPI document, with Perfect Gym's signing
//! headers. The shared schemas use only draft-07 keywords (AsyncAPI's default schema format is a
//! draft-07 superset): references to the envelope sit inside `allOf`, never beside other keywords.

use super::json_schema::{array, object, string};
use super::names::qualified;
use super::openapi::common::{
    body_name, event_description, example, headers_schema, info, keyed, reference, schema_ref,
    schemas, vendors,
};
use super::openapi::{EXAMPLE_KEY, EXAMPLE_SUMMARY};
use crate::domain::json::{pretty, Node};
use crate::domain::schema::{EventDecl, VendorDecl};

/// `asyncapi.json`, pretty-printed with two-space indents and a final newline.
pub fn asyncapi() -> String {
    let mut text = pretty(&document());
    text.push('\n');
    text
}

fn document() -> Node {
    let mut channels = Vec::new();
    let mut operations = Vec::new();
    let mut messages = Vec::new();
    for vendor in vendors() {
        let bodies: Vec<Option<&EventDecl>> =
            vendor.events.iter().map(Some).chain([None]).collect();
        let channel = vendor.vendor.slug();
        let listed = bodies
            .iter()
            .map(|e| {
                let name = body_name(vendor.vendor, *e);
                let target = format!("#/components/messages/{}", qualified(vendor.vendor, &name));
                (name, reference(&target))
            })
            .collect();
        channels.push((channel.to_owned(), channel_node(vendor, keyed(listed))));
        let received = bodies
            .iter()
            .map(|e| {
                let name = body_name(vendor.vendor, *e);
                reference(&format!("#/channels/{channel}/messages/{name}"))
            })
            .collect();
        operations.push((operation_id(vendor), operation(vendor, array(received))));
        messages.extend(bodies.iter().map(|e| {
            (
                qualified(vendor.vendor, &body_name(vendor.vendor, *e)),
                message(vendor, *e),
            )
        }));
    }
    object(vec![
        ("asyncapi", string("3.0.0")),
        (
            "info",
            info(
                "Each channel is the receiver's own webhook URL, registered with the vendor; each \
                 message is one event's HTTP POST body.",
                "asyncapi",
            ),
        ),
        ("defaultContentType", string("application/json")),
        ("channels", keyed(channels)),
        ("operations", keyed(operations)),
        (
            "components",
            // Schemas first: the Export view jumps to the first `"GymOs.X": {` line, the type itself.
            object(vec![("schemas", schemas()), ("messages", keyed(messages))]),
        ),
    ])
}

/// `receivePerfectGymWebhooks`.
pub fn operation_id(vendor: &VendorDecl) -> String {
    format!("receive{}s", body_name(vendor.vendor, None))
}

fn channel_node(vendor: &VendorDecl, messages: Node) -> Node {
    let who = vendor.vendor.display_name();
    object(vec![
        // The URL is the receiver's: it registers it with the vendor, so the document cannot know it.
        ("address", Node::new(super::json_schema::NOWHERE, crate::domain::json::NodeKind::Null)),
        ("title", string(&format!("{who} webhook endpoint"))),
        (
            "description",
            string(&format!(
                "The receiver's own URL, registered in {who}'s webhook settings (the address is yours, so \
                 none is given here). {who} sends each event as an HTTP POST with a JSON body. {}",
                vendor.delivery
            )),
        ),
        ("messages", messages),
    ])
}

fn operation(vendor: &'static VendorDecl, messages: Node) -> Node {
    let who = vendor.vendor.display_name();
    object(vec![
        ("action", string("receive")),
        (
            "channel",
            reference(&format!("#/channels/{}", vendor.vendor.slug())),
        ),
        ("title", string(&format!("Receive {who} webhooks"))),
        (
            "summary",
            string(&format!("Every {who} event, POSTed to the receiver's URL")),
        ),
        ("description", string(&event_description(vendor, None))),
        (
            "bindings",
            object(vec![("http", object(vec![("method", string("POST"))]))]),
        ),
        ("messages", messages),
    ])
}

fn message(vendor: &'static VendorDecl, event: Option<&EventDecl>) -> Node {
    let who = vendor.vendor.display_name();
    let name = body_name(vendor.vendor, event);
    let (title, summary) = match event {
        Some(e) => (e.name.to_owned(), format!("{} ({who})", e.name)),
        None => (
            format!("Any {who} webhook"),
            format!("Any {who} webhook body"),
        ),
    };
    let mut fields = vec![
        ("name", string(&name)),
        ("title", string(&title)),
        ("summary", string(&summary)),
        ("description", string(&event_description(vendor, event))),
        ("contentType", string("application/json")),
    ];
    if let Some(headers) = headers_schema(vendor) {
        fields.push(("headers", headers));
    }
    fields.push(("payload", reference(&schema_ref(vendor.vendor, &name))));
    if let Some(value) = event.and_then(|e| example(vendor.vendor, e)) {
        fields.push((
            "examples",
            array(vec![object(vec![
                ("name", string(EXAMPLE_KEY)),
                ("summary", string(EXAMPLE_SUMMARY)),
                ("payload", value),
            ])]),
        ));
    }
    if let Some(e) = event {
        fields.push(("x-provenance", string(e.provenance.label())));
    }
    object(fields)
}

#[cfg(test)]
mod tests {
    use super::{asyncapi, operation_id};
    use crate::domain::export::index::definition_line;
    use crate::domain::export::names::{event_name, qualified, type_names};
    use crate::domain::json::{parse, Node};
    use crate::domain::schema::{declaration, Vendor};

    #[test]
    fn every_event_is_a_message_the_vendor_s_operation_receives() {
        let text = asyncapi();
        let doc = parse(&text).expect("asyncapi.json is JSON");
        let messages = doc
            .get("components")
            .and_then(|c| c.get("messages"))
            .expect("components.messages");
        for vendor in Vendor::ALL {
            let decl = declaration(vendor);
            let operation = doc
                .get("operations")
                .and_then(|o| o.get(&operation_id(decl)))
                .expect("the vendor's operation");
            assert_eq!(
                operation.get("action").and_then(Node::as_str),
                Some("receive")
            );
            let received = operation
                .get("messages")
                .and_then(Node::as_array)
                .unwrap_or_default();
            // Every event, plus the any-event body.
            assert_eq!(received.len(), decl.events.len() + 1);
            for event in decl.events {
                let key = qualified(vendor, &event_name(event));
                let message = messages
                    .get(&key)
                    .unwrap_or_else(|| panic!("no message {key}"));
                let headers: Vec<&str> = message
                    .get("headers")
                    .and_then(|h| h.get("properties"))
                    .and_then(Node::as_object)
                    .unwrap_or_default()
                    .iter()
                    .map(|m| m.key.as_str())
                    .collect();
                assert_eq!(headers, declaration(vendor).auth.headers(), "{key}");
            }
        }
    }

    #[test]
    fn the_export_view_finds_each_type_among_the_schemas_not_the_messages() {
        let text = asyncapi();
        let line_of = |key: &str| {
            text.lines()
                .position(|l| l == format!("    \"{key}\": {{"))
                .map(|i| i + 1)
                .unwrap_or_else(|| panic!("no {key} under components"))
        };
        let (schemas, messages) = (line_of("schemas"), line_of("messages"));
        assert!(schemas < messages, "{schemas} {messages}");
        for vendor in Vendor::ALL {
            for name in type_names(declaration(vendor)) {
                let line = definition_line(&text, &qualified(vendor, &name));
                assert!(
                    line.is_some_and(|l| l > schemas && l < messages),
                    "{name}: {line:?}, schemas {schemas}, messages {messages}"
                );
            }
        }
    }
}
