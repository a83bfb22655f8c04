//! JSON Schema 2020-12 for one vendor, generated from its declaration alone: the envelope, every object
//! and field (type, nullability, description, the document's example, provenance in `x-provenance`,
//! personal data in `x-personal`) and every event, discriminated on the vendor's event field.
//!
//! The schema judges a payload exactly as the explorer does — valid ⇔ the explorer reports no error — so
//! it accepts what the explorer only warns about: `""` for a nullable datetime or GUID, `null` anywhere,
//! zone-less datetimes, seven-digit fractions, `+00:00` and other offsets, ids as numeric strings where
//! receivers accept them, unknown events and undocumented fields. `tests/it/export_agreement.rs` holds ajv's
//! verdict against the explorer's; `EXCEPTIONS` lists what JSON Schema cannot say, and the test checks them.
//! `components` builds the same schemas for the OpenAPI and AsyncAPI documents, which hold every vendor
//! and refer to them as `#/components/schemas/<qualified name>` (`tests/it/export_openapi.rs`).

use super::event_schemas;
use super::names::{event_name, object_name, object_names, qualified, root_name};
use super::nodes::number;
pub(super) use super::nodes::{array, boolean, member, object, string, NOWHERE};
use super::patterns::{anchored, date, int64_text, GUID, TIME, ZONE};
use crate::domain::json::{parse, pretty, Node, NodeKind};
use crate::domain::schema::{FieldDecl, FieldType, ObjectDecl, Provenance, Vendor, VendorDecl};

const DIALECT: &str = "https://json-schema.org/draft/2020-12/schema";

/// Where the schema and the explorer can disagree, because JSON Schema sees parsed values, not text,
/// and its patterns cannot do calendar arithmetic. Written into every schema's description.
pub const EXCEPTIONS: [&str; 4] = [
    "a datetime whose offset moves it outside years 0001-9999 in UTC (0001-01-01T00:30:00+01:00) passes here; the explorer reports it",
    "an int or int64 written with a fraction or an exponent but a whole value (1.0, 1e3) passes here: a schema sees the number, not its text; the explorer reports it, as .NET rejects it",
    "an int64 within double rounding of the 64-bit limits (9223372036854775808) passes a validator that reads numbers as doubles (JavaScript's ajv); the explorer reports it",
    "a decimal past the double range (1e400) fails a validator whose JSON parser reads it as infinity (JavaScript's); the explorer accepts it and warns",
];

/// Every annotation keyword the schemas use (`x-…`): facts from the declaration that JSON Schema has no
/// keyword for. A unit test checks the generated schemas use exactly these.
pub const ANNOTATIONS: [&str; 13] = [
    "x-source",
    "x-name",
    "x-aliases",
    "x-provenance",
    "x-subjectType",
    "x-payloadObjects",
    "x-alwaysSent",
    "x-type",
    "x-nullable",
    "x-personal",
    "x-utc",
    "x-numericStringSeen",
    "x-events",
];

/// The one line that lets ajv's strict mode (its default) compile the schemas: the annotation keywords
/// declared as a vocabulary (`tests/export/ajv-strict.mjs` runs it as written).
pub fn ajv_line() -> String {
    let names: Vec<String> = ANNOTATIONS.iter().map(|a| format!("\"{a}\"")).collect();
    format!("ajv.addVocabulary([{}]);", names.join(", "))
}

/// The schema's `$comment`: how to load it.
fn loading_comment() -> String {
    format!(
        "ajv's strict mode (its default) refuses keywords it does not know: declare this schema's \
         annotation keywords before compiling it, in one line: {} Validators that ignore unknown \
         keywords, such as Python's jsonschema, need nothing.",
        ajv_line()
    )
}

/// The schema's file name in `dist/schemas/`: `perfectgym.schema.json`.
pub fn file_name(vendor: Vendor) -> String {
    format!("{}.schema.json", vendor.slug())
}

/// The whole schema document, pretty-printed with two-space indents and a final newline.
pub fn json_schema(vendor: &'static VendorDecl) -> String {
    let mut text = pretty(&document(vendor));
    text.push('\n');
    text
}

fn document(vendor: &'static VendorDecl) -> Node {
    let scope = Scope::new(vendor, Refs::Defs);
    let mut members = vec![
        ("$schema", string(DIALECT)),
        ("$id", string(&file_name(vendor.vendor))),
    ];
    members.extend(root_members(vendor, &scope));
    let defs = definitions(vendor, &scope);
    let defs = Node::new(
        NOWHERE,
        NodeKind::Object(defs.into_iter().map(|(k, v)| member(&k, v)).collect()),
    );
    members.push(("$defs", defs));
    object(members)
}

