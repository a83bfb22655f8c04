//! What can be generated, read from the declarations: every declared event of both vendors, plus one
//! event per GymOS payload object (GymOS publishes no event names for most of them).

use crate::domain::schema::gymos::PAYLOAD;
use crate::domain::schema::perfectgym;
use crate::domain::schema::{declaration, EventDecl, FieldDecl, FieldType, Provenance, Vendor};

/// Separates the parts of a choice's key: `perfectgym:ClassesBooked`, `gymos:object:weighIn`.
const KEY_SEPARATOR: char = ':';
const OBJECT_KEY: &str = "object";
/// The eventType written for a payload object whose event name GymOS does not publish. It must read
/// as a stand-in, never as a real name: receivers and the validator see it as an unknown event.
const PLACEHOLDER_PREFIX: &str = "(placeholder) ";

/// One entry of the generator's event list.
#[derive(Clone, Copy, Debug)]
pub enum Choice {
    /// A declared event of either vendor, under its declared name (aliases are not separate events).
    Event(Vendor, &'static EventDecl),
    /// A GymOS payload slot (one of the 22 objects, or supplementalData), sent under a placeholder name.
    Object(&'static FieldDecl),
}

impl Eq for Choice {}

impl PartialEq for Choice {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Choice::Event(v, a), Choice::Event(w, b)) => v == w && std::ptr::eq(*a, *b),
            (Choice::Object(a), Choice::Object(b)) => std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

/// Every choice, in declaration order: Perfect Gym events, GymOS events, GymOS payload objects.
pub fn catalogue() -> Vec<Choice> {
    let mut out: Vec<Choice> = Vendor::ALL
        .iter()
        .flat_map(|&v| {
            declaration(v)
                .events
                .iter()
                .map(move |e| Choice::Event(v, e))
        })
        .collect();
    out.extend(payload_slots().map(Choice::Object));
    out
}

/// The GymOS payload fields that hold a business object or merge data.
fn payload_slots() -> impl Iterator<Item = &'static FieldDecl> {
    PAYLOAD
        .fields
        .iter()
        .filter(|f| matches!(f.ty, FieldType::Object(_) | FieldType::StringMap))
}

impl Choice {
    pub fn vendor(&self) -> Vendor {
        match self {
            Choice::Event(vendor, _) => *vendor,
            Choice::Object(_) => Vendor::GymOs,
        }
    }

    /// Stable identifier (the `<option>` value): `perfectgym:Test`, `gymos:Session Booked`, `gymos:object:weighIn`.
    pub fn key(&self) -> String {
        match self {
            Choice::Event(vendor, event) => {
                format!("{}{KEY_SEPARATOR}{}", vendor.slug(), event.name)
            }
            Choice::Object(slot) => format!(
                "{}{KEY_SEPARATOR}{OBJECT_KEY}{KEY_SEPARATOR}{}",
                Vendor::GymOs.slug(),
                slot.name
            ),
        }
    }

    pub fn from_key(key: &str) -> Option<Choice> {
        catalogue().into_iter().find(|c| c.key() == key)
    }

    /// How the command line and the npm package name this choice: the event name, or `object:<slot>`
    /// for a GymOS payload object.
    pub fn argument(&self) -> String {
        match self {
            Choice::Event(_, event) => event.name.to_owned(),
            Choice::Object(slot) => format!("{OBJECT_KEY}{KEY_SEPARATOR}{}", slot.name),
        }
    }

    /// The choice of `vendor` an argument names: an event name in any letter case, or `object:<slot>`;
    /// surrounding whitespace is ignored.
    pub fn find(vendor: Vendor, wanted: &str) -> Option<Choice> {
        let wanted = wanted.trim();
        catalogue()
            .into_iter()
            .find(|c| c.vendor() == vendor && c.argument().eq_ignore_ascii_case(wanted))
    }

    /// The text written into the payload's event field.
    pub fn event_type(&self) -> String {
        match self {
            Choice::Event(_, event) => event.name.to_owned(),
            Choice::Object(slot) => format!("{PLACEHOLDER_PREFIX}{}", slot.name),
        }
    }

    /// True when the event name is gymhook's stand-in, not one the vendor sends.
    pub fn is_placeholder(&self) -> bool {
        matches!(self, Choice::Object(_))
    }

    /// What the list shows.
    pub fn label(&self) -> String {
        match self {
            Choice::Event(_, event) if event.provenance == Provenance::Observed => {
                format!("{} (observed)", event.name)
            }
            Choice::Event(_, event) => event.name.to_owned(),
            Choice::Object(slot) => format!("payload.{}", slot.name),
        }
    }

    /// One or two sentences for under the list: what the event is, and how sure anyone is of it.
    pub fn description(&self) -> String {
        match self {
            Choice::Event(_, event) => match event.data {
                Some(data) if data.provenance == Provenance::Observed => format!(
                    "{} Its data fields are known from public receiver code, not from the document.",
                    event.description
                ),
                _ => event.description.to_owned(),
            },
            Choice::Object(slot) => format!(
                "{} GymOS publishes no event name for it, so the eventType here is a labelled \
                 placeholder (\"{}\"); the explorer will call it an unknown event.",
                slot.description,
                self.event_type()
            ),
        }
    }

    pub fn event(&self) -> Option<&'static EventDecl> {
        match self {
            Choice::Event(_, event) => Some(event),
            Choice::Object(_) => None,
        }
    }

    pub fn slot(&self) -> Option<&'static FieldDecl> {
        match self {
            Choice::Event(..) => None,
            Choice::Object(slot) => Some(slot),
        }
    }
}

/// The list's first entry. Taken from the declaration's array, whose length the compiler knows, so
/// the index is checked at compile time instead of at run time.
pub fn default_choice() -> Choice {
    Choice::Event(Vendor::PerfectGym, &perfectgym::EVENTS[0])
}
