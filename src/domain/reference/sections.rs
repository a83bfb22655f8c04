//! Groups a (filtered) run of entries the way the page shows them: per vendor its intro, its events,
//! and its objects each with their fields. Every vendor gets a section, matching or not.

use super::{Entry, EntryKind};
use crate::domain::schema::Vendor;

#[derive(Debug)]
pub struct VendorSection<'a> {
    pub vendor: Vendor,
    pub intro: Option<&'a Entry>,
    pub events: Vec<&'a Entry>,
    pub objects: Vec<ObjectGroup<'a>>,
}

#[derive(Debug)]
pub struct ObjectGroup<'a> {
    pub object: &'a Entry,
    pub fields: Vec<&'a Entry>,
}

impl VendorSection<'_> {
    pub fn is_empty(&self) -> bool {
        self.intro.is_none() && self.events.is_empty() && self.objects.is_empty()
    }
}

/// `entries` must be in reference order (as `entries()` and `filter` return them): a field is
/// grouped under the object entry with its `object` anchor.
pub fn sections<'a>(entries: &[&'a Entry]) -> Vec<VendorSection<'a>> {
    Vendor::ALL
        .into_iter()
        .map(|vendor| {
            let mut section = VendorSection {
                vendor,
                intro: None,
                events: Vec::new(),
                objects: Vec::new(),
            };
            for &entry in entries.iter().filter(|e| e.vendor == vendor) {
                match &entry.kind {
                    EntryKind::Vendor(_) => section.intro = Some(entry),
                    EntryKind::Event(_) => section.events.push(entry),
                    EntryKind::Object(_) => section.objects.push(ObjectGroup {
                        object: entry,
                        fields: Vec::new(),
                    }),
                    EntryKind::Field(f) => {
                        if let Some(group) = section
                            .objects
                            .iter_mut()
                            .rev()
                            .find(|g| g.object.anchor == f.object)
                        {
                            group.fields.push(entry);
                        }
                    }
                }
            }
            section
        })
        .collect()
}
