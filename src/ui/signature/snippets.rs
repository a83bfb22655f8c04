//! Receiver code verifying a PGM signature, filled with the current values, in six languages.
//! While the secret is hidden it is masked on screen; Copy always puts the real value in the clipboard.

use crate::domain::signature::{masked, render_key, snippets::render, Language, SIGNATURE_HEADER};
use crate::ui::common::browser_io::copy_text;
use gloo::timers::callback::Timeout;
use yew::prelude::*;

const REQUEST_ID_PLACEHOLDER: &str = "<request id>";
const SECRET_PLACEHOLDER: &str = "<your webhook secret>";
const KEY_PLACEHOLDER: &str = "<your webhook key>";
/// How long "Copied" stays on the button before it reads "Copy" again.
const COPY_FEEDBACK_MS: u32 = 2000;

#[derive(Properties, PartialEq)]
pub struct SignatureSnippetsProps {
    /// A static-key vendor's header: the code then checks the key (`signature` holds the received
    /// value, `secret` the expected key) instead of verifying a signature.
    #[prop_or_default]
    pub key_header: Option<&'static str>,
    pub request_id: String,
    pub signature: String,
    pub secret: String,
    #[prop_or_default]
    pub secret_shown: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum CopyStatus {
    Idle,
    Copied,
    Failed,
}

#[component]
pub fn SignatureSnippets(props: &SignatureSnippetsProps) -> Html {
    let language = use_state(|| Language::JavaScript);
    let status = use_state(|| CopyStatus::Idle);
    let lang = *language;
    let secret_filled = !props.secret.trim().is_empty();
    let shown_secret = if secret_filled && !props.secret_shown {
        masked(&props.secret)
    } else {
        or_placeholder(&props.secret, SECRET_PLACEHOLDER).to_owned()
    };
    let key_header = props.key_header;
    let code = code_for(
        lang,
        key_header,
        [&props.request_id, &shown_secret, &props.signature],
    );
    let on_copy = {
        let status = status.clone();
        let values = [&props.request_id, &props.secret, &props.signature].map(String::clone);
        Callback::from(move |_: MouseEvent| {
            let [request_id, secret, signature] = &values;
            let text = code_for(lang, key_header, [request_id, secret, signature]);
            copy_to_clipboard(text, status.clone());
        })
    };
    let tab = |candidate: Language| {
        let language = language.clone();
        let status = status.clone();
        let onclick = Callback::from(move |_: MouseEvent| {
            language.set(candidate);
            status.set(CopyStatus::Idle);
        });
        let active = candidate == lang;
        html! {
            <button type="button" class={classes!("sig-tab", active.then_some("active"))} aria-pressed={active.to_string()} {onclick}>
                {candidate.label()}
            </button>
        }
    };
    let copy_label = match *status {
        CopyStatus::Idle => "Copy",
        CopyStatus::Copied => "Copied ✓",
        CopyStatus::Failed => "Copy failed: select the code and copy it by hand",
    };

    html! {
        <div class="sig-snippets">
            <h3 id="snippet-heading">{"Verify it in your receiver"}</h3>
            <div class="toolbar" role="group" aria-labelledby="snippet-heading">
                { for Language::ALL.into_iter().map(tab) }
            </div>
            <div class="sig-snippet-head">
                <span class="sig-source">{format!("{} · run: {}", file_name(lang, key_header), run_hint(lang, key_header))}</span>
                <button type="button" class="sig-copy" data-testid="signature-copy" onclick={on_copy} aria-live="polite">{copy_label}</button>
            </div>
            // Focusable: a scrolling region must be reachable by keyboard to be scrolled without a mouse.
            <pre class="sig-code" tabindex="0" aria-label="Receiver code"><code data-testid="signature-snippet">{code}</code></pre>
            if secret_filled && !props.secret_shown {
                <p class="sig-source">{format!("The {} is masked above while it is hidden; Copy puts the real value in the clipboard.", if key_header.is_some() { "key" } else { "secret" })}</p>
            }
        </div>
    }
}

/// The filled template: the signature check, or the key check for a static-key vendor.
fn code_for(
    lang: Language,
    key_header: Option<&str>,
    [request_id, secret, signature]: [&str; 3],
) -> String {
    match key_header {
        Some(header) => render_key(
            lang,
            header,
            or_placeholder(secret, KEY_PLACEHOLDER),
            or_placeholder(signature, &format!("<{header} value>")),
        ),
        None => render(
            lang,
            or_placeholder(request_id, REQUEST_ID_PLACEHOLDER),
            or_placeholder(secret, SECRET_PLACEHOLDER),
            or_placeholder(signature, &format!("<{SIGNATURE_HEADER} value>")),
        ),
    }
}

fn file_name(lang: Language, key_header: Option<&str>) -> &'static str {
    match key_header {
        Some(_) => lang.key_file_name(),
        None => lang.file_name(),
    }
}

/// How to run the file: the key check's own file name, and no crate needed.
fn run_hint(lang: Language, key_header: Option<&str>) -> String {
    match (key_header, lang) {
        (Some(_), Language::Rust) => {
            "src/main.rs of a cargo project (no dependencies); cargo run".to_owned()
        }
        (Some(_), _) => lang
            .run_hint()
            .replace(lang.file_name(), lang.key_file_name()),
        (None, _) => lang.run_hint().to_owned(),
    }
}

fn or_placeholder<'a>(value: &'a str, placeholder: &'a str) -> &'a str {
    if value.trim().is_empty() {
        placeholder
    } else {
        value
    }
}

/// Writes to the clipboard from the click handler (browsers require a user gesture), then shows
/// the outcome. Without a Clipboard API (an insecure context) it reports the failure instead of throwing.
fn copy_to_clipboard(text: String, status: UseStateHandle<CopyStatus>) {
    copy_text(
        text,
        Callback::from(move |copied: bool| {
            status.set(if copied {
                CopyStatus::Copied
            } else {
                CopyStatus::Failed
            });
            let status = status.clone();
            Timeout::new(COPY_FEEDBACK_MS, move || status.set(CopyStatus::Idle)).forget();
        }),
    );
}
