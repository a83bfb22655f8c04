//! Opening a file instead of pasting it: a file picker, and dropping a file on the paste area (a log, a
//! JSON array, a HAR file exported from the browser's devtools). Read in this tab; nothing is uploaded.
//! A file past the size the page analyses is refused before it is read, and one that is not UTF-8 is
//! named as such (UTF-16 decoded and said so); either way the paste area keeps what it holds.

use crate::domain::capture::file::{check_size, open};
use gloo::file::callbacks::{read_as_bytes, FileReader};
use gloo::file::File;
use std::cell::RefCell;
use std::rc::Rc;
use web_sys::{DragEvent, HtmlInputElement};
use yew::prelude::*;

/// What the file types a receiver developer has usually end in.
const ACCEPT: &str = ".json,.jsonl,.ndjson,.har,.log,.txt,.http,application/json,text/plain";

/// Where a file's outcome goes: its text, or what the page says about it (a refusal, or a note).
#[derive(Clone, PartialEq)]
pub struct FileTargets {
    pub on_text: Callback<String>,
    pub on_message: Callback<Option<String>>,
}

/// Reads `file` and hands its text on; the reader lives in `slot` until it is done.
fn read(file: web_sys::File, to: FileTargets, slot: Rc<RefCell<Option<FileReader>>>) {
    let file = File::from(file);
    if let Err(why) = check_size(file.size()) {
        to.on_message.emit(Some(why.to_string()));
        return;
    }
    let reader = read_as_bytes(&file, move |result| {
        let Ok(bytes) = result else {
            return;
        };
        match open(&bytes) {
            Ok(opened) => {
                to.on_message.emit(opened.note().map(str::to_owned));
                to.on_text.emit(opened.text);
            }
            Err(why) => to.on_message.emit(Some(why.to_string())),
        }
    });
    *slot.borrow_mut() = Some(reader);
}

/// Callbacks for the drop target: `dragover` must be cancelled for a drop to be allowed.
#[hook]
pub fn use_file_drop(to: FileTargets) -> (Callback<DragEvent>, Callback<DragEvent>) {
    let slot = use_mut_ref(|| None::<FileReader>);
    let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
    let ondrop = Callback::from(move |e: DragEvent| {
        let file = e
            .data_transfer()
            .and_then(|d| d.files())
            .and_then(|files| files.get(0));
        if let Some(file) = file {
            e.prevent_default();
            read(file, to.clone(), slot.clone());
        }
    });
    (ondragover, ondrop)
}

#[derive(Properties, PartialEq)]
pub struct FileOpenerProps {
    pub to: FileTargets,
}

/// "Open file…": a real file input behind a label styled as a button (keyboard and screen readers
/// reach the input itself).
#[component]
pub fn FileOpener(props: &FileOpenerProps) -> Html {
    let slot = use_mut_ref(|| None::<FileReader>);
    let onchange = {
        let to = props.to.clone();
        Callback::from(move |e: Event| {
            let input = e.target_dyn_into::<HtmlInputElement>();
            let file = input
                .as_ref()
                .and_then(|i| i.files())
                .and_then(|f| f.get(0));
            if let Some(file) = file {
                read(file, to.clone(), slot.clone());
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
