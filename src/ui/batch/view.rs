//! The batch view: one row per delivery of a log, an array, a HAR file or a run of raw requests, with
//! filters by vendor, event and "has errors", counts per event, and a click that opens a delivery in the
//! explorer. Rows are summarised a slice at a time between frames, so 10,000 never block the page.

use super::diff::DiffView;
use crate::domain::batch::{counts_per_event, summarize, Row};
use crate::domain::capture::Capture as Batch;
use crate::ui::Shared;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Work per slice before yielding to the browser: well under a frame.
const SLICE_MS: f64 = 8.0;
/// Rows drawn at first; "Show more" adds as many again.
const PAGE_ROWS: usize = 200;
const ALL: &str = "";

#[derive(Properties, PartialEq)]
pub struct BatchViewProps {
    pub batch: Shared<Batch>,
    /// The secret typed in the signature panel: Perfect Gym rows get a signature verdict with it.
    pub secret: AttrValue,
    /// Opens one delivery's exact text in the explorer.
    pub on_open: Callback<String>,
}

#[component]
pub fn BatchView(props: &BatchViewProps) -> Html {
    // Rows live in one shared vector that slices append to; `progress` re-renders after each slice
    // (republishing a copy of 10,000 rows fifty times would cost more than summarising them).
    let store = use_mut_ref(Vec::<Row>::new);
    let progress = use_state(|| 0usize);
    let vendor = use_state(|| ALL.to_owned());
    let event = use_state(|| ALL.to_owned());
    let errors_only = use_state(|| false);
    let shown = use_state(|| PAGE_ROWS);
    // The rows ticked for comparing: the last two ticked.
    let picked = use_state(Vec::<usize>::new);
    {
        let (store, progress) = (store.clone(), progress.clone());
        use_effect_with(
            (props.batch.clone(), props.secret.clone()),
            move |(batch, secret)| {
                store.borrow_mut().clear();
                let job = Rc::new(RefCell::new(None::<Timeout>));
                let work = Work {
                    batch: batch.clone(),
                    secret: secret.to_string(),
                    store,
                    progress,
                    job: job.clone(),
                };
                work.slice(0);
                // Dropping the pending slice stops a batch that was replaced.
                move || drop(job.borrow_mut().take())
            },
        );
    }
    let rows = store.borrow();
    let total = props.batch.deliveries.len();
    let done = (*progress).min(rows.len());
    let visible: Vec<&Row> = rows
        .iter()
        .filter(|r| vendor.is_empty() || r.vendor_slug() == vendor.as_str())
        .filter(|r| event.is_empty() || r.event.as_deref() == Some(event.as_str()))
        .filter(|r| !*errors_only || r.errors > 0)
        .collect();
    let counts = counts_per_event(&rows);
    let with_errors = rows.iter().filter(|r| r.errors > 0).count();
    let on_vendor = select(vendor.clone());
    let on_event = select(event.clone());
    let on_errors = {
        let errors_only = errors_only.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                errors_only.set(input.checked());
            }
        })
    };
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(shown.saturating_add(PAGE_ROWS)))
    };
    html! {
        <section class="batch panel" data-testid="batch" data-count={total.to_string()} aria-labelledby="batch-heading">
            <div class="panel-head"><h2 id="batch-heading">{"Deliveries"}</h2></div>
            <p class="batch-summary" role="status">
                { format!("{total} deliveries from {}; {with_errors} with errors.", props.batch.form.label()) }
                if done < total { { format!(" Summarising… {done} of {total}.") } }
            </p>
            <ul class="batch-counts" aria-label="Deliveries per event">
                { for counts.iter().map(|(name, n)| html! { <li key={name.clone()}><span class="chip">{ format!("{name} × {n}") }</span></li> }) }
            </ul>
            <div class="batch-filters">
                <label>{"Vendor "}
                    <select data-testid="batch-vendor" onchange={on_vendor}>
                        <option value="" selected={vendor.is_empty()}>{"all"}</option>
                        { for ["perfectgym", "gymos", "unknown"].iter().map(|v| html! { <option key={*v} value={*v} selected={vendor.as_str() == *v}>{*v}</option> }) }
                    </select>
                </label>
                <label>{"Event "}
                    <select data-testid="batch-event" onchange={on_event}>
                        <option value="" selected={event.is_empty()}>{"all"}</option>
                        { for counts.iter().map(|(name, _)| html! { <option key={name.clone()} value={name.clone()} selected={event.as_str() == name}>{name.clone()}</option> }) }
                    </select>
                </label>
                <label><input type="checkbox" data-testid="batch-errors-only" checked={*errors_only} onchange={on_errors} />{" has errors"}</label>
            </div>
            <div class="batch-table-wrap">
                <table class="batch-table">
                    <thead><tr><th scope="col">{"Compare"}</th><th scope="col">{"#"}</th><th scope="col">{"Line"}</th><th scope="col">{"Time"}</th><th scope="col">{"Vendor"}</th><th scope="col">{"Event"}</th><th scope="col">{"Problems"}</th><th scope="col">{"Signature"}</th></tr></thead>
                    <tbody>{ for visible.iter().take(*shown).map(|r| row(r, &props.batch, &props.on_open, &picked)) }</tbody>
                </table>
            </div>
            { compare(&props.batch, &picked) }
            if visible.len() > *shown {
                <button type="button" onclick={on_more}>{ format!("Show {} more of {}", PAGE_ROWS.min(visible.len() - *shown), visible.len() - *shown) }</button>
            }
        </section>
    }
}

