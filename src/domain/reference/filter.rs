//! Narrowing the reference to what a developer typed: a case-insensitive match on names, paths,
//! type labels and descriptions. Matching fields keep their object visible, so context is never lost.

use super::{Entry, EntryKind};
use crate::domain::schema::Vendor;
use std::collections::HashSet;

/// The entries matching `query`, in reference order. An empty (or blank) query keeps everything.
/// An object is kept when it or any of its fields matches; a field is kept when it matches or its
/// object does (an object found by name is shown whole).
/// Personal fields are found by this word too ("personal" lists every field a share link redacts).
const PERSONAL_WORD: &str = "personal data";

pub fn filter<'a>(entries: &'a [Entry], query: &str) -> Vec<&'a Entry> {
    let query = query.trim().to_lowercase();
    if query.is_empty() {
        return entries.iter().collect();
    }
    let matched: Vec<bool> = entries.iter().map(|e| matches(e, &query)).collect();
    let mut whole_objects = HashSet::new();
    let mut objects_with_hits = HashSet::new();
    for (entry, &m) in entries.iter().zip(&matched) {
        match &entry.kind {
            EntryKind::Object(_) if m => {
                whole_objects.insert(entry.anchor.as_str());
            }
            EntryKind::Field(f) if m => {
                objects_with_hits.insert(f.object.as_str());
            }
            _ => {}
        }
    }
    entries
        .iter()
        .zip(matched)
        .filter(|(entry, m)| match &entry.kind {
            EntryKind::Object(_) => *m || objects_with_hits.contains(entry.anchor.as_str()),
            EntryKind::Field(f) => *m || whole_objects.contains(f.object.as_str()),
            EntryKind::Vendor(_) | EntryKind::Event(_) => *m,
        })
        .map(|(entry, _)| entry)
        .collect()
}

/// Whether any text the entry is found by contains `query` (already lower-cased).
fn matches(entry: &Entry, query: &str) -> bool {
    let has = |text: &str| text.to_lowercase().contains(query);
    match &entry.kind {
        EntryKind::Vendor(intro) => {
            has(entry.vendor.display_name()) || intro.facts.iter().any(|f| has(&f.text))
        }
        EntryKind::Event(e) => {
            has(e.decl.name)
                || has(e.decl.description)
                || e.decl.aliases.iter().any(|a| has(a.name))
        }
        EntryKind::Object(o) => has(o.decl.name) || has(&o.path) || has(o.decl.description),
        EntryKind::Field(f) => {
            has(f.decl.name)
                || has(&f.path)
                || has(&f.type_label())
                || has(f.decl.description)
                || f.decl
                    .personal
                    .is_some_and(|p| has(PERSONAL_WORD) || has(p.label()))
        }
    }
}

/// How many events, objects and fields of one vendor a list of entries holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub events: usize,
    pub objects: usize,
    pub fields: usize,
}

impl Counts {
    pub fn of<'a>(entries: impl IntoIterator<Item = &'a Entry>, vendor: Vendor) -> Counts {
        let mut counts = Counts::default();
        for entry in entries.into_iter().filter(|e| e.vendor == vendor) {
            match entry.kind {
                EntryKind::Event(_) => counts.events += 1,
                EntryKind::Object(_) => counts.objects += 1,
                EntryKind::Field(_) => counts.fields += 1,
                EntryKind::Vendor(_) => {}
            }
        }
        counts
    }
}
