//! The vendor declarations (one per vendor) and the lookups every consumer shares.
//! Validation, the typed view, the reference and the generator all read these statics; nothing else lists fields.

mod auth;
mod delivery;
pub mod gymos;
mod marks;
pub mod perfectgym;
mod perfectgym_lifecycles;
pub mod perfectgym_next;
pub mod sample;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_delivery;
pub mod types;
mod vendor;

pub use delivery::{step, DeliveryRules, Lifecycle, LifecycleStep, RetryClaim};
pub use sample::{Moment, Sample, Span};
pub use types::{
    Alias, EventDecl, FieldDecl, FieldType, ObjectDecl, Personal, Provenance, SubjectDecl,
    SubjectKind, Vendor, VendorDecl,
};
pub use vendor::{
    Auth, HeaderMatch, KeyDecl, SigningDecl, UnnamedDecl, UnsignedDecl, UNKNOWN_SLUG,
};

/// The declaration of one vendor.
pub fn declaration(vendor: Vendor) -> &'static VendorDecl {
    match vendor {
        Vendor::PerfectGym => &perfectgym::PERFECTGYM,
        Vendor::GymOs => &gymos::GYMOS,
        Vendor::PerfectGymNext => &perfectgym_next::PERFECTGYM_NEXT,
    }
}

/// The event pages start with (the generator's first entry): the first vendor's first event. Taken
/// from the declaration's array, whose length the compiler knows, so the index is checked at compile time.
pub fn default_event() -> (Vendor, &'static EventDecl) {
    (Vendor::PerfectGym, &perfectgym::EVENTS[0])
}

/// The vendor a view shows when nothing chose one (the Export view): the one whose declaration is the
/// fullest, so a first look shows the most.
pub const FEATURED: Vendor = Vendor::GymOs;

/// Every header name that carries a credential for some vendor (a signature, a static key): what
/// redaction leaves out of share links.
pub fn credential_headers() -> Vec<&'static str> {
    Vendor::ALL
        .iter()
        .flat_map(|&v| declaration(v).auth.credential_headers().iter().copied())
        .collect()
}

/// Every header name that identifies a delivery and holds no secret for some vendor (a request id):
/// redaction keeps them, however random their value looks.
pub fn public_headers() -> Vec<&'static str> {
    Vendor::ALL
        .iter()
        .filter_map(|&v| declaration(v).signing().map(|s| s.request_id_header))
        .collect()
}

