//! The vendors' own examples, rebuilt from the `.example` values in the declarations, for the
//! "load example" buttons: proof that the declaration alone can describe a whole payload. The signed
//! Perfect Gym request is the generator's output for the first declared event, signed with a sample secret.

use super::generate::{default_target, export, generate, Choice, Format, Options, DEFAULT_SEED};
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

/// The secret the signed sample is signed with: gymhook's own stand-in, shown beside the example button.
pub const SAMPLE_SECRET: &str = "gymhook-sample-secret";

/// A whole raw Perfect Gym request, with `X-PerfectGym-Request` and `X-PerfectGym-Signature`, signed
/// with `SAMPLE_SECRET`: built by the generator from the declarations, so it holds no hand-written vendor fact.
pub fn signed_example() -> String {
    let vendor = Vendor::PerfectGym;
    let Some(event) = declaration(vendor).events.first() else {
        return String::new();
    };
    let options = Options {
        seed: DEFAULT_SEED,
        edge_cases: false,
    };
    let generated = generate(&Choice::Event(vendor, event), options);
    export(
        &generated,
        Format::Http,
        default_target(vendor),
        SAMPLE_SECRET,
    )
    .map(|e| e.text)
    .unwrap_or(generated.body)
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

#[cfg(test)]
mod tests {
    use super::{signed_example, SAMPLE_SECRET};
    use crate::domain::signature::{compute_pgm, REQUEST_ID_HEADER, SIGNATURE_HEADER};

    #[test]
    fn the_signed_example_carries_both_headers_and_verifies() {
        let text = signed_example();
        assert!(text.starts_with("POST "), "{text}");
        let header = |name: &str| {
            text.lines()
                .find_map(|l| l.strip_prefix(&format!("{name}: ")))
                .map(str::to_owned)
        };
        let id = header(REQUEST_ID_HEADER).expect("request id header");
        let signature = header(SIGNATURE_HEADER).expect("signature header");
        assert_eq!(signature, compute_pgm(&id, SAMPLE_SECRET));
    }
}
