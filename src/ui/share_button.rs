//! "Copy share link": puts the paste into the URL fragment (`#/p/...`) and copies the address.
//! Only the pasted text is shared; the signature secret lives elsewhere and never enters the URL.

use super::browser_io::copy_text;
use super::route::Route;
use crate::domain::share;
use gloo::utils::window;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use yew::prelude::*;

/// Links longer than this are cut by some chat and mail clients; the user is told, not stopped.
const LONG_LINK_CHARS: usize = 8 * 1024;

#[derive(Properties, PartialEq)]
pub struct ShareButtonProps {
    pub text: Rc<str>,
}

#[derive(Clone, PartialEq)]
enum Status {
    Copied { chars: usize },
    InAddressBar,
    Failed,
}

#[component]
pub fn ShareButton(props: &ShareButtonProps) -> Html {
    let status = use_state(|| None::<Status>);
    {
        // A new text makes the last "copied" note stale.
        let status = status.clone();
        use_effect_with(props.text.clone(), move |_| status.set(None));
    }
    let onclick = {
        let text = props.text.clone();
        let status = status.clone();
        Callback::from(move |_: MouseEvent| {
            let fragment = Route::Shared(share::encode(&text)).to_fragment();
            let location = window().location();
            let base = format!(
                "{}{}{}",
                location.origin().unwrap_or_default(),
                location.pathname().unwrap_or_default(),
                location.search().unwrap_or_default()
            );
            let url = format!("{base}{fragment}");
            let replaced = window()
                .history()
                .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)));
            // The address bar now holds the link either way; the note says whether the clipboard has it too.
            let chars = url.len();
            let status = status.clone();
            copy_text(
                url,
                Callback::from(move |copied: bool| {
                    status.set(Some(match (copied, replaced.is_ok()) {
                        (true, _) => Status::Copied { chars },
                        (false, true) => Status::InAddressBar,
                        (false, false) => Status::Failed,
                    }))
                }),
            );
        })
    };
    let note = match *status {
        Some(Status::Copied { chars }) if chars > LONG_LINK_CHARS => {
            format!(
                "Link copied ({} KB: some chat apps cut links this long).",
                chars / 1024
            )
        }
        Some(Status::Copied { .. }) => {
            "Link copied: it carries the payload, never the secret.".to_owned()
        }
        Some(Status::InAddressBar) => {
            "The clipboard is not available here: copy the link from the address bar.".to_owned()
        }
        Some(Status::Failed) => {
            "This browser would neither update the address nor copy the link.".to_owned()
        }
        None => String::new(),
    };
    html! {
        <>
            <button type="button" {onclick} disabled={props.text.trim().is_empty()} data-testid="share-button"
                title="Copy a link that opens this page with this payload (the payload travels in the link)">
                {"Copy share link"}
            </button>
            <span class="share-note" role="status">{note}</span>
        </>
    }
}
