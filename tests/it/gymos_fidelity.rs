//! Fidelity of the GymOS declaration to the vendor document, read from docs/specs: every table
//! row and every example key must be declared, with the documented type and nullability.

use crate::common;

use common::gymos_tree::{gymos_objects, is_documented_type};
use common::spec_examples::{gymos_envelope_skeleton, gymos_examples};
use common::spec_tables::{gymos_tables, Table};
use gymhook::domain::schema::types::{FieldDecl, ObjectDecl, Provenance};
use std::collections::{BTreeMap, BTreeSet};

/// Declared nullable although the row has no `?`, for a reason the document itself gives.
const NULLABLE_BY_PROSE: [(&str, &str); 2] = [
    // "Some events may not have an associated subject record(s)."
    ("envelope", "subject"),
    // "Only relevant objects are populated for each event."
    ("payload", "supplementalData"),
];

/// Documented rows the document's examples leave out (field-notes.md lists the same four).
const ABSENT_FROM_EXAMPLES: [&str; 4] = [
    "attendee.status",
    "member.blockedUntilUtc",
    "membership.endDateUtc",
    "message.readUtc",
];

fn objects() -> BTreeMap<&'static str, &'static ObjectDecl> {
    gymos_objects()
}

/// The object a table describes: the supplementalData table describes a payload field.
fn owner(table: &Table) -> &'static ObjectDecl {
    let name = match table.heading.as_str() {
        "supplementalData" => "payload",
        other => other,
    };
    objects()
        .get(name)
        .copied()
        .unwrap_or_else(|| panic!("no object {name}"))
}

fn declared(obj: &'static ObjectDecl, name: &str) -> &'static FieldDecl {
    obj.field(name)
        .unwrap_or_else(|| panic!("{}.{name} is not declared", obj.name))
}

#[test]
fn every_table_row_is_declared_with_its_type_nullability_and_description() {
    let tables = gymos_tables();
    // envelope + member/lead/attendee + 22 payload objects + supplementalData.
    assert_eq!(tables.len(), 27, "scanner found {} tables", tables.len());
    for table in &tables {
        let obj = owner(table);
        assert!(
            !table.entries.is_empty(),
            "empty table under {}",
            table.heading
        );
        for row in &table.entries {
            let f = declared(obj, &row.name);
            let at = format!("{}.{}", obj.name, row.name);
            assert!(
                is_documented_type(&row.ty, f.ty),
                "{at}: document {}, declared {:?}",
                row.ty,
                f.ty
            );
            if NULLABLE_BY_PROSE.contains(&(obj.name, f.name)) {
                assert!(f.nullable, "{at} must accept null");
            } else {
                assert_eq!(f.nullable, row.nullable, "{at}: nullability differs");
            }
            assert_eq!(f.description, row.description, "{at}: description differs");
            assert_eq!(f.provenance, Provenance::Documented, "{at}");
        }
    }
}

/// The member table's "Address fields string homeAddress1, homeAddress2, homeCity, etc." rows.
#[test]
fn prose_rows_become_documented_string_fields() {
    let member = objects()["member"];
    let prose: Vec<_> = gymos_tables().into_iter().flat_map(|t| t.prose).collect();
    assert_eq!(prose.len(), 2, "Address + Emergency contact rows");
    let example = gymos_examples()
        .into_iter()
        .find(|(n, _)| *n == "member")
        .unwrap()
        .1;
    let example: serde_json::Map<String, serde_json::Value> =
        serde_json::from_str(&example).unwrap();
    for row in prose {
        // "etc." covers every example key sharing the listed names' prefix (home*, emergency*).
        let first = &row.names[0];
        let len = (0..first.len())
            .take_while(|&i| {
                row.names
                    .iter()
                    .all(|n| n.as_bytes().get(i) == first.as_bytes().get(i))
            })
            .count();
        let prefix = &first[..len];
        let implied = example.keys().filter(|k| k.starts_with(prefix)).cloned();
        let names: BTreeSet<String> = row.names.iter().cloned().chain(implied).collect();
        assert!(
            names.len() > row.names.len(),
            "{}: etc. names nothing",
            row.label
        );
        for name in names {
            let f = declared(member, &name);
            assert!(
                is_documented_type(&row.ty, f.ty) && !f.nullable,
                "member.{name}"
            );
            assert_eq!(f.provenance, Provenance::Documented, "member.{name}");
        }
    }
}

#[test]
fn every_example_key_is_declared() {
    let tables = gymos_tables();
    for (name, text) in gymos_examples() {
        let value: serde_json::Value = serde_json::from_str(&text).expect(name);
        if name == "supplementalData" {
            continue; // arbitrary merge-field keys, not fields
        }
        let obj = objects()[name];
        let keys: BTreeSet<&str> = value
            .as_object()
            .unwrap()
            .keys()
            .map(|k| k.as_str())
            .collect();
        for key in &keys {
            assert_eq!(
                declared(obj, key).provenance,
                Provenance::Documented,
                "{name}.{key}"
            );
        }
        // Cross-check the scanner: table rows missing from the example are exactly the known four.
        let table = tables.iter().find(|t| t.heading == name).expect(name);
        for row in &table.entries {
            let known = ABSENT_FROM_EXAMPLES.contains(&format!("{name}.{}", row.name).as_str());
            assert_eq!(
                !keys.contains(row.name.as_str()),
                known,
                "{name}.{}",
                row.name
            );
        }
    }
}

/// The converse: nothing documented is declared that the document does not show.
#[test]
fn every_documented_field_is_in_a_table_or_an_example() {
    let examples = gymos_examples();
    for table in gymos_tables() {
        let obj = owner(&table);
        if obj.name == "payload" {
            continue; // its slots are checked against the payload skeleton (gymos_structure.rs)
        }
        // The envelope example holds `{ ... }` placeholders: null stands in for them.
        let example = match examples.iter().find(|(n, _)| *n == obj.name) {
            Some((_, text)) => text.clone(),
            None => gymos_envelope_skeleton().replace("{ ... }", "null"),
        };
        let example: serde_json::Value = serde_json::from_str(&example).unwrap();
        for f in obj
            .fields
            .iter()
            .filter(|f| f.provenance == Provenance::Documented)
        {
            let in_table = table.entries.iter().any(|r| r.name == f.name);
            let in_example = example.get(f.name).is_some();
            assert!(
                in_table || in_example,
                "{}.{} has no source",
                obj.name,
                f.name
            );
        }
    }
}

#[test]
fn fidelity_summary() {
    let objs = objects();
    let fields: Vec<&FieldDecl> = objs.values().flat_map(|o| o.fields.iter()).collect();
    let observed = fields
        .iter()
        .filter(|f| f.provenance == Provenance::Observed)
        .count();
    let rows: usize = gymos_tables().iter().map(|t| t.entries.len()).sum();
    println!(
        "GymOS: {} objects (envelope, subject, payload, 3 subject records, 22 payload objects), \
         {} fields ({} documented, {observed} observed); {rows} table rows, {} example blocks checked",
        objs.len(),
        fields.len(),
        fields.len() - observed,
        gymos_examples().len(),
    );
    assert_eq!(objs.len(), 28);
}
