//! The C# root class (`PerfectGymWebhook`: envelope + typed event, static `Parse`) with the table
//! `EventNames.Match` reads, which is how the explorer's event resolution reaches System.Text.Json.

use super::{summary, Names};
use crate::domain::export::docs::{literal, matching_doc};
use crate::domain::export::names::{event_list, event_name, object_name, pascal, root_name};
use crate::domain::schema::VendorDecl;
use std::fmt::Write;

/// The root class: the envelope, the typed event and `Parse`.
pub(super) fn root_type(vendor: &'static VendorDecl, names: &Names) -> String {
    let root = root_name(vendor.vendor);
    let envelope = object_name(names, vendor.envelope);
    let mut out = summary(
        &format!(
            "One {} body: its envelope and the event it names, typed. {}",
            vendor.vendor.display_name(),
            matching_doc(vendor)
        ),
        "    ",
    );
    let table: Vec<String> = vendor
        .events
        .iter()
        .map(|e| {
            let spellings: Vec<String> = std::iter::once(e.name)
                .chain(e.aliases.iter().map(|a| a.name))
                .map(literal)
                .collect();
            format!("            new[] {{ {} }},\n", spellings.join(", "))
        })
        .collect();
    let _ = write!(
        out,
        "    public sealed class {root}\n    {{\n\
         \x20       {root}({envelope} envelope, WebhookEvent typed) {{ Envelope = envelope; Event = typed; }}\n\n\
         \x20       /// <summary>The body with the event's own data left untyped.</summary>\n\
         \x20       public {envelope} Envelope {{ get; }}\n\n\
         \x20       /// <summary>The body read as the event's type: one of the ...Event classes, or <see cref=\"UnknownEvent\"/>.</summary>\n\
         \x20       public WebhookEvent Event {{ get; }}\n\n\
         \x20       // Every declared event name with its aliases, in declaration order.\n\
         \x20       static readonly string[][] Events =\n        {{\n{}        }};\n\n\
         \x20       /// <summary>Reads one body; throws <see cref=\"JsonException\"/> where a value has the wrong JSON type or layout.</summary>\n\
         \x20       public static {root} Parse(string json)\n        {{\n\
         \x20           {envelope} envelope = JsonSerializer.Deserialize<{envelope}>(json) ?? throw new JsonException(\"the body is null\");\n{}\
         \x20           WebhookEvent? typed;\n\
         \x20           switch (EventNames.Match(Events, {}))\n            {{\n",
        table.concat(),
        holder_lines(vendor, names),
        match event_list(vendor) {
            Some(_) => format!("first?.{}", pascal(vendor.event_field)),
            None => format!("envelope.{}", pascal(vendor.event_field)),
        }
    );
    for (i, event) in vendor.events.iter().enumerate() {
        let name = event_name(event);
        // A vendor naming the event in a list's elements reads the first element as the event's class.
        let source = if event_list(vendor).is_some() {
            "element"
        } else {
            "json"
        };
        let read = if event.data.is_some() {
            format!("JsonSerializer.Deserialize<{name}>({source})")
        } else {
            format!("new {name}(envelope)")
        };
        let _ = writeln!(out, "                case {i}: typed = {read}; break;");
    }
    out.push_str(
        "                default: typed = null; break;\n            }\n\
         \x20           return new ",
    );
    let _ = write!(
        out,
        "{root}(envelope, typed ?? new UnknownEvent(envelope));\n        }}\n    }}\n\n"
    );
    out
}

/// For a vendor naming the event in a list's elements: the first element, and its JSON to read it again
/// as the event's class. Nothing where the envelope names the event.
fn holder_lines(vendor: &VendorDecl, names: &Names) -> String {
    let Some(list) = event_list(vendor) else {
        return String::new();
    };
    let holder = object_name(names, vendor.event_holder());
    let list = pascal(list.name);
    format!(
        "            {holder}? first = envelope.{list} != null && envelope.{list}.Count > 0 ? envelope.{list}[0] : null;\n\
         \x20           string element = first == null ? \"null\" : JsonSerializer.Serialize(first);\n"
    )
}
