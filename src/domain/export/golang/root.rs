//! The Go root type (`PerfectGymWebhook`: envelope + typed event, `Parse`, JSON methods) and the event
//! types with the table `matchEvent` reads, which is how the explorer's event resolution reaches Go.

use super::{struct_body, Names};
use crate::domain::export::docs::{comment, event_doc, literal as quote, matching_doc};
use crate::domain::export::names::{event_list, event_name, object_name, object_names, pascal};
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
         {methods}\
         // UnknownEvent is a body whose event no declaration matches: still valid, its data untyped.\n\
         type UnknownEvent struct{{ {envelope} }}\n\n\
         // EventName is \"\": the event is not declared.\n\
         func (*UnknownEvent) EventName() string {{ return \"\" }}\n\n",
        methods = match event_list(vendor) {
            Some(list) => nested_methods(root, &pascal(list.name), &pascal(vendor.event_field), list.name),
            None => format!(
                "// UnmarshalJSON reads the envelope, resolves the event and reads the body again as that event.\n\
                 func (w *{root}) UnmarshalJSON(data []byte) error {{\n\
                 \tif err := json.Unmarshal(data, &w.Envelope); err != nil {{\n\t\treturn err\n\t}}\n\
                 \tw.Event = &UnknownEvent{{}}\n\
                 \tif w.Envelope.{field} != nil {{\n\
                 \t\tif i := matchEvent(*w.Envelope.{field}); i >= 0 {{\n\t\t\tw.Event = eventTable[i].new()\n\t\t}}\n\t}}\n\
                 \treturn json.Unmarshal(data, w.Event)\n}}\n\n\
                 // MarshalJSON writes the event (as read, minus undocumented fields).\n\
                 func (w {root}) MarshalJSON() ([]byte, error) {{ return json.Marshal(w.Event) }}\n\n",
                field = pascal(vendor.event_field),
            ),
        },
    );
    out
}

/// The JSON methods of a vendor naming the event in a list's elements (PerfectGym Next's payload): the
/// first element is read again as its event's type, and written back in its place.
fn nested_methods(root: &str, list: &str, field: &str, key: &str) -> String {
    format!(
        "// UnmarshalJSON reads the envelope, resolves the event its first {key} element names and reads that\n\
         // element again as the event (an unknown event: the whole body).\n\
         func (w *{root}) UnmarshalJSON(data []byte) error {{\n\
         \tif err := json.Unmarshal(data, &w.Envelope); err != nil {{\n\t\treturn err\n\t}}\n\
         \tw.Event = &UnknownEvent{{}}\n\
         \tif len(w.Envelope.{list}) == 0 || w.Envelope.{list}[0] == nil || w.Envelope.{list}[0].{field} == nil {{\n\
         \t\treturn json.Unmarshal(data, w.Event)\n\t}}\n\
         \ti := matchEvent(*w.Envelope.{list}[0].{field})\n\
         \tif i < 0 {{\n\t\treturn json.Unmarshal(data, w.Event)\n\t}}\n\
         \tw.Event = eventTable[i].new()\n\
         \tvar raw struct {{\n\t\tList []json.RawMessage `json:\"{key}\"`\n\t}}\n\
         \tif err := json.Unmarshal(data, &raw); err != nil {{\n\t\treturn err\n\t}}\n\
         \treturn json.Unmarshal(raw.List[0], w.Event)\n}}\n\n\
         // MarshalJSON writes the body with the typed event as its first {key} element (minus undocumented\n\
         // fields).\n\
         func (w {root}) MarshalJSON() ([]byte, error) {{\n\
         \tif _, unknown := w.Event.(*UnknownEvent); unknown {{\n\t\treturn json.Marshal(w.Event)\n\t}}\n\
         \tenvelope, err := json.Marshal(w.Envelope)\n\tif err != nil {{\n\t\treturn nil, err\n\t}}\n\
         \tvar body map[string]json.RawMessage\n\tif err := json.Unmarshal(envelope, &body); err != nil {{\n\t\treturn nil, err\n\t}}\n\
         \tvar list []json.RawMessage\n\tif err := json.Unmarshal(body[\"{key}\"], &list); err != nil {{\n\t\treturn nil, err\n\t}}\n\
         \tevent, err := json.Marshal(w.Event)\n\tif err != nil {{\n\t\treturn nil, err\n\t}}\n\
         \tlist[0] = event\n\
         \tif body[\"{key}\"], err = json.Marshal(list); err != nil {{\n\t\treturn nil, err\n\t}}\n\
         \treturn json.Marshal(body)\n}}\n\n"
    )
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
            // Perfect Gym: the envelope's fields with the event's own data type (PerfectGym Next: the
            // payload element's).
            Some(data) => out.push_str(&struct_body(
                names,
                &name,
                vendor.event_holder().fields,
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
