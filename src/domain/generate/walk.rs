//! The one walk from a vendor's declarations to a payload: the envelope, the subject slot the event's
//! subject kind names, the payload objects (or Perfect Gym `data`) it declares. The generator and the
//! documented examples differ only in their leaves and in what an unfilled slot becomes (`Fill`).

use super::build::Plan;
use crate::domain::json::{Member, Node, NodeKind, Span};
use crate::domain::schema::{FieldDecl, FieldType, ObjectDecl, VendorDecl};

const NOWHERE: Span = Span { start: 0, end: 0 };

/// What a payload is filled with.
pub(crate) trait Fill {
    /// State kept while one object is filled (the generator's clock, so an object's times ascend).
    type Object: Default;
    fn vendor(&self) -> &'static VendorDecl;
    fn plan(&self) -> &Plan;
    /// A field's own value (not an object, the event name or the subject type); `None` leaves it out.
    fn value(&mut self, f: &'static FieldDecl, object: &mut Self::Object) -> Option<Node>;
    /// An optional object or map the event does not fill, or `data` with no declared layout.
    fn unfilled(&mut self, f: &'static FieldDecl) -> Option<Node>;
    /// The state for one object about to be filled (the generator remembers which object it is).
    fn begin(&mut self, _decl: &'static ObjectDecl) -> Self::Object {
        Self::Object::default()
    }
}

/// The whole payload: the vendor's envelope, filled as the plan says.
pub(crate) fn payload<F: Fill>(fill: &mut F) -> Node {
    object(fill, fill.vendor().envelope)
}

fn object<F: Fill>(fill: &mut F, decl: &'static ObjectDecl) -> Node {
    let mut state = fill.begin(decl);
    let members = decl
        .fields
        .iter()
        .filter_map(|f| {
            let value = field(fill, decl, f, &mut state)?;
            Some(Member {
                key: f.name.to_owned(),
                key_span: NOWHERE,
                value,
            })
        })
        .collect();
    node(NodeKind::Object(members))
}

fn field<F: Fill>(
    fill: &mut F,
    owner: &'static ObjectDecl,
    f: &'static FieldDecl,
    state: &mut F::Object,
) -> Option<Node> {
    let vendor = fill.vendor();
    let plan = fill.plan();
    match f.ty {
        FieldType::Object(child) if f.nullable && !plan.wants(child) => fill.unfilled(f),
        FieldType::Object(child) => Some(object(fill, child)),
        // One element: the lists declared so far hold one event or one record each.
        FieldType::ObjectList(child) => Some(node(NodeKind::Array(vec![object(fill, child)]))),
        // A layout declaring no field, in a slot that may be left out, is left out (PerfectGym Next's
        // sample sends no content for such types); a required slot gets `{}` (Perfect Gym's `data`).
        FieldType::EventData => match plan.data {
            Some(data) if data.fields.is_empty() && !f.required => None,
            Some(data) => Some(object(fill, data)),
            None => fill.unfilled(f),
        },
        FieldType::StringMap if f.nullable && !plan.maps.contains(&f.name) => fill.unfilled(f),
        _ if f.name == vendor.event_field && std::ptr::eq(owner, vendor.event_holder()) => {
            Some(text(&plan.event_type))
        }
        // The subject type belongs to the event (a lead event names LEAD), not to an example value.
        _ if Some(f.name) == vendor.subject_type_field => {
            Some(text(plan.subject.map(|s| s.value).unwrap_or_default()))
        }
        _ => fill.value(f, state),
    }
}

pub(crate) fn node(kind: NodeKind) -> Node {
    Node::new(NOWHERE, kind)
}

pub(crate) fn text(s: &str) -> Node {
    node(NodeKind::String(s.to_owned()))
}
