//! What the page shows if gymhook panics. No input should make it panic (clippy denies the usual ways,
//! see `lib.rs`), but if one does, WebAssembly aborts and every control on the page goes dead. The hook
//! replaces that dead page with a plain one: what happened, the panic message, the text that was in the
//! paste area (so nothing pasted is lost) with a Copy button, and a Reload button.
//!
//! Built with bare DOM calls, never through Yew: Yew may be what panicked, its state frozen mid-update.
//! The page's CSP allows no inline script or style attribute, so elements get classes (rules at the end
//! of static/styles.css) and handlers are Rust closures, which still run after the abort: the trap ends
//! only the call that panicked. The release build has `panic = "abort"`, but std calls the hook before
//! it aborts, so this page shows there too (tests/e2e/panic.test.mjs runs against the release build).

use crate::ui::common::copy::Copied;
#[cfg(feature = "debug-panic")]
use crate::ui::route::DEBUG_PANIC;
use gloo::events::EventListener;
use std::cell::Cell;
use std::panic::PanicHookInfo;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::js_sys::Reflect;
use web_sys::{Document, Element, HtmlElement, HtmlTextAreaElement};

/// The paste area's id (`paste_area.rs`).
const PASTE_AREA_ID: &str = "payload-input";
const CLIPBOARD: &str = "clipboard";
const COPIED: &str = Copied::Done.said();
/// The text is selected either way (see `copy_text`), so the refusal's advice holds here too.
const REFUSED: &str = Copied::Refused.said();
const WHOLE_LABEL: &str = "Your pasted text: copy it before you reload.";
const PREVIEW_LABEL: &str = "The start of your pasted text (all the text field held): copy it now.";

/// Set by the first panic: a frozen Yew may panic again, and those only reach the console.
static SHOWN: AtomicBool = AtomicBool::new(false);

thread_local! {
    /// The whole paste, if the page hands it over (`remember_text`): a large paste is not in the field.
    static TEXT: Cell<Option<Rc<str>>> = const { Cell::new(None) };
    /// The paste area as it was at the last change of view. Leaving the explorer removes it from the
    /// page, but a detached textarea keeps its value, so a panic in another view still finds the text.
    static LAST_PASTE_AREA: Cell<Option<HtmlTextAreaElement>> = const { Cell::new(None) };
}

/// Installs the hook (before Yew renders: it installs its console-only hook unless one is set) and
/// listens for view changes (and, in the browser tests' build only, the deliberate `#/debug/panic`). In
/// the analysis worker there is no window: only the hook is installed, so a panic there still reaches
/// the console.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(on_panic));
    let Some(window) = web_sys::window() else {
        return;
    };
    // Registered before Yew's own `hashchange` listener, so it runs while the old view is still shown.
    EventListener::new(&window, "hashchange", |_| {
        if let Some(area) = paste_area() {
            LAST_PASTE_AREA.set(Some(area));
        }
        #[cfg(feature = "debug-panic")]
        if web_sys::window()
            .and_then(|w| w.location().hash().ok())
            .as_deref()
            == Some(DEBUG_PANIC)
        {
            deliberate_panic();
        }
    })
    .forget();
}

/// Keeps a handle to the paste's whole text (no copy) for the panic page. A paste over 256 KB is only
/// previewed in the field (`paste_editor.rs`); without this, the panic page can offer only that preview.
pub fn remember_text(text: Rc<str>) {
    TEXT.set(Some(text));
}

#[cfg(feature = "debug-panic")]
#[allow(
    clippy::panic,
    reason = "the one deliberate panic, so the browser test can check this page (see route::DEBUG_PANIC)"
)]
fn deliberate_panic() {
    panic!("deliberate panic: the address was changed to {DEBUG_PANIC}");
}

fn on_panic(info: &PanicHookInfo<'_>) {
    // What Yew's default hook does: the message and a JS stack trace in the console.
    console_error_panic_hook::hook(info);
    if !SHOWN.swap(true, Ordering::Relaxed) {
        // `None` only if the page lacks a part it always has; the console has the message either way.
        let _ = show(&info.to_string());
    }
}

fn paste_area() -> Option<HtmlTextAreaElement> {
    let document = web_sys::window()?.document()?;
    document.get_element_by_id(PASTE_AREA_ID)?.dyn_into().ok()
}

