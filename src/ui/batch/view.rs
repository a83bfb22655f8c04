//! The batch view as an audit of a day of deliveries: one row per delivery with its request id, time,
//! vendor, event, problems and signature verdict; retries grouped by request id; filters by vendor, event,
//! *has errors* (a bad signature counts), *bad signature* and *retries*; counts per event; a click opens a
//! delivery in the explorer, two ticks compare two. Rows are summarised a slice at a time between frames.

use super::diff::DiffView;
use super::row::{row, RowContext};
use super::work::{Work, FIRST_PAGE_ROWS};
use crate::domain::batch::{
    counts_per_event, event_pick, retried, vendor_pick, Audit, Filter, Pick, Row,
};
use crate::domain::capture::Capture;
use crate::domain::schema::{Vendor, UNKNOWN_SLUG};
use crate::ui::Shared;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// Rows drawn at first; "Show more" adds as many again.
const PAGE_ROWS: usize = FIRST_PAGE_ROWS;

#[derive(Properties, PartialEq)]
pub struct BatchViewProps {
    pub batch: Shared<Capture>,
    /// The secret typed in the signature panel: rows of a vendor that signs get a verdict with it.
    pub secret: AttrValue,
    /// Opens one delivery's exact text in the explorer.
    pub on_open: Callback<String>,
}

/// The batch's rows as they are summarised: one shared vector that slices append to, and how far the
/// work has come (it re-renders after each slice; republishing a copy of 10,000 rows fifty times
/// would cost more than summarising them). A new batch or secret starts over.
#[hook]
fn use_rows(batch: &Shared<Capture>, secret: &AttrValue) -> (Rc<RefCell<Vec<Row>>>, usize) {
    let store = use_mut_ref(Vec::<Row>::new);
    let progress = use_state(|| 0usize);
    {
        let (store, progress) = (store.clone(), progress.clone());
        use_effect_with((batch.clone(), secret.clone()), move |(batch, secret)| {
            store.borrow_mut().clear();
            let job = Rc::new(RefCell::new(None));
            let work = Work {
                batch: batch.clone(),
                secret: secret.to_string(),
                store,
                progress,
                job: job.clone(),
                audit: Rc::new(RefCell::new(Audit::default())),
            };
            work.slice(0);
            move || drop(job.borrow_mut().take())
        });
    }
    (store, *progress)
}

#[component]
pub fn BatchView(props: &BatchViewProps) -> Html {
    let (store, progress) = use_rows(&props.batch, &props.secret);
    let filters = use_state(Filter::default);
    let shown = use_state(|| PAGE_ROWS);
    // The rows ticked for comparing: the last two ticked.
    let picked = use_state(Vec::<usize>::new);
    let rows = store.borrow();
    let repeats = retried(&rows);
    let visible = filters.visible(&rows, &repeats);
    let counts = counts_per_event(&rows);
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(shown.saturating_add(PAGE_ROWS)))
    };
    let cx = RowContext {
        batch: &props.batch,
        on_open: &props.on_open,
        picked: &picked,
    };
    html! {
        <section class="batch panel" data-testid="batch" data-count={props.batch.deliveries.len().to_string()} data-form={props.batch.form.key()} aria-labelledby="batch-heading">
            <div class="panel-head"><h2 id="batch-heading">{"Deliveries"}</h2></div>
            { summary(&props.batch, &props.secret, &rows, repeats.len(), progress) }
            <ul class="batch-counts" aria-label="Deliveries per event">
                { for counts.iter().map(|(name, n)| html! { <li key={name.clone()}><span class="chip">{ format!("{name} × {n}") }</span></li> }) }
            </ul>
            { filter_bar(&filters, &counts) }
            <div class="batch-table-wrap">
                <table class="batch-table">
                    <thead><tr>
                        { for ["Compare", "#", "Time", "Request id", "Vendor", "Event", "Problems", "Signature"].iter().map(|h| html! { <th scope="col">{*h}</th> }) }
                    </tr></thead>
                    <tbody>{ for visible.iter().take(*shown).map(|r| row(r, &cx)) }</tbody>
                </table>
            </div>
            { compare(&props.batch, &picked) }
            if visible.len() > *shown {
                <button type="button" onclick={on_more}>{ format!("Show {} more of {}", PAGE_ROWS.min(visible.len() - *shown), visible.len() - *shown) }</button>
            }
        </section>
    }
}

