//! An object card: its name, path, description and (Perfect Gym) the events using the layout, then
//! a table of its fields with path, type badge, description, provenance and the document's example.

use super::links;
use crate::domain::export::names::object_name;
use crate::domain::reference::{event_anchor, Entry, FieldEntry, ObjectGroup};
use crate::domain::schema::ObjectDecl;
use yew::prelude::*;

/// `type_names` are the vendor's export type names (`names::object_names`), for the link to the exports.
pub fn object_card(
    group: &ObjectGroup,
    type_names: &[(&'static ObjectDecl, String)],
    target: Option<&str>,
    at: links::Addressing,
) -> Html {
    let entry = group.object;
    let Some(object) = entry.object() else {
        return html! {};
    };
    let decl = object.decl;
    let title = if object.path.is_empty() {
        decl.name.to_owned()
    } else {
        object.path.clone()
    };
    html! {
        <article class={links::classes(entry, target, classes!("card", "ref-object"))} key={entry.anchor.clone()} data-testid="reference-entry" data-anchor={entry.anchor.clone()} id={entry.element_id()}>
            <header>
                <h4>
                    <code class="ref-name">{title.clone()}</code>{" "}
                    { links::provenance(decl.provenance) }{" "}
                    { links::permalink(entry, &title, at) }{" "}
                    { links::to_export(entry.vendor, object_name(type_names, decl), &title, at) }
                </h4>
                <p class="description">{decl.description}</p>
                if !object.used_by.is_empty() {
                    <p class="ref-used-by">{"Used by "}
                        { for object.used_by.iter().enumerate().map(|(i, name)| html! {
                            <>
                                if i > 0 { {", "} }
                                { links::to_entry(&event_anchor(entry.vendor, name), html! { <code>{*name}</code> }, at) }
                            </>
                        }) }
                    </p>
                }
            </header>
            if decl.fields.is_empty() {
                <p class="ref-none">{"No field declared."}</p>
            } else {
                <table class="ref-table ref-fields">
                    <thead><tr><th scope="col">{"Field"}</th><th scope="col">{"Type"}</th><th scope="col">{"Description"}</th><th scope="col">{"Example"}</th></tr></thead>
                    <tbody>{ for group.fields.iter().map(|f| field_row(f, target, at)) }</tbody>
                </table>
            }
        </article>
    }
}

fn field_row(entry: &Entry, target: Option<&str>, at: links::Addressing) -> Html {
    let Some(field) = entry.field() else {
        return html! {};
    };
    let decl = field.decl;
    html! {
        <tr class={links::classes(entry, target, classes!("ref-field"))} key={entry.anchor.clone()} data-testid="reference-entry" data-anchor={entry.anchor.clone()} id={entry.element_id()}>
            <th scope="row">
                { path(field) }{" "}{ links::permalink(entry, &field.path, at) }
            </th>
            <td>{ type_badge(field, at) }</td>
            <td class="description">
                {decl.description}{" "}{ links::provenance(decl.provenance) }
                if let Some(kind) = decl.personal { {" "}{ links::personal(kind) } }
                if decl.marker { {" "}<span class="tag ref-tag" title="Its presence identifies the vendor">{"vendor marker"}</span> }
                else if decl.required { {" "}<span class="tag ref-tag" title="Missing it is reported as a warning">{"expected"}</span> }
            </td>
            <td class="ref-example">
                if let Some(json) = decl.example { <code>{json}</code> } else { <span class="ref-none">{"—"}</span> }
            </td>
        </tr>
    }
}

/// The full path, the parent part muted so the field's own name stands out.
fn path(field: &FieldEntry) -> Html {
    let parent = field.path.strip_suffix(field.decl.name).unwrap_or_default();
    html! {
        <code class="ref-path"><span class="ref-parent">{parent}</span><strong>{field.decl.name}</strong></code>
    }
}

/// Object-typed fields link to the object's own card.
fn type_badge(field: &FieldEntry, at: links::Addressing) -> Html {
    let badge = html! { <span class="type-badge">{field.type_label()}</span> };
    match &field.target {
        Some(anchor) => links::to_entry(anchor, badge, at),
        None => badge,
    }
}
