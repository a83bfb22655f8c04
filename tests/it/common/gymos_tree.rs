//! The GymOS declaration as a flat map (a walk over `FieldType::Object` from the envelope),
//! and how a document type label maps onto `FieldType`.

use gymhook::domain::schema::gymos::GYMOS;
use gymhook::domain::schema::types::{FieldType, ObjectDecl};
use std::collections::BTreeMap;

/// Every object reachable from the GymOS envelope, by name.
pub fn gymos_objects() -> BTreeMap<&'static str, &'static ObjectDecl> {
    let mut found = BTreeMap::new();
    let mut todo = vec![GYMOS.envelope];
    while let Some(obj) = todo.pop() {
        if found.insert(obj.name, obj).is_none() {
            todo.extend(obj.fields.iter().filter_map(|f| f.ty.object()));
        }
    }
    found
}

/// Whether a declared type is the one the document's table names (`GUID`, `string[]`, ...).
pub fn is_documented_type(doc: &str, ty: FieldType) -> bool {
    use FieldType as T;
    matches!(
        (doc, ty),
        ("GUID", T::Guid)
            | ("datetime", T::DateTime)
            | ("date", T::Date)
            | ("decimal", T::Decimal)
            | ("int", T::Int)
            | ("boolean", T::Boolean)
            | ("string", T::String)
            | ("string[]", T::StringList)
            | ("object", T::Object(_))
            | ("object (string → string)", T::StringMap)
    )
}
