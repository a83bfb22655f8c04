//! The vendors' own examples, rebuilt from the `.example` values in the declarations, for the
//! "load example" buttons: proof that the declaration alone can describe a whole payload.

use super::json::{parse, pretty, Member, Node, NodeKind, Span};
use super::schema::{
    declaration, event_fills, EventDecl, FieldType, ObjectDecl, Vendor, VendorDecl,
};

/// The documented example of `event` (by declared name) as pretty JSON, or `None` for an unknown name.
pub fn documented_example(vendor: Vendor, event: &str) -> Option<String> {
    let decl = declaration(vendor);
    let event = decl.events.iter().find(|e| e.name == event)?;
    Some(pretty(&object(decl.envelope, event, decl)))
}

/// The example the page offers first for each vendor.
pub fn first_example(vendor: Vendor) -> String {
    let decl = declaration(vendor);
    decl.events
        .first()
        .and_then(|e| documented_example(vendor, e.name))
        .unwrap_or_default()
}

fn object(decl: &ObjectDecl, event: &EventDecl, vendor: &VendorDecl) -> Node {
    let members = decl
        .fields
        .iter()
        .filter_map(|f| {
            let value = match f.ty {
                FieldType::Object(child)
                    if !f.nullable || event_fills(event.objects, event.subject_type, child) =>
                {
                    Some(object(child, event, vendor))
                }
                FieldType::Object(_) => None,
                FieldType::EventData => event.data.map(|d| object(d, event, vendor)),
                _ if f.name == vendor.event_field => Some(string(event.name)),
                // The subject type belongs to the event (a lead event names LEAD), not to the envelope example.
                _ if Some(f.name) == vendor.subject_type_field => {
                    Some(string(event.subject_type.unwrap_or_default()))
                }
                _ => f.example.and_then(|json| parse(json).ok()),
            }?;
            Some(Member {
                key: f.name.to_owned(),
                key_span: NOWHERE,
                value,
            })
        })
        .collect();
    Node {
        span: NOWHERE,
        kind: NodeKind::Object(members),
    }
}

const NOWHERE: Span = Span { start: 0, end: 0 };

fn string(s: &str) -> Node {
    Node {
        span: NOWHERE,
        kind: NodeKind::String(s.to_owned()),
    }
}