/// Where a schema's `$ref`s point: the vendor file's own `$defs`, or the shared `components.schemas` of
/// the OpenAPI and AsyncAPI documents, which hold every vendor under qualified names (`GymOs.Member`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Refs {
    Defs,
    Components,
}

/// A vendor's type names and where references to them point: what every builder below needs.
pub(super) struct Scope {
    vendor: Vendor,
    names: Vec<(&'static ObjectDecl, String)>,
    pub(super) refs: Refs,
}

impl Scope {
    fn new(vendor: &'static VendorDecl, refs: Refs) -> Scope {
        Scope {
            vendor: vendor.vendor,
            names: object_names(vendor),
            refs,
        }
    }

    pub(super) fn name(&self, decl: &ObjectDecl) -> String {
        object_name(&self.names, decl)
    }

    /// The key a type is defined under: bare in `$defs`, vendor-qualified in components.
    fn key(&self, name: &str) -> String {
        match self.refs {
            Refs::Defs => name.to_owned(),
            Refs::Components => qualified(self.vendor, name),
        }
    }

    /// `{"$ref": ...}` to the type defined under `name`.
    pub(super) fn reference(&self, name: &str) -> Node {
        let target = match self.refs {
            Refs::Defs => format!("#/$defs/{name}"),
            Refs::Components => format!("#/components/schemas/{}", self.key(name)),
        };
        object(vec![("$ref", string(&target))])
    }
}

/// The envelope's marker fields: without them a body is not this vendor's at all (the explorer's detection).
pub(super) fn markers(vendor: &VendorDecl) -> Node {
    array(
        vendor
            .envelope
            .fields
            .iter()
            .filter(|f| f.marker)
            .map(|f| string(f.name))
            .collect(),
    )
}

/// The root schema's keywords after `$schema`/`$id`: the envelope, and per event an `if` on the event
/// field that applies the event's schema.
fn root_members(vendor: &'static VendorDecl, scope: &Scope) -> Vec<(&'static str, Node)> {
    let envelope = scope.name(vendor.envelope);
    // The envelope names the event (Perfect Gym, GymOS): the root applies each event's schema. A vendor
    // naming it deeper (PerfectGym Next's payload elements) has the conditionals on that object instead.
    let conditionals = if holds_event(vendor, vendor.envelope) {
        event_schemas::conditionals(vendor, scope)
    } else {
        Vec::new()
    };
    let mut members = vec![
        (
            "title",
            string(&format!("{} webhook", vendor.vendor.display_name())),
        ),
        ("description", string(&root_description(vendor))),
        ("$comment", string(&loading_comment())),
        ("x-source", string(vendor.source)),
        ("type", string("object")),
        ("required", markers(vendor)),
    ];
    match scope.refs {
        Refs::Defs => {
            members.push(("$ref", string(&format!("#/$defs/{envelope}"))));
            if !conditionals.is_empty() {
                members.push(("allOf", array(conditionals)));
            }
        }
        // Draft-07 (AsyncAPI's schema dialect) ignores a `$ref`'s siblings; inside `allOf` it means the
        // same in every draft, so the shared components use that form.
        Refs::Components => {
            let mut all = vec![scope.reference(&envelope)];
            all.extend(conditionals);
            members.push(("allOf", array(all)));
        }
    }
    members
}

/// Every object and event schema of the vendor, keyed as `scope` names them (objects first, envelope
/// first among them, then events in declaration order).
fn definitions(vendor: &'static VendorDecl, scope: &Scope) -> Vec<(String, Node)> {
    let mut defs: Vec<(String, Node)> = scope
        .names
        .iter()
        .map(|(decl, name)| (scope.key(name), object_schema(vendor, scope, decl)))
        .collect();
    defs.extend(vendor.events.iter().map(|e| {
        let schema = event_schemas::event_schema(vendor, scope, e);
        (scope.key(&event_name(e)), schema)
    }));
    defs
}

/// The vendor's schemas for a document holding every vendor: the root (`GymOs.GymOsWebhook`), every
/// object and every event, each referring to the others as `#/components/schemas/<qualified name>`.
/// An event's schema there is a whole body of that event (envelope included), so a webhook or message
/// can point at it alone.
pub(super) fn components(vendor: &'static VendorDecl) -> Vec<(String, Node)> {
    let scope = Scope::new(vendor, Refs::Components);
    let mut out = vec![(
        scope.key(&root_name(vendor.vendor)),
        object(root_members(vendor, &scope)),
    )];
    out.extend(definitions(vendor, &scope));
    out
}

fn root_description(vendor: &VendorDecl) -> String {
    let case = if vendor.event_names_ignore_case {
        " in any letter case"
    } else {
        " (or a documented alias; another letter case is matched too, as the explorer warns and reads it)"
    };
    let exceptions: Vec<String> = EXCEPTIONS
        .iter()
        .enumerate()
        .map(|(i, e)| format!("({}) {e}", i.saturating_add(1)))
        .collect();
    format!(
        "Every {} webhook body, generated by gymhook from its declaration. A payload is valid here exactly \
         when gymhook's explorer reports no error: what the explorer only warns about (\"\" for a nullable \
         datetime or GUID, null where the document does not allow it, zone-less datetimes, offsets on UTC \
         fields, ids sent as numeric strings, unknown events, undocumented fields) is accepted, and marked with \
         x-nullable, x-provenance and the descriptions. The event is chosen by {}{case}, surrounding whitespace \
         ignored. Where JSON Schema cannot express the explorer's rule: {}.",
        vendor.vendor.display_name(),
        vendor.event_path(),
        exceptions.join("; ")
    )
}

/// `payload.session`: where an event's populated object sits, found by walking the declaration.
pub(super) fn slot_path(vendor: &'static VendorDecl, target: &ObjectDecl) -> Option<String> {
    fn walk(decl: &ObjectDecl, target: &ObjectDecl, prefix: &str, depth: usize) -> Option<String> {
        // Declarations are trees of statics a few levels deep; the bound only guards a future cycle.
        if depth > 8 {
            return None;
        }
        decl.fields.iter().find_map(|f| {
            let child = f.ty.object()?;
            let path = if prefix.is_empty() {
                f.name.to_owned()
            } else {
                format!("{prefix}.{}", f.name)
            };
            if std::ptr::eq(child, target) {
                Some(path)
            } else {
                walk(child, target, &path, depth.saturating_add(1))
            }
        })
    }
    walk(vendor.envelope, target, "", 0)
}

fn object_schema(vendor: &'static VendorDecl, scope: &Scope, decl: &ObjectDecl) -> Node {
    let properties = decl
        .fields
        .iter()
        .map(|f| member(f.name, field_schema(vendor, scope, f)))
        .collect();
    let always: Vec<Node> = decl
        .fields
        .iter()
        .filter(|f| f.required)
        .map(|f| string(f.name))
        .collect();
    let mut schema = vec![
        ("title", string(decl.name)),
        ("description", string(decl.description)),
        ("x-provenance", string(provenance(decl.provenance))),
        ("type", string("object")),
    ];
    if !always.is_empty() {
        // Not `required`: the explorer only warns when one is missing.
        schema.push(("x-alwaysSent", array(always)));
    }
    schema.push((
        "properties",
        Node::new(NOWHERE, NodeKind::Object(properties)),
    ));
    // A nested event holder (a PerfectGym Next payload element) applies each event's data layout itself.
    if holds_event(vendor, decl) && !holds_event(vendor, vendor.envelope) {
        schema.push(("allOf", array(event_schemas::conditionals(vendor, scope))));
    }
    // Undocumented fields stay valid (the explorer notes them): no additionalProperties: false.
    object(schema)
}

/// The type as `x-type` names it: the declared label, marked where the documents give no type.
fn type_label(field: &FieldDecl) -> String {
    if field.type_inferred {
        format!(
            "{} (inferred: the documents give no type, so any value is valid here)",
            field.ty.label()
        )
    } else {
        field.ty.label().to_owned()
    }
}

/// Whether `decl` is the object naming the event (`VendorDecl::event_holder`).
pub(super) fn holds_event(vendor: &VendorDecl, decl: &ObjectDecl) -> bool {
    std::ptr::eq(vendor.event_holder(), decl)
}

fn field_schema(vendor: &'static VendorDecl, scope: &Scope, field: &FieldDecl) -> Node {
    let mut schema = vec![
        ("description", string(field.description)),
        ("x-type", string(&type_label(field))),
        ("x-provenance", string(provenance(field.provenance))),
        ("x-nullable", boolean(field.nullable)),
    ];
    if let Some(kind) = field.personal {
        schema.push(("x-personal", string(kind.label())));
    }
    if field.is_utc() {
        schema.push(("x-utc", boolean(true)));
    }
    if field.numeric_string_seen {
        schema.push(("x-numericStringSeen", boolean(true)));
    }
    if let Some(example) = field.example.and_then(|json| parse(json).ok()) {
        schema.push(("examples", array(vec![example])));
    }
    if field.name == vendor.event_field {
        schema.push((
            "x-events",
            array(vendor.events.iter().map(|e| string(e.name)).collect()),
        ));
    }
    // Event data is an object, except where an event's layout is only inferred: then the conditionals
    // say which events must send an object (`event_schemas::conditionals`).
    let free_data =
        matches!(field.ty, FieldType::EventData) && vendor.inferred_layouts().next().is_some();
    if !free_data {
        schema.extend(type_schema(scope, field));
    }
    object(schema)
}

/// The assertions for a field's value. `null` is always allowed: where the document does not mark a
/// field nullable the explorer warns, and a receiver must still cope (`x-nullable` keeps the fact).
fn type_schema(scope: &Scope, field: &FieldDecl) -> Vec<(&'static str, Node)> {
    let types = |list: &[&str]| array(list.iter().map(|t| string(t)).collect());
    if field.type_inferred {
        // The documents give no type: any JSON value (the explorer only warns about an unexpected one).
        return Vec::new();
    }
    match field.ty {
        FieldType::String => vec![("type", types(&["string", "null"]))],
        FieldType::Boolean => vec![("type", types(&["boolean", "null"]))],
        FieldType::Decimal => vec![("type", types(&["number", "null"]))],
        FieldType::Guid => vec![
            ("type", types(&["string", "null"])),
            ("pattern", string(&anchored(GUID, field.may_be_null()))),
        ],
        FieldType::DateTime => vec![
            ("type", types(&["string", "null"])),
            (
                "pattern",
                string(&anchored(
                    &format!("{}{TIME}{ZONE}?", date()),
                    field.may_be_null(),
                )),
            ),
        ],
        FieldType::Date => vec![
            ("type", types(&["string", "null"])),
            (
                "pattern",
                string(&anchored(
                    &format!("{}(?:{TIME}{ZONE}?)?", date()),
                    field.may_be_null(),
                )),
            ),
        ],
        FieldType::Int => vec![
            ("type", types(&["integer", "null"])),
            ("minimum", number(&i32::MIN.to_string())),
            ("maximum", number(&i32::MAX.to_string())),
        ],
        FieldType::Int64 | FieldType::EpochMillis => int64_schema(field),
        FieldType::StringList => vec![
            ("type", types(&["array", "null"])),
            ("items", object(vec![("type", string("string"))])),
        ],
        FieldType::StringMap => vec![
            ("type", types(&["object", "null"])),
            (
                "additionalProperties",
                object(vec![("type", string("string"))]),
            ),
        ],
        FieldType::Object(decl) => vec![(
            "anyOf",
            array(vec![
                scope.reference(&scope.name(decl)),
                object(vec![("type", string("null"))]),
            ]),
        )],
        FieldType::ObjectList(decl) => vec![
            ("type", types(&["array", "null"])),
            ("items", scope.reference(&scope.name(decl))),
        ],
        // The layout is the event's (see the root's allOf); an unknown event's data is any object.
        FieldType::EventData => vec![("type", types(&["object", "null"]))],
    }
}

/// An int64 (or epoch milliseconds): an integer in range, or also its digits as a string where the
/// vendor was seen sending them so.
fn int64_schema(field: &FieldDecl) -> Vec<(&'static str, Node)> {
    let types = array(["integer", "null"].iter().map(|t| string(t)).collect());
    let number = vec![
        ("type", types),
        ("minimum", number(&i64::MIN.to_string())),
        ("maximum", number(&i64::MAX.to_string())),
    ];
    if !field.numeric_string_seen {
        return number;
    }
    // Two branches rather than one `type` listing integer and string: ajv's strict mode warns
    // about such a union unless told `allowUnionTypes`.
    let text = object(vec![
        ("type", string("string")),
        ("pattern", string(&int64_text())),
    ]);
    vec![("anyOf", array(vec![object(number), text]))]
}

fn provenance(p: Provenance) -> &'static str {
    p.label()
}
