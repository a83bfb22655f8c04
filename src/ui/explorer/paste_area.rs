//! The paste area: a textarea for a bare JSON body or a whole raw HTTP request, with example loaders,
//! Format, Clear and Undo (`paste_edits`), and a file opener. It only reports edits; the analysis happens
//! elsewhere. The keyboard's `/` and `f` reach it as requests (`hooks::use_request`).

use super::file_open::{use_file_drop, FileOpener, FileTargets};
use super::paste_editor::PasteEditor;
use super::paste_edits::{use_paste_edits, PasteEdits};
use crate::domain::examples::{first_example, signed_example, signing_vendor, SAMPLE_SECRET};
use crate::domain::schema::{declaration, Vendor};
use crate::domain::share::ShareError;
use crate::ui::hooks::use_request;
use crate::ui::shell::shortcuts::{pressed, Command, Scope};
use crate::ui::state::Request;
use crate::ui::Shared;
use std::rc::Rc;
use web_sys::HtmlElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteAreaProps {
    pub text: Shared<str>,
    pub on_edit: Callback<String>,
    pub textarea: NodeRef,
    pub share_error: Option<ShareError>,
    /// Sets the signature panel's secret (the signed example's sample secret).
    pub on_secret: Callback<String>,
    /// The keyboard's requests: Format and focusing the field.
    pub request: Request,
}

#[component]
pub fn PasteArea(props: &PasteAreaProps) -> Html {
    // A file dropped anywhere on the paste area replaces the text, as a paste would.
    // What the page says about the last file opened (refused as too large or not UTF-8, or UTF-16).
    let file_message = use_state(|| None::<String>);
    let files = FileTargets {
        on_text: props.on_edit.clone(),
        on_message: {
            let file_message = file_message.setter();
            Callback::from(move |m| file_message.set(m))
        },
    };
    let (ondragover, ondrop) = use_file_drop(files.clone());
    let edits = use_paste_edits(props.text.clone(), props.on_edit.clone());
    {
        let (format, textarea) = (edits.format.clone(), props.textarea.clone());
        use_request(props.request, move |command| match command {
            Command::Format => format(),
            Command::FocusPaste => {
                if let Some(area) = textarea.cast::<HtmlElement>() {
                    let _ = area.focus();
                }
            }
            _ => {}
        });
    }
    // Ctrl+Z (Cmd+Z) in the field: ours only right after Format or Clear, the browser's otherwise.
    let on_keydown = {
        let (undo, live) = (edits.undo.clone(), edits.undoable.is_some());
        Callback::from(move |e: KeyboardEvent| {
            if live && pressed(&e, Scope::PasteArea) == Some(Command::Undo) {
                e.prevent_default();
                undo();
            }
        })
    };
    html! {
        <section class="paste panel" aria-labelledby="paste-heading" onkeydown={on_keydown} {ondragover} {ondrop}>
            <div class="panel-head">
                <h2 id="paste-heading" tabindex="-1">{"Payload"}</h2>
                { toolbar(props, &edits, files) }
            </div>
            { signed_sample(props) }
            if let Some(why) = &edits.refusal {
                <p class="format-refusal" role="status" data-testid="format-refusal">{why.to_string()}</p>
            }
            if let Some(message) = &*file_message {
                <p class="file-message" role="status" data-testid="file-message">{message.clone()}</p>
            }
            if let Some(e) = &props.share_error {
                <p class="share-error" role="alert">{format!("This share link could not be opened: {e}.")}</p>
            }
            <label class="hint" for="payload-input">
                {"Paste a webhook body (JSON) or a whole raw HTTP request: request line, headers, blank line, body."}
            </label>
            <PasteEditor text={props.text.clone()} on_edit={props.on_edit.clone()} textarea={props.textarea.clone()} />
        </section>
    }
}

/// A click handler running one of the edits.
fn on_click(edit: &Rc<dyn Fn()>) -> Callback<MouseEvent> {
    let edit = edit.clone();
    Callback::from(move |_: MouseEvent| edit())
}

/// The example loaders, Format, Clear, the file opener and, right after Format or Clear, Undo.
fn toolbar(props: &PasteAreaProps, edits: &PasteEdits, files: FileTargets) -> Html {
    let load = |vendor: Vendor| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(first_example(vendor)))
    };
    html! {
        <div class="toolbar">
            { for Vendor::ALL.into_iter().map(|vendor| html! {
                <button key={vendor.slug()} type="button" onclick={load(vendor)} title={declaration(vendor).example_note}>
                    {format!("{} example", vendor.display_name())}
                </button>
            }) }
            <button type="button" onclick={on_click(&edits.format)} disabled={props.text.trim().is_empty()} data-testid="format-button" aria-keyshortcuts={Command::Format.keys()}>
                {"Format"}
            </button>
            <button type="button" onclick={on_click(&edits.clear)} disabled={props.text.is_empty()} data-testid="clear-button">{"Clear"}</button>
            <FileOpener to={files} />
            if let Some(edit) = edits.undoable {
                <button type="button" onclick={on_click(&edits.undo)} data-testid="undo-button" aria-keyshortcuts={Command::Undo.keys()}
                    title={format!("Put back the text as it was before {} (Ctrl+Z)", edit.label())}>
                    {format!("Undo {}", edit.label())}
                </button>
            }
        </div>
    }
}

/// The signed example, with the sample secret it fills into the signature panel.
fn signed_sample(props: &PasteAreaProps) -> Html {
    let Some(signer) = signing_vendor() else {
        return Html::default();
    };
    let onclick = {
        let (on_edit, on_secret) = (props.on_edit.clone(), props.on_secret.clone());
        Callback::from(move |_: MouseEvent| {
            on_secret.emit(SAMPLE_SECRET.to_owned());
            on_edit.emit(signed_example());
        })
    };
    html! {
        <p class="signed-sample">
            <button type="button" {onclick} data-testid="example-signed"
                title={format!("A raw {} request from the generator, signed with the sample secret beside this button", signer.display_name())}>
                {format!("Signed {} request", signer.display_name())}
            </button>
            <span class="sig-source">{"signed with the secret "}<code data-testid="example-secret">{SAMPLE_SECRET}</code>{" (filled in below)"}</span>
        </p>
    }
}
