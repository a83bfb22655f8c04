//! The paste area: a textarea for a bare JSON body or a whole raw HTTP request, with example loaders
//! and a Format button. It only reports edits; the analysis happens elsewhere.

use super::paste_editor::PasteEditor;
use crate::domain::examples::first_example;
use crate::domain::reformat::reformat;
use crate::domain::schema::Vendor;
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
}

#[component]
pub fn PasteArea(props: &PasteAreaProps) -> Html {
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
    let on_format = {
        let on_edit = props.on_edit.clone();
        let text = props.text.clone();
        let refusal = refusal.clone();
        Callback::from(move |_: MouseEvent| match reformat(&text) {
            Ok(formatted) => {
                refusal.set(None);
                on_edit.emit(formatted);
            }
            Err(why) => refusal.set(Some(why.to_string())),
        })
    };
    let on_clear = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |_: MouseEvent| on_edit.emit(String::new()))
    };

    html! {
        <section class="paste panel" aria-labelledby="paste-heading">
            <div class="panel-head">
                <h2 id="paste-heading">{"Payload"}</h2>
                <div class="toolbar">
                    <button type="button" onclick={load(Vendor::PerfectGym)} title="The Test event from the Perfect Gym document">
                        {"Perfect Gym example"}
                    </button>
                    <button type="button" onclick={load(Vendor::GymOs)} title="Session Booked, assembled from the GymOS document's examples">
                        {"GymOS example"}
                    </button>
                    <button type="button" onclick={on_format} disabled={props.text.trim().is_empty()} data-testid="format-button">
                        {"Format"}
                    </button>
                    <button type="button" onclick={on_clear} disabled={props.text.is_empty()}>{"Clear"}</button>
                </div>
            </div>
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
