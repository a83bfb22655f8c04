//! The result panel: vendor and event, the envelope summary, diagnostics and the typed view.
//! Its `data-*` attributes are the public test contract (`data-vendor`, `data-event`, counts).

use super::typed::TypedView;
use super::DiagnosticList;
use crate::domain::analysis::{Analysis, RequestInfo};
use crate::domain::capture::Response;
use crate::domain::diagnostic::Severity;
use crate::domain::formats::format_duration;
use crate::domain::schema::{declaration, Moment, Sample, VendorDecl};
use crate::domain::signature::{Missing, Verdict};
use crate::domain::size::byte_size;
use crate::domain::typed::{TypedObject, TypedValue};
use crate::ui::signature::typed_verdict;
use crate::ui::state::{Request, SignatureFields};
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct AnalysisPanelProps {
    pub analysis: Shared<Analysis>,
    /// The text the analysis describes (for mapping byte offsets to textarea selections).
    pub text: Shared<str>,
    pub stale: bool,
    /// The size of a large paste being analysed in the background (the panel still shows the last result).
    pub pending: Option<usize>,
    pub selected: Option<String>,
    pub on_select: Callback<Option<String>>,
    pub textarea: NodeRef,
    /// Seconds since the Unix epoch, for relative times; `None` hides them.
    pub now: Option<i64>,
    /// The keyboard's requests, for the diagnostics.
    pub request: Request,
    /// The signature checker's fields: with a secret typed, the summary states the verdict.
    #[prop_or_default]
    pub signature: SignatureFields,
}

#[component]
pub fn AnalysisPanel(props: &AnalysisPanelProps) -> Html {
    let a = &props.analysis;
    let event = a.event_name.clone().unwrap_or_default();
    let verdict = use_memo(
        (props.signature.clone(), a.clone(), props.text.clone()),
        |(fields, analysis, text)| {
            let signed = analysis
                .vendor()
                .is_none_or(|v| declaration(v).auth.signing().is_some());
            (signed && !fields.secret.is_empty()).then(|| typed_verdict(fields, analysis, text))
        },
    );
    html! {
        <section
            class={classes!("analysis", "panel", props.stale.then_some("stale"))}
            data-testid="analysis"
            data-vendor={a.vendor_slug()}
            data-event={event}
            data-known-event={a.known_event().to_string()}
            data-errors={a.count(Severity::Error).to_string()}
            data-warnings={a.count(Severity::Warning).to_string()}
            aria-busy={props.stale.to_string()}
            aria-labelledby="analysis-heading"
        >
            // The "Skip to analysis" link focuses this heading (hence tabindex -1).
            <div class="panel-head"><h2 id="analysis-heading" tabindex="-1">{"Analysis"}</h2></div>
            if let Some(bytes) = props.pending {
                <p class="analysing" role="status" data-testid="analysing">
                    <span class="spinner" aria-hidden="true"></span>
                    { format!("Analysing {} in the background; until it is done, what follows describes the previous paste.", byte_size(bytes)) }
                </p>
            }
            // Only the summary is a live region: a screen reader hears "GymOS, Session Booked, 2 errors",
            // not every row of the typed view.
            <div class="summary-live" aria-live="polite">
                { summary(a) }
                if let Some(verdict) = &*verdict { { signature_line(verdict) } }
            </div>
            if let Some(req) = &a.request { { request_summary(req) } }
            if let Some(answer) = &a.response { { answer_summary(answer) } }
            <DiagnosticList
                analysis={a.clone()}
                text={props.text.clone()}
                on_select={props.on_select.clone()}
                textarea={props.textarea.clone()}
                request={props.request}
            />
            <TypedView analysis={a.clone()} selected={props.selected.clone()} on_select={props.on_select.clone()} now={props.now} />
        </section>
    }
}

fn summary(a: &Analysis) -> Html {
    if a.is_empty_input() {
        return html! { <p class="empty-state">{"Paste a payload, or load an example, to see it explained field by field."}</p> };
    }
    let Some(detection) = &a.detection else {
        return html! {};
    };
    let vendor = a
        .vendor()
        .map(|v| v.display_name())
        .unwrap_or("Unknown vendor");
    let event = match (&a.event_name, a.event.event()) {
        (Some(name), Some(decl)) => html! {
            <span class="event known" title={decl.description}>{name}
                <span class={classes!("prov", decl.provenance.key())}>{decl.provenance.label()}</span></span>
        },
        (Some(name), None) => {
            html! { <span class="event unknown">{name}<span class="tag warn">{"unknown event"}</span></span> }
        }
        (None, _) => html! { <span class="event none">{"no event name"}</span> },
    };
    html! {
        <div class="summary">
            <div class="headline">
                <span class={classes!("vendor-badge", a.vendor_slug())}>{vendor}</span>
                if a.vendor().is_some() { {event} }
            </div>
            <p class="detection">{detection.explanation()}</p>
            if let Some(identity) = a.vendor().and_then(|v| declaration(v).identity) {
                <p class="detection" data-testid="vendor-identity">{identity}</p>
            }
            if let (Some(root), Some(v)) = (&a.root, a.vendor()) { { envelope_facts(a, root, declaration(v)) } }
        </div>
    }
}

