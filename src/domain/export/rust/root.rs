//! The Rust root type (`PerfectGymWebhook`: envelope + typed event, `parse`), the event enum and the
//! table `match_event` reads, which is how the explorer's event resolution reaches serde.

use super::{snake, Names};
use crate::domain::export::docs::{comment, matching_doc};
use crate::domain::export::names::{event_list, event_name, object_name, root_name, vendor_prefix};
use crate::domain::schema::VendorDecl;
use std::fmt::Write;

/// The root struct, `parse`, the event enum and the table `match_event` reads.
pub(super) fn root_type(vendor: &'static VendorDecl, names: &Names) -> String {
    let root = root_name(vendor.vendor);
    let envelope = object_name(names, vendor.envelope);
    let event_enum = format!("{}Event", vendor_prefix(vendor.vendor));
    let field = snake(vendor.event_field);
    let mut out = head(vendor, &root, &envelope, &event_enum, &field);
    let mut variants = String::new();
    let mut names_match = String::new();
    let mut table = String::new();
    for (i, event) in vendor.events.iter().enumerate() {
        let ty = event_name(event);
        let variant = ty.strip_suffix("Event").unwrap_or(&ty);
        // A vendor naming the event in a list's elements reads the first element as the event.
        let read = match event_list(vendor) {
            Some(_) => "first_element(body)?",
            None => "serde_json::from_str(body)?",
        };
        let _ = writeln!(
            out,
            "            Some({i}) => {event_enum}::{variant}({read}),"
        );
        let _ = writeln!(variants, "    /// {}\n    {variant}({ty}),", event.name);
        let _ = writeln!(
            names_match,
            "            Self::{variant}(_) => {:?},",
            event.name
        );
        let aliases: Vec<String> = event
            .aliases
            .iter()
            .map(|a| format!("{:?}", a.name))
            .collect();
        let _ = writeln!(table, "    ({:?}, &[{}]),", event.name, aliases.join(", "));
    }
    let _ = write!(
        out,
        "            _ => {event_enum}::Unknown(envelope.clone()),\n        }};\n\
         \x20       Ok(Self {{ envelope, event }})\n    }}\n}}\n\n\
         impl std::str::FromStr for {root} {{\n\
         \x20   type Err = serde_json::Error;\n\
         \x20   fn from_str(body: &str) -> Result<Self, Self::Err> {{\n        Self::parse(body)\n    }}\n}}\n\n\
         /// The event a body names; serialises as the body (undocumented fields left out).\n\
         #[derive(Debug, Clone, PartialEq, serde::Serialize)]\n#[serde(untagged)]\n\
         pub enum {event_enum} {{\n{variants}\
         \x20   /// A name no declaration matches: still a valid body, its data untyped.\n\
         \x20   Unknown({envelope}),\n}}\n\n\
         impl {event_enum} {{\n\
         \x20   /// The declared event name (`\"\"` for `Unknown`).\n\
         \x20   pub fn name(&self) -> &'static str {{\n        match self {{\n{names_match}\
         \x20           Self::Unknown(_) => \"\",\n        }}\n    }}\n}}\n\n\
         /// Every declared event name with its aliases, in declaration order.\n\
         const EVENT_NAMES: [(&str, &[&str]); {}] = [\n{table}];\n\n",
        vendor.events.len()
    );
    out.push_str(&first_element(vendor));
    out
}

/// The root struct's doc and definition, and `parse` up to the arms matching the event's name.
fn head(vendor: &VendorDecl, root: &str, envelope: &str, event_enum: &str, field: &str) -> String {
    let mut out = comment(
        &format!(
            "One {} body: its envelope and the event it names, typed. {}",
            vendor.vendor.display_name(),
            matching_doc(vendor)
        ),
        "",
        "/// ",
    );
    let _ = write!(
        out,
        "#[derive(Debug, Clone, PartialEq)]\npub struct {root} {{\n\
         \x20   /// The body with the event's own data left untyped.\n\
         \x20   pub envelope: {envelope},\n\
         \x20   /// The body read as the event's type.\n\
         \x20   pub event: {event_enum},\n}}\n\n\
         impl {root} {{\n\
         \x20   /// Reads one body; fails where a value has the wrong JSON type or layout.\n\
         \x20   pub fn parse(body: &str) -> Result<Self, serde_json::Error> {{\n\
         \x20       let envelope: {envelope} = serde_json::from_str(body)?;\n\
         \x20       let event = match {name}.and_then(match_event) {{\n",
        name = match event_list(vendor) {
            Some(list) => format!(
                "envelope.{}.as_ref().and_then(|list| list.first()).and_then(|first| first.{field}.as_deref())",
                snake(list.name)
            ),
            None => format!("envelope.{field}.as_deref()"),
        }
    );
    out
}

/// For a vendor naming the event in a list's elements: the helper reading the list's first element as
/// the event's type (nothing otherwise).
fn first_element(vendor: &VendorDecl) -> String {
    let mut out = String::new();
    if let Some(list) = event_list(vendor) {
        let _ = write!(
            out,
            "/// The first element of `{key}` read as an event's type.\n\
             fn first_element<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, serde_json::Error> {{\n\
             \x20   #[derive(serde::Deserialize)]\n\
             \x20   struct Raw {{\n\
             \x20       #[serde(rename = {key:?})]\n\
             \x20       list: Vec<serde_json::Value>,\n\
             \x20   }}\n\
             \x20   let raw: Raw = serde_json::from_str(body)?;\n\
             \x20   serde_json::from_value(raw.list.into_iter().next().unwrap_or_default())\n}}\n\n",
            key = list.name
        );
    }
    out
}
