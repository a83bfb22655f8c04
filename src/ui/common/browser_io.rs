//! Browser side effects, called from event handlers only: copy text to the clipboard and save text as a
//! file (a Blob behind an object URL, clicked through a temporary link), and move the focus to a heading.

use gloo::file::{Blob, ObjectUrl};
use gloo::timers::callback::Timeout;
use gloo::utils::{document, window};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::Reflect;
use web_sys::{FocusOptions, HtmlAnchorElement, HtmlElement};
use yew::platform::spawn_local;
use yew::Callback;

/// The object URL outlives the click by this long, so the browser has read the Blob before it is revoked.
const REVOKE_AFTER_MS: u32 = 10_000;
const CLIPBOARD: &str = "clipboard";

/// Writes `text` to the clipboard; `done` gets whether the browser accepted it.
/// Outside a secure context (plain http on a LAN address) `navigator.clipboard` is undefined, and calling
/// through it would throw into the wasm: check first and report failure instead.
pub fn copy_text(text: String, done: Callback<bool>) {
    let navigator = window().navigator();
    let available = Reflect::get(&navigator, &CLIPBOARD.into()).is_ok_and(|c| !c.is_undefined());
    if !available {
        done.emit(false);
        return;
    }
    let promise = navigator.clipboard().write_text(&text);
    spawn_local(async move {
        done.emit(JsFuture::from(promise).await.is_ok());
    });
}

/// Offers `text` as a download named `file_name` of type `mime`. Returns false when the page could not build the link.
pub fn download(file_name: &str, text: &str, mime: &str) -> bool {
    let url = ObjectUrl::from(Blob::new_with_options(text, Some(mime)));
    let Some(link) = document()
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<HtmlAnchorElement>().ok())
    else {
        return false;
    };
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    Timeout::new(REVOKE_AFTER_MS, move || drop(url)).forget();
    true
}

/// Focuses the element with this id (a heading with `tabindex="-1"`), scrolling to it unless `scroll` is false.
pub fn focus_id(id: &str, scroll: bool) {
    let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = FocusOptions::new();
    options.set_prevent_scroll(!scroll);
    let _ = el.focus_with_options(&options);
}
