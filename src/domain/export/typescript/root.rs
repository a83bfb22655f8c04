//! The end of a TypeScript export: the unknown-event fallback, the root union over the events, the union of
//! declared event names, and the runtime helpers (event matching, narrowing, the exact parse) filled in
//! from the declaration.

use super::runtime::{MATCHING, PARSE_EXACT, PARSE_PLAIN, RUNTIME_CHECK};
use super::{doc, lower_prefix, Names};
use crate::domain::export::names::{
    event_list, event_name, object_name, root_name, typed_layout, vendor_prefix,
};
use crate::domain::export::patterns::WHITESPACE;
use crate::domain::json::quoted;
use crate::domain::schema::{FieldType, VendorDecl};

pub(super) fn root(vendor: &'static VendorDecl, names: &Names) -> String {
    let prefix = vendor_prefix(vendor.vendor);
    let root = root_name(vendor.vendor);
    let unknown = format!("Unknown{prefix}Event");
    let event_names = format!("{prefix}EventName");
    let name_fn = format!("{}EventName", lower_prefix(vendor));
    let field = vendor.event_field;
    let mut out = doc(
        &[format!(
            "A body whose {field} names no declared event: still valid (the explorer reports the event as \
             unknown and reads its fields without an event layout)."
        )],
        "",
    );
    out.push_str(&format!(
        "export interface {unknown} extends {} {{}}\n\n",
        object_name(names, vendor.event_holder())
    ));
    out.push_str(&doc(
        &[
            format!(
                "Every {} webhook body: one of the declared events, or an unknown one.",
                vendor.vendor.display_name()
            ),
            format!(
                "Read the text with `parse{prefix}Webhook`, which keeps int64 ids exact but, like any \
                 type, checks nothing at run time."
            ),
        ],
        "",
    ));
    out.push_str(&event_union(vendor, names, &root, &unknown));
    let literals: Vec<String> = vendor.events.iter().map(|e| quoted(e.name)).collect();
    out.push_str(&doc(
        &["The declared event names, as the declaration spells them.".to_owned()],
        "",
    ));
    out.push_str(&format!(
        "export type {event_names} =\n  | {};\n\n",
        literals.join("\n  | ")
    ));
    let spellings: Vec<String> = vendor
        .events
        .iter()
        .map(|e| {
            let aliases: Vec<String> = e.aliases.iter().map(|a| quoted(a.name)).collect();
            format!("  [{}, [{}]],", quoted(e.name), aliases.join(", "))
        })
        .collect();
    out.push_str(
        &MATCHING
            .replace("__WS__", WHITESPACE)
            .replace("__SPELLINGS__", "EVENT_SPELLINGS")
            .replace("__SPELLING_LIST__", &spellings.join("\n"))
            .replace("__NAMES__", &event_names)
            .replace("__FIELD__", field)
            .replace("__NAME_FN__", &name_fn),
    );
    out.push('\n');
    out.push_str(&narrowing(vendor, names, &event_names, &name_fn));
    out.push('\n');
    out.push_str(&parse_function(vendor, &root));
    out
}

/// The union of the declared events (and the unknown one): the root type where the envelope names the
/// event; for a vendor naming it in a list's elements (PerfectGym Next's payload), the type of that
/// list's elements, with the envelope as the root.
fn event_union(vendor: &'static VendorDecl, names: &Names, root: &str, unknown: &str) -> String {
    let prefix = vendor_prefix(vendor.vendor);
    let mut out = String::new();
    let nested = event_list(vendor).map(|f| f.name);
    let union = match nested {
        Some(_) => format!("{prefix}Event"),
        None => root.to_owned(),
    };
    out.push_str(&format!("export type {union} =\n"));
    for event in vendor.events {
        out.push_str(&format!("  | {}\n", event_name(event)));
    }
    out.push_str(&format!("  | {unknown};\n\n"));
    if let Some(list) = nested {
        out.push_str(&doc(
            &[format!(
                "Every {} webhook body: the envelope, its {list} typed as the events.",
                vendor.vendor.display_name()
            )],
            "",
        ));
        // The envelope's fields, the list typed as the events (an event of an inferred layout is no
        // element of the envelope's own list type, so no `extends`).
        out.push_str(&super::members(
            names,
            vendor.envelope,
            root,
            &[(list, format!("{union}[]"))],
        ));
        out.push('\n');
    }
    out
}

/// `parse…Webhook`: exact int64 ids where the vendor has any, else plain `JSON.parse`.
fn parse_function(vendor: &'static VendorDecl, root: &str) -> String {
    let prefix = vendor_prefix(vendor.vendor);
    let mut out = String::new();
    let int64: Vec<String> = int64_members(vendor).into_iter().map(quoted).collect();
    let parse = if int64.is_empty() {
        PARSE_PLAIN
    } else {
        PARSE_EXACT
    };
    out.push_str(
        &parse
            .replace("__INT64_NAMES__", &int64.join(", "))
            .replace("__CHECK__", RUNTIME_CHECK)
            .replace("__PARSE__", &format!("parse{prefix}Webhook"))
            .replace("__ROOT__", root),
    );
    out
}