/// The status line: how many deliveries, with errors, with a bad signature (once a secret is typed),
/// retried, and how far the summarising has come.
fn summary(batch: &Capture, secret: &str, rows: &[Row], retried: usize, progress: usize) -> Html {
    let total = batch.deliveries.len();
    let done = progress.min(rows.len());
    // Errors as the rows' Problems column counts them; a bad signature is counted on its own beside them.
    let with_errors = rows.iter().filter(|r| r.errors > 0).count();
    let bad = rows.iter().filter(|r| r.bad_signature()).count();
    html! {
        <p class="batch-summary" role="status">
            { format!("{total} deliveries from {}; {with_errors} with errors", batch.form.label()) }
            { if secret.is_empty() { ".".to_owned() } else { format!(", {bad} with a bad signature.") } }
            { format!(" {retried} request {} sent more than once.", if retried == 1 { "id" } else { "ids" }) }
            if done < total { { format!(" Summarising… {done} of {total}.") } }
        </p>
    }
}

/// Vendor and event selects, and the three checkboxes; each input turns its value into what it means.
fn filter_bar(filters: &UseStateHandle<Filter>, counts: &[(String, usize)]) -> Html {
    let f = &**filters;
    let set = |change: fn(&mut Filter, String, bool)| {
        let filters = filters.clone();
        Callback::from(move |e: Event| {
            let mut next = (*filters).clone();
            if let Some(s) = e.target_dyn_into::<HtmlSelectElement>() {
                change(&mut next, s.value(), false);
            } else if let Some(i) = e.target_dyn_into::<HtmlInputElement>() {
                change(&mut next, String::new(), i.checked());
            }
            filters.set(next);
        })
    };
    let check = |label: &'static str,
                 testid: &'static str,
                 checked: bool,
                 change: fn(&mut Filter, String, bool)| {
        html! { <label><input type="checkbox" data-testid={testid} {checked} onchange={set(change)} />{label}</label> }
    };
    html! {
        <div class="batch-filters">
            <label>{"Vendor "}
                <select data-testid="batch-vendor" onchange={set(|f, v, _| f.vendor = vendor_pick(&v))}>
                    <option value="" selected={f.vendor == Pick::All}>{"all"}</option>
                    { for Vendor::ALL.iter().map(|v| html! { <option key={v.slug()} value={v.slug()} selected={f.vendor == Pick::Only(Some(*v))}>{v.slug()}</option> }) }
                    <option value={UNKNOWN_SLUG} selected={f.vendor == Pick::Only(None)}>{UNKNOWN_SLUG}</option>
                </select>
            </label>
            <label>{"Event "}
                <select data-testid="batch-event" onchange={set(|f, v, _| f.event = event_pick(&v))}>
                    <option value="" selected={f.event == Pick::All}>{"all"}</option>
                    { for counts.iter().map(|(name, _)| html! { <option key={name.clone()} value={name.clone()} selected={f.event == event_pick(name)}>{name.clone()}</option> }) }
                </select>
            </label>
            { check(" has errors", "batch-errors-only", f.failing, |f, _, on| f.failing = on) }
            { check(" bad signature", "batch-bad-signature", f.bad_signature, |f, _, on| f.bad_signature = on) }
            { check(" retries", "batch-retries", f.retries, |f, _, on| f.retries = on) }
        </div>
    }
}

/// The diff of the two ticked deliveries, or a hint.
fn compare(batch: &Capture, picked: &UseStateHandle<Vec<usize>>) -> Html {
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
