//! Stable type names for a vendor's objects and events, shared by every export format so a JSON Schema
//! `$defs` key and a TypeScript type are the same word. Derived from the declaration, never listed.

use crate::domain::schema::{
    declaration, EventDecl, FieldDecl, FieldType, ObjectDecl, Provenance, Vendor, VendorDecl,
};

/// `Session Booked` → `SessionBooked`, `Lead campaign sign-up` → `LeadCampaignSignUp`, `nestedData` →
/// `NestedData`, `CUSTOMER_CHECKIN` → `CustomerCheckin`: ASCII letters and digits kept, each word's first
/// letter raised, everything else dropped.
pub fn pascal(text: &str) -> String {
    // SCREAMING_SNAKE (`CUSTOMER_CHECKIN`) reads as words once lowered: `CustomerCheckin`.
    let screaming = text.contains('_')
        && text
            .chars()
            .all(|c| c == '_' || c.is_ascii_uppercase() || c.is_ascii_digit());
    if screaming {
        return pascal(&text.to_ascii_lowercase());
    }
    let mut out = String::with_capacity(text.len());
    let mut raise = true;
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            if raise {
                out.push(c.to_ascii_uppercase());
            } else {
                out.push(c);
            }
            raise = false;
        } else {
            raise = true;
        }
    }
    out
}

/// The name of an event's own type: `ClassesBookedEvent`.
pub fn event_name(event: &EventDecl) -> String {
    format!("{}Event", pascal(event.name))
}

/// Object names a browser page has in scope already, or is likely to define itself: the DOM's `Document`,
/// and `Form` and `Message`. Such an object takes the vendor's prefix (`GymOsDocument`), so importing the
/// types never shadows a global. `tests/it/export_typescript.rs` checks no type name is a global of
/// TypeScript's DOM, WebWorker or ES libraries.
const BROWSER_NAMES: [&str; 3] = ["Document", "Form", "Message"];

/// Every object of the vendor with its type name, in declaration order (envelope first). Perfect Gym
/// declares several objects all named `data` (one per group of events), so an event's data object is named
/// after the first event that carries it (`ClassesBookedData`); any other clash gets a number.
pub fn object_names(vendor: &'static VendorDecl) -> Vec<(&'static ObjectDecl, String)> {
    let mut out: Vec<(&'static ObjectDecl, String)> = Vec::new();
    for decl in vendor.objects() {
        let first_event = vendor
            .events
            .iter()
            .find(|e| e.data.is_some_and(|d| std::ptr::eq(d, decl)));
        let base = match first_event {
            Some(event) => format!("{}Data", pascal(event.name)),
            None if BROWSER_NAMES.contains(&pascal(decl.name).as_str()) => {
                format!("{}{}", vendor_prefix(vendor.vendor), pascal(decl.name))
            }
            None => pascal(decl.name),
        };
        let mut name = base.clone();
        let mut n = 1u32;
        while out.iter().any(|(_, taken)| *taken == name) {
            n = n.saturating_add(1);
            name = format!("{base}{n}");
        }
        out.push((decl, name));
    }
    out
}

/// The type name given to `decl` by `object_names`.
pub fn object_name(names: &[(&'static ObjectDecl, String)], decl: &ObjectDecl) -> String {
    names
        .iter()
        .find(|(d, _)| std::ptr::eq(*d, decl))
        .map_or_else(|| pascal(decl.name), |(_, name)| name.clone())
}

/// The list of the envelope whose elements name the event (PerfectGym Next's `payload`), when the way to
/// the event holder is one such list: the typed exports type that list with the event union.
pub fn event_list(vendor: &VendorDecl) -> Option<&'static FieldDecl> {
    match vendor.event_in {
        [name] => vendor
            .envelope
            .field(name)
            .filter(|f| matches!(f.ty, FieldType::ObjectList(_))),
        _ => None,
    }
}

/// Whether an event's data layout is typed in the typed exports: not where the documents leave its very
/// shape ambiguous (an inferred layout), since the explorer accepts other shapes there with a warning.
/// Its type is still generated, for receivers to use once they know the shape sent.
pub fn typed_layout(decl: &ObjectDecl) -> bool {
    decl.provenance != Provenance::Inferred
}

/// The vendor's slug as an identifier of code (a Python module and its functions, a Go package, a Rust
/// module): `perfectgym`, `perfectgym_next`.
pub fn module_name(vendor: Vendor) -> String {
    vendor.slug().replace('-', "_")
}

/// The vendor's word in type names, as declared: `PerfectGym`, `GymOs`.
pub fn vendor_prefix(vendor: Vendor) -> &'static str {
    declaration(vendor).type_prefix
}

/// The top-level type of every body: `PerfectGymWebhook`, `GymOsWebhook` (a union over the events).
pub fn root_name(vendor: Vendor) -> String {
    format!("{}Webhook", vendor_prefix(vendor))
}

/// A name in a document that holds every vendor (OpenAPI, AsyncAPI components): `GymOs.SessionBookedEvent`.
pub fn qualified(vendor: Vendor, name: &str) -> String {
    format!("{}.{name}", vendor_prefix(vendor))
}

/// Every type name an export of the vendor defines, root first: what the Export view can jump to.
pub fn type_names(vendor: &'static VendorDecl) -> Vec<String> {
    let mut out = vec![root_name(vendor.vendor)];
    out.extend(object_names(vendor).into_iter().map(|(_, name)| name));
    out.extend(vendor.events.iter().map(event_name));
    out
}
