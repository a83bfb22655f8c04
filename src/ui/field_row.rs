//! One field of the typed view: name, value rendered by its type, type badge, description, provenance.
//! Values are always rendered as text nodes, never as HTML, whatever the payload contains.

use super::route::Route;
use crate::domain::formats::humanize_delta;
use crate::domain::reference::field_anchor;
use crate::domain::typed::{TypedField, TypedValue};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldRowProps {
    pub field: TypedField,
    #[prop_or_default]
    pub selected: bool,
    #[prop_or_default]
    pub on_select: Callback<Option<String>>,
    /// Seconds since the Unix epoch used for "3 minutes ago"; `None` hides relative times (tests, SSR).
    #[prop_or_default]
    pub now: Option<i64>,
}

#[component]
pub fn FieldRow(props: &FieldRowProps) -> Html {
    let f = &props.field;
    let (badge, description, provenance) = match f.decl {
        Some(d) => (
            format!("{}{}", d.ty.label(), if d.nullable { "?" } else { "" }),
            d.description,
            d.provenance.label(),
        ),
        None => (
            "undocumented".to_owned(),
            "Not listed in the documents; shown as sent.",
            "undocumented",
        ),
    };
    let onclick = {
        let on_select = props.on_select.clone();
        let path = f.path.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(Some(path.clone())))
    };
    html! {
        <tr class={classes!("field", props.selected.then_some("selected"))} data-path={f.path.clone()} {onclick}>
            <th scope="row">{ name(f) }</th>
            <td class="value">{ value(&f.value, props.now) }</td>
            <td><span class="type-badge">{badge}</span></td>
            <td class="description">{description}{" "}<span class={classes!("prov", provenance)}>{provenance}</span></td>
        </tr>
    }
}

/// A declared field's name links to its entry in the field reference; an undocumented one has none.
fn name(f: &TypedField) -> Html {
    match f.decl.and_then(field_anchor) {
        Some(anchor) => {
            let href = Route::Reference {
                anchor: Some(anchor.to_owned()),
            }
            .to_fragment();
            html! { <a class="ref-xref" {href} title="Open in the field reference"><code>{f.name.clone()}</code></a> }
        }
        None => html! { <code>{f.name.clone()}</code> },
    }
}

pub fn value(v: &TypedValue, now: Option<i64>) -> Html {
    match v {
        TypedValue::Null => html! { <span class="v-null">{"null"}</span> },
        TypedValue::EmptyAsNull => {
            html! { <span class="v-null" title="An empty string standing for null">{"\"\" (null)"}</span> }
        }
        TypedValue::Guid(g) => html! { <code class="v-guid">{g.to_string()}</code> },
        TypedValue::DateTime(dt) | TypedValue::Date(dt) => {
            let sent = dt.to_rfc3339();
            let utc = dt.to_utc_string();
            let relative = now.map(|n| humanize_delta(dt.unix_seconds() - n));
            html! {
                <span class="v-time">
                    <code>{sent.clone()}</code>
                    if utc != sent { <span class="utc">{format!("= {utc}")}</span> }
                    if let Some(r) = relative { <span class="relative">{r}</span> }
                </span>
            }
        }
        TypedValue::Decimal(text) => html! { <code class="v-number">{text.to_string()}</code> },
        TypedValue::Int(i) => html! { <code class="v-number">{i.to_string()}</code> },
        TypedValue::Bool(b) => {
            html! { <span class={classes!("v-bool", b.to_string())}>{b.to_string()}</span> }
        }
        TypedValue::Text(s) if s.is_empty() => {
            html! { <span class="v-empty">{"(empty string)"}</span> }
        }
        TypedValue::Text(s) => html! { <span class="v-text">{s.clone()}</span> },
        TypedValue::List(items) => html! {
            <span class="v-list">{ for items.iter().map(|i| html! { <span class="chip">{ value(i, now) }</span> }) }</span>
        },
        TypedValue::Map(entries) => html! {
            <dl class="v-map">{ for entries.iter().map(|(k, v)| html! { <div><dt>{k.clone()}</dt><dd>{ value(v, now) }</dd></div> }) }</dl>
        },
        TypedValue::Object(obj) => {
            html! { <a class="v-object" href={format!("#card-{}", obj.path)}>{format!("object, {} fields ↓", obj.fields.len())}</a> }
        }
        TypedValue::Raw(json) => html! { <code class="v-raw">{json.clone()}</code> },
    }
}
