//! One field of the typed view: name, value rendered by its type, type badge, description, provenance.
//! Values are always rendered as text nodes, never as HTML, whatever the payload contains.

use super::value_view::value;
use crate::domain::reference::field_anchor;
use crate::domain::typed::TypedField;
use crate::ui::route::Route;
use yew::prelude::*;

/// A selected path highlights its own row, and a list element's path (`...Memberships[1]`) its list's row.
pub fn selects(selected: &str, row_path: &str) -> bool {
    selected == row_path
        || selected
            .strip_prefix(row_path)
            .is_some_and(|rest| rest.starts_with('['))
}

/// What every row of one render shares.
#[derive(Clone)]
pub struct RowContext {
    pub selected: Option<String>,
    pub on_select: Callback<Option<String>>,
    /// Seconds since the Unix epoch used for "3 minutes ago"; `None` hides relative times (tests, SSR).
    pub now: Option<i64>,
    /// The vendor's entity field (a top-level path) and what it is for this event (`customerId`).
    pub entity: Option<(&'static str, Option<&'static str>)>,
}

/// The id of a field's row, so a diagnostic can scroll to it.
pub fn row_id(path: &str) -> String {
    format!("field-{path}")
}

/// A plain function, not a component: a row borrows its field from the analysis instead of cloning it
/// into props, which matters when a payload carries a megabyte of supplementalData.
pub fn field_row(f: &TypedField, ctx: &RowContext) -> Html {
    let selected = ctx.selected.as_deref().is_some_and(|s| selects(s, &f.path));
    let (badge, description, provenance, prov_key) = match f.decl {
        Some(d) => (
            format!(
                "{}{}{}",
                d.ty.label(),
                if d.nullable { "?" } else { "" },
                if d.type_inferred { " (inferred)" } else { "" }
            ),
            d.description,
            d.provenance.label(),
            d.provenance.key(),
        ),
        None => (
            "undocumented".to_owned(),
            "Not listed in the documents; shown as sent.",
            "undocumented",
            "undocumented",
        ),
    };
    // What the entity id is for this event, in front of its value: "customerId 48211093".
    let meaning = ctx
        .entity
        .filter(|(field, _)| f.decl.is_some() && f.path == *field)
        .map(|(_, meaning)| match meaning {
            Some(name) => html! { <span class="entity-meaning" data-testid="entity-meaning">{name}{" "}</span> },
            None => html! { <span class="entity-meaning unknown" data-testid="entity-meaning">{"(what it is for this event is not documented) "}</span> },
        });
    let onclick = {
        let on_select = ctx.on_select.clone();
        let path = f.path.clone();
        Callback::from(move |_: MouseEvent| on_select.emit(Some(path.clone())))
    };
    html! {
        <tr
            key={f.path.clone()}
            id={row_id(&f.path)}
            class={classes!("field", selected.then_some("selected"))}
            data-path={f.path.clone()}
            {onclick}
        >
            <th scope="row">{ name(f) }</th>
            <td class="value">{meaning}{ value(&f.value, ctx.now) }</td>
            <td><span class="type-badge">{badge}</span></td>
            <td class="description">{description}{" "}<span class={classes!("prov", prov_key)}>{provenance}</span></td>
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

#[cfg(test)]
mod tests {
    use super::selects;

    #[test]
    fn list_elements_select_their_list_row_only() {
        assert!(selects("payload.booking.id", "payload.booking.id"));
        assert!(selects(
            "subject.member.currentMemberships[1]",
            "subject.member.currentMemberships"
        ));
        assert!(!selects("payload.booking.id", "payload.booking"));
        assert!(!selects("payload.bookingX", "payload.booking"));
    }
}
