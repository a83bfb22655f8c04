//! Walks a vendor's declarations and builds one event: the envelope, the subject slot the event's
//! subject type names, the payload objects (or Perfect Gym `data`) it declares; other slots are null.

use super::cast::Cast;
use super::catalog::Choice;
use super::rng::Rng;
use super::timeline::{ObjectClock, Timeline};
use crate::domain::json::{Member, Node, NodeKind, Span};
use crate::domain::schema::{
    declaration, event_fills, EventDecl, FieldDecl, FieldType, ObjectDecl, Provenance, VendorDecl,
};

const NOWHERE: Span = Span { start: 0, end: 0 };
/// Event names that describe a cancellation contain this (any case): then `Moment::Cancelled` is set.
const CANCELLATION_WORD: &str = "cancel";

/// What the chosen entry asks to be populated.
pub(super) struct Plan {
    pub event_type: String,
    pub subject_type: Option<&'static str>,
    pub objects: Vec<&'static ObjectDecl>,
    /// Nullable string maps (GymOS supplementalData) to fill, by field name.
    pub maps: Vec<&'static str>,
    pub data: Option<&'static ObjectDecl>,
}

impl Plan {
    pub fn new(choice: &Choice) -> Self {
        let vendor = declaration(choice.vendor());
        match choice {
            Choice::Event(_, event) => Plan {
                event_type: event.name.to_owned(),
                subject_type: event.subject_type,
                objects: event.objects.to_vec(),
                maps: Vec::new(),
                data: event.data,
            },
            Choice::Object(slot) => Plan {
                event_type: choice.event_type(),
                subject_type: subject_type_for(vendor, slot),
                objects: slot.ty.object().into_iter().collect(),
                maps: matches!(slot.ty, FieldType::StringMap)
                    .then_some(slot.name)
                    .into_iter()
                    .collect(),
                data: None,
            },
        }
    }

    pub fn cancels(&self) -> bool {
        self.event_type.to_lowercase().contains(CANCELLATION_WORD)
    }

    /// An optional object is filled when the event populates it, names it as its subject, or holds one that is.
    fn wants(&self, decl: &ObjectDecl) -> bool {
        event_fills(&self.objects, self.subject_type, decl)
    }
}

/// The subject type of the first declared event populating the slot, else the documented event's.
fn subject_type_for(vendor: &VendorDecl, slot: &FieldDecl) -> Option<&'static str> {
    let populates = |e: &&EventDecl| e.objects.iter().any(|o| slot.ty.object() == Some(*o));
    vendor
        .events
        .iter()
        .find(populates)
        .or_else(|| {
            vendor
                .events
                .iter()
                .find(|e| e.provenance == Provenance::Documented)
        })
        .and_then(|e| e.subject_type)
}

/// Rotating choices for edge-case mode, so every payload with enough fields shows every quirk.
#[derive(Default)]
pub(super) struct EdgeTurns {
    pub datetime: usize,
    pub nullable_datetime: usize,
    pub nullable_id: usize,
    pub decimal: usize,
    pub text: usize,
    pub staff: usize,
}

impl EdgeTurns {
    /// The next index into a list of `len` variants for one rotation.
    pub fn next(counter: &mut usize, len: usize) -> usize {
        let turn = *counter % len.max(1);
        *counter = counter.wrapping_add(1);
        turn
    }
}

pub(super) struct Builder {
    pub vendor: &'static VendorDecl,
    pub plan: Plan,
    pub rng: Rng,
    pub edge: bool,
    pub cast: Cast,
    pub timeline: Timeline,
    pub turns: EdgeTurns,
}

impl Builder {
    pub fn new(choice: &Choice, seed: u64, edge: bool) -> Self {
        let plan = Plan::new(choice);
        let mut rng = Rng::new(seed);
        let cast = Cast::draw(&mut rng, edge);
        let timeline = Timeline::draw(&mut rng, plan.cancels());
        Builder {
            vendor: declaration(choice.vendor()),
            plan,
            rng,
            edge,
            cast,
            timeline,
            turns: EdgeTurns::default(),
        }
    }

    pub fn envelope(&mut self) -> Node {
        self.object(self.vendor.envelope)
    }

    fn object(&mut self, decl: &'static ObjectDecl) -> Node {
        let mut clock = ObjectClock::default();
        let members = decl
            .fields
            .iter()
            .filter_map(|f| {
                let value = self.field(f, &mut clock)?;
                Some(Member {
                    key: f.name.to_owned(),
                    key_span: NOWHERE,
                    value,
                })
            })
            .collect();
        node(NodeKind::Object(members))
    }

    /// `None` leaves the field out of the payload.
    fn field(&mut self, f: &'static FieldDecl, clock: &mut ObjectClock) -> Option<Node> {
        match f.ty {
            FieldType::Object(child) if f.nullable && !self.plan.wants(child) => Some(null()),
            FieldType::Object(child) => Some(self.object(child)),
            FieldType::EventData => Some(match self.plan.data {
                Some(data) => self.object(data),
                None => node(NodeKind::Object(Vec::new())),
            }),
            FieldType::StringMap if f.nullable && !self.plan.maps.contains(&f.name) => Some(null()),
            _ if f.name == self.vendor.event_field => Some(text(&self.plan.event_type)),
            _ if Some(f.name) == self.vendor.subject_type_field => {
                Some(text(self.plan.subject_type.unwrap_or_default()))
            }
            _ => self.scalar(f, clock),
        }
    }
}

pub(super) fn node(kind: NodeKind) -> Node {
    Node::new(NOWHERE, kind)
}

pub(super) fn null() -> Node {
    node(NodeKind::Null)
}

pub(super) fn text(s: &str) -> Node {
    node(NodeKind::String(s.to_owned()))
}

pub(super) fn number(digits: String) -> Node {
    node(NodeKind::Number(digits.into_boxed_str()))
}
