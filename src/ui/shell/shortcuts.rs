//! Keyboard shortcuts for the main actions, and the help overlay that lists them (opened with `?`).
//! Single keys act only when focus is not in a text field, so typing is never hijacked. Each shortcut
//! clicks or focuses the same control a mouse user would, so it follows the normal path.

use gloo::events::{EventListener, EventListenerOptions};
use gloo::utils::document;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, KeyboardEvent};
use yew::prelude::*;

/// Key and what it does, as the help overlay lists them.
pub const SHORTCUTS: [(&str, &str); 8] = [
    ("/", "Focus the paste area"),
    ("f", "Format the payload"),
    ("Ctrl+Z", "Undo Format or Clear (in the paste area)"),
    ("s", "Make a share link"),
    ("n", "Next diagnostic"),
    ("p", "Previous diagnostic"),
    ("t", "Switch between light and dark"),
    ("?", "Show this help; Escape closes it"),
];

/// Whether a key typed with focus on `target` is text: inputs, text areas, selects and editable content.
fn typing(target: Option<Element>) -> bool {
    target.is_some_and(|el| {
        matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
            || el
                .dyn_ref::<HtmlElement>()
                .is_some_and(HtmlElement::is_content_editable)
    })
}

fn by_selector(selector: &str) -> Option<HtmlElement> {
    document()
        .query_selector(selector)
        .ok()
        .flatten()
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
}

fn click(selector: &str) {
    if let Some(el) = by_selector(selector) {
        el.click();
    }
}

/// Focuses the next (or previous) diagnostic after the focused one, wrapping round.
fn step_diagnostic(forward: bool) {
    let Ok(list) = document().query_selector_all("[data-testid=\"diagnostic\"] button") else {
        return;
    };
    let buttons: Vec<HtmlElement> = (0..list.length())
        .filter_map(|i| list.get(i))
        .filter_map(|n| n.dyn_into::<HtmlElement>().ok())
        .collect();
    if buttons.is_empty() {
        return;
    }
    let active = document().active_element();
    let current = buttons
        .iter()
        .position(|b| active.as_ref().is_some_and(|a| a.is_same_node(Some(b))));
    let count = buttons.len();
    let next = match (current, forward) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(i), true) => (i + 1) % count,
        (Some(i), false) => (i + count - 1) % count,
    };
    if let Some(button) = buttons.get(next) {
        let _ = button.focus();
    }
}

/// Listens for the shortcuts on the whole document while the page lives. `open_help` shows the overlay.
#[hook]
pub fn use_shortcuts(open_help: UseStateSetter<bool>) {
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&document(), "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            if e.ctrl_key()
                || e.meta_key()
                || e.alt_key()
                || e.default_prevented()
                || typing(target)
            {
                return;
            }
            let handled = match e.key().as_str() {
                "?" => {
                    open_help.set(true);
                    true
                }
                "/" => by_selector("[data-testid=\"payload-input\"]")
                    .is_some_and(|a| a.focus().is_ok()),
                "f" => {
                    click("[data-testid=\"format-button\"]");
                    true
                }
                "s" => {
                    click("[data-testid=\"share-button\"]");
                    true
                }
                "t" => {
                    click("[data-testid=\"theme-toggle\"]");
                    true
                }
                "n" => {
                    step_diagnostic(true);
                    true
                }
                "p" => {
                    step_diagnostic(false);
                    true
                }
                _ => false,
            };
            if handled {
                e.prevent_default();
            }
        });
        move || drop(listener)
    });
}

#[derive(Properties, PartialEq)]
pub struct HelpOverlayProps {
    pub on_close: Callback<()>,
}

/// A modal dialog listing the shortcuts. Focus goes to its Close button and returns where it was on close.
#[component]
pub fn HelpOverlay(props: &HelpOverlayProps) -> Html {
    let close_ref = use_node_ref();
    {
        let close_ref = close_ref.clone();
        use_effect_with((), move |_| {
            let before = document()
                .active_element()
                .and_then(|e| e.dyn_into::<HtmlElement>().ok());
            if let Some(button) = close_ref.cast::<HtmlElement>() {
                let _ = button.focus();
            }
            move || {
                if let Some(el) = before {
                    let _ = el.focus();
                }
            }
        });
    }
    let on_close = props.on_close.clone();
    let onclick = {
        let on_close = on_close.clone();
        Callback::from(move |_: MouseEvent| on_close.emit(()))
    };
    // Escape closes; Tab stays on the only control, so focus cannot wander behind the modal.
    let onkeydown = Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "Escape" => {
            e.prevent_default();
            on_close.emit(());
        }
        "Tab" => e.prevent_default(),
        _ => {}
    });
    html! {
        <div class="help-backdrop">
            <div class="help-dialog" role="dialog" aria-modal="true" aria-labelledby="help-title" data-testid="help-overlay" {onkeydown}>
                <h2 id="help-title">{"Keyboard shortcuts"}</h2>
                <p class="hint">{"Single keys work when the focus is not in a text field."}</p>
                <dl class="help-keys">
                    { for SHORTCUTS.iter().map(|(key, what)| html! {
                        <div key={*key}><dt><kbd>{*key}</kbd></dt><dd>{*what}</dd></div>
                    }) }
                </dl>
                <button type="button" ref={close_ref} {onclick}>{"Close"}</button>
            </div>
        </div>
    }
}