/// Whether an optional object belongs in an event's payload: the event populates it (`objects`), it is
/// the record of the event's subject kind (MEMBER → `MEMBER`), or it holds an object that is.
pub fn event_fills(
    objects: &[&'static ObjectDecl],
    subject: Option<&SubjectKind>,
    decl: &ObjectDecl,
) -> bool {
    objects.iter().any(|o| std::ptr::eq(*o, decl))
        || subject.is_some_and(|s| std::ptr::eq(s.record, decl))
        || decl
            .fields
            .iter()
            .filter_map(|f| f.ty.object())
            .any(|child| event_fills(objects, subject, child))
}

/// How an event name as sent relates to the declared events.
#[derive(Clone, Copy, Debug)]
pub enum EventMatch {
    /// The declared name, exactly (or, for vendors whose names vary in case, in any case).
    Exact(&'static EventDecl),
    /// A spelling seen in the wild for a declared event.
    Alias(&'static EventDecl, &'static Alias),
    /// The declared name in another letter case, for a vendor that documents exact names.
    CaseVariant(&'static EventDecl),
    Unknown,
}

impl EventMatch {
    pub fn event(&self) -> Option<&'static EventDecl> {
        match *self {
            EventMatch::Exact(e) | EventMatch::Alias(e, _) | EventMatch::CaseVariant(e) => Some(e),
            EventMatch::Unknown => None,
        }
    }
}

impl VendorDecl {
    pub fn find_event(&'static self, name: &str) -> EventMatch {
        let name = name.trim();
        if let Some(e) = self.events.iter().find(|e| e.name == name) {
            return EventMatch::Exact(e);
        }
        for e in self.events {
            if let Some(alias) = e.aliases.iter().find(|a| a.name == name) {
                return EventMatch::Alias(e, alias);
            }
        }
        match self
            .events
            .iter()
            .find(|e| e.name.eq_ignore_ascii_case(name))
        {
            Some(e) if self.event_names_ignore_case => EventMatch::Exact(e),
            Some(e) => EventMatch::CaseVariant(e),
            None => EventMatch::Unknown,
        }
    }

    /// The object that declares the event field: the envelope, or the object `event_in` leads to.
    pub fn event_holder(&self) -> &'static ObjectDecl {
        let mut holder = self.envelope;
        for name in self.event_in {
            match holder.field(name).and_then(|f| f.ty.object()) {
                Some(next) => holder = next,
                None => return self.envelope,
            }
        }
        holder
    }

    /// The field of the holder that carries the event's own data (`data`, `content`), if the vendor has one.
    pub fn event_data_field(&self) -> Option<&'static FieldDecl> {
        let fields: &'static [FieldDecl] = self.event_holder().fields;
        fields.iter().find(|f| matches!(f.ty, FieldType::EventData))
    }

    /// The events whose data layout is only inferred (its very shape ambiguous in the documents): the
    /// explorer only warns about data of another shape there, so no export may require the layout.
    pub fn inferred_layouts(&self) -> impl Iterator<Item = &'static EventDecl> {
        let events: &'static [EventDecl] = self.events;
        events
            .iter()
            .filter(|e| e.data.is_some_and(|d| d.provenance == Provenance::Inferred))
    }

    /// The path of the field naming the event in a body: `event`, or `payload[0].type` (a list's first
    /// element counts).
    pub fn event_path(&self) -> String {
        self.event_steps().join(".")
    }

    /// The same place as a JSON pointer (RFC 6901): `/event`, `/payload/0/type`.
    pub fn event_pointer(&self) -> String {
        let steps: Vec<String> = self
            .event_steps()
            .iter()
            .map(|step| format!("/{}", step.replace("[0]", "/0")))
            .collect();
        steps.concat()
    }

    /// The field names on the way to the event's name, a list written with its first element (`payload[0]`).
    fn event_steps(&self) -> Vec<String> {
        let mut steps: Vec<String> = self
            .event_in
            .iter()
            .map(|name| match self.envelope_or_holder_field(name) {
                Some(FieldType::ObjectList(_)) => format!("{name}[0]"),
                _ => (*name).to_owned(),
            })
            .collect();
        steps.push(self.event_field.to_owned());
        steps
    }

    /// The type of the field `name` on the way from the envelope to the holder.
    fn envelope_or_holder_field(&self, name: &str) -> Option<FieldType> {
        let mut holder = self.envelope;
        for step in self.event_in {
            let field = holder.field(step)?;
            if *step == name {
                return Some(field.ty);
            }
            holder = field.ty.object()?;
        }
        None
    }

    /// The envelope fields whose presence identifies the vendor, in declaration order.
    pub fn markers(&self) -> impl Iterator<Item = &'static FieldDecl> {
        self.envelope.fields.iter().filter(|f| f.marker)
    }

    /// The envelope field declared to hold this kind of value (`Sample::Time(Moment::Event)`: the event
    /// time; `Sample::TradingName`: the club): how a page finds a field by its meaning, not its spelling.
    pub fn envelope_field(&self, sample: Sample) -> Option<&'static FieldDecl> {
        let fields: &'static [FieldDecl] = self.envelope.fields;
        fields.iter().find(|f| f.sample == sample)
    }

    /// Every object declared for this vendor, each once, in declaration order (envelope first).
    pub fn objects(&'static self) -> Vec<&'static ObjectDecl> {
        let mut out: Vec<&'static ObjectDecl> = Vec::new();
        let mut stack = vec![self.envelope];
        for event in self.events {
            stack.extend(event.data);
        }
        stack.reverse();
        while let Some(obj) = stack.pop() {
            if out.iter().any(|o| std::ptr::eq(*o, obj)) {
                continue;
            }
            out.push(obj);
            stack.extend(obj.fields.iter().rev().filter_map(|f| f.ty.object()));
        }
        out
    }
}
