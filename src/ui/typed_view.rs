//! The payload explained: one card per object (envelope, subject, each payload object, PGM `data`),
//! documented fields first, undocumented ones in their own section, absent documented fields on request.

use super::FieldRow;
use super::Shared;
use crate::domain::analysis::Analysis;
use crate::domain::typed::{TypedObject, TypedValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TypedViewProps {
    pub analysis: Shared<Analysis>,
    #[prop_or_default]
    pub selected: Option<String>,
    #[prop_or_default]
    pub on_select: Callback<Option<String>>,
}

#[component]
pub fn TypedView(props: &TypedViewProps) -> Html {
    let Some(root) = &props.analysis.root else {
        return html! {};
    };
    let mut cards = Vec::new();
    collect_cards(root, "Envelope", &mut cards);
    html! {
        <section class="typed-view" aria-label="Typed view">
            { for cards.into_iter().map(|(title, obj)| card(title, obj, props)) }
        </section>
    }
}

/// Flattens nested objects into cards (an object inside an object gets its own card, titled by path).
fn collect_cards<'a>(obj: &'a TypedObject, title: &str, out: &mut Vec<(String, &'a TypedObject)>) {
    out.push((title.to_owned(), obj));
    for field in &obj.fields {
        if let TypedValue::Object(child) = &field.value {
            collect_cards(child, &child.path, out);
        }
    }
}

fn card(title: String, obj: &TypedObject, props: &TypedViewProps) -> Html {
    let (documented, undocumented): (Vec<_>, Vec<_>) =
        obj.fields.iter().partition(|f| f.decl.is_some());
    let absent = obj.absent_fields();
    let description = obj
        .decl
        .map(|d| d.description)
        .unwrap_or("Not described by the documents.");
    let row = |f: &crate::domain::typed::TypedField| {
        html! { <FieldRow field={f.clone()} selected={props.selected.as_deref() == Some(f.path.as_str())} on_select={props.on_select.clone()} /> }
    };
    html! {
        <article class="card" id={format!("card-{}", if obj.path.is_empty() { "envelope" } else { &obj.path })}>
            <header>
                <h3><code>{title}</code></h3>
                <p class="description">{description}</p>
            </header>
            <table class="fields">
                <thead><tr><th>{"Field"}</th><th>{"Value"}</th><th>{"Type"}</th><th>{"Description"}</th></tr></thead>
                <tbody>{ for documented.into_iter().map(row) }</tbody>
            </table>
            if !undocumented.is_empty() {
                <h4 class="undocumented-heading">{"Undocumented fields"}</h4>
                <table class="fields undocumented">
                    <tbody>{ for undocumented.into_iter().map(row) }</tbody>
                </table>
            }
            if !absent.is_empty() {
                <details class="absent">
                    <summary>{format!("{} documented field{} not in this payload", absent.len(), if absent.len() == 1 { "" } else { "s" })}</summary>
                    <ul>
                        { for absent.iter().map(|f| html! {
                            <li><code>{f.name}</code>{" "}<span class="type-badge">{f.ty.label()}{ if f.nullable { "?" } else { "" } }</span>
                                {" "}<span class="description">{f.description}</span></li>
                        }) }
                    </ul>
                </details>
            }
        </article>
    }
}
