//! The words every generated type and field carries, built once from the declaration so every export says
//! the same thing: a field's description, provenance, the document's example, nullability, personal-data
//! mark, UTC and numeric-string notes; an object's and an event's description and layout. TypeScript and
//! Pydantic write the paragraphs as they are, Go, Rust and C# one paragraph each (`*_doc`).

use super::json_schema::slot_path;
use crate::domain::schema::{EventDecl, FieldDecl, FieldType, ObjectDecl, Provenance, VendorDecl};
use std::fmt::Write;

/// What "observed" means, in the words the reference uses.
const OBSERVED: &str = "Observed in public receiver code, not documented.";
/// What "documented for a sister product only" means.
const SISTER: &str =
    "Documented only for the sister product built from the same documentation source, not on this vendor's own pages.";
/// What "inferred" means.
const INFERRED: &str = "Inferred: no document states it; gymhook's best reading.";

pub fn provenance(p: Provenance) -> &'static str {
    match p {
        Provenance::Documented => "Documented by the vendor.",
        Provenance::Sister(_) => SISTER,
        Provenance::Observed => OBSERVED,
        Provenance::Inferred => INFERRED,
    }
}

/// A field's notes, one sentence or short paragraph per entry, in a fixed order.
pub fn field_notes(field: &FieldDecl) -> Vec<String> {
    let mut out = vec![sentence(field.description)];
    let mut facts = vec![format!("Type: {}.", field.ty.label())];
    facts.push(provenance(field.provenance).to_owned());
    if field.marker {
        facts.push("Required: its presence identifies the vendor.".to_owned());
    } else if field.required {
        facts.push("Always sent (the explorer warns when it is missing).".to_owned());
    }
    let empty_is_null = matches!(
        field.ty,
        FieldType::Guid | FieldType::DateTime | FieldType::Date
    );
    facts.push(match (field.nullable, field.may_be_null(), empty_is_null) {
        (true, _, true) => "Nullable; \"\" is read as null too.".to_owned(),
        (true, _, false) => "Nullable.".to_owned(),
        (false, true, true) => {
            "No document says whether it can be null; null and \"\" are accepted \
                                (the explorer notes \"\" as null)."
                .to_owned()
        }
        (false, true, false) => {
            "No document says whether it can be null; null is accepted.".to_owned()
        }
        (false, false, _) => {
            "Not nullable in the document; null is still accepted (the explorer warns).".to_owned()
        }
    });
    if field.is_utc() {
        facts.push(
            "UTC: an offset other than +00:00, or no zone at all, is valid but the explorer warns."
                .to_owned(),
        );
    }
    if field.numeric_string_seen {
        facts.push(
            "Receivers also accept it as a numeric string (\"1042\"), which is valid.".to_owned(),
        );
    }
    if let Some(kind) = field.personal {
        facts.push(format!("Personal data: {}.", kind.label()));
    }
    out.push(facts.join(" "));
    if let Some(example) = field.example {
        out.push(format!("Example (the document's): `{example}`"));
    }
    out
}

/// An object's notes: its description, provenance and the JSON key it appears under.
pub fn object_notes(decl: &ObjectDecl) -> Vec<String> {
    vec![
        sentence(decl.description),
        format!(
            "{} JSON key: {}. Undocumented fields are allowed (the explorer notes them).",
            provenance(decl.provenance),
            decl.name
        ),
    ]
}

/// An event's notes: description, provenance, aliases, its subject and the payload objects it fills.
pub fn event_notes(vendor: &'static VendorDecl, event: &EventDecl) -> Vec<String> {
    let matching = if vendor.event_names_ignore_case {
        format!(
            "{} is \"{}\" in any letter case, surrounding whitespace ignored.",
            vendor.event_path(),
            event.name
        )
    } else {
        format!(
            "{} is \"{}\" (another letter case or surrounding whitespace is read as this event too, with a warning).",
            vendor.event_path(), event.name
        )
    };
    let mut out = vec![
        sentence(event.description),
        format!("{} {matching}", provenance(event.provenance)),
    ];
    for alias in event.aliases {
        out.push(format!("Alias \"{}\": {}", alias.name, alias.note));
    }
    if let (Some(field), Some(entity)) = (vendor.entity_field, event.entity) {
        out.push(format!("{field} is the {entity}."));
    }
    if let Some(subject) = event.subject_type {
        let field = vendor.subject_type_field.unwrap_or("subject type");
        out.push(format!("{field}: {subject}."));
    }
    let slots: Vec<String> = event
        .objects
        .iter()
        .filter_map(|o| slot_path(vendor, o))
        .collect();
    if !slots.is_empty() {
        out.push(format!("Populates {}.", slots.join(", ")));
    }
    out
}

/// The description with a final full stop, so generated paragraphs read as sentences.
fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?', ')']) {
        text.to_owned()
    } else {
        format!("{text}.")
    }
}

/// A field's notes as one paragraph.
pub fn field_doc(field: &FieldDecl) -> String {
    field_notes(field).join(" ")
}

/// An object's notes as one paragraph.
pub fn object_doc(decl: &ObjectDecl) -> String {
    object_notes(decl).join(" ")
}

/// An event's notes as one paragraph.
pub fn event_doc(vendor: &'static VendorDecl, event: &EventDecl) -> String {
    event_notes(vendor, event).join(" ")
}

/// How the event name is matched, for the root type's comment.
pub fn matching_doc(vendor: &VendorDecl) -> String {
    if vendor.event_names_ignore_case {
        format!(
            "The event is chosen by {} in any ASCII letter case, surrounding whitespace ignored; an unknown name \
             is still a valid body (the Unknown variant).",
            vendor.event_path()
        )
    } else {
        format!(
            "The event is chosen by {}, surrounding whitespace ignored: the declared name, then a declared alias, \
             then the declared name in another ASCII letter case (gymhook warns); an unknown name is still a \
             valid body (the Unknown variant, data left raw).",
            vendor.event_path()
        )
    }
}

/// What every typed file promises, for its header (each adds how it holds the quirky values).
pub const SEMANTICS: &str = "Only the marker fields identify a body; every other field is optional and may \
     be null (gymhook warns), whatever the document says about nullability. Undocumented fields are ignored. \
     int64 values are read exactly, never through a double.";

/// `text` broken at spaces into lines of at most `width` characters (a longer word stays whole).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count().saturating_add(word.chars().count()) >= width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

/// The paragraph as comment lines, each `indent` + `prefix` + text.
pub fn comment(text: &str, indent: &str, prefix: &str) -> String {
    wrap(text, 96)
        .iter()
        .map(|l| format!("{indent}{prefix}{l}\n"))
        .collect()
}

/// A Go or C# string literal: both sources are UTF-8, so only quotes, backslashes and controls need escapes
/// (as `\\u` + four hex digits, which both read).
pub fn literal(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => {
                let _ = write!(out, "\\u{:04x}", u32::from(c));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::wrap;

    #[test]
    fn wrap_breaks_at_spaces_within_the_width() {
        assert_eq!(wrap("aa bb cc", 6), vec!["aa bb", "cc"]);
        assert_eq!(wrap("", 6), Vec::<String>::new());
    }
}
