//! Diagnostics grouped by severity. Each names its path and line:column; activating one selects that
//! spot in the paste area (the field scrolled to it, the page only as far as needed: `reveal`) and
//! highlights the field in the typed view. Each row is a list item holding a real button (a `li` with
//! role=button breaks the list for assistive technology); the row's `data-*` attributes stay on the `li`,
//! where the tests read them. The keyboard's `n` and `p` (requests, see `hooks::use_request`) move the
//! focus through those buttons.

use super::reveal::select_in_view;
use crate::domain::analysis::Analysis;
use crate::domain::diagnostic::{Diagnostic, Severity};
use crate::ui::common::marks::marked;
use crate::ui::hooks::use_request;
use crate::ui::shell::shortcuts::Command;
use crate::ui::state::Request;
use crate::ui::Shared;
use gloo::utils::document;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{HtmlElement, HtmlTextAreaElement};
use yew::prelude::*;

/// A payload with thousands of undocumented keys would render thousands of list items at every edit:
/// groups list this many until the user asks for all of them.
const MAX_SHOWN_PER_GROUP: usize = 200;

#[derive(Properties, PartialEq)]
pub struct DiagnosticListProps {
    pub analysis: Shared<Analysis>,
    pub text: Shared<str>,
    pub on_select: Callback<Option<String>>,
    pub textarea: NodeRef,
    /// The keyboard's requests: next and previous diagnostic.
    pub request: Request,
}

#[component]
pub fn DiagnosticList(props: &DiagnosticListProps) -> Html {
    let show_all = use_state(|| false);
    // The rows' buttons in the order shown, for the keyboard to step through.
    let buttons = use_mut_ref(Vec::<NodeRef>::new);
    {
        let buttons = buttons.clone();
        use_request(props.request, move |command| match command {
            Command::NextDiagnostic => focus_step(&buttons, true),
            Command::PreviousDiagnostic => focus_step(&buttons, false),
            _ => {}
        });
    }
    let diagnostics = &props.analysis.diagnostics;
    if diagnostics.is_empty() {
        return if props.analysis.root.is_some() {
            html! { <p class="all-clear">{"No problems found: every field matches its documented type."}</p> }
        } else {
            html! {}
        };
    }
    let limit = if *show_all {
        usize::MAX
    } else {
        MAX_SHOWN_PER_GROUP
    };
    let groups: Vec<(Severity, Vec<&Diagnostic>)> = Severity::ALL
        .into_iter()
        .map(|severity| {
            let items = diagnostics.iter().filter(|d| d.severity() == severity);
            (severity, items.collect::<Vec<_>>())
        })
        .filter(|(_, items)| !items.is_empty())
        .collect();
    let shown = groups.iter().map(|(_, items)| items.len().min(limit)).sum();
    buttons.borrow_mut().resize_with(shown, NodeRef::default);
    let mut refs = buttons.borrow().clone().into_iter();
    let on_show_all = {
        let show_all = show_all.clone();
        Callback::from(move |_: MouseEvent| show_all.set(true))
    };
    html! {
        <section class="diagnostics" aria-label="Problems">
            { for groups.iter().map(|(severity, items)| group(*severity, items, limit, &mut refs, props, &on_show_all)) }
        </section>
    }
}

/// One severity's diagnostics, the first `limit` of them listed.
fn group(
    severity: Severity,
    items: &[&Diagnostic],
    limit: usize,
    refs: &mut impl Iterator<Item = NodeRef>,
    props: &DiagnosticListProps,
    on_show_all: &Callback<MouseEvent>,
) -> Html {
    let hidden = items.len().saturating_sub(limit);
    let rows = items.iter().take(limit).enumerate();
    html! {
        <div class={classes!("diag-group", severity.key())}>
            <h3>{format!("{} ({})", severity.heading(), items.len())}</h3>
            <ul>{ for rows.map(|(i, d)| item(i, d, props, refs.next().unwrap_or_default())) }</ul>
            if hidden > 0 {
                <p class="v-more">
                    {format!("… and {hidden} more. ")}
                    <button type="button" onclick={on_show_all.clone()} data-testid="show-all-diagnostics">
                        {format!("Show all {}", items.len())}
                    </button>
                </p>
            }
        </div>
    }
}

