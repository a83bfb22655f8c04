//! One vendor's part of the reference: its heading (always shown, for context), the introduction,
//! the events table and the object cards.

use super::links;
use super::object_card::object_card;
use crate::domain::export::names::{event_name, object_names};
use crate::domain::reference::entries;
use crate::domain::reference::{Counts, Entry, EntryKind, EventEntry, VendorSection};
use crate::domain::schema::declaration;
use yew::prelude::*;

pub fn vendor_section(
    section: &VendorSection,
    target: Option<&str>,
    filtering: bool,
    at: links::Addressing,
) -> Html {
    let vendor = section.vendor;
    let total = Counts::of(entries(), vendor);
    // The export type names, once per section rather than a walk of the declaration per object card.
    let type_names = object_names(declaration(vendor));
    html! {
        <section class={classes!("panel", "ref-vendor", vendor.slug())} aria-labelledby={format!("ref-heading-{}", vendor.slug())}>
            <header class="ref-vendor-head">
                <h2 id={format!("ref-heading-{}", vendor.slug())}><span class={classes!("vendor-badge", vendor.slug())}>{vendor.display_name()}</span></h2>
                <span class="ref-vendor-counts">{format!("{} events · {} objects · {} fields", total.events, total.objects, total.fields)}</span>
            </header>
            if let Some(entry) = section.intro { { intro(entry, target, at) } }
            if !section.events.is_empty() {
                <h3 class="ref-subhead">{"Events"}</h3>
                <table class="ref-table ref-events">
                    <thead><tr><th scope="col">{"Event"}</th><th scope="col">{"What it means"}</th><th scope="col">{"Carries"}</th></tr></thead>
                    <tbody>{ for section.events.iter().map(|e| event_row(e, target, at)) }</tbody>
                </table>
            }
            if !section.objects.is_empty() {
                <h3 class="ref-subhead">{"Objects"}</h3>
                { for section.objects.iter().map(|g| object_card(g, &type_names, target, at)) }
            }
            if filtering && section.is_empty() {
                <p class="ref-empty">{format!("Nothing from {} matches.", vendor.display_name())}</p>
            }
        </section>
    }
}

fn intro(entry: &Entry, target: Option<&str>, at: links::Addressing) -> Html {
    let EntryKind::Vendor(intro) = &entry.kind else {
        return html! {};
    };
    html! {
        <div class={links::classes(entry, target, classes!("ref-intro"))} key={entry.anchor.clone()} data-testid="reference-entry" data-anchor={entry.anchor.clone()} id={entry.element_id()}>
            { links::permalink(entry, entry.vendor.display_name(), at) }
            <dl class="ref-facts">
                { for intro.facts.iter().map(|f| html! {
                    <div class="fact"><dt>{f.label}</dt><dd>{f.text.clone()}</dd></div>
                }) }
            </dl>
        </div>
    }
}

fn event_row(entry: &Entry, target: Option<&str>, at: links::Addressing) -> Html {
    let EntryKind::Event(event) = &entry.kind else {
        return html! {};
    };
    let decl = event.decl;
    html! {
        <tr class={links::classes(entry, target, classes!("ref-event"))} key={entry.anchor.clone()} data-testid="reference-entry" data-anchor={entry.anchor.clone()} id={entry.element_id()}>
            <th scope="row">
                <code class="ref-name">{decl.name}</code>{" "}{ links::permalink(entry, decl.name, at) }{" "}
                { links::to_export(entry.vendor, event_name(decl), decl.name, at) }
            </th>
            <td>
                <span class="ref-description">{decl.description}</span>{" "}{ links::provenance(decl.provenance) }
                if !decl.aliases.is_empty() {
                    <ul class="ref-aliases">
                        { for decl.aliases.iter().map(|a| html! {
                            <li>{"Also sent as "}<code>{a.name}</code>{": "}{a.note}</li>
                        }) }
                    </ul>
                }
            </td>
            <td class="ref-carries">{ carries(event, at) }</td>
        </tr>
    }
}

/// Perfect Gym: the `data` layout; GymOS: the subject type and the payload objects.
fn carries(event: &EventEntry, at: links::Addressing) -> Html {
    let subject = event.decl.subject_type.map(|s| {
        html! { <div>{"subject "}<code>{s}</code></div> }
    });
    // What the vendor's entity id is for this event (PerfectGym Next: `entityId` is the `customerId`).
    let entity = event.entity.as_ref().map(|(field, meaning)| match meaning {
        Some(m) => html! { <div class="ref-entity"><code>{*field}</code>{" is the "}<code>{*m}</code></div> },
        None => html! { <div class="ref-entity"><code>{*field}</code>{": not documented for this event"}</div> },
    });
    // Perfect Gym layouts are small: name their fields so the table answers "what does it carry?".
    let data = event
        .data
        .as_ref()
        .zip(event.decl.data)
        .map(|(link, layout)| {
            let names: Vec<&str> = layout.fields.iter().map(|f| f.name).collect();
            let names = if names.is_empty() && layout.provenance.is_documented() {
                "no field documented".to_owned()
            } else if names.is_empty() {
                "nothing observed".to_owned()
            } else {
                names.join(", ")
            };
            html! {
                <div>
                    { links::to_entry(&link.anchor, html! { <code>{link.label.clone()}</code> }, at) }
                    <span class="ref-data-fields">{names}</span>
                </div>
            }
        });
    let objects = event.objects.iter().map(|link| {
        html! { <div>{ links::to_entry(&link.anchor, html! { <code>{link.label.clone()}</code> }, at) }</div> }
    });
    let unknown = event.decl.data.is_none() && event.objects.is_empty();
    html! {
        <>
            { for subject }
            { for entity }
            { for data }
            { for objects }
            if unknown { <div class="ref-none">{"payload objects not published"}</div> }
        </>
    }
}
