//! The Go root type (`PerfectGymWebhook`: envelope + typed event, `Parse`, JSON methods) and the event
//! types with the table `matchEvent` reads, which is how the explorer's event resolution reaches Go.

use super::{struct_body, Names};
use crate::domain::export::docs::{comment, event_doc, literal as quote, matching_doc};
use crate::domain::export::names::{event_name, object_name, object_names, pascal};
use crate::domain::schema::VendorDecl;
use std::fmt::Write;

/// The root: the envelope with the typed event, `Parse` and the JSON methods.
pub(super) fn root_type(vendor: &'static VendorDecl, root: &str) -> String {
    let names = object_names(vendor);
    let envelope = object_name(&names, vendor.envelope);
    let mut out = comment(
        &format!(
            "{root} is one {} body: its envelope and the event it names, typed. {}",
            vendor.vendor.display_name(),
            matching_doc(vendor)
        ),
        "",
        "// ",
    );
    let _ = write!(
        out,
        "type {root} struct {{\n\
         \t// Envelope is the body with the event's own data left raw.\n\
         \tEnvelope {envelope}\n\
         \t// Event is the body read as the event's type: a *...Event of this file or *UnknownEvent.\n\
         \tEvent Event\n}}\n\n\
         // Event is implemented by every event type; EventName is the declared name (\"\" for UnknownEvent).\n\
         type Event interface{{ EventName() string }}\n\n\
         // Parse reads one body. It fails where a value has the wrong JSON type or layout.\n\
         func Parse(data []byte) (*{root}, error) {{\n\
         \tvar w {root}\n\
         \tif err := json.Unmarshal(data, &w); err != nil {{\n\t\treturn nil, err\n\t}}\n\
         \treturn &w, nil\n}}\n\n\
         // UnmarshalJSON reads the envelope, resolves the event and reads the body again as that event.\n\
         func (w *{root}) UnmarshalJSON(data []byte) error {{\n\
         \tif err := json.Unmarshal(data, &w.Envelope); err != nil {{\n\t\treturn err\n\t}}\n\
         \tw.Event = &UnknownEvent{{}}\n\
         \tif w.Envelope.{field} != nil {{\n\
         \t\tif i := matchEvent(*w.Envelope.{field}); i >= 0 {{\n\t\t\tw.Event = eventTable[i].new()\n\t\t}}\n\t}}\n\
         \treturn json.Unmarshal(data, w.Event)\n}}\n\n\
         // MarshalJSON writes the event (as read, minus undocumented fields).\n\
         func (w {root}) MarshalJSON() ([]byte, error) {{ return json.Marshal(w.Event) }}\n\n\
         // UnknownEvent is a body whose event no declaration matches: still valid, its data untyped.\n\
         type UnknownEvent struct{{ {envelope} }}\n\n\
         // EventName is \"\": the event is not declared.\n\
         func (*UnknownEvent) EventName() string {{ return \"\" }}\n\n",
        field = pascal(vendor.event_field),
    );
    out
}

/// Every event's type, and the table `matchEvent` reads (declared order, aliases as spelled).
pub(super) fn events(vendor: &'static VendorDecl, names: &Names) -> String {
    let envelope = object_name(names, vendor.envelope);
    let mut out = String::new();
    let mut table = String::from(
        "// eventTable lists the declared events in order, with their aliases.\n\
         var eventTable = []struct {\n\tname    string\n\taliases []string\n\tnew     func() Event\n}{\n",
    );
    for event in vendor.events {
        let name = event_name(event);
        out.push_str(&comment(
            &format!("{name}: {}", event_doc(vendor, event)),
            "",
            "// ",
        ));
        match event.data {
            // Perfect Gym: the envelope's fields with the event's own data type.
            Some(data) => out.push_str(&struct_body(
                names,
                &name,
                vendor.envelope.fields,
                Some(data),
            )),
            // GymOS: every event shares the envelope (the comment says which objects it fills).
            None => {
                let _ = writeln!(out, "type {name} struct{{ {envelope} }}\n");
            }
        }
        let _ = writeln!(
            out,
            "// EventName is the declared name.\nfunc (*{name}) EventName() string {{\n\treturn {}\n}}\n",
            quote(event.name)
        );
        let aliases: Vec<String> = event.aliases.iter().map(|a| quote(a.name)).collect();
        let _ = writeln!(
            table,
            "\t{{{}, []string{{{}}}, func() Event {{ return &{name}{{}} }}}},",
            quote(event.name),
            aliases.join(", ")
        );
    }
    out.push_str(&table);
    out.push_str("}\n\n");
    out
}