/// The diff of the two ticked deliveries, or a hint.
fn compare(batch: &Batch, picked: &UseStateHandle<Vec<usize>>) -> Html {
    let text = |i: usize| {
        batch
            .deliveries
            .get(i)
            .map(|d| AttrValue::from(d.text.clone()))
    };
    match picked.as_slice() {
        [a, b] => match (text(*a), text(*b)) {
            (Some(first), Some(second)) => html! {
                <DiffView {first} {second} labels={(AttrValue::from(format!("#{}", a + 1)), AttrValue::from(format!("#{}", b + 1)))} />
            },
            _ => html! {},
        },
        _ => html! { <p class="hint">{"Tick two rows to compare them field by field."}</p> },
    }
}

fn row(
    r: &Row,
    batch: &Batch,
    on_open: &Callback<String>,
    picked: &UseStateHandle<Vec<usize>>,
) -> Html {
    let index = r.index;
    let ticked = picked.contains(&index);
    let on_pick = {
        let picked = picked.clone();
        Callback::from(move |_: Event| {
            let mut next: Vec<usize> = picked.iter().copied().filter(|i| *i != index).collect();
            if !ticked {
                next.push(index);
            }
            let keep = next.len().saturating_sub(2);
            picked.set(next.split_off(keep));
        })
    };
    let text = batch
        .deliveries
        .get(r.index)
        .map(|d| d.text.clone())
        .unwrap_or_default();
    let onclick = {
        let on_open = on_open.clone();
        Callback::from(move |_: MouseEvent| on_open.emit(text.clone()))
    };
    let event = r.event.clone().unwrap_or_default();
    html! {
        <tr key={r.index} data-testid="batch-row" data-vendor={r.vendor_slug()} data-event={event.clone()} data-errors={r.errors.to_string()}>
            <td><input type="checkbox" data-testid="batch-compare" checked={ticked} onchange={on_pick}
                aria-label={format!("Compare delivery {}", r.index + 1)} /></td>
            <td>{ r.index + 1 }</td>
            <td>{ r.line }</td>
            <td class="batch-time">{ r.time.clone().unwrap_or_default() }</td>
            <td>{ r.vendor.map_or("unknown", |v| v.display_name()) }</td>
            <td>
                <button type="button" class="link" {onclick} title="Open this delivery in the explorer">
                    { if event.is_empty() { "(no event)".to_owned() } else { event } }
                </button>
            </td>
            <td class={classes!("batch-problems", (r.errors > 0).then_some("has-errors"))}>
                { format!("{} errors, {} warnings", r.errors, r.warnings) }
            </td>
            <td>{ r.signature.unwrap_or("—") }</td>
        </tr>
    }
}

fn select(target: UseStateHandle<String>) -> Callback<Event> {
    Callback::from(move |e: Event| {
        if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
            target.set(s.value());
        }
    })
}

/// The summarising of one batch, a slice at a time.
#[derive(Clone)]
struct Work {
    batch: Shared<Batch>,
    secret: String,
    store: Rc<RefCell<Vec<Row>>>,
    progress: UseStateHandle<usize>,
    job: Rc<RefCell<Option<Timeout>>>,
}

impl Work {
    /// Summarises rows from `from` until the slice's time is used up, then schedules the next slice.
    fn slice(self, from: usize) {
        let started = js_sys::Date::now();
        let mut next = from;
        while let Some(delivery) = self.batch.deliveries.get(next) {
            let row = summarize(next, delivery, &self.secret);
            self.store.borrow_mut().push(row);
            next = next.saturating_add(1);
            if js_sys::Date::now() - started > SLICE_MS {
                break;
            }
        }
        self.progress.set(next);
        if next < self.batch.deliveries.len() {
            let job = self.job.clone();
            *job.borrow_mut() = Some(Timeout::new(0, move || self.slice(next)));
        }
    }
}
