//! The Perfect Gym signature checker: request id, signature and secret inputs, the verdict with the
//! usual-mistake diagnosis, receiver snippets, and a plain note when the payload is GymOS (unsigned).

use super::snippets::SignatureSnippets;
use super::verdict::VerdictView;
use crate::domain::analysis::Analysis;
use crate::domain::examples::signing_vendor;
use crate::domain::http::headers_named;
use crate::domain::schema::{declaration, Auth, UnsignedDecl};
use crate::domain::signature::{check, Missing, SignatureInputs, SIGNATURE_HEADER};
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
        |(fields, analysis, text)| {
            // The exact pasted bytes of the body, never a re-serialisation of the parsed JSON.
            let body = text
                .get(analysis.body_span.start..analysis.body_span.end)
                .filter(|body| !body.is_empty());
            check(&SignatureInputs {
                request_id: &fields.request_id,
                signature: &fields.signature,
                secret: &fields.secret,
                body,
            })
        },
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
    html! {
        <section class="signature panel" aria-labelledby="signature-heading">
            <div class="panel-head"><h2 id="signature-heading">{"Perfect Gym signature"}</h2></div>
            <p class="hint">
                {"PGM signs each request with "}<code>{"MD5(X-PerfectGym-Request + \":\" + secret)"}</code>
                {" in the "}<code>{SIGNATURE_HEADER}</code>{" header. Pasting a raw request fills in its two headers."}
            </p>
            if let Some(decl) = unsigned { { unsigned_note(&decl) } }
            <div class="sig-inputs">
                { text_field("request-id-input", "Request id", "X-PerfectGym-Request header", &fields.request_id, &props.on_request_id) }
                { text_field("signature-input", "Signature", "X-PerfectGym-Signature header", &fields.signature, &props.on_signature) }
                if unsigned_request {
                    <p class="sig-note" role="note">
                        <strong>{"This request has no X-PerfectGym-Signature header. "}</strong>
                        {Missing::Signature.explanation()}
                    </p>
                }
                { secret_field(&fields.secret, &secret_shown, &props.on_secret) }
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

/// A pasted raw request without the signature header: normal when the webhook has no secret.
fn request_lacks_signature(analysis: &Analysis) -> bool {
    analysis.request.as_ref().is_some_and(|request| {
        headers_named(&request.headers, SIGNATURE_HEADER)
            .next()
            .is_none()
    })
}

fn on_text(callback: &Callback<String>) -> Callback<InputEvent> {
    let callback = callback.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            callback.emit(input.value());
        }
    })
}

fn text_field(
    id: &'static str,
    label: &'static str,
    source: &'static str,
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

/// The secret's input, hidden unless the reader shows it.
fn secret_field(
    secret: &str,
    secret_shown: &UseStateHandle<bool>,
    on_secret: &Callback<String>,
) -> Html {
    let toggle = {
        let secret_shown = secret_shown.clone();
        Callback::from(move |_: MouseEvent| secret_shown.set(!*secret_shown))
    };
    html! {
        <div class="sig-field">
            <label for="secret-input">{"Webhook secret"}<span class="sig-source">{"configured on the webhook in Perfect Gym"}</span></label>
            <div class="sig-secret">
                <input
                    id="secret-input"
                    data-testid="secret-input"
                    type={if **secret_shown { "text" } else { "password" }}
                    autocomplete="off"
                    spellcheck="false"
                    value={secret.to_owned()}
                    oninput={on_text(on_secret)}
                />
                <button type="button" onclick={toggle} aria-controls="secret-input" aria-pressed={secret_shown.to_string()}>
                    {if **secret_shown { "Hide" } else { "Show" }}
                </button>
            </div>
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
