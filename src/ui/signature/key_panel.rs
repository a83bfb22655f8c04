//! The panel for a vendor that signs nothing and sends a static key (`Auth::StaticKey`): says so plainly,
//! compares the received key with the one typed (in constant time), and shows receiver code that checks
//! it. Every word about the scheme comes from the declaration.

use super::panel::{secret_field, text_field};
use super::snippets::SignatureSnippets;
use crate::domain::schema::{KeyDecl, Vendor};
use crate::domain::signature::{check_key, masked, visible, KeyInputs, KeyVerdict};
use crate::ui::state::SignatureFields;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeyPanelProps {
    pub vendor: Vendor,
    pub key_decl: &'static KeyDecl,
    /// `signature` holds the received key (filled from the pasted header), `secret` the typed one.
    pub fields: SignatureFields,
    #[prop_or_default]
    pub on_received: Callback<String>,
    #[prop_or_default]
    pub on_secret: Callback<String>,
}

#[component]
pub fn KeyPanel(props: &KeyPanelProps) -> Html {
    let shown = use_state(|| false);
    let k = props.key_decl;
    let fields = &props.fields;
    let verdict = check_key(&KeyInputs {
        received: &fields.signature,
        expected: &fields.secret,
    });
    let name = props.vendor.display_name();
    html! {
        <section class="signature panel" aria-labelledby="signature-heading" data-testid="key-panel">
            <div class="panel-head"><h2 id="signature-heading">{format!("{name}: no signature, a static key")}</h2></div>
            <p class="hint" data-testid="key-scheme">
                <strong>{format!("{name} signs nothing.")}</strong>{" It sends the same key in the "}<code>{k.header}</code>
                {" header on every delivery. "}{k.description}{" "}{k.notes}
            </p>
            <div class="sig-inputs">
                { text_field("key-received-input", "Received key", k.header, &fields.signature, &props.on_received) }
                { secret_field(("Your webhook key", "the key you were given"), &fields.secret, &props.on_secret, &shown) }
            </div>
            <p class="sig-private">{"Compared locally in this tab: the key stays in memory, never in the URL, browser storage or logs, and is never sent anywhere."}</p>
            { verdict_view(&verdict, k, &fields.secret, *shown) }
            <SignatureSnippets key_header={Some(k.header)} request_id={String::new()}
                signature={fields.signature.clone()} secret={fields.secret.clone()} secret_shown={*shown} />
        </section>
    }
}

fn verdict_view(verdict: &KeyVerdict, k: &KeyDecl, typed: &str, shown: bool) -> Html {
    let (headline, detail) = match verdict {
        KeyVerdict::Match => ("✓ The keys match".to_owned(), "Compare it in constant time in your receiver (as the code below does): a comparison that stops at the first difference tells an attacker how much of a guess was right.".to_owned()),
        KeyVerdict::Mismatch { slip: Some(slip) } => ("✗ The keys differ".to_owned(), slip.explanation().to_owned()),
        KeyVerdict::Mismatch { slip: None } => ("✗ The keys differ".to_owned(), "This delivery did not carry the key you typed: another studio's key, a key issued again after a re-activation, or a request that did not come from the vendor. Answer it as unauthenticated.".to_owned()),
        KeyVerdict::Incomplete { received, .. } => ("Not checked yet".to_owned(), if *received {
            "Type the key you were given to compare it.".to_owned()
        } else {
            format!("Paste a raw request with its {} header, or type the received value.", k.header)
        }),
    };
    let typed_shown = if shown { visible(typed) } else { masked(typed) };
    html! {
        <div class={classes!("sig-verdict", verdict.key())} data-testid="key-verdict" data-verdict={verdict.key()}
            data-diagnosis={match verdict { KeyVerdict::Mismatch { slip: Some(s) } => Some(s.key()), _ => None }}
            role="status" aria-live="polite">
            <p class="sig-headline">{headline}</p>
            <p class="sig-explain">{detail}</p>
            if !typed.is_empty() {
                <dl class="sig-facts"><div class="fact"><dt>{"Typed key"}</dt><dd><code>{typed_shown}</code></dd></div></dl>
            }
        </div>
    }
}
