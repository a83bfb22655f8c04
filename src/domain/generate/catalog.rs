//! What can be generated, read from the declarations: every declared event of every vendor, plus one
//! event per object a vendor sends without a published event name (`VendorDecl::unnamed`: GymOS's payload).

use crate::domain::schema::{
    declaration, default_event, EventDecl, FieldDecl, FieldType, Provenance, Vendor,
};

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
    /// A slot of the vendor's `unnamed` container (a GymOS payload object, or supplementalData), sent
    /// under a placeholder name.
    Object(Vendor, &'static FieldDecl),
}

impl Eq for Choice {}

impl PartialEq for Choice {
    fn eq(&self, other: &Self) -> bool {
        match (self, other) {
            (Choice::Event(v, a), Choice::Event(w, b)) => v == w && std::ptr::eq(*a, *b),
            (Choice::Object(v, a), Choice::Object(w, b)) => v == w && std::ptr::eq(*a, *b),
            _ => false,
        }
    }
}

/// Every choice, in registry order: each vendor's declared events, then every vendor's unnamed objects.
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
    out.extend(
        Vendor::ALL
            .iter()
            .flat_map(|&v| unnamed_slots(v).map(move |slot| Choice::Object(v, slot))),
    );
    out
}

/// The fields of the vendor's `unnamed` container that hold an object or merge data.
fn unnamed_slots(vendor: Vendor) -> impl Iterator<Item = &'static FieldDecl> {
    let fields: &'static [FieldDecl] = declaration(vendor)
        .unnamed
        .map(|u| u.container.fields)
        .unwrap_or_default();
    fields
        .iter()
        .filter(|f| matches!(f.ty, FieldType::Object(_) | FieldType::StringMap))
}

/// The generator's tag for an object sent under no published event name (see `Choice::tag`).
pub const PLACEHOLDER_TAG: &str = "no published name";

impl Choice {
    pub fn vendor(&self) -> Vendor {
        match self {
            Choice::Event(vendor, _) | Choice::Object(vendor, _) => *vendor,
        }
    }

    /// Stable identifier (the `<option>` value): `perfectgym:Test`, `gymos:Session Booked`, `gymos:object:weighIn`.
    pub fn key(&self) -> String {
        match self {
            Choice::Event(vendor, event) => {
                format!("{}{KEY_SEPARATOR}{}", vendor.slug(), event.name)
            }
            Choice::Object(vendor, slot) => format!(
                "{}{KEY_SEPARATOR}{OBJECT_KEY}{KEY_SEPARATOR}{}",
                vendor.slug(),
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
            Choice::Object(_, slot) => format!("{OBJECT_KEY}{KEY_SEPARATOR}{}", slot.name),
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
            Choice::Object(_, slot) => format!("{PLACEHOLDER_PREFIX}{}", slot.name),
        }
    }

    /// True when the event name is gymhook's stand-in, not one the vendor sends.
    pub fn is_placeholder(&self) -> bool {
        matches!(self, Choice::Object(..))
    }

    /// What the list shows.
    pub fn label(&self) -> String {
        match self {
            Choice::Event(_, event) if !event.provenance.is_documented() => {
                format!("{} ({})", event.name, event.provenance.label())
            }
            Choice::Event(_, event) => event.name.to_owned(),
            Choice::Object(vendor, slot) => {
                let container = declaration(*vendor).unnamed.map(|u| u.container.name);
                format!("{}.{}", container.unwrap_or_default(), slot.name)
            }
        }
    }

    /// The tag beside the description: the event's provenance as declared (its label is also the tag's
    /// style), or for an object the vendor sends under no published name, `PLACEHOLDER_TAG`.
    pub fn tag(&self) -> (&'static str, &'static str) {
        match self {
            Choice::Event(_, event) => (event.provenance.key(), event.provenance.label()),
            Choice::Object(..) => ("placeholder", PLACEHOLDER_TAG),
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
            Choice::Object(vendor, slot) => format!(
                "{} {} publishes no event name for it, so the {} here is a labelled \
                 placeholder (\"{}\"); the explorer will call it an unknown event.",
                slot.description,
                vendor.display_name(),
                declaration(*vendor).event_field,
                self.event_type()
            ),
        }
    }

    pub fn event(&self) -> Option<&'static EventDecl> {
        match self {
            Choice::Event(_, event) => Some(event),
            Choice::Object(..) => None,
        }
    }

    pub fn slot(&self) -> Option<&'static FieldDecl> {
        match self {
            Choice::Event(..) => None,
            Choice::Object(_, slot) => Some(slot),
        }
    }
}

/// The list's first entry: the first vendor's first event (`schema::default_event`).
pub fn default_choice() -> Choice {
    let (vendor, event) = default_event();
    Choice::Event(vendor, event)
}
