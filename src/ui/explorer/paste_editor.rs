//! The paste area's text field. Up to 256 KB, the text is edited in place. A larger text is not put into
//! the field whole: Chromium needs about a second per 5 MB just to lay a textarea out (measured in a bare
//! page: 0.9 s for 5 MB on one line, 1.6 s on many, 6.6 s for 20 MB; about 50 ms at 256 KB), a frozen tab
//! however fast the analysis. So the field shows the first 64 KB read-only while the whole text is kept and analysed;
//! "Edit the whole text" puts all of it in, at that cost, when the user asks.

use crate::domain::signature::REQUEST_ID_HEADER;
use crate::domain::size::byte_size;
use crate::ui::common::next_task::next_task;
use crate::ui::shell::shortcuts::Command;
use crate::ui::Shared;
use js_sys::{Function, JsString, Uint8Array};
use wasm_bindgen::JsCast;
use web_sys::{ClipboardEvent, HtmlTextAreaElement};
use yew::prelude::*;

/// Texts above this size are shown as a preview (see the module docs).
pub const LARGE_TEXT_BYTES: usize = 256 * 1024;
const PREVIEW_BYTES: usize = 64 * 1024;

#[derive(Properties, PartialEq)]
pub struct PasteEditorProps {
    pub text: Shared<str>,
    pub on_edit: Callback<String>,
    pub textarea: NodeRef,
}

#[component]
pub fn PasteEditor(props: &PasteEditorProps) -> Html {
    // What the field holds, when it holds the whole text. The field is not a controlled `value`: Yew
    // would write the whole text back after every keystroke (for megabytes, a relayout and a lost cursor),
    // so the effect writes only texts that did not come from the field (an example, a link, Format).
    let typed = use_mut_ref(String::new);
    let whole = use_state(|| false);
    let large = props.text.len() > LARGE_TEXT_BYTES && !*whole;
    {
        let (typed, area) = (typed.clone(), props.textarea.clone());
        use_effect_with((props.text.clone(), large), move |(text, large)| {
            let Some(area) = area.cast::<HtmlTextAreaElement>() else {
                return;
            };
            if *large {
                area.set_value(preview(&text.0));
                typed.borrow_mut().clear();
            } else if **typed.borrow() != **text {
                area.set_value(&text.0);
                *typed.borrow_mut() = text.to_string();
            }
        });
    }
    let oninput = {
        let (on_edit, typed) = (props.on_edit.clone(), typed.clone());
        Callback::from(move |e: InputEvent| {
            if let Some(area) = e.target_dyn_into::<HtmlTextAreaElement>() {
                let value = area.value();
                typed.borrow_mut().clone_from(&value);
                on_edit.emit(value);
            }
        })
    };
    let on_whole = {
        let whole = whole.clone();
        Callback::from(move |_: MouseEvent| whole.set(true))
    };
    html! {
        <>
            if large { { large_note(props.text.len(), on_whole) } }
            <textarea
                id="payload-input"
                data-testid="payload-input"
                ref={props.textarea.clone()}
                aria-keyshortcuts={Command::FocusPaste.keys()}
                spellcheck="false"
                autocomplete="off"
                readonly={large}
                placeholder={format!("POST /webhooks/pgm HTTP/1.1\n{REQUEST_ID_HEADER}: …\n\n{{ \"event\": \"Test\", … }}")}
                {oninput}
                onpaste={on_paste(&props.on_edit, whole, large)}
            />
        </>
    }
}

/// What the field shows of a large text, and the way to put all of it in.
fn large_note(bytes: usize, on_whole: Callback<MouseEvent>) -> Html {
    html! {
        <p class="large-text" role="status" data-testid="large-text">
            { format!(
                "{} pasted. The field shows its first {} (a text field this large would freeze the page); \
                 the analysis, Format and share links use all of it. Paste or Clear to replace it.",
                byte_size(bytes),
                byte_size(PREVIEW_BYTES)
            ) }
            {" "}
            <button type="button" onclick={on_whole} data-testid="edit-whole-text">{"Edit the whole text"}</button>
        </p>
    }
}

/// A paste over the limit never enters the field: it replaces the paste area's text. So does any paste
/// while the field shows a preview (it is read-only: there is nothing to paste into).
fn on_paste(
    on_edit: &Callback<String>,
    whole: UseStateHandle<bool>,
    large: bool,
) -> Callback<Event> {
    let on_edit = on_edit.clone();
    Callback::from(move |e: Event| {
        let Some(pasted) = e.dyn_ref::<ClipboardEvent>().and_then(clipboard_text) else {
            return;
        };
        // UTF-16 units never outnumber UTF-8 bytes: past the limit in units, the text is large.
        if large || pasted.length() as usize > LARGE_TEXT_BYTES {
            e.prevent_default();
            whole.set(false);
            // This task already holds the browser's own reading of the clipboard (what a bare page
            // pays to receive a paste); copying megabytes into wasm memory, then drawing the result,
            // get a task each, so none of them adds to another.
            let on_edit = on_edit.clone();
            next_task(move || {
                let text = to_rust(&pasted);
                next_task(move || on_edit.emit(text)).detach();
            })
            .detach();
            return;
        }
        let text = to_rust(&pasted);
        if text.len() > LARGE_TEXT_BYTES {
            e.prevent_default();
            whole.set(false);
            on_edit.emit(text);
        }
    })
}

/// The pasted text as the browser holds it: not yet copied into wasm memory (megabytes take milliseconds).
fn clipboard_text(event: &ClipboardEvent) -> Option<JsString> {
    let data = event.clipboard_data()?;
    let get_data = js_sys::Reflect::get(&data, &"getData".into())
        .ok()?
        .dyn_into::<Function>()
        .ok()?;
    get_data.call1(&data, &"text".into()).ok()?.dyn_into().ok()
}

/// The text as a Rust string, through the browser's own UTF-8 encoder: wasm-bindgen's string passing copies
/// an ASCII text into wasm memory one character at a time in JavaScript (67 ms of a 5 MB paste, measured),
/// the encoder at native speed. (Both write a lone surrogate as U+FFFD.)
fn to_rust(text: &JsString) -> String {
    let encoded = web_sys::TextEncoder::new().ok().and_then(|encoder| {
        let encode = js_sys::Reflect::get(&encoder, &"encode".into())
            .ok()?
            .dyn_into::<Function>()
            .ok()?;
        encode
            .call1(&encoder, text)
            .ok()?
            .dyn_into::<Uint8Array>()
            .ok()
    });
    match encoded.map(|bytes| String::from_utf8(bytes.to_vec())) {
        Some(Ok(text)) => text,
        _ => String::from(text.clone()),
    }
}

/// The first `PREVIEW_BYTES` of `text`, cut at a character boundary.
fn preview(text: &str) -> &str {
    let mut end = PREVIEW_BYTES.min(text.len());
    while !text.is_char_boundary(end) {
        end = end.saturating_sub(1);
    }
    text.get(..end).unwrap_or_default()
}
