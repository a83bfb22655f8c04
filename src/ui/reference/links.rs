//! Links between reference entries and the attributes every entry element carries
//! (`data-testid="reference-entry"`, `data-anchor`, `id`, the highlight when the URL names it).

use crate::domain::export::ExportFormat;
use crate::domain::reference::{element_id, Entry};
use crate::domain::schema::{Personal, Provenance, Vendor};
use crate::ui::route::{ExportView, Route};
use yew::prelude::*;

/// Where the reference is read, which decides what its links look like.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Addressing {
    /// In the app: an entry's address is the route `#/reference/<anchor>`.
    #[default]
    App,
    /// As the static document `reference/index.html` (written by `make dist`): an entry's address is its
    /// element id, so links and `reference/#<anchor>` scroll with no script; the rest of the app is `../`.
    Document,
}

impl Addressing {
    /// Links to the app's other views: relative to the app's own page.
    fn app_prefix(self) -> &'static str {
        match self {
            Addressing::App => "",
            Addressing::Document => "../",
        }
    }
}

/// The address of the entry `anchor`.
pub fn href(anchor: &str, at: Addressing) -> String {
    match at {
        Addressing::App => Route::Reference {
            anchor: Some(anchor.to_owned()),
        }
        .to_fragment(),
        Addressing::Document => format!("#{}", element_id(anchor)),
    }
}

/// The visible "#" link that gives an entry its shareable address.
pub fn permalink(entry: &Entry, what: &str, at: Addressing) -> Html {
    html! {
        <a class="ref-permalink" href={href(&entry.anchor, at)} title="Link to this entry" aria-label={format!("Link to {what}")}>{"#"}</a>
    }
}

/// The link from an event or object entry to its type in the exports (`#/export/<vendor>/json-schema/<Type>`),
/// where the other formats are one click away with the same type kept.
pub fn to_export(vendor: Vendor, type_name: String, what: &str, at: Addressing) -> Html {
    let route = Route::Export(ExportView {
        vendor,
        format: ExportFormat::JsonSchema,
        definition: Some(type_name.clone()),
    })
    .to_fragment();
    let href = format!("{}{route}", at.app_prefix());
    html! {
        <a class="ref-export" data-testid="reference-export-link" data-type={type_name} {href}
            title="Its definition in the generated schemas and types" aria-label={format!("Schema and types for {what}")}>{"{ } types"}</a>
    }
}

/// A link to another entry, labelled as given.
pub fn to_entry(anchor: &str, label: Html, at: Addressing) -> Html {
    html! { <a class="ref-xref" href={href(anchor, at)}>{label}</a> }
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
pub fn provenance(p: Provenance) -> Html {
    html! { <span class={classes!("prov", p.key())}>{p.label()}</span> }
}
