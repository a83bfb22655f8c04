//! Walks one vendor declaration into reference entries: intro, events, then every object followed
//! by its fields. Paths and anchors are derived here, nowhere else.

use super::{
    event_anchor, intro, Entry, EntryKind, EventEntry, FieldEntry, Link, ObjectEntry, VendorIntro,
};
use crate::domain::schema::{
    declaration, EventDecl, FieldDecl, FieldType, ObjectDecl, Vendor, VendorDecl,
};

/// Where the event's own layout sits in a payload: `data` (Perfect Gym), `payload[].content`
/// (PerfectGym Next): the way to the event holder, then its event data field.
fn data_path(decl: &VendorDecl) -> String {
    let mut path = String::new();
    let mut holder = decl.envelope;
    for name in decl.event_in {
        let Some(field) = holder.field(name) else {
            break;
        };
        path = child(&path, field);
        match field.ty.object() {
            Some(next) => holder = next,
            None => break,
        }
    }
    decl.event_data_field()
        .map_or(path.clone(), |f| join(&path, f.name))
}

/// A field's path below its object's: a list of objects is written `payload[]`.
fn child(parent: &str, field: &FieldDecl) -> String {
    let path = join(parent, field.name);
    match field.ty {
        FieldType::ObjectList(_) => format!("{path}[]"),
        _ => path,
    }
}

/// Every vendor's entries, vendors in `Vendor::ALL` order.
pub fn build() -> Vec<Entry> {
    Vendor::ALL
        .into_iter()
        .flat_map(|v| vendor_entries(declaration(v)))
        .collect()
}

/// An object at its place in a payload.
struct Placed {
    decl: &'static ObjectDecl,
    path: String,
    /// Perfect Gym data layouts are named by the first event that uses them (all are called `data`).
    layout: Option<&'static str>,
    used_by: Vec<&'static str>,
    anchor: String,
}

fn vendor_entries(decl: &'static VendorDecl) -> Vec<Entry> {
    let slug = decl.vendor.slug();
    let placed = place_objects(decl);
    let entry = |anchor: String, kind| Entry {
        vendor: decl.vendor,
        anchor,
        kind,
    };
    let mut out = vec![entry(
        slug.to_owned(),
        EntryKind::Vendor(VendorIntro {
            facts: intro::facts(decl),
        }),
    )];
    for event in decl.events {
        out.push(entry(
            event_anchor(decl.vendor, event.name),
            EntryKind::Event(event_entry(decl, event, &placed, &data_path(decl))),
        ));
    }
    for obj in &placed {
        out.push(entry(
            obj.anchor.clone(),
            EntryKind::Object(ObjectEntry {
                decl: obj.decl,
                path: obj.path.clone(),
                used_by: obj.used_by.clone(),
                layout: obj.layout,
            }),
        ));
        for field in obj.decl.fields {
            let path = join(&obj.path, field.name);
            let target = field
                .ty
                .object()
                .and_then(|decl| find(&placed, decl, &child(&obj.path, field)))
                .map(|p| p.anchor.clone());
            let anchor = match obj.layout {
                None => format!("{slug}/field/{path}"),
                Some(layout) => format!("{slug}/field/{layout}/{path}"),
            };
            let kind = EntryKind::Field(FieldEntry {
                decl: field,
                path,
                object: obj.anchor.clone(),
                target,
            });
            out.push(entry(anchor, kind));
        }
    }
    out
}

/// Objects in reading order: the envelope tree depth-first, then (Perfect Gym) each distinct `data`
/// layout with the events that use it.
fn place_objects(decl: &'static VendorDecl) -> Vec<Placed> {
    let slug = decl.vendor.slug();
    let data_path = data_path(decl);
    let mut out = Vec::new();
    place(slug, decl.envelope, String::new(), None, &[], &mut out);
    // GymOS events name the payload objects they fill; the object lists them back.
    for placed in &mut out {
        placed.used_by = decl
            .events
            .iter()
            .filter(|e| e.objects.iter().any(|o| std::ptr::eq(*o, placed.decl)))
            .map(|e| e.name)
            .collect();
    }
    let mut layouts: Vec<(&'static ObjectDecl, Vec<&'static str>)> = Vec::new();
    for event in decl.events {
        let Some(data) = event.data else { continue };
        match layouts.iter_mut().find(|(l, _)| std::ptr::eq(*l, data)) {
            Some((_, users)) => users.push(event.name),
            None => layouts.push((data, vec![event.name])),
        }
    }
    for (layout, users) in layouts {
        let first = users.first().copied();
        place(slug, layout, data_path.clone(), first, &users, &mut out);
    }
    out
}

fn place(
    slug: &str,
    decl: &'static ObjectDecl,
    path: String,
    layout: Option<&'static str>,
    used_by: &[&'static str],
    out: &mut Vec<Placed>,
) {
    let anchor = match layout {
        None => format!("{slug}/object/{}", decl.name),
        Some(layout) => format!("{slug}/object/{layout}/{path}"),
    };
    out.push(Placed {
        decl,
        path: path.clone(),
        layout,
        used_by: used_by.to_vec(),
        anchor,
    });
    for field in decl.fields {
        if let Some(decl) = field.ty.object() {
            place(slug, decl, child(&path, field), layout, used_by, out);
        }
    }
}

fn event_entry(
    vendor: &VendorDecl,
    event: &'static EventDecl,
    placed: &[Placed],
    data_path: &str,
) -> EventEntry {
    let link = |p: &Placed| Link {
        label: p.path.clone(),
        anchor: p.anchor.clone(),
    };
    EventEntry {
        entity: vendor.entity_field.map(|field| (field, event.entity)),
        decl: event,
        data: event
            .data
            .and_then(|d| find(placed, d, data_path))
            .map(link),
        objects: event
            .objects
            .iter()
            .filter_map(|o| placed.iter().find(|p| std::ptr::eq(p.decl, *o)))
            .map(link)
            .collect(),
    }
}

fn find<'a>(placed: &'a [Placed], decl: &ObjectDecl, path: &str) -> Option<&'a Placed> {
    placed
        .iter()
        .find(|p| std::ptr::eq(p.decl, decl) && p.path == path)
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() {
        name.to_owned()
    } else {
        format!("{parent}.{name}")
    }
}
