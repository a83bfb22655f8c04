//! "Copy share link": says what the link will carry, makes it (redacted unless the user opts out), puts
//! it in the address bar and the clipboard, and reports its length. The secret never enters the link.

use crate::domain::analysis::{analyze, Analysis};
use crate::domain::share::{self, preview, redact, GeneratorLink, Redacted, ShareState};
use crate::ui::common::browser_io::copy_text;
use crate::ui::route::{Route, SharedLink};
use crate::ui::Shared;
use gloo::utils::window;
use std::rc::Rc;
use wasm_bindgen::JsValue;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Links longer than this are cut by some chat and mail clients; the user is told, not stopped.
const LONG_LINK_BYTES: usize = 8 * 1024;
const BYTES_PER_KB: usize = 1024;

/// `1.2 KB`: in integer tenths, as formatting an f64 would link the float printer (kilobytes of wasm) for
/// one digit. Shared with the Export view's file sizes.
pub fn kilobytes(bytes: usize) -> String {
    let tenths = bytes.saturating_mul(10) / BYTES_PER_KB;
    format!("{}.{} KB", tenths / 10, tenths % 10)
}

#[derive(Properties, PartialEq)]
pub struct ShareControlProps {
    pub text: Shared<str>,
    /// The latest analysis; `stale` when it describes an older text.
    pub analysis: Shared<Analysis>,
    pub stale: bool,
    pub selected: Option<String>,
    pub generator: GeneratorLink,
    /// Tells the page which link it made, so meeting that link again never overwrites later edits.
    pub on_shared: Callback<String>,
}

#[derive(Clone, PartialEq)]
struct Made {
    bytes: usize,
    copied: bool,
    in_address_bar: bool,
    redacted: Option<Rc<Redacted>>,
}

#[component]
pub fn ShareControl(props: &ShareControlProps) -> Html {
    let redact_on = use_state(|| true);
    let made = use_state(|| None::<Made>);
    {
        // A new text makes the last note stale.
        let made = made.clone();
        use_effect_with(props.text.clone(), move |_| made.set(None));
    }
    let counts = use_memo(props.analysis.clone(), |a| preview(a));
    let on_toggle = {
        let redact_on = redact_on.clone();
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                redact_on.set(input.checked());
            }
        })
    };
    let onclick = {
        let (made, redact_on) = (made.clone(), *redact_on);
        let (text, analysis, stale) = (props.text.clone(), props.analysis.clone(), props.stale);
        let (selected, generator) = (props.selected.clone(), props.generator);
        let on_shared = props.on_shared.clone();
        Callback::from(move |_: MouseEvent| {
            let (text, redacted) = shared_text(&text, &analysis, stale, redact_on);
            let data = share::encode(&ShareState {
                text,
                selected: selected.clone(),
                generator: Some(generator),
            });
            let link = Route::Shared(SharedLink {
                data: data.clone(),
                legacy: false,
            });
            let url = format!("{}{}", page_address(), link.to_fragment());
            on_shared.emit(data);
            let in_address_bar = window()
                .history()
                .and_then(|h| h.replace_state_with_url(&JsValue::NULL, "", Some(&url)))
                .is_ok();
            let bytes = url.len();
            let made = made.clone();
            copy_text(
                url,
                Callback::from(move |copied: bool| {
                    made.set(Some(Made {
                        bytes,
                        copied,
                        in_address_bar,
                        redacted: redacted.clone(),
                    }))
                }),
            );
        })
    };
    let empty = props.text.trim().is_empty();
    html! {
        <div class="share" data-testid="share">
            <div class="share-row">
                <button type="button" {onclick} disabled={empty} data-testid="share-button"
                    title="Copy a link that opens this page as you see it (the payload travels in the link)">
                    {"Copy share link"}
                </button>
                <label class="share-redact">
                    <input type="checkbox" data-testid="share-redact" checked={*redact_on} onchange={on_toggle} />
                    {"Replace personal data, leave out signatures and credentials"}
                </label>
            </div>
            <p class="share-summary">{ summary(&counts, *redact_on, props.selected.as_deref()) }</p>
            <p class="share-note" role="status" data-testid="share-note">{ note(made.as_ref()) }</p>
        </div>
    }
}

/// The paste as the link will carry it. The shown analysis is reused when it describes this text.
fn shared_text(
    text: &str,
    analysis: &Analysis,
    stale: bool,
    redact_on: bool,
) -> (String, Option<Rc<Redacted>>) {
    if !redact_on {
        return (text.to_owned(), None);
    }
    let fresh;
    let analysis = if stale {
        fresh = analyze(text);
        &fresh
    } else {
        analysis
    };
    let redacted = redact(text, analysis);
    (redacted.text.clone(), Some(Rc::new(redacted)))
}

/// The page's own address without its fragment: the link works wherever the page is hosted.
fn page_address() -> String {
    let location = window().location();
    format!(
        "{}{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    )
}

fn summary(counts: &share::Preview, redact_on: bool, selected: Option<&str>) -> String {
    let mut parts = vec![if !redact_on {
        "the paste exactly as it is, personal data and signatures included".to_owned()
    } else {
        match (counts.personal, counts.credentials.as_slice()) {
            (0, []) => "the paste (it holds no personal data the documents describe)".to_owned(),
            (n, []) => format!("the paste with {n} personal value{} replaced by fictional ones", plural(n)),
            (0, names) => format!("the paste without its {} header", names.join(", ")),
            (n, names) => format!(
                "the paste with {n} personal value{} replaced by fictional ones and without its {} header",
                plural(n),
                names.join(", ")
            ),
        }
    }];
    if let Some(path) = selected {
        parts.push(format!("the selection ({path})"));
    }
    parts.push("the example generator's settings".to_owned());
    let free_text = if redact_on && counts.personal > 0 {
        " Free-text notes are kept as sent: read them before you share."
    } else {
        ""
    };
    format!(
        "The link will carry {}. Never the secret.{free_text}",
        parts.join(", ")
    )
}

fn note(made: Option<&Made>) -> String {
    let Some(made) = made else {
        return String::new();
    };
    let size = kilobytes(made.bytes);
    let mut out = match (made.copied, made.in_address_bar) {
        (true, _) => format!("Link copied ({size})."),
        (false, true) => {
            format!("The link ({size}) is in the address bar: the clipboard is not available here.")
        }
        (false, false) => {
            "This browser would neither update the address nor copy the link.".to_owned()
        }
    };
    if let Some(r) = &made.redacted {
        if !r.replaced.is_empty() || r.mentions > 0 {
            out.push_str(&format!(
                " {} personal value{} replaced",
                r.replaced.len(),
                plural(r.replaced.len())
            ));
            if r.mentions > 0 {
                out.push_str(&format!(
                    ", {} mention{} in other text",
                    r.mentions,
                    plural(r.mentions)
                ));
            }
            out.push('.');
        }
        if !r.removed_headers.is_empty() {
            out.push_str(&format!(" Left out: {}.", r.removed_headers.join(", ")));
        }
        if !r.masked_params.is_empty() {
            out.push_str(&format!(
                " Masked in the URL: {}.",
                r.masked_params.join(", ")
            ));
        }
        if !r.kept.is_empty() {
            out.push_str(&format!(
                " Kept as sent because a diagnostic points at {}: {}.",
                if r.kept.len() == 1 { "it" } else { "them" },
                r.kept.join(", ")
            ));
        }
    }
    if made.bytes > LONG_LINK_BYTES {
        out.push_str(" Some chat apps and trackers cut links longer than 8 KB: attach the payload instead if this one breaks.");
    }
    out
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}
