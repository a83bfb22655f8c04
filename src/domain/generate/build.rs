//! What one generated event holds (`Plan`) and the generator's side of the walk (`walk::Fill`):
//! realistic leaves from the cast and timeline; slots the event does not fill are null.

use super::cast::Cast;
use super::catalog::Choice;
use super::memory::Memory;
use super::rng::Rng;
use super::timeline::{ObjectClock, Timeline};
pub(super) use super::walk::{node, text};
use super::walk::{payload, Fill};
use crate::domain::json::{Node, NodeKind};
use crate::domain::schema::{
    declaration, event_fills, EventDecl, FieldDecl, FieldType, ObjectDecl, Provenance, SubjectKind,
    VendorDecl,
};

/// Event names that describe a cancellation contain this (any case): then `Moment::Cancelled` is set.
const CANCELLATION_WORD: &str = "cancel";

/// What the chosen entry asks to be populated.
pub(crate) struct Plan {
    pub event_type: String,
    pub subject: Option<&'static SubjectKind>,
    pub objects: Vec<&'static ObjectDecl>,
    /// Nullable string maps (GymOS supplementalData) to fill, by field name.
    pub maps: Vec<&'static str>,
    pub data: Option<&'static ObjectDecl>,
    /// What the vendor's entity id names for this event (`customerId`), when declared.
    pub entity: Option<&'static str>,
}

impl Plan {
    pub fn new(choice: &Choice) -> Self {
        let vendor = declaration(choice.vendor());
        match choice {
            Choice::Event(_, event) => Plan {
                event_type: event.name.to_owned(),
                subject: event.subject,
                objects: event.objects.to_vec(),
                maps: Vec::new(),
                data: event.data,
                entity: event.entity,
            },
            Choice::Object(_, slot) => Plan {
                event_type: choice.event_type(),
                subject: subject_for(vendor, slot),
                objects: slot.ty.object().into_iter().collect(),
                maps: matches!(slot.ty, FieldType::StringMap)
                    .then_some(slot.name)
                    .into_iter()
                    .collect(),
                data: None,
                entity: None,
            },
        }
    }

    pub fn cancels(&self) -> bool {
        self.event_type.to_lowercase().contains(CANCELLATION_WORD)
    }

    /// An optional object is filled when the event populates it, names it as its subject, or holds one that is.
    pub(super) fn wants(&self, decl: &ObjectDecl) -> bool {
        event_fills(&self.objects, self.subject, decl)
    }
}

/// The subject kind of the first declared event populating the slot, else the documented event's.
fn subject_for(vendor: &VendorDecl, slot: &FieldDecl) -> Option<&'static SubjectKind> {
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
        .and_then(|e| e.subject)
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
    /// A scenario's values that live on between its events; `None` for a single event.
    pub memory: Option<Memory>,
    /// The ids drawn so far, by kind (`contractId`): the same kind always gets the same id in one event.
    pub ids: Vec<(&'static str, Node)>,
}

/// Where one event of a scenario stands: when it happens, how far the scenario moved the person's
/// record dates, the seed of its own values, and what the scenario remembers so far.
pub(super) struct Scene {
    pub event_at: i64,
    pub shift: i64,
    pub values_seed: u64,
    pub memory: Memory,
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
            memory: None,
            ids: Vec::new(),
        }
    }

    /// One event of a scenario: the same person and record dates as every other event of it (drawn
    /// from the scenario's seed), its own time and its own draws for values nothing remembers.
    pub fn in_scene(choice: &Choice, seed: u64, edge: bool, scene: Scene) -> Self {
        let mut builder = Builder::new(choice, seed, edge);
        builder.timeline = builder.timeline.moved(scene.event_at, scene.shift);
        builder.rng = Rng::new(scene.values_seed);
        builder.memory = Some(scene.memory);
        builder
    }

    pub fn envelope(&mut self) -> Node {
        payload(self)
    }
}

impl Fill for Builder {
    type Object = ObjectClock;

    fn vendor(&self) -> &'static VendorDecl {
        self.vendor
    }

    fn plan(&self) -> &Plan {
        &self.plan
    }

    fn value(&mut self, f: &'static FieldDecl, clock: &mut ObjectClock) -> Option<Node> {
        if let Some(kind) = self.id_kind(f) {
            return Some(self.id(kind));
        }
        if let Some(kept) = self.memory.as_ref().and_then(|m| m.recall(clock.owner, f)) {
            return Some(kept);
        }
        let value = self.scalar(f, clock);
        if let (Some(memory), Some(node)) = (self.memory.as_mut(), value.as_ref()) {
            memory.keep(clock.owner, f, node);
        }
        value
    }

    fn begin(&mut self, decl: &'static ObjectDecl) -> ObjectClock {
        ObjectClock::of(decl.name)
    }

    /// Null, except `data` with no declared layout: an empty object, as every Perfect Gym event sends one.
    fn unfilled(&mut self, f: &'static FieldDecl) -> Option<Node> {
        Some(match f.ty {
            FieldType::EventData => node(NodeKind::Object(Vec::new())),
            _ => null(),
        })
    }
}

pub(super) fn null() -> Node {
    node(NodeKind::Null)
}

pub(super) fn number(digits: String) -> Node {
    node(NodeKind::Number(digits.into_boxed_str()))
}
