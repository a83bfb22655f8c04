//! What a scenario remembers between its deliveries: every value of an object that lives on (the
//! member, the contract, the booking, the club), keyed by object and field, so ids, names, prices and
//! earlier times agree across events. Only the times the event itself sets (its own time, the delivery,
//! a cancellation) move. A lifecycle step can ask for a new instance of an object (`fresh`).

use crate::domain::json::Node;
use crate::domain::schema::{FieldDecl, Moment, Sample};

/// The owner under which ids are kept by their kind rather than by the object holding them.
const ID_OWNER: &str = "#id";

/// (object name, field name) → the value sent the first time.
#[derive(Clone, Debug, Default)]
pub(crate) struct Memory {
    values: Vec<(&'static str, &'static str, Node)>,
}

impl Memory {
    pub fn recall(&self, owner: &str, f: &FieldDecl) -> Option<Node> {
        self.values
            .iter()
            .find(|(o, name, _)| *o == owner && *name == f.name)
            .map(|(_, _, node)| node.clone())
    }

    /// Keeps a value for later steps, unless the event itself sets it.
    pub fn keep(&mut self, owner: &'static str, f: &'static FieldDecl, node: &Node) {
        if persists(f) && self.recall(owner, f).is_none() {
            self.values.push((owner, f.name, node.clone()));
        }
    }

    /// The id of a kind (`contractId`) drawn earlier in the scenario, whichever field carried it.
    pub fn recall_id(&self, kind: &str) -> Option<Node> {
        self.values
            .iter()
            .find(|(o, name, _)| *o == ID_OWNER && *name == kind)
            .map(|(_, _, node)| node.clone())
    }

    /// Keeps an id by its kind for later steps (`fresh` names a kind to draw it again).
    pub fn keep_id(&mut self, kind: &'static str, node: &Node) {
        if self.recall_id(kind).is_none() {
            self.values.push((ID_OWNER, kind, node.clone()));
        }
    }

    /// A new instance from here on: objects (or id fields) of these names are drawn again.
    pub fn forget(&mut self, names: &[&str]) {
        self.values
            .retain(|(owner, field, _)| !names.contains(owner) && !names.contains(field));
    }
}

/// The event's own id, and times placed at the event, the delivery or a cancellation belong to each
/// event; the rest lives on.
fn persists(f: &FieldDecl) -> bool {
    let moment = match f.sample {
        Sample::Time(moment) | Sample::LocalTime(moment) => Some(moment),
        Sample::EventId => return false,
        _ => None,
    };
    !matches!(
        moment,
        Some(Moment::Event | Moment::Delivery | Moment::Cancelled)
    )
}