/// `perfectGymEventOf` / `gymOsEventOf`: for a vendor whose events carry their own data layout, the
/// matched name with the data typed by it; otherwise the matched name alone (the layout is shared).
fn narrowing(
    vendor: &'static VendorDecl,
    names: &Names,
    event_names: &str,
    name_fn: &str,
) -> String {
    let prefix = vendor_prefix(vendor.vendor);
    let root = root_name(vendor.vendor);
    let of_fn = format!("{}EventOf", lower_prefix(vendor));
    let event_field = quoted(vendor.event_field);
    // Where the envelope names the event the helpers read `body` itself; otherwise the element naming it.
    let (holder_line, holder) = match vendor.event_in {
        [] => (String::new(), "body".to_owned()),
        _ => (
            format!("  const holder = {};\n", holder_access(vendor)),
            "holder?.".to_owned(),
        ),
    };
    let at = |field: &str| format!("{holder}[{field}]");
    let data_field = vendor.event_data_field();
    let layouts: Vec<String> = vendor
        .events
        .iter()
        .filter_map(|e| {
            // An inferred layout stays untyped: the explorer accepts other shapes there.
            let data = e.data?;
            let ty = if typed_layout(data) {
                object_name(names, data)
            } else {
                "unknown".to_owned()
            };
            Some(format!("  {}: {ty};", quoted(e.name)))
        })
        .collect();
    let Some(data_field) = data_field.filter(|_| !layouts.is_empty()) else {
        return shared_layout(vendor, event_names, name_fn);
    };
    let data = quoted(data_field.name);
    let mut out = doc(&["The data layout of each declared event.".to_owned()], "");
    out.push_str(&format!(
        "export interface {prefix}EventData {{\n{}\n}}\n\n",
        layouts.join("\n")
    ));
    out.push_str(&doc(
        &["A body's declared event with its data typed by that event, or `name: undefined` for an unknown event.".to_owned()],
        "",
    ));
    out.push_str(&format!(
        "export type {prefix}EventOf =\n  | {{ [K in {event_names}]: {{ name: K; data: {prefix}EventData[K] | null | undefined }} }}[{event_names}]\n  | {{ name: undefined; data: UnknownObject | null | undefined }};\n\n"
    ));
    out.push_str(&doc(
        &["The declared event a body is, matched as the explorer matches it, with its data typed by that \
           event: the explorer reads the data of a name in another letter case or with surrounding \
           whitespace by the event it matches, which the event interfaces' literal types cannot express."
            .to_owned()],
        "",
    ));
    out.push_str(&format!(
        "export function {of_fn}(body: {root}): {prefix}EventOf {{\n{holder_line}  return {{ name: {name_fn}({}), data: {} }} as {prefix}EventOf;\n}}\n",
        at(&event_field),
        at(&data)
    ));
    out
}

/// `gymOsEventOf` for a vendor whose events share one layout: the interfaces cannot differ, so the helper
/// pairs the body with the declared name it matched, and a check of `name` narrows `body` to that event's
/// interface (a literal type on the name could not: it would refuse names in another letter case).
fn shared_layout(vendor: &'static VendorDecl, event_names: &str, name_fn: &str) -> String {
    let prefix = vendor_prefix(vendor.vendor);
    let root = root_name(vendor.vendor);
    let of_fn = format!("{}EventOf", lower_prefix(vendor));
    let events: Vec<String> = vendor
        .events
        .iter()
        .map(|e| format!("  {}: {};", quoted(e.name), event_name(e)))
        .collect();
    let mut out = doc(
        &["Each declared event's interface, by its declared name.".to_owned()],
        "",
    );
    out.push_str(&format!(
        "export interface {prefix}Events {{\n{}\n}}\n\n",
        events.join("\n")
    ));
    out.push_str(&doc(
        &["A body with the declared event it names: checking `name` narrows `body` to that event's \
           interface; `name: undefined` for an unknown event."
            .to_owned()],
        "",
    ));
    out.push_str(&format!(
        "export type {prefix}EventOf =\n  | {{ [K in {event_names}]: {{ name: K; body: {prefix}Events[K] }} }}[{event_names}]\n  | {{ name: undefined; body: Unknown{prefix}Event }};\n\n"
    ));
    out.push_str(&doc(
        &[format!(
            "The declared event a body names, matched as the explorer matches it (surrounding whitespace \
             ignored, any letter case), with the body: after `const e = {of_fn}(body)`, checking \
             `e.name` narrows `e.body` to that event's interface. Every {} event has the same fields, \
             so the union of the event interfaces cannot narrow on `{}` by itself.",
            vendor.vendor.display_name(),
            vendor.event_field
        )],
        "",
    ));
    let event_field = quoted(vendor.event_field);
    out.push_str(&format!(
        "export function {of_fn}(body: {root}): {prefix}EventOf {{\n  return {{ name: {name_fn}(body[{event_field}]), body }} as {prefix}EventOf;\n}}\n"
    ));
    out
}

/// The TypeScript expression for the object naming the event, from `body`: `body`, or
/// `body["payload"]?.[0]`.
fn holder_access(vendor: &VendorDecl) -> String {
    let mut out = "body".to_owned();
    let mut decl = vendor.envelope;
    for name in vendor.event_in {
        let Some(field) = decl.field(name) else { break };
        let step = if out == "body" { "[" } else { "?.[" };
        out.push_str(&format!("{step}{}]", quoted(name)));
        if matches!(field.ty, FieldType::ObjectList(_)) {
            out.push_str("?.[0]");
        }
        match field.ty.object() {
            Some(next) => decl = next,
            None => break,
        }
    }
    out
}

/// The names of every int64 field of the vendor (epoch milliseconds included), each once, in
/// declaration order.
pub(in crate::domain::export) fn int64_members(vendor: &'static VendorDecl) -> Vec<&'static str> {
    let mut out: Vec<&'static str> = Vec::new();
    for decl in vendor.objects() {
        for field in decl.fields {
            let int64 = matches!(field.ty, FieldType::Int64 | FieldType::EpochMillis);
            if int64 && !out.contains(&field.name) {
                out.push(field.name);
            }
        }
    }
    out
}
