//! The payload explained: one card per object (envelope, subject, each payload object, PGM `data`),
//! documented fields first, undocumented ones in their own section, absent documented fields on request.

use super::field_row::{field_row, row_id, RowContext};
use super::paged::Paged;
use crate::domain::analysis::Analysis;
use crate::domain::schema::{declaration, FieldDecl};
use crate::domain::typed::{TypedField, TypedObject, TypedValue};
use crate::ui::Shared;
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{HtmlTextAreaElement, ScrollBehavior, ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct TypedViewProps {
    pub analysis: Shared<Analysis>,
    #[prop_or_default]
    pub selected: Option<String>,
    pub on_select: Callback<Option<String>>,
    /// Seconds since the Unix epoch, for relative times; `None` hides them.
    #[prop_or_default]
    pub now: Option<i64>,
}

#[component]
pub fn TypedView(props: &TypedViewProps) -> Html {
    // Also after a new analysis: a share link sets the selection before its paste is analysed.
    use_effect_with(
        (props.selected.clone(), props.analysis.clone()),
        |(selected, _)| {
            // With the focus in the paste area (a diagnostic's click selected its text there, or the user
            // is typing), the row is highlighted but the page stays where that text is.
            if let Some(path) = selected.as_ref().filter(|_| !editing()) {
                scroll_to_row(path);
            }
        },
    );
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

/// Flattens nested objects into cards (an object inside an object, or in a list, gets its own card,
/// titled by path).
fn collect_cards<'a>(obj: &'a TypedObject, title: &str, out: &mut Vec<(String, &'a TypedObject)>) {
    out.push((title.to_owned(), obj));
    for field in &obj.fields {
        match &field.value {
            TypedValue::Object(child) => collect_cards(child, &child.path, out),
            TypedValue::List { items, .. } => {
                for item in items {
                    if let TypedValue::Object(child) = item {
                        collect_cards(child, &child.path, out);
                    }
                }
            }
            _ => {}
        }
    }
}

/// The vendor's entity field and what it holds for the body's event (`entityId`, `customerId`), once
/// the event is known; `None` as its meaning where the documents do not say.
fn entity_meaning(a: &Analysis) -> Option<(&'static str, Option<&'static str>)> {
    let field = declaration(a.vendor()?).entity_field?;
    let event = a.event.event()?;
    Some((field, event.entity))
}

/// The undocumented rows `start..end` in their table: an object with thousands of unknown keys shows them
/// a page at a time (`Paged`), never all at every edit.
fn undocumented_rows(fields: &[&TypedField], ctx: &RowContext) -> Callback<(usize, usize), Html> {
    let fields: Vec<TypedField> = fields.iter().map(|f| (*f).clone()).collect();
    let ctx = ctx.clone();
    Callback::from(move |(start, end): (usize, usize)| {
        html! {
            <table class="fields undocumented">
                <tbody>{ for fields.get(start..end).unwrap_or_default().iter().map(|f| field_row(f, &ctx)) }</tbody>
            </table>
        }
    })
}

fn card(title: String, obj: &TypedObject, props: &TypedViewProps) -> Html {
    let (documented, undocumented): (Vec<_>, Vec<_>) =
        obj.fields.iter().partition(|f| f.decl.is_some());
    let absent = obj.absent_fields();
    let undocumented_total = undocumented.len() + obj.omitted;
    let description = obj
        .decl
        .map(|d| d.description)
        .unwrap_or("Not described by the documents.");
    let ctx = RowContext {
        selected: props.selected.clone(),
        on_select: props.on_select.clone(),
        now: props.now,
        entity: entity_meaning(&props.analysis),
    };
    let row = |f: &crate::domain::typed::TypedField| field_row(f, &ctx);
    html! {
        <article key={obj.path.clone()} class="card" id={format!("card-{}", if obj.path.is_empty() { "envelope" } else { &obj.path })}>
            <header>
                <h3><code>{title}</code></h3>
                <p class="description">{description}</p>
            </header>
            <table class="fields">
                <thead><tr><th>{"Field"}</th><th>{"Value"}</th><th>{"Type"}</th><th>{"Description"}</th></tr></thead>
                <tbody>{ for documented.into_iter().map(row) }</tbody>
            </table>
            if !undocumented.is_empty() {
                <h4 class="undocumented-heading">{format!("Undocumented fields ({})", undocumented_total)}</h4>
                <Paged kept={undocumented.len()} total={undocumented_total} noun="fields" render={undocumented_rows(&undocumented, &ctx)} />
            }
            { absent_fields(&absent, true) }
            { absent_fields(&absent, false) }
        </article>
    }
}

/// The declared fields this payload lacks, revealed on request: the documented ones, or (`documented`
/// false) those only public code shows, under their own heading so they never pass for documented.
fn absent_fields(absent: &[&'static FieldDecl], documented: bool) -> Html {
    let fields: Vec<&FieldDecl> = absent
        .iter()
        .copied()
        .filter(|f| f.provenance.is_documented() == documented)
        .collect();
    if fields.is_empty() {
        return html! {};
    }
    let n = fields.len();
    let plural = if n == 1 { "" } else { "s" };
    let summary = if documented {
        format!("{n} documented field{plural} not in this payload")
    } else {
        format!("{n} field{plural} seen only in public code, not in this payload")
    };
    html! {
        <details class="absent" data-provenance={if documented { "documented" } else { "undocumented" }}>
            <summary>{summary}</summary>
            <ul>
                { for fields.iter().map(|f| html! {
                    <li key={f.name}><code>{f.name}</code>{" "}<span class="type-badge">{f.ty.label()}{ if f.nullable { "?" } else { "" } }</span>
                        {" "}<span class="provenance">{f.provenance.label()}</span>
                        {" "}<span class="description">{f.description}</span></li>
                }) }
            </ul>
        </details>
    }
}

/// Whether the focus is in a text field (the paste area).
fn editing() -> bool {
    document()
        .active_element()
        .is_some_and(|e| e.dyn_into::<HtmlTextAreaElement>().is_ok())
}

/// Scrolls the row of `path` (or of its nearest ancestor that has a row) into the middle of the view.
fn scroll_to_row(path: &str) {
    let mut candidate = path;
    loop {
        if let Some(row) = document().get_element_by_id(&row_id(candidate)) {
            let options = ScrollIntoViewOptions::new();
            options.set_block(ScrollLogicalPosition::Center);
            options.set_behavior(ScrollBehavior::Smooth);
            row.scroll_into_view_with_scroll_into_view_options(&options);
            return;
        }
        match candidate.rfind(['.', '[']) {
            Some(cut) => candidate = candidate.get(..cut).unwrap_or_default(),
            None => return,
        }
    }
}
