//! The reference layout: a sidebar with the filter, the counts and a table of contents, and one
//! section per vendor. Renders `domain::reference` results for a given filter text and anchor.
//! Below ~1000 px the sidebar is a bar above the entries (the stylesheet) and its contents start collapsed.

use super::links;
use super::vendor_section::vendor_section;
use crate::domain::reference::{
    entries, filter, sections, Counts, Entry, ObjectEntry, VendorSection,
};
use crate::domain::schema::Vendor;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ReferenceViewProps {
    /// The filter text as typed.
    #[prop_or_default]
    pub query: AttrValue,
    /// The entry named by the URL.
    #[prop_or_default]
    pub anchor: Option<AttrValue>,
    /// Takes the filter text as typed (the static document, which has no filter, passes a no-op).
    pub on_query: Callback<String>,
    /// Whether the table of contents starts expanded (a wide screen); the user can toggle it either way.
    #[prop_or(true)]
    pub contents_open: bool,
    /// In the app, or the static document `reference/index.html`, which has no filter (it needs the app).
    #[prop_or_default]
    pub addressing: links::Addressing,
}

#[component]
pub fn ReferenceView(props: &ReferenceViewProps) -> Html {
    let shown = filter(entries(), &props.query);
    let filtering = !props.query.trim().is_empty();
    let groups = sections(&shown);
    let target = props.anchor.as_deref();
    let at = props.addressing;
    let unknown = target.filter(|a| !entries().iter().any(|e| e.anchor == *a));
    let oninput = {
        let on_query = props.on_query.clone();
        Callback::from(move |e: InputEvent| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                on_query.emit(input.value());
            }
        })
    };
    html! {
        <main class="reference" aria-labelledby="reference-title">
            <aside class="ref-side">
                <div class="panel ref-tools">
                    <h2 id="reference-title" tabindex="-1">{"Field reference"}</h2>
                    <p class="hint">{"Every event, object and field of every vendor, from the declarations the validator checks against."}</p>
                    if at == links::Addressing::App {
                        <label for="reference-filter" class="ref-filter-label">{"Filter fields"}</label>
                        <input
                            id="reference-filter"
                            type="search"
                            data-testid="reference-filter"
                            placeholder="e.g. autoBooked or GUID"
                            autocomplete="off"
                            spellcheck="false"
                            value={props.query.clone()}
                            {oninput}
                        />
                    } else {
                        <p class="hint ref-in-app">{"To filter it, open the "}<a href="../#/reference">{"field reference in the app"}</a>{" (needs JavaScript)."}</p>
                    }
                    <ul class="ref-counts" aria-live="polite" data-testid="reference-counts">
                        { for Vendor::ALL.into_iter().map(|v| counts_line(v, &shown, filtering)) }
                    </ul>
                </div>
                <nav class="panel ref-toc" aria-label="Reference contents">
                    <details class="ref-toc-details" open={props.contents_open}>
                        <summary>{"Contents"}</summary>
                        { for groups.iter().map(|g| toc(g, at)) }
                    </details>
                </nav>
            </aside>
            <div class="ref-main">
                if let Some(anchor) = unknown {
                    <p class="ref-missing" role="status">{format!("This link names no entry of the reference: {anchor}. It may have been renamed; try the filter.")}</p>
                }
                if filtering && shown.is_empty() {
                    <p class="ref-empty" role="status">{format!("Nothing matches “{}”.", props.query.trim())}</p>
                }
                { for groups.iter().map(|g| vendor_section(g, target, filtering, at)) }
            </div>
        </main>
    }
}

/// "GymOS: 28 objects, 222 fields" — or, while filtering, how many of them match.
fn counts_line(vendor: Vendor, shown: &[&Entry], filtering: bool) -> Html {
    let total = Counts::of(entries(), vendor);
    let now = Counts::of(shown.iter().copied(), vendor);
    let text = if filtering {
        format!(
            "{}: {} of {} fields, {} of {} events",
            vendor.display_name(),
            now.fields,
            total.fields,
            now.events,
            total.events
        )
    } else {
        format!(
            "{}: {} objects, {} fields, {} events",
            vendor.display_name(),
            total.objects,
            total.fields,
            total.events
        )
    };
    html! { <li class={classes!("ref-count", vendor.slug())} data-vendor={vendor.slug()}>{text}</li> }
}

/// Contents: each vendor and the objects still shown under it.
fn toc(section: &VendorSection, at: links::Addressing) -> Html {
    let vendor = section.vendor;
    html! {
        <div class="ref-toc-vendor">
            <a class={classes!("ref-toc-head", vendor.slug())} href={links::href(vendor.slug(), at)}>{vendor.display_name()}</a>
            <ul>
                { for section.objects.iter().filter_map(|g| g.object.object().map(|o| toc_item(&g.object.anchor, o, at))) }
            </ul>
        </div>
    }
}

/// An object by its path (the envelope by name); Perfect Gym layouts, all at `data`, also name their events.
fn toc_item(anchor: &str, object: &ObjectEntry, at: links::Addressing) -> Html {
    let label = if object.path.is_empty() {
        object.decl.name.to_owned()
    } else {
        object.path.clone()
    };
    let events = object.layout.map(|first| match object.used_by.len() {
        0 | 1 => first.to_owned(),
        n => format!("{first} +{}", n - 1),
    });
    html! {
        <li><a href={links::href(anchor, at)}><code>{label}</code>
            if let Some(events) = events { <span class="ref-toc-events">{events}</span> }
        </a></li>
    }
}
