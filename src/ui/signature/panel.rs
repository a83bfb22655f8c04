//! The signature checker (Perfect Gym's MD5 scheme): request id, signature and secret inputs, the
//! verdict with the usual-mistake diagnosis, receiver snippets, and a plain note when the detected vendor
//! documents no signature; a vendor sending a static key gets its own panel (`key_panel`) instead.

use super::key_panel::KeyPanel;
use super::snippets::SignatureSnippets;
use super::typed_verdict;
use super::verdict::VerdictView;
use crate::domain::analysis::Analysis;
use crate::domain::examples::signing_vendor;
use crate::domain::http::headers_named;
use crate::domain::schema::{declaration, Auth, UnsignedDecl};
use crate::domain::signature::{Missing, REQUEST_ID_HEADER, SEPARATOR, SIGNATURE_HEADER};
use crate::ui::state::SignatureFields;
use crate::ui::Shared;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SignaturePanelProps {
    pub fields: SignatureFields,
    pub analysis: Shared<Analysis>,
    /// The text `analysis` describes: its body slice is what "the body was hashed" is tested against.
    pub text: Shared<str>,
    pub on_request_id: Callback<String>,
    pub on_signature: Callback<String>,
    pub on_secret: Callback<String>,
}

#[component]
pub fn SignaturePanel(props: &SignaturePanelProps) -> Html {
    let secret_shown = use_state(|| false);
    let fields = &props.fields;
    let analysis = &props.analysis;
    // Recomputed only when its inputs change, not on every render of the page.
    let verdict = use_memo(
        (fields.clone(), analysis.clone(), props.text.clone()),
        |(fields, analysis, text)| typed_verdict(fields, analysis, text),
    );
    // The detected vendor's scheme: a vendor documenting none gets its own note above the checker.
    let unsigned = analysis
        .vendor()
        .map(|v| declaration(v).auth)
        .and_then(|auth| match auth {
            Auth::Unsigned(decl) => Some(decl),
            _ => None,
        });
    let unsigned_request = unsigned.is_none() && request_lacks_signature(analysis);
    // A vendor sending a static key has nothing to verify a signature of: its own panel says so.
    let key_scheme = analysis
        .vendor()
        .and_then(|v| declaration(v).auth.key().map(|k| (v, k)));

    if let Some((vendor, key_decl)) = key_scheme {
        return html! {
            <KeyPanel {vendor} {key_decl} fields={fields.clone()}
                on_received={props.on_signature.clone()} on_secret={props.on_secret.clone()} />
        };
    }
    html! {
        <section class="signature panel" aria-labelledby="signature-heading">
            <div class="panel-head"><h2 id="signature-heading">{"Perfect Gym signature"}</h2></div>
            { scheme_hint() }
            if let Some(decl) = unsigned { { unsigned_note(&decl) } }
            <div class="sig-inputs">
                { text_field("request-id-input", "Request id", &format!("{REQUEST_ID_HEADER} header"), &fields.request_id, &props.on_request_id) }
                { text_field("signature-input", "Signature", &format!("{SIGNATURE_HEADER} header"), &fields.signature, &props.on_signature) }
                if unsigned_request {
                    <p class="sig-note" role="note">
                        <strong>{format!("This request has no {SIGNATURE_HEADER} header. ")}</strong>
                        {Missing::Signature.explanation()}
                    </p>
                }
                { secret_field(("Webhook secret", "configured on the webhook in Perfect Gym"), &fields.secret, &props.on_secret, &secret_shown) }
            </div>
            <p class="sig-private">{"Computed locally in this tab: the secret stays in memory, never in the URL, browser storage or logs, and is never sent anywhere."}</p>
            <VerdictView
                verdict={Shared(verdict.clone())}
                request_id={fields.request_id.clone()}
                signature={fields.signature.clone()}
                secret={fields.secret.clone()}
                secret_shown={*secret_shown}
                skip_signature_explanation={unsigned_request}
            />
            <SignatureSnippets
                request_id={fields.request_id.clone()}
                signature={fields.signature.clone()}
                secret={fields.secret.clone()}
                secret_shown={*secret_shown}
            />
        </section>
    }
}

/// How the scheme signs, in the declared header names and separator.
fn scheme_hint() -> Html {
    html! {
        <p class="hint">
            {"PGM signs each request with "}<code>{format!("MD5({REQUEST_ID_HEADER} + \"{SEPARATOR}\" + secret)")}</code>
            {" in the "}<code>{SIGNATURE_HEADER}</code>{" header. Pasting a raw request fills in its two headers."}
        </p>
    }
}

/// A pasted raw request without the signature header: normal when the webhook has no secret.
fn request_lacks_signature(analysis: &Analysis) -> bool {
    analysis.request.as_ref().is_some_and(|request| {
        headers_named(&request.headers, SIGNATURE_HEADER)
            .next()
            .is_none()
    })
}

pub(super) fn on_text(callback: &Callback<String>) -> Callback<InputEvent> {
    let callback = callback.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            callback.emit(input.value());
        }
    })
}

/// The secret (or key) input, masked until Show: it only lives in the page's memory.
pub(super) fn secret_field(
    (label, source): (&'static str, &'static str),
    value: &str,
    on_change: &Callback<String>,
    shown_state: &UseStateHandle<bool>,
) -> Html {
    let shown = **shown_state;
    let toggle = {
        let shown_state = shown_state.clone();
        Callback::from(move |_: MouseEvent| shown_state.set(!*shown_state))
    };
    html! {
        <div class="sig-field">
            <label for="secret-input">{label}<span class="sig-source">{source}</span></label>
            <div class="sig-secret">
                <input id="secret-input" data-testid="secret-input" type={if shown { "text" } else { "password" }}
                    autocomplete="off" spellcheck="false" value={value.to_owned()} oninput={on_text(on_change)} />
                <button type="button" onclick={toggle} aria-controls="secret-input" aria-pressed={shown.to_string()}>
                    {if shown { "Hide" } else { "Show" }}
                </button>
            </div>
        </div>
    }
}

pub(super) fn text_field(
    id: &'static str,
    label: &'static str,
    source: &str,
    value: &str,
    on_change: &Callback<String>,
) -> Html {
    html! {
        <div class="sig-field">
            <label for={id}>{label}<span class="sig-source">{source}</span></label>
            <input id={id} data-testid={id} type="text" autocomplete="off" spellcheck="false"
                value={value.to_owned()} oninput={on_text(on_change)} />
        </div>
    }
}

/// A vendor documenting no outbound signing: say so, and what receivers do instead (its declaration's words).
fn unsigned_note(decl: &UnsignedDecl) -> Html {
    let checker = signing_vendor().map(|v| {
        format!(
            " The {} checker below still works for {} requests.",
            v.display_name(),
            declaration(v).short_name
        )
    });
    html! {
        <div class="sig-gymos" role="note">
            <p><strong>{decl.summary}</strong>{" "}{decl.detail}</p>
            <p>{decl.advice}{checker}</p>
        </div>
    }
}
