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

/// The link prepared ahead for the current text and selection: a new text clears the last note
/// (`made`) and is prepared after a pause in typing. The prepared link is returned only while it is
/// the current text's.
#[hook]
fn use_ready(
    text: &Shared<str>,
    selected: &Option<String>,
    made: &UseStateHandle<Option<Made>>,
) -> (UseStateHandle<Option<Ready>>, Option<Rc<Prepared>>) {
    let ready = use_state(|| ready_for(text, selected));
    {
        let (made, ready) = (made.clone(), ready.clone());
        use_effect_with((text.clone(), selected.clone()), move |(text, selected)| {
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
        });
    }
    let current = ready
        .as_ref()
        .filter(|r| r.text == *text && r.selected == *selected)
        .map(|r| r.prepared.clone());
    (ready, current)
}

/// Makes links: encodes what is carried, copies the link, and leaves the note of what happened.
#[derive(Clone)]
struct Sharer {
    made: UseStateHandle<Option<Made>>,
    generator: GeneratorLink,
}

impl Sharer {
    fn share(&self, carried: String, selected: Option<String>, state: State) {
        let data = share::encode(&ShareState {
            text: carried,
            selected,
            generator: Some(self.generator),
        });
        let link = Route::Shared(SharedLink {
            data,
            legacy: false,
        });
        let url = format!("{}{}", page_address(), link.to_fragment());
        let made = self.made.clone();
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

    /// A prepared link is shared redacted, or refused with a note that offers the unredacted one.
    fn share_prepared(&self, prepared: Rc<Prepared>) {
        match &prepared.outcome {
            Outcome::Redacted(_) => self.share(
                prepared.text.clone(),
                prepared.selected.clone(),
                State::Prepared(prepared.clone()),
            ),
            Outcome::Refused(_) => self.made.set(Some(Made::refused(prepared.clone()))),
        }
    }
}

/// The redaction checkbox: turning it either way makes the last note stale.
fn on_toggle(
    redact_on: &UseStateHandle<bool>,
    made: &UseStateHandle<Option<Made>>,
) -> Callback<Event> {
    let (redact_on, made) = (redact_on.clone(), made.clone());
    Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            redact_on.set(input.checked());
            made.set(None);
        }
    })
}

/// The control's `data-state`: what a click would share.
fn state_name(redact_on: bool, current: Option<&Prepared>) -> &'static str {
    match (redact_on, current.map(|p| &p.outcome)) {
        (false, _) => "off",
        (true, None) => "pending",
        (true, Some(Outcome::Redacted(_))) => "redacted",
        (true, Some(Outcome::Refused(_))) => "refused",
    }
}

#[component]
pub fn ShareControl(props: &ShareControlProps) -> Html {
    let redact_on = use_state(|| true);
    let made = use_state(|| None::<Made>);
    let (ready, current) = use_ready(&props.text, &props.selected, &made);
    let sharer = Sharer {
        made: made.clone(),
        generator: props.generator,
    };
    let click = {
        let (sharer, redact_on, ready) = (sharer.clone(), *redact_on, ready.clone());
        let (text, selected, current) =
            (props.text.clone(), props.selected.clone(), current.clone());
        Callback::from(move |()| {
            if !redact_on {
                return sharer.share(text.to_string(), selected.clone(), State::Plain);
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
            sharer.share_prepared(prepared);
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
            sharer.share(text.to_string(), selected.clone(), State::Unredacted)
        })
    };
    let empty = props.text.trim().is_empty();
    let state = state_name(*redact_on, current.as_deref());
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
                    <input type="checkbox" data-testid="share-redact" checked={*redact_on} onchange={on_toggle(&redact_on, &made)} />
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
