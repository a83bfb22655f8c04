//! The page: header and navigation, the explorer (paste area, analysis) and the other views.
//! Owns the reducer; its effects are the hooks in `hooks/` (analysis, URL fragment).

use super::hooks::{use_analysis, use_hash_route, WORKER_FROM_BYTES};
use super::paste_area::PasteArea;
use super::reference::Reference;
use super::route::Route;
use super::share_control::ShareControl;
use super::state::{Action, AppState};
use super::{AnalysisPanel, GeneratorPanel, Shared, SignaturePanel};
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(AppState::default);
    let textarea = use_node_ref();
    use_analysis(Shared(state.text.clone()), state.dispatcher());
    use_hash_route(state.dispatcher());

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
    let on_shared = {
        let dispatch = state.dispatcher();
        Callback::from(move |data: String| dispatch.dispatch(Action::Shared(data)))
    };
    let on_generator = {
        let dispatch = state.dispatcher();
        Callback::from(move |action| dispatch.dispatch(Action::Generator(action)))
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
                        <PasteArea text={Shared(state.text.clone())} on_edit={on_edit.clone()} textarea={textarea.clone()} share_error={state.share_error.clone()} />
                        <ShareControl
                            text={Shared(state.text.clone())}
                            analysis={Shared(state.analysis.clone())}
                            stale={state.is_stale()}
                            selected={state.selected_path.clone()}
                            generator={state.generator.link()}
                            {on_shared}
                        />
                        <SignaturePanel
                            fields={state.signature.clone()}
                            analysis={Shared(state.analysis.clone())}
                            text={Shared(state.analyzed_text.clone())}
                            {on_request_id}
                            {on_signature}
                            {on_secret}
                        />
                    </div>
                    <AnalysisPanel
                        analysis={Shared(state.analysis.clone())}
                        text={Shared(state.analyzed_text.clone())}
                        stale={state.is_stale()}
                        pending={(state.is_stale() && state.text.len() >= WORKER_FROM_BYTES).then_some(state.text.len())}
                        selected={state.selected_path.clone()}
                        {on_select}
                        {textarea}
                        now={now_seconds()}
                    />
                </main>
                <GeneratorPanel settings={state.generator.clone()} dispatch={on_generator} secret={AttrValue::from(state.signature.secret.clone())} on_open={on_edit} />
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
