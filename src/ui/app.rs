//! The page: header and navigation, the explorer (paste area, analysis) and the other views.
//! Owns the reducer; its effects are the hooks in `hooks/` (analysis, URL fragment).

use super::hooks::{use_action, use_analysis, use_clock, use_hash_route, WORKER_FROM_BYTES};
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
    use_clock(state.dispatcher());

    // Callbacks made once: a new closure each render would re-render every child on every edit.
    let dispatch = state.dispatcher();
    let on_edit = use_action(dispatch.clone(), Action::Edit);
    let on_select = use_action(dispatch.clone(), Action::Select);
    let on_request_id = use_action(dispatch.clone(), Action::SetRequestId);
    let on_signature = use_action(dispatch.clone(), Action::SetSignature);
    let on_secret = use_action(dispatch.clone(), Action::SetSecret);
    let on_shared = use_action(dispatch.clone(), Action::Shared);
    let on_generator = use_action(dispatch.clone(), Action::Generator);
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
                        now={state.now}
                    />
                </main>
                <GeneratorPanel settings={state.generator.clone()} dispatch={on_generator} secret={AttrValue::from(state.signature.secret.clone())} on_open={on_edit} />
                </>
            }
        </>
    }
}