/// With a secret typed, the summary says whether the signature holds, so "no problems found" about the
/// fields never stands alone at the top while the delivery is forged.
fn signature_line(verdict: &Verdict) -> Html {
    let text = match verdict {
        Verdict::Valid { .. } => {
            "✓ Signature valid: it is the MD5 of the request id and the secret typed.".to_owned()
        }
        Verdict::Invalid { .. } => {
            "✗ Signature does not match the secret typed: the signature checker says the likely cause."
                .to_owned()
        }
        Verdict::Incomplete { missing } => {
            let missing: Vec<String> = missing
                .iter()
                .filter(|m| **m != Missing::Secret)
                .map(|m| m.label())
                .collect();
            format!("Signature not checked: no {}.", missing.join(" and no "))
        }
    };
    html! {
        <p class={classes!("summary-signature", verdict.key())} data-testid="summary-signature" data-verdict={verdict.key()}>
            {text}
        </p>
    }
}

/// GymOS envelope: who sent it, about whom, and how long the webhook took to leave after the event.
/// The fields are found by what the declaration says they hold, so no vendor's spelling is written here:
/// in the envelope, or in the object naming the event (a PerfectGym Next payload element).
fn envelope_facts(a: &Analysis, root: &TypedObject, decl: &'static VendorDecl) -> Html {
    let holder = root.holder(decl.event_in);
    let value = |name: Option<&str>| {
        name.and_then(|n| root.get(n).or_else(|| holder.and_then(|h| h.get(n))))
            .map(|f| &f.value)
    };
    let holding = |sample| {
        decl.envelope_field(sample)
            .or_else(|| {
                let fields: &'static [crate::domain::schema::FieldDecl] =
                    decl.event_holder().fields;
                fields.iter().find(|f| f.sample == sample)
            })
            .map(|f| f.name)
    };
    let text = |name: Option<&str>| match value(name) {
        // A fact is a line: a megabyte in a name field would freeze the summary (the typed view has it all).
        Some(TypedValue::Text(t)) if !t.is_empty() => Some(shortened(t)),
        _ => None,
    };
    let client = text(holding(Sample::TradingName)).or_else(|| text(holding(Sample::BusinessName)));
    let occurred = a.time(Moment::Event);
    let sent = a.time(Moment::Delivery);
    let delay = occurred
        .zip(sent)
        .map(|(o, s)| format_duration(s.unix_seconds() - o.unix_seconds()));
    let fact = |label: &'static str, value: Option<String>| {
        value
            .map(|v| html! { <div class="fact"><dt>{label}</dt><dd>{v}</dd></div> })
            .unwrap_or_default()
    };
    html! {
        <dl class="facts">
            { fact("Client", client) }
            { fact("Subject type", text(decl.subject_type_field)) }
            { fact("Event time (UTC)", occurred.map(|t| t.to_utc_string())) }
            { fact("Webhook time (UTC)", sent.map(|t| t.to_utc_string())) }
            { fact("Delay", delay) }
        </dl>
    }
}

/// The receiver's answer the paste shows (curl -v, a TCP stream, a HAR entry): never read as a webhook.
fn answer_summary(r: &Response) -> Html {
    let status = format!("{} {}", r.status, r.reason);
    html! {
        <details class="request answer" open=true data-testid="answer" data-status={r.status.to_string()}>
            <summary>{"The receiver's answer"}<code>{status.trim_end().to_owned()}</code></summary>
            <dl class="headers">
                { for r.headers.iter().enumerate().map(|(i, (n, v))| html! { <div key={i} class="fact"><dt>{n}</dt><dd><code>{v}</code></dd></div> }) }
            </dl>
            if let Some(body) = &r.body { <pre class="answer-body"><code>{ shortened(body) }</code></pre> }
        </details>
    }
}

/// An answer's body as shown: its first `ANSWER_SHOWN` characters (a receiver may echo megabytes).
fn shortened(body: &str) -> String {
    match body.char_indices().nth(ANSWER_SHOWN) {
        Some((cut, _)) => format!(
            "{}… ({} characters)",
            body.get(..cut).unwrap_or_default(),
            body.chars().count()
        ),
        None => body.to_owned(),
    }
}

/// Characters of an answer's body shown.
const ANSWER_SHOWN: usize = 1000;

fn request_summary(req: &RequestInfo) -> Html {
    let line = [req.method.as_deref(), req.target.as_deref()]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ");
    html! {
        <details class="request" open=true>
            <summary>{"HTTP request"} if !line.is_empty() { <code>{line}</code> }</summary>
            <dl class="headers">
                { for req.headers.iter().enumerate().map(|(i, (n, v))| html! { <div key={i} class="fact"><dt>{n}</dt><dd><code>{v}</code></dd></div> }) }
            </dl>
        </details>
    }
}
