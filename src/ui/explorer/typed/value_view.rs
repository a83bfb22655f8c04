//! A typed value rendered by its type: datetimes as sent, in UTC and relative; GUIDs monospace with a
//! copy button; decimals exactly as sent; string lists as chips; null and "" (null) distinct.
//! A long string shows its start and a "Show all" button (`long_text`).

use super::long_text::{LongText, LONG_TEXT_BYTES};
use super::paged::Paged;
use crate::domain::formats::{humanize_delta, DateTime};
use crate::domain::typed::TypedValue;
use crate::ui::common::browser_io::copy_text;
use yew::prelude::*;

/// A list's or map's entries a page at a time (see `Paged`).
fn paged(
    kept: usize,
    total: usize,
    noun: &'static str,
    render: impl Fn((usize, usize)) -> Html + 'static,
) -> Html {
    html! { <Paged {kept} {total} noun={noun} render={Callback::from(render)} /> }
}

pub fn value(v: &TypedValue, now: Option<i64>) -> Html {
    match v {
        TypedValue::Null => html! { <span class="v-null">{"null"}</span> },
        TypedValue::EmptyAsNull => {
            html! { <span class="v-null" title="An empty string standing for null">{"\"\" (null)"}</span> }
        }
        TypedValue::Guid(g) => {
            let text = g.to_string();
            html! { <span class="v-guid"><code>{text.clone()}</code>{ copy_button(text) }</span> }
        }
        TypedValue::DateTime(dt) => datetime(dt, now),
        TypedValue::Date(dt) if !dt.has_time => {
            html! { <code class="v-date">{dt.to_rfc3339()}</code> }
        }
        TypedValue::Date(dt) => datetime(dt, None),
        TypedValue::Decimal(text) => html! { <code class="v-number">{text.to_string()}</code> },
        TypedValue::Int(i) => html! { <code class="v-number">{i.to_string()}</code> },
        TypedValue::Epoch(ms) => epoch(*ms, now),
        TypedValue::Bool(b) => {
            html! { <span class={classes!("v-bool", b.to_string())}>{b.to_string()}</span> }
        }
        TypedValue::Text(s) if s.is_empty() => {
            html! { <span class="v-empty">{"(empty string)"}</span> }
        }
        TypedValue::Text(s) if s.len() > LONG_TEXT_BYTES => {
            html! { <LongText text={AttrValue::from(s.clone())} /> }
        }
        TypedValue::Text(s) => html! { <span class="v-text">{s.clone()}</span> },
        TypedValue::List { total: 0, .. } => {
            html! { <span class="v-empty">{"(empty list)"}</span> }
        }
        TypedValue::List { items, total } => html! {
            <span class="v-list">
                { paged(items.len(), *total, "entries", {
                    let items = items.clone();
                    move |(start, end): (usize, usize)| html! {
                        <>{ for items.iter().enumerate().skip(start).take(end.saturating_sub(start)).map(|(n, i)| html! { <span key={n} class="chip">{ value(i, now) }</span> }) }</>
                    }
                }) }
            </span>
        },
        TypedValue::Map { total: 0, .. } => {
            html! { <span class="v-empty">{"(no entries)"}</span> }
        }
        TypedValue::Map { entries, total } => html! {
            <dl class="v-map">
                { paged(entries.len(), *total, "entries", {
                    let entries = entries.clone();
                    move |(start, end): (usize, usize)| html! {
                        <>{ for entries.iter().enumerate().skip(start).take(end.saturating_sub(start)).map(|(n, (k, v))| html! { <div key={n}><dt>{k.clone()}</dt><dd>{ value(v, now) }</dd></div> }) }</>
                    }
                }) }
            </dl>
        },
        TypedValue::Object(obj) => {
            let n = obj.fields.len();
            html! { <span class="v-object">{format!("object, {n} field{} — see its card", if n == 1 { "" } else { "s" })}</span> }
        }
        TypedValue::Raw(json) => html! { <code class="v-raw">{json.clone()}</code> },
    }
}

fn datetime(dt: &DateTime, now: Option<i64>) -> Html {
    let sent = dt.to_rfc3339();
    let utc = dt.to_utc_string();
    let zone_note = match dt.zone {
        crate::domain::formats::Zone::Unspecified => Some("no zone sent; read as UTC"),
        _ => None,
    };
    let relative = now.map(|n| humanize_delta(dt.unix_seconds() - n));
    html! {
        <span class="v-time">
            <code>{sent.clone()}</code>
            if utc != sent { <span class="utc">{format!("{utc} in UTC")}</span> }
            if let Some(note) = zone_note { <span class="utc">{note}</span> }
            if let Some(r) = relative { <span class="relative">{r}</span> }
        </span>
    }
}

/// Epoch milliseconds: the number as sent, the instant in UTC and how long ago.
fn epoch(ms: i64, now: Option<i64>) -> Html {
    let Some(at) = DateTime::from_unix_millis(ms) else {
        return html! { <code class="v-number">{ms.to_string()}</code> };
    };
    let relative = now.map(|n| humanize_delta(at.unix_seconds() - n));
    html! {
        <span class="v-time v-epoch">
            <code>{ms.to_string()}</code>
            <span class="utc">{format!("{} in UTC", at.to_utc_string())}</span>
            if let Some(r) = relative { <span class="relative">{r}</span> }
        </span>
    }
}

fn copy_button(text: String) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        // The row's own click selects the field; copying should not.
        e.stop_propagation();
        copy_text(text.clone(), Callback::noop());
    });
    // An inline icon: symbol fonts are not everywhere (headless Chromium has none for U+29C9).
    html! {
        <button type="button" class="copy" title="Copy" aria-label="Copy GUID" {onclick}>
            <svg viewBox="0 0 16 16" width="12" height="12" aria-hidden="true" fill="none" stroke="currentColor" stroke-width="1.5">
                <rect x="5" y="5" width="9" height="9" rx="1.5" />
                <path d="M11 5V3.5A1.5 1.5 0 0 0 9.5 2h-6A1.5 1.5 0 0 0 2 3.5v6A1.5 1.5 0 0 0 3.5 11H5" />
            </svg>
        </button>
    }
}
