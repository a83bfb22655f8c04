//! One delivery's row: where it is, when, its request id and attempt, vendor, event, problems, the
//! receiver's answer and the signature verdict. Its `data-*` attributes are the public test contract;
//! each cell's `data-label` names it when a narrow screen stacks the row.

use crate::domain::batch::{Row, Signature};
use crate::domain::capture::Capture;
use yew::prelude::*;

/// The callbacks and state a row needs from the view.
pub struct RowContext<'a> {
    pub batch: &'a Capture,
    pub on_open: &'a Callback<String>,
    pub picked: &'a UseStateHandle<Vec<usize>>,
}

pub fn row(r: &Row, cx: &RowContext<'_>) -> Html {
    let index = r.index;
    let ticked = cx.picked.contains(&index);
    let on_pick = {
        let picked = cx.picked.clone();
        Callback::from(move |_: Event| {
            let mut next: Vec<usize> = picked.iter().copied().filter(|i| *i != index).collect();
            if !ticked {
                next.push(index);
            }
            let keep = next.len().saturating_sub(2);
            picked.set(next.split_off(keep));
        })
    };
    let text = cx
        .batch
        .deliveries
        .get(index)
        .map(|d| d.text.clone())
        .unwrap_or_default();
    let onclick = {
        let on_open = cx.on_open.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(text.clone()))
    };
    let event = r.event.clone().unwrap_or_default();
    let id = r.request_id.clone().unwrap_or_default();
    html! {
        <tr key={index} data-testid="batch-row" data-vendor={r.vendor_slug()} data-event={event.clone()}
            data-errors={r.errors.to_string()} data-request-id={id.clone()} data-signature={r.signature.key()}
            data-attempt={r.attempt.to_string()} class={classes!(r.failing().then_some("failing"))}>
            <td data-label="Compare"><input type="checkbox" data-testid="batch-compare" checked={ticked} onchange={on_pick}
                aria-label={format!("Compare delivery {}", index + 1)} /></td>
            <td data-label="#">{ format!("#{}", index + 1) }<span class="batch-line">{ format!("line {}", r.line) }</span></td>
            <td data-label="Time" class="batch-time">{ r.time.clone().unwrap_or_default() }</td>
            <td data-label="Request id" class="batch-id">
                <code title={id.clone()}>{ if id.is_empty() { "—".to_owned() } else { id } }</code>
                { attempt(r) }
            </td>
            <td data-label="Vendor">{ r.vendor.map_or("unknown", |v| v.display_name()) }</td>
            <td data-label="Event" class="batch-event">
                <button type="button" class="link" {onclick} title="Open this delivery in the explorer">
                    { if event.is_empty() { "(no event)".to_owned() } else { event } }
                </button>
            </td>
            <td data-label="Problems" class={classes!("batch-problems", (r.errors > 0).then_some("has-errors"))}>
                { format!("{} errors, {} warnings", r.errors, r.warnings) }
                if let Some(status) = r.status { <span class="batch-answer">{ format!("answered {status}") }</span> }
            </td>
            <td data-label="Signature" class={classes!("batch-signature", r.signature.key(), r.bad_signature().then_some("bad"))}>
                { verdict(r) }
            </td>
        </tr>
    }
}

/// "attempt 2 · same bytes as #1": which attempt of its request id a delivery is.
fn attempt(r: &Row) -> Html {
    let Some(first) = r.first else {
        return html! {};
    };
    let bytes = match r.identical {
        Some(true) => format!("same bytes as #{}", first + 1),
        _ => format!("other bytes than #{}", first + 1),
    };
    html! { <span class="batch-attempt">{ format!("attempt {} · {bytes}", r.attempt) }</span> }
}

fn verdict(r: &Row) -> &'static str {
    match r.signature {
        Signature::Absent if r.bad_signature() => "absent (id without signature)",
        s => s.label(),
    }
}
