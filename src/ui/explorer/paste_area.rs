//! The paste area: a textarea for a bare JSON body or a whole raw HTTP request, with example loaders
//! and a Format button. It only reports edits; the analysis happens elsewhere.
//!
//! Format and Clear are undoable: the field is not a controlled textarea (see `paste_editor`), so the
//! browser's own undo history does not survive them. The text before the last Format or Clear is kept
//! here, and Undo (the button, or Ctrl+Z while the text is still what Format or Clear left) sends it back
//! through `on_edit`, the same path as typing.

use super::file_open::{use_file_drop, FileOpener};
use super::paste_editor::PasteEditor;
use crate::domain::examples::{first_example, signed_example, signing_vendor, SAMPLE_SECRET};
use crate::domain::reformat::reformat;
use crate::domain::schema::{declaration, Vendor};
use crate::domain::share::ShareError;
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PasteAreaProps {
    pub text: Shared<str>,
    pub on_edit: Callback<String>,
    pub textarea: NodeRef,
    #[prop_or_default]
    pub share_error: Option<ShareError>,
    /// Sets the signature panel's secret (the signed example's sample secret).
    #[prop_or_default]
    pub on_secret: Callback<String>,
}

/// What Undo restores, and the text the undoable action left: Ctrl+Z only undoes while that text is unchanged.
#[derive(Clone, PartialEq)]
struct UndoSlot {
    before: Shared<str>,
    after: String,
    action: &'static str,
}

#[component]
pub fn PasteArea(props: &PasteAreaProps) -> Html {
    // A file dropped anywhere on the paste area replaces the text, as a paste would.
    let (ondragover, ondrop) = use_file_drop(props.on_edit.clone());
    let load = |vendor: Vendor| {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(first_example(vendor)))
    };
    // Formatting re-parses the whole paste, so it happens on click, not on every render.
    let refusal = use_state(|| None::<String>);
    {
        // A new text makes the last refusal stale.
        let refusal = refusal.clone();
        use_effect_with(props.text.clone(), move |_| refusal.set(None));
    }
    let undo = use_state(|| None::<UndoSlot>);
    // Typing past what Format or Clear left makes its undo meaningless.
    let undo_live = undo
        .as_ref()
        .filter(|slot| *slot.after == *props.text)
        .cloned();
    let on_format = {
        let on_edit = props.on_edit.clone();
        let text = props.text.clone();
        let (refusal, undo) = (refusal.clone(), undo.clone());
        Callback::from(move |_: MouseEvent| match reformat(&text) {
            Ok(formatted) => {
                refusal.set(None);
                undo.set(Some(UndoSlot {
                    before: text.clone(),
                    after: formatted.clone(),
                    action: "Format",
                }));
                on_edit.emit(formatted);
            }
            Err(why) => refusal.set(Some(why.to_string())),
        })
    };
    let on_clear = {
        let (on_edit, text, undo) = (props.on_edit.clone(), props.text.clone(), undo.clone());
        Callback::from(move |_: MouseEvent| {
            undo.set(Some(UndoSlot {
                before: text.clone(),
                after: String::new(),
                action: "Clear",
            }));
            on_edit.emit(String::new());
        })
    };
    let restore = {
        let (on_edit, undo, live) = (props.on_edit.clone(), undo.clone(), undo_live.clone());
        move || {
            if let Some(slot) = &live {
                on_edit.emit(slot.before.to_string());
                undo.set(None);
            }
        }
    };
    let on_undo = {
        let restore = restore.clone();
        Callback::from(move |_: MouseEvent| restore())
    };
    // Ctrl+Z (Cmd+Z) in the field: ours only right after Format or Clear, the browser's otherwise.
    let on_keydown = {
        let live = undo_live.is_some();
        Callback::from(move |e: KeyboardEvent| {
            let undo_key = (e.ctrl_key() || e.meta_key())
                && !e.shift_key()
                && e.key().eq_ignore_ascii_case("z");
            if live && undo_key {
                e.prevent_default();
                restore();
            }
        })
    };
    let on_signed = {
        let (on_edit, on_secret) = (props.on_edit.clone(), props.on_secret.clone());
        Callback::from(move |_: MouseEvent| {
            on_secret.emit(SAMPLE_SECRET.to_owned());
            on_edit.emit(signed_example());
        })
    };

    html! {
        <section class="paste panel" aria-labelledby="paste-heading" onkeydown={on_keydown} {ondragover} {ondrop}>
            <div class="panel-head">
                <h2 id="paste-heading" tabindex="-1">{"Payload"}</h2>
                <div class="toolbar">
                    { for Vendor::ALL.into_iter().map(|vendor| html! {
                        <button key={vendor.slug()} type="button" onclick={load(vendor)} title={declaration(vendor).example_note}>
                            {format!("{} example", vendor.display_name())}
                        </button>
                    }) }
                    <button type="button" onclick={on_format} disabled={props.text.trim().is_empty()} data-testid="format-button" aria-keyshortcuts="Alt+Shift+F">
                        {"Format"}
                    </button>
                    <button type="button" onclick={on_clear} disabled={props.text.is_empty()} data-testid="clear-button">{"Clear"}</button>
                    <FileOpener on_text={props.on_edit.clone()} />
                    if let Some(slot) = &undo_live {
                        <button type="button" onclick={on_undo} data-testid="undo-button" aria-keyshortcuts="Control+Z"
                            title={format!("Put back the text as it was before {} (Ctrl+Z)", slot.action)}>
                            {format!("Undo {}", slot.action)}
                        </button>
                    }
                </div>
            </div>
            if let Some(signer) = signing_vendor() {
                <p class="signed-sample">
                    <button type="button" onclick={on_signed} data-testid="example-signed"
                        title={format!("A raw {} request from the generator, signed with the sample secret beside this button", signer.display_name())}>
                        {format!("Signed {} request", signer.display_name())}
                    </button>
                    <span class="sig-source">{"signed with the secret "}<code data-testid="example-secret">{SAMPLE_SECRET}</code>{" (filled in below)"}</span>
                </p>
            }
            if let Some(why) = &*refusal {
                <p class="format-refusal" role="status" data-testid="format-refusal">{why.clone()}</p>
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
