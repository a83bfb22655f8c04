//! One field of the typed view: name, value rendered by its type, type badge, description, provenance.
//! Values are always rendered as text nodes, never as HTML, whatever the payload contains.

use super::value_view::value;
use crate::domain::typed::TypedField;
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

/// The id of a field's row, so a diagnostic can scroll to it.
pub fn row_id(path: &str) -> String {
    format!("field-{path}")
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
        <tr
            id={row_id(&f.path)}
            class={classes!("field", props.selected.then_some("selected"))}
            data-path={f.path.clone()}
            {onclick}
        >
            <th scope="row"><code>{f.name.clone()}</code></th>
            <td class="value">{ value(&f.value, props.now) }</td>
            <td><span class="type-badge">{badge}</span></td>
            <td class="description">{description}{" "}<span class={classes!("prov", provenance)}>{provenance}</span></td>
        </tr>
    }
}
