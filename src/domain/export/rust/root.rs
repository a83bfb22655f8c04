//! The Rust root type (`PerfectGymWebhook`: envelope + typed event, `parse`), the event enum and the
//! table `match_event` reads, which is how the explorer's event resolution reaches serde.

use super::{snake, Names};
use crate::domain::export::docs::{comment, matching_doc};
use crate::domain::export::names::{event_name, object_name, root_name, vendor_prefix};
use crate::domain::schema::VendorDecl;
use std::fmt::Write;

/// The root struct, `parse`, the event enum and the table `match_event` reads.
pub(super) fn root_type(vendor: &'static VendorDecl, names: &Names) -> String {
    let root = root_name(vendor.vendor);
    let envelope = object_name(names, vendor.envelope);
    let event_enum = format!("{}Event", vendor_prefix(vendor.vendor));
    let field = snake(vendor.event_field);
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
         \x20       let event = match envelope.{field}.as_deref().and_then(match_event) {{\n"
    );
    let mut variants = String::new();
    let mut names_match = String::new();
    let mut table = String::new();
    for (i, event) in vendor.events.iter().enumerate() {
        let ty = event_name(event);
        let variant = ty.strip_suffix("Event").unwrap_or(&ty);
        let _ = writeln!(
            out,
            "            Some({i}) => {event_enum}::{variant}(serde_json::from_str(body)?),"
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
    out
}
