//! The verdict on the entered signature: a headline, the diagnosis or what is missing, and the exact
//! hashed string (invisible characters shown, the secret masked while hidden) next to both hexes.

use crate::domain::signature::{
    masked, no_match_explanation, visible, Missing, Verdict, SEPARATOR,
};
use crate::ui::common::marks::marked;
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct VerdictViewProps {
    /// Memoised by the panel: the same verdict is the same allocation, so comparing props is free.
    pub verdict: Shared<Verdict>,
    pub request_id: String,
    pub signature: String,
    pub secret: String,
    #[prop_or_default]
    pub secret_shown: bool,
    /// The panel already explains the missing signature header next to the input.
    #[prop_or_default]
    pub skip_signature_explanation: bool,
}

#[component]
pub fn VerdictView(props: &VerdictViewProps) -> Html {
    let verdict: &Verdict = &props.verdict;
    let diagnosis = match verdict {
        Verdict::Invalid {
            diagnosis: Some(diagnosis),
            ..
        } => Some(diagnosis),
        _ => None,
    };
    let (computed, body) = match verdict {
        Verdict::Valid { computed } => (Some(computed), valid_body(computed, &props.signature)),
        Verdict::Invalid { computed, .. } => (Some(computed), invalid_body(verdict)),
        Verdict::Incomplete { missing } => (None, incomplete_body(missing, props)),
    };
    html! {
        <div
            class={classes!("sig-verdict", verdict.key())}
            data-testid="signature-verdict"
            data-verdict={verdict.key()}
            data-diagnosis={diagnosis.map(|d| d.key())}
            role="status"
            aria-live="polite"
        >
            {body}
            <dl class="sig-facts">
                <div class="fact">
                    <dt>{"Hashed string"}<span class="sig-source">{"the exact MD5 input, with invisible characters marked"}</span></dt>
                    <dd><code class="sig-hashed" data-testid="signature-hashed">{ hashed_parts(props) }</code></dd>
                </div>
                <div class="fact">
                    <dt>{"Computed MD5"}</dt>
                    <dd><code data-testid="signature-computed">{computed.cloned().unwrap_or_else(|| "—".to_owned())}</code></dd>
                </div>
                <div class="fact">
                    <dt>{"Received signature"}</dt>
                    <dd><code>{ marked(&shown_or_dash(&props.signature)) }</code></dd>
                </div>
            </dl>
        </div>
    }
}

fn valid_body(computed: &str, given: &str) -> Html {
    html! {
        <>
            <p class="sig-headline">{"✓ Valid signature"}</p>
            if computed != given {
                <p class="sig-explain">{"Only the letter case differs. PGM does not document the case of its hex, so compare case-insensitively (as here)."}</p>
            }
        </>
    }
}

fn invalid_body(verdict: &Verdict) -> Html {
    let detail = match verdict {
        Verdict::Invalid {
            diagnosis: Some(diagnosis),
            ..
        } => html! {
            <div class="sig-diagnosis">
                <p class="sig-cause">{"Likely cause: "}<strong>{diagnosis.title()}</strong></p>
                <p class="sig-explain">{ marked(&diagnosis.explanation()) }</p>
            </div>
        },
        _ => html! { <p class="sig-explain">{no_match_explanation()}</p> },
    };
    html! {
        <>
            <p class="sig-headline">{"✗ Does not match"}</p>
            {detail}
        </>
    }
}

fn incomplete_body(missing: &[Missing], props: &VerdictViewProps) -> Html {
    let item = |m: &Missing| {
        // The panel already says why a pasted request carries no signature, right by its input.
        let explain = !(props.skip_signature_explanation && *m == Missing::Signature);
        html! {
            <li key={m.key()}><strong>{m.label()}</strong> if explain { {": "}{m.explanation()} }</li>
        }
    };
    html! {
        <>
            <p class="sig-headline">{"Not checked yet"}</p>
            <ul class="sig-missing" aria-label="Missing">{ for missing.iter().map(item) }</ul>
        </>
    }
}

/// Request id, separator and secret as three spans, so each part's stray characters stand out.
fn hashed_parts(props: &VerdictViewProps) -> Html {
    let part = |value: &str, shown: String, placeholder: &'static str| {
        if value.is_empty() {
            html! { <span class="sig-placeholder">{placeholder}</span> }
        } else {
            html! { <span class="sig-part">{ marked(&shown) }</span> }
        }
    };
    let secret = if props.secret_shown {
        visible(&props.secret)
    } else {
        masked(&props.secret)
    };
    html! {
        <>
            { part(&props.request_id, visible(&props.request_id), "<request id>") }
            <span class="sig-sep">{SEPARATOR}</span>
            { part(&props.secret, secret, "<secret>") }
        </>
    }
}

fn shown_or_dash(value: &str) -> String {
    if value.is_empty() {
        "—".to_owned()
    } else {
        visible(value)
    }
}
