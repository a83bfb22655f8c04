//! The page: header, paste area, analysis panel. Owns the reducer and the debounced analysis effect.

use super::paste_area::PasteArea;
use super::state::{Action, AppState};
use super::{AnalysisPanel, Shared};
use crate::domain::analysis::analyze;
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// Small pastes are analysed on the next tick; large ones wait until typing pauses so keys stay responsive.
const LARGE_INPUT_BYTES: usize = 64 * 1024;
const LARGE_INPUT_DEBOUNCE_MS: u32 = 200;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let textarea = use_node_ref();

    {
        let dispatch = state.dispatcher();
        use_effect_with(state.text.clone(), move |text: &Rc<str>| {
            let text = text.clone();
            let delay = if text.len() > LARGE_INPUT_BYTES {
                LARGE_INPUT_DEBOUNCE_MS
            } else {
                0
            };
            let timeout = Timeout::new(delay, move || {
                let analysis = Rc::new(analyze(&text));
                dispatch.dispatch(Action::Analyzed { text, analysis });
            });
            // Dropping the Timeout cancels it, so only the last edit of a burst is analysed.
            move || drop(timeout)
        });
    }

    let on_edit = {
        let dispatch = state.dispatcher();
        Callback::from(move |text: String| dispatch.dispatch(Action::Edit(text)))
    };
    let on_select = {
        let dispatch = state.dispatcher();
        Callback::from(move |path: Option<String>| dispatch.dispatch(Action::Select(path)))
    };

    html! {
        <>
            <header class="topbar">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{"⟂"}</span>
                    <h1>{"gymhook"}</h1>
                    <span class="tagline">{"Perfect Gym & GymOS webhook explorer"}</span>
                </div>
                <p class="privacy">{"Everything runs in this tab: nothing you paste or type is sent anywhere."}</p>
            </header>
            <main class="workspace">
                <PasteArea text={state.text.clone()} {on_edit} textarea={textarea.clone()} />
                <AnalysisPanel
                    analysis={Shared(state.analysis.clone())}
                    text={state.analyzed_text.clone()}
                    stale={state.is_stale()}
                    selected={state.selected_path.clone()}
                    {on_select}
                    {textarea}
                />
            </main>
        </>
    }
}
