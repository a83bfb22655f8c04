//! "Copy share link": prepares the link (redacted unless the user opts out), says what it carries
//! before the click and after it, and copies it. A paste the page cannot redact is refused; a second,
//! explicit click shares it unredacted. The address bar and the history are never touched.

use super::share_note::{note, summary, Made, State};
use crate::domain::share::{self, prepare, GeneratorLink, Outcome, Prepared, ShareState};
use crate::ui::common::browser_io::copy_text;
use crate::ui::hooks::use_request;
use crate::ui::route::{Route, SharedLink};
use crate::ui::shell::shortcuts::Command;
use crate::ui::state::Request;
use crate::ui::Shared;
use gloo::timers::callback::Timeout;
use gloo::utils::window;
use std::rc::Rc;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub use super::share_note::kilobytes;

/// Pastes up to this size are prepared ahead, so the summary states what the link will carry; larger
/// ones are prepared on the click (it reads every delivery twice) and the report follows it.
pub const PREPARE_AHEAD_BYTES: usize = 64 * 1024;
/// Preparing waits for a pause in typing.
const PREPARE_DEBOUNCE_MS: u32 = 250;

#[derive(Properties, PartialEq)]
pub struct ShareControlProps {
    pub text: Shared<str>,
    pub selected: Option<String>,
    pub generator: GeneratorLink,
    /// The keyboard's requests: `s` makes a link as a click does.
    pub request: Request,
}

/// A prepared link and the text and selection it was prepared for.
#[derive(Clone, PartialEq)]
struct Ready {
    text: Shared<str>,
    selected: Option<String>,
    prepared: Rc<Prepared>,
}

fn ready_for(text: &Shared<str>, selected: &Option<String>) -> Option<Ready> {
    (text.len() <= PREPARE_AHEAD_BYTES && !text.trim().is_empty()).then(|| Ready {
        text: text.clone(),
        selected: selected.clone(),
        prepared: Rc::new(prepare(text, selected.as_deref())),
    })
}

#[component]
pub fn ShareControl(props: &ShareControlProps) -> Html {
    let redact_on = use_state(|| true);
    let ready = use_state(|| ready_for(&props.text, &props.selected));
    let made = use_state(|| None::<Made>);
    {
        // A new text makes the last note stale, and is prepared after a pause in typing.
        let (made, ready) = (made.clone(), ready.clone());
        use_effect_with(
            (props.text.clone(), props.selected.clone()),
            move |(text, selected)| {
                made.set(None);
                let (text, selected) = (text.clone(), selected.clone());
                let fresh = ready
                    .as_ref()
                    .is_some_and(|r| r.text == text && r.selected == selected);
                let timeout = (!fresh).then(|| {
                    Timeout::new(PREPARE_DEBOUNCE_MS, move || {
                        ready.set(ready_for(&text, &selected))
                    })
                });
                move || drop(timeout)
            },
        );
    }
    let current = ready
        .as_ref()
        .filter(|r| r.text == props.text && r.selected == props.selected)
        .map(|r| r.prepared.clone());
    let on_toggle = {
        let (redact_on, made) = (redact_on.clone(), made.clone());
        Callback::from(move |e: Event| {
            if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
                redact_on.set(input.checked());
                made.set(None);
            }
        })
    };
    let share = {
        let made = made.clone();
        let generator = props.generator;
        move |carried: String, selected: Option<String>, state: State| {
            let data = share::encode(&ShareState {
                text: carried,
                selected,
                generator: Some(generator),
            });
            let link = Route::Shared(SharedLink {
                data,
                legacy: false,
            });
            let url = format!("{}{}", page_address(), link.to_fragment());
            let made = made.clone();
            copy_text(
                url.clone(),
                Callback::from(move |copied: bool| {
                    made.set(Some(Made {
                        bytes: url.len(),
                        copied,
                        link: url.clone(),
                        state: state.clone(),
                    }))
                }),
            );
        }
    };
    let click = {
        let (share, made, redact_on) = (share.clone(), made.clone(), *redact_on);
        let (text, selected, current) =
            (props.text.clone(), props.selected.clone(), current.clone());
        let ready = ready.clone();
        Callback::from(move |()| {
            if !redact_on {
                return share(text.to_string(), selected.clone(), State::Plain);
            }
            // A paste too large to prepare ahead is prepared now; the summary then shows it too.
            let prepared = current.clone().unwrap_or_else(|| {
                let prepared = Rc::new(prepare(&text, selected.as_deref()));
                ready.set(Some(Ready {
                    text: text.clone(),
                    selected: selected.clone(),
                    prepared: prepared.clone(),
                }));
                prepared
            });
            match &prepared.outcome {
                Outcome::Redacted(_) => share(
                    prepared.text.clone(),
                    prepared.selected.clone(),
                    State::Prepared(prepared.clone()),
                ),
                Outcome::Refused(_) => made.set(Some(Made::refused(prepared.clone()))),
            }
        })
    };
    let onclick = click.reform(|_: MouseEvent| ());
    use_request(props.request, move |command| {
        if command == Command::Share {
            click.emit(());
        }
    });
    let on_unredacted = {
        let (text, selected) = (props.text.clone(), props.selected.clone());
        Callback::from(move |_: MouseEvent| {
            share(text.to_string(), selected.clone(), State::Unredacted)
        })
    };
    let empty = props.text.trim().is_empty();
    let state = match (*redact_on, current.as_ref().map(|p| &p.outcome)) {
        (false, _) => "off",
        (true, None) => "pending",
        (true, Some(Outcome::Redacted(_))) => "redacted",
        (true, Some(Outcome::Refused(_))) => "refused",
    };
    let refused_click = made.as_ref().is_some_and(Made::is_refusal);
    let fallback = made
        .as_ref()
        .filter(|m| !m.copied && !m.is_refusal())
        .map(|m| m.link.clone());
    html! {
        <div class="share" data-testid="share" data-state={state}>
            <div class="share-row">
                <button type="button" {onclick} disabled={empty} data-testid="share-button" aria-keyshortcuts={Command::Share.keys()}
                    title="Copy a link that opens this page as you see it (the payload travels in the link)">
                    {"Copy share link"}
                </button>
                <label class="share-redact">
                    <input type="checkbox" data-testid="share-redact" checked={*redact_on} onchange={on_toggle} />
                    {"Replace personal data, leave out signatures and credentials"}
                </label>
            </div>
            <p class="share-summary" data-testid="share-summary">{ summary(current.as_deref(), *redact_on, props.selected.as_deref(), props.text.len()) }</p>
            <p class="share-note" role="status" data-testid="share-note">{ note(made.as_ref()) }</p>
            if refused_click {
                <button type="button" class="share-unredacted" data-testid="share-unredacted" onclick={on_unredacted}>
                    {"Share it unredacted, personal data and credentials included"}
                </button>
            }
            if let Some(link) = fallback {
                <input class="share-link" data-testid="share-link" readonly=true value={link} aria-label="The share link" />
            }
        </div>
    }
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
