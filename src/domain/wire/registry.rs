//! Every declaration numbered once, in declaration order, so an index on one thread names the same
//! `&'static` object, field or event on the other.

use super::WireError;
use crate::domain::schema::{declaration, EventDecl, FieldDecl, ObjectDecl, Vendor};

/// The vendor's position in the registry (`Vendor::ALL`, a handful of entries: it fits a byte).
pub fn vendor_index(v: Vendor) -> u8 {
    let position = Vendor::ALL.iter().position(|&w| w == v).unwrap_or_default();
    u8::try_from(position).unwrap_or(u8::MAX)
}

pub fn vendor(i: u8) -> Result<Vendor, WireError> {
    Vendor::ALL
        .get(usize::from(i))
        .copied()
        .ok_or(WireError::UnknownDeclaration)
}

/// All objects of every vendor, in registry order.
pub fn objects() -> Vec<&'static ObjectDecl> {
    Vendor::ALL
        .iter()
        .flat_map(|&v| declaration(v).objects())
        .collect()
}

pub fn object_index(all: &[&'static ObjectDecl], decl: &ObjectDecl) -> Option<usize> {
    all.iter().position(|o| std::ptr::eq(*o, decl))
}

/// A field as (its object's index, its position in that object).
pub fn field_index(all: &[&'static ObjectDecl], decl: &FieldDecl) -> Option<(usize, usize)> {
    all.iter().enumerate().find_map(|(o, obj)| {
        obj.fields
            .iter()
            .position(|f| std::ptr::eq(f, decl))
            .map(|f| (o, f))
    })
}

pub fn field(
    all: &[&'static ObjectDecl],
    (o, f): (usize, usize),
) -> Result<&'static FieldDecl, WireError> {
    all.get(o)
        .and_then(|obj| obj.fields.get(f))
        .ok_or(WireError::UnknownDeclaration)
}

pub fn event_index(v: Vendor, e: &EventDecl) -> Option<usize> {
    declaration(v)
        .events
        .iter()
        .position(|d| std::ptr::eq(d, e))
}

pub fn event(v: Vendor, i: usize) -> Result<&'static EventDecl, WireError> {
    declaration(v)
        .events
        .get(i)
        .ok_or(WireError::UnknownDeclaration)
}
