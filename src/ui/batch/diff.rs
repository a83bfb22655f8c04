//! Two deliveries compared: fields added, removed and changed, type changes called out. A typical use is
//! a delivery that works beside one that fails.

use crate::domain::diff::{diff, same_bytes, Change};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DiffViewProps {
    pub first: AttrValue,
    pub second: AttrValue,
    /// How the two are named in the heading ("#2", "#5").
    pub labels: (AttrValue, AttrValue),
}

#[component]
pub fn DiffView(props: &DiffViewProps) -> Html {
    let result = use_memo((props.first.clone(), props.second.clone()), |(a, b)| {
        (diff(a, b), same_bytes(a, b))
    });
    let (result, identical) = &*result;
    let (a, b) = &props.labels;
    html! {
        <section class="diff" data-testid="diff" aria-label={format!("Differences between {a} and {b}")}>
            <h3>{ format!("{a} → {b}") }</h3>
            { match result {
                Err(e) => html! { <p class="diff-error" role="alert">{ e.to_string() }</p> },
                Ok(changes) if changes.is_empty() && *identical => html! {
                    <p class="diff-none" data-testid="diff-identical">{"Byte for byte the same body."}</p>
                },
                Ok(changes) if changes.is_empty() => html! {
                    <p class="diff-none">{"The same fields and values, but not the same bytes: key order, whitespace or escapes differ."}</p>
                },
                Ok(changes) => html! {
                    <ul class="diff-list">{ for changes.iter().enumerate().map(|(i, c)| change(i, c)) }</ul>
                },
            } }
        </section>
    }
}

fn change(i: usize, c: &Change) -> Html {
    let body = match c {
        Change::Added { value, .. } => html! { <>{"added "}<code>{ value.clone() }</code></> },
        Change::Removed { value, .. } => html! { <>{"removed "}<code>{ value.clone() }</code></> },
        Change::Changed {
            before,
            after,
            types,
            ..
        } => html! {
            <>
                if let Some((from, to)) = types { <strong>{ format!("type {from} → {to}: ") }</strong> }
                <code>{ before.clone() }</code>{" → "}<code>{ after.clone() }</code>
            </>
        },
    };
    html! {
        <li key={i} class={classes!("diff-change", c.key())} data-testid="diff-change" data-change={c.key()} data-path={c.path().to_owned()}>
            <code class="diff-path">{ c.path().to_owned() }</code>{" "}{ body }
        </li>
    }
}
