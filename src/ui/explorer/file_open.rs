//! Opening a file instead of pasting it: a file picker, and dropping a file on the paste area (a log, a
//! JSON array, a HAR file exported from the browser's devtools). Read in this tab; nothing is uploaded.

use gloo::file::callbacks::{read_as_text, FileReader};
use gloo::file::File;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// What the file types a receiver developer has usually end in.
const ACCEPT: &str = ".json,.jsonl,.ndjson,.har,.log,.txt,.http,application/json,text/plain";

/// Reads `file` as text and hands it to `on_text`; the reader lives in `slot` until it is done.
fn read(file: web_sys::File, on_text: Callback<String>, slot: Rc<RefCell<Option<FileReader>>>) {
    let reader = read_as_text(&File::from(file), move |result| {
        if let Ok(text) = result {
            on_text.emit(text);
        }
    });
    *slot.borrow_mut() = Some(reader);
}

/// Callbacks for the drop target: `dragover` must be cancelled for a drop to be allowed.
#[hook]
pub fn use_file_drop(on_text: Callback<String>) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let slot = use_mut_ref(|| None::<FileReader>);
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            e.prevent_default();
            read(file, on_text.clone(), slot.clone());
        }
    });
    (ondragover, ondrop)
}

#[derive(Properties, PartialEq)]
pub struct FileOpenerProps {
    pub on_text: Callback<String>,
}

/// "Open file…": a real file input behind a label styled as a button (keyboard and screen readers
/// reach the input itself).
#[component]
pub fn FileOpener(props: &FileOpenerProps) -> Html {
    let slot = use_mut_ref(|| None::<FileReader>);
    let onchange = {
        let on_text = props.on_text.clone();
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<HtmlInputElement>();
            let file = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                read(file, on_text.clone(), slot.clone());
            }
            // The same file chosen again must fire `change` again.
            if let Some(input) = input {
                input.set_value("");
            }
        })
    };
    html! {
        <label class="file-open button-like" title="Open a JSON, JSON Lines, HAR, log or raw request file (read in this tab, never uploaded)">
            {"Open file…"}
            <input type="file" class="visually-hidden" data-testid="file-input" accept={ACCEPT} {onchange} />
        </label>
    }
}
