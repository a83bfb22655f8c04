//! The JSON Schema of each event and the conditionals that choose it, wherever the vendor names its
//! event: the envelope (Perfect Gym, GymOS — the root applies the event's schema) or an object below it
//! (PerfectGym Next's payload elements — that object applies the event's data layout, and an event's
//! named schema is a whole body whose list holds an element of that event).

use super::json_schema::{array, holds_event, markers, object, slot_path, string, Refs, Scope};
use super::names::event_name;
use super::patterns::event_pattern;
use crate::domain::json::Node;
use crate::domain::schema::{EventDecl, FieldType, Provenance, VendorDecl};

/// Per event, an `if` on the event field that applies what the event declares: its whole schema where
/// the envelope names the event, its data layout where a nested object does.
pub(super) fn conditionals(vendor: &'static VendorDecl, scope: &Scope) -> Vec<Node> {
    let at_root = holds_event(vendor, vendor.envelope);
    let mut out: Vec<Node> = vendor
        .events
        .iter()
        .map(|event| {
            let discriminator = object(vec![
                ("type", string("string")),
                ("pattern", string(&event_pattern(event))),
            ]);
            let then = if at_root {
                scope.reference(&event_name(event))
            } else {
                object(vec![(
                    "properties",
                    object(data_property(vendor, scope, event)),
                )])
            };
            object(vec![("if", naming(vendor, discriminator)), ("then", then)])
        })
        .collect();
    out.extend(inferred_else(vendor));
    out
}

/// `if` the object names the event the discriminator matches.
fn naming(vendor: &VendorDecl, discriminator: Node) -> Node {
    object(vec![
        ("type", string("object")),
        ("required", array(vec![string(vendor.event_field)])),
        (
            "properties",
            object(vec![(vendor.event_field, discriminator)]),
        ),
    ])
}

/// Where some layouts are only inferred the event data field itself is free, so every other event
/// (unknown ones included) must still send an object or null: unless the name is one of those events.
fn inferred_else(vendor: &VendorDecl) -> Option<Node> {
    let patterns: Vec<Node> = vendor
        .inferred_layouts()
        .map(|e| object(vec![("pattern", string(&event_pattern(e)))]))
        .collect();
    let field = vendor.event_data_field()?;
    if patterns.is_empty() {
        return None;
    }
    let discriminator = object(vec![("type", string("string")), ("anyOf", array(patterns))]);
    let object_or_null = object(vec![(
        "type",
        array(vec![string("object"), string("null")]),
    )]);
    Some(object(vec![
        ("if", naming(vendor, discriminator)),
        (
            "else",
            object(vec![(
                "properties",
                object(vec![(field.name, object_or_null)]),
            )]),
        ),
    ]))
}

/// The event data field constrained to the event's layout (or null). A layout the documents leave
/// ambiguous (an inferred one) is only offered, never required: the explorer only warns there.
fn data_property(
    vendor: &'static VendorDecl,
    scope: &Scope,
    event: &EventDecl,
) -> Vec<(&'static str, Node)> {
    let (Some(field), Some(data)) = (vendor.event_data_field(), event.data) else {
        return Vec::new();
    };
    let mut choices = vec![
        scope.reference(&scope.name(data)),
        object(vec![("type", string("null"))]),
    ];
    if data.provenance == Provenance::Inferred {
        choices.push(object(vec![("description", string(data.description))]));
    }
    vec![(field.name, object(vec![("anyOf", array(choices))]))]
}

/// One event's named schema: the envelope's event field and data for a vendor naming the event there
/// (standing alone in the shared components, with the envelope); a whole body whose list holds an
/// element of this event for a vendor naming it deeper.
pub(super) fn event_schema(vendor: &'static VendorDecl, scope: &Scope, event: &EventDecl) -> Node {
    let mut discriminator = vec![
        ("type", string("string")),
        ("pattern", string(&event_pattern(event))),
        // The declared spelling, as an annotation: the pattern is what the explorer matches.
        ("x-name", string(event.name)),
    ];
    if !event.aliases.is_empty() {
        let aliases = event
            .aliases
            .iter()
            .map(|a| object(vec![("name", string(a.name)), ("note", string(a.note))]))
            .collect();
        discriminator.push(("x-aliases", array(aliases)));
    }
    let mut properties = vec![(vendor.event_field, object(discriminator))];
    properties.extend(data_property(vendor, scope, event));
    // What the vendor's entity id is for this event, said in the description (no keyword of its own).
    let description = match (vendor.entity_field, event.entity) {
        (Some(field), Some(entity)) => format!("{} {field} is the {entity}.", event.description),
        // Where the documents do not say, the declared description does.
        _ => event.description.to_owned(),
    };
    let schema_description = string(&description);
    let mut schema = vec![
        ("title", string(event.name)),
        ("description", schema_description),
        ("x-provenance", string(event.provenance.label())),
    ];
    if let Some(subject) = event.subject_type {
        schema.push(("x-subjectType", string(subject)));
    }
    if !event.objects.is_empty() {
        let slots = event
            .objects
            .iter()
            .filter_map(|o| slot_path(vendor, o))
            .map(|p| string(&p))
            .collect();
        schema.push(("x-payloadObjects", array(slots)));
    }
    schema.push(("type", string("object")));
    let envelope = scope.reference(&scope.name(vendor.envelope));
    if !holds_event(vendor, vendor.envelope) {
        schema.push(("required", markers(vendor)));
        schema.push(("allOf", array(vec![envelope])));
        schema.push(("properties", nested(vendor, object(properties))));
        return object(schema);
    }
    schema.push(("properties", object(properties)));
    if scope.refs == Refs::Components {
        // Standing alone (a webhook's or message's body), the event also needs the envelope.
        schema.push(("required", markers(vendor)));
        schema.push(("allOf", array(vec![envelope])));
    }
    object(schema)
}

/// The properties of a body whose way to the event holder (`event_in`) leads to an object with these
/// properties: a list on the way must contain one such element, an object must be one.
fn nested(vendor: &VendorDecl, holder_properties: Node) -> Node {
    let mut steps = Vec::new();
    let mut decl = vendor.envelope;
    for name in vendor.event_in {
        let Some(field) = decl.field(name) else { break };
        steps.push(field);
        match field.ty.object() {
            Some(next) => decl = next,
            None => break,
        }
    }
    let mut current = object(vec![
        ("type", string("object")),
        ("required", array(vec![string(vendor.event_field)])),
        ("properties", holder_properties),
    ]);
    let mut properties = object(Vec::new());
    for field in steps.iter().rev() {
        let value = match field.ty {
            FieldType::ObjectList(_) => {
                object(vec![("type", string("array")), ("contains", current)])
            }
            _ => current,
        };
        properties = object(vec![(field.name, value)]);
        current = object(vec![
            ("type", string("object")),
            ("properties", properties.clone()),
        ]);
    }
    properties
}
