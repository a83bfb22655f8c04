//! The page: header and navigation, the explorer (paste area, analysis) and the other views.
//! Owns the reducer, the debounced analysis effect and the URL-fragment listener.

use super::paste_area::PasteArea;
use super::reference::Reference;
use super::route::Route;
use super::state::{Action, AppState};
use super::{AnalysisPanel, GeneratorPanel, Shared, SignaturePanel};
use crate::domain::analysis::analyze;
use gloo::events::EventListener;
use gloo::timers::callback::Timeout;
use gloo::utils::window;
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
    {
        let dispatch = state.dispatcher();
        use_effect_with((), move |_| {
            let current =
                move || Route::from_fragment(&window().location().hash().unwrap_or_default());
            dispatch.dispatch(Action::Navigate(current()));
            let listener = EventListener::new(&window(), "hashchange", move |_| {
                dispatch.dispatch(Action::Navigate(current()))
            });
            move || drop(listener)
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
    let on_request_id = {
        let dispatch = state.dispatcher();
        Callback::from(move |value: String| dispatch.dispatch(Action::SetRequestId(value)))
    };
    let on_signature = {
        let dispatch = state.dispatcher();
        Callback::from(move |value: String| dispatch.dispatch(Action::SetSignature(value)))
    };
    let on_secret = {
        let dispatch = state.dispatcher();
        Callback::from(move |value: String| dispatch.dispatch(Action::SetSecret(value)))
    };
    let in_reference = matches!(state.route, Route::Reference { .. });
    let nav_link = |route: Route, label: &'static str, active: bool| {
        html! {
            <a href={route.to_fragment()} class={classes!(active.then_some("active"))} aria-current={active.then_some("page")}>{label}</a>
        }
    };

    html! {
        <>
            <header class="topbar">
                <div class="brand">
                    <span class="logo" aria-hidden="true">{"⟂"}</span>
                    <h1>{"gymhook"}</h1>
                    <span class="tagline">{"Perfect Gym & GymOS webhook explorer"}</span>
                </div>
                <nav class="views" aria-label="Views">
                    { nav_link(Route::Explorer, "Explorer", !in_reference) }
                    { nav_link(Route::Reference { anchor: None }, "Field reference", in_reference) }
                </nav>
                <p class="privacy">{"Runs entirely in this tab: nothing you paste or type is sent anywhere."}</p>
            </header>
            if let Route::Reference { anchor } = &state.route {
                <Reference anchor={anchor.clone()} />
            } else {
                <>
                <main class="workspace">
                    <div class="column">
                        <PasteArea text={state.text.clone()} on_edit={on_edit.clone()} textarea={textarea.clone()} share_error={state.share_error.clone()} />
                        <SignaturePanel
                            fields={state.signature.clone()}
                            analysis={Shared(state.analysis.clone())}
                            text={state.analyzed_text.clone()}
                            {on_request_id}
                            {on_signature}
                            {on_secret}
                        />
                    </div>
                    <AnalysisPanel
                        analysis={Shared(state.analysis.clone())}
                        text={state.analyzed_text.clone()}
                        stale={state.is_stale()}
                        selected={state.selected_path.clone()}
                        {on_select}
                        {textarea}
                        now={now_seconds()}
                    />
                </main>
                <GeneratorPanel secret={AttrValue::from(state.signature.secret.clone())} on_open={on_edit} />
                </>
            }
        </>
    }
}

/// The browser's clock, for relative times only; nothing the domain computes depends on it.
fn now_seconds() -> Option<i64> {
    const MS_PER_SECOND: f64 = 1000.0;
    // Natively (server-side rendering in tests) there is no browser clock to ask.
    cfg!(target_arch = "wasm32").then(|| (js_sys::Date::now() / MS_PER_SECOND) as i64)
}