/// Focuses the next (or previous) diagnostic after the focused one, wrapping round; the first (or last)
/// when the focus is elsewhere.
fn focus_step(buttons: &Rc<RefCell<Vec<NodeRef>>>, forward: bool) {
    let buttons: Vec<HtmlElement> = buttons.borrow().iter().filter_map(NodeRef::cast).collect();
    let active = document().active_element();
    let current = buttons
        .iter()
        .position(|b| active.as_ref().is_some_and(|a| a.is_same_node(Some(b))));
    let next = step(current, buttons.len(), forward).and_then(|i| buttons.get(i));
    if let Some(button) = next {
        let _ = button.focus();
    }
}

/// The position after (or before) `current` among `count`, wrapping round.
fn step(current: Option<usize>, count: usize, forward: bool) -> Option<usize> {
    let last = count.checked_sub(1)?;
    Some(match (current, forward) {
        (None, true) => 0,
        (None, false) => last,
        (Some(i), true) if i >= last => 0,
        (Some(i), true) => i.saturating_add(1),
        (Some(0), false) => last,
        (Some(i), false) => i.saturating_sub(1),
    })
}

/// `n` is the position in its group: with the kind and place it keys the row uniquely even when two
/// diagnostics share a path and span.
fn item(n: usize, d: &Diagnostic, props: &DiagnosticListProps, button: NodeRef) -> Html {
    let activate = {
        let on_select = props.on_select.clone();
        let textarea = props.textarea.clone();
        let text = props.text.clone();
        let (start, end, path) = (d.span.start, d.span.end, d.path.clone());
        move || {
            if let Some(area) = textarea.cast::<HtmlTextAreaElement>() {
                let (from, to) = (
                    utf16_offset(&text, start),
                    utf16_offset(&text, end.max(start)),
                );
                select_in_view(&area, from, to);
            }
            on_select.emit((!path.is_empty()).then(|| path.clone()));
        }
    };
    let onclick = Callback::from(move |_: MouseEvent| activate());
    let pos = format!("{}:{}", d.position.line, d.position.column);
    html! {
        <li
            key={format!("{n}:{}:{}:{}", d.kind.key(), d.span.start, d.path)}
            class={classes!("diagnostic", d.severity().key())}
            data-testid="diagnostic"
            data-severity={d.severity().key()}
            data-kind={d.kind.key()}
            data-path={d.path.clone()}
            data-line={d.position.line.to_string()}
            data-column={d.position.column.to_string()}
        >
            <button type="button" class="diagnostic-button" ref={button} {onclick}>
                <span class="where"><code class="path">{ path_with_breaks(&d.path) }</code>
                    <span class="pos">{pos}</span></span>
                <span class="kind">{d.kind.key()}</span>
                <span class="message">{ marked(&d.message) }</span>
            </button>
        </li>
    }
}

/// A path may wrap after each dot rather than inside a name ("payload.booking.cancelle|dTimeUtc").
fn path_with_breaks(path: &str) -> Html {
    if path.is_empty() {
        return html! { "(root)" };
    }
    let parts = path.split_inclusive('.');
    html! { <>{ for parts.map(|part| html! { <><wbr />{part.to_owned()}</> }) }</> }
}

/// Textarea selections count UTF-16 code units; spans count bytes. Offsets inside a character round down.
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    let mut boundary = byte.min(text.len());
    while !text.is_char_boundary(boundary) {
        boundary -= 1;
    }
    let units = text.get(..boundary).map_or(0, |s| s.encode_utf16().count());
    u32::try_from(units).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::{step, utf16_offset};

    #[test]
    fn stepping_wraps_round_and_starts_at_an_end() {
        assert_eq!(step(None, 0, true), None);
        assert_eq!(step(None, 3, true), Some(0));
        assert_eq!(step(None, 3, false), Some(2));
        assert_eq!(step(Some(1), 3, true), Some(2));
        assert_eq!(step(Some(2), 3, true), Some(0));
        assert_eq!(step(Some(1), 3, false), Some(0));
        assert_eq!(step(Some(0), 3, false), Some(2));
    }

    #[test]
    fn utf16_offsets_count_code_units_and_clamp() {
        let text = "é😀x";
        assert_eq!(utf16_offset(text, 0), 0);
        assert_eq!(utf16_offset(text, 2), 1, "é is 2 bytes, 1 unit");
        assert_eq!(utf16_offset(text, 6), 3, "😀 is 4 bytes, 2 units");
        assert_eq!(utf16_offset(text, 3), 1, "inside 😀 rounds down");
        assert_eq!(utf16_offset(text, 99), 4);
    }
}
