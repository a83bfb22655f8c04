//! Links between reference entries and the attributes every entry element carries
//! (`data-testid="reference-entry"`, `data-anchor`, `id`, the highlight when the URL names it).

use crate::domain::export::ExportFormat;
use crate::domain::reference::Entry;
use crate::domain::schema::{Personal, Vendor};
use crate::ui::route::{ExportView, Route};
use yew::prelude::*;

/// The fragment that opens the reference at `anchor`.
pub fn href(anchor: &str) -> String {
    Route::Reference {
        anchor: Some(anchor.to_owned()),
    }
    .to_fragment()
}

/// The visible "#" link that gives an entry its shareable address.
pub fn permalink(entry: &Entry, what: &str) -> Html {
    html! {
        <a class="ref-permalink" href={href(&entry.anchor)} title="Link to this entry" aria-label={format!("Link to {what}")}>{"#"}</a>
    }
}

/// The link from an event or object entry to its type in the exports (`#/export/<vendor>/json-schema/<Type>`),
/// where the other formats are one click away with the same type kept.
pub fn to_export(vendor: Vendor, type_name: String, what: &str) -> Html {
    let href = Route::Export(ExportView {
        vendor,
        format: ExportFormat::JsonSchema,
        definition: Some(type_name.clone()),
    })
    .to_fragment();
    html! {
        <a class="ref-export" data-testid="reference-export-link" data-type={type_name} {href}
            title="Its definition in the generated schemas and types" aria-label={format!("Schema and types for {what}")}>{"{ } types"}</a>
    }
}

/// A link to another entry, labelled as given.
pub fn to_entry(anchor: &str, label: Html) -> Html {
    html! { <a class="ref-xref" href={href(anchor)}>{label}</a> }
}

/// Classes for an entry's element: `targeted` when the URL names it.
pub fn classes(entry: &Entry, target: Option<&str>, mut base: Classes) -> Classes {
    if target == Some(entry.anchor.as_str()) {
        base.push("targeted");
    }
    base
}

/// The personal-data mark: share links replace such values unless the user opts out.
pub fn personal(kind: Personal) -> Html {
    html! {
        <span class="tag personal" data-personal={kind.label()}
            title="Personal data: share links replace it with a fictional value unless you opt out">
            { format!("personal: {}", kind.label()) }
        </span>
    }
}

/// The provenance badge, same look as in the explorer.
pub fn provenance(label: &'static str) -> Html {
    html! { <span class={classes!("prov", label)}>{label}</span> }
}