/// Replaces the page's body with the panic page.
fn show(message: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    // A read-only field holds only the start of a large paste.
    let (pasted, whole) = match TEXT.take() {
        Some(text) => (text, true),
        None => paste_area()
            .or_else(|| LAST_PASTE_AREA.take())
            .map(|area| (Rc::from(area.value()), !area.read_only()))
            .unwrap_or_else(|| (Rc::from(""), true)),
    };
    // A new body rather than emptying the old one: Yew's event listeners stay behind on the old body.
    let body: HtmlElement = document.create_element("body").ok()?.dyn_into().ok()?;
    let page = child(&document, &body, "main", "panic-page")?;
    page.set_attribute("data-testid", "panic-page").ok()?;
    let alert = child(&document, &page, "div", "panic-alert")?;
    alert.set_attribute("role", "alert").ok()?;
    child(&document, &alert, "h1", "panic-title")?
        .set_text_content(Some("gymhook hit a bug and stopped"));
    let lead = "Something that should be impossible happened, so the page can no longer respond. \
                Nothing you pasted or typed has left this tab.";
    child(&document, &alert, "p", "panic-lead")?.set_text_content(Some(lead));
    let details = child(&document, &page, "pre", "panic-message")?;
    details.set_attribute("data-testid", "panic-message").ok()?;
    details.set_text_content(Some(message));

    let area = if pasted.is_empty() {
        None
    } else {
        let label = child(&document, &page, "label", "panic-label")?;
        label.set_text_content(Some(if whole { WHOLE_LABEL } else { PREVIEW_LABEL }));
        label.set_attribute("for", "panic-text").ok()?;
        let area: HtmlTextAreaElement = child(&document, &page, "textarea", "panic-text")?
            .dyn_into()
            .ok()?;
        area.set_id("panic-text");
        area.set_attribute("data-testid", "panic-text").ok()?;
        area.set_attribute("spellcheck", "false").ok()?;
        area.set_read_only(true);
        area.set_value(&pasted);
        // The fallback when the clipboard API is missing or refuses: focus selects it all.
        let selected = area.clone();
        EventListener::new(&area, "focus", move |_| selected.select()).forget();
        Some(area)
    };

    let actions = child(&document, &page, "div", "panic-actions")?;
    let copy = match area {
        Some(_) => Some(button(&document, &actions, "Copy text", "panic-copy")?),
        None => None,
    };
    let reload = button(&document, &actions, "Reload", "panic-reload")?;
    reload.set_class_name("panic-button primary");
    EventListener::new(&reload, "click", |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.location().reload();
        }
    })
    .forget();
    if let (Some(area), Some(copy)) = (area, copy) {
        let note = child(&document, &actions, "span", "panic-note")?;
        note.set_attribute("aria-live", "polite").ok()?;
        note.set_attribute("data-testid", "panic-note").ok()?;
        let said = |text: &'static str| {
            let note = note.clone();
            Closure::<dyn FnMut(JsValue)>::new(move |_| note.set_text_content(Some(text)))
        };
        let (copied, refused) = (said(COPIED), said(REFUSED));
        EventListener::new(&copy, "click", move |_| {
            copy_text(&area, &note, &copied, &refused)
        })
        .forget();
    }

    document.set_title("gymhook stopped");
    document.set_body(Some(&body));
    Some(())
}

/// Selects the text (so Ctrl+C works whatever happens) and puts it in the clipboard if the browser
/// offers one. Outside a secure context `navigator.clipboard` is undefined: calling through it would throw.
fn copy_text(
    area: &HtmlTextAreaElement,
    note: &Element,
    copied: &Closure<dyn FnMut(JsValue)>,
    refused: &Closure<dyn FnMut(JsValue)>,
) {
    let _ = area.focus();
    area.select();
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else {
        return;
    };
    let available = Reflect::get(&navigator, &CLIPBOARD.into()).is_ok_and(|c| !c.is_undefined());
    if available {
        let _ = navigator
            .clipboard()
            .write_text(&area.value())
            .then2(copied, refused);
    } else {
        note.set_text_content(Some(REFUSED));
    }
}

fn child(document: &Document, parent: &Element, tag: &str, class: &str) -> Option<Element> {
    let element = document.create_element(tag).ok()?;
    element.set_class_name(class);
    parent.append_child(&element).ok()?;
    Some(element)
}

fn button(document: &Document, parent: &Element, label: &str, test_id: &str) -> Option<Element> {
    let button = child(document, parent, "button", "panic-button")?;
    button.set_attribute("type", "button").ok()?;
    button.set_attribute("data-testid", test_id).ok()?;
    button.set_text_content(Some(label));
    Some(button)
}
