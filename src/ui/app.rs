//! The page: owns the reducer, runs the page's effects (the hooks in `hooks/`: analysis, URL fragment,
//! clock, shortcuts, focus on a change of view), and hands the route to one `switch`.

use super::explorer::page::{explorer, use_explorer_actions, ExplorerActions};
use super::export::ExportPage;
use super::hooks::{use_analysis, use_clock, use_hash_route, use_view_focus};
use super::reference::Reference;
use super::route::Route;
use super::shell::shortcuts::{use_shortcuts, HelpOverlay};
use super::shell::top_bar::top_bar;
use super::shell::{panic_page, takeover};
use super::state::{Action, AppState};
use super::Shared;
use crate::domain::batch::split;
use crate::domain::capture::Capture;
use std::rc::Rc;
use yew::prelude::*;

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState {
        route: takeover::opening_route(),
        ..AppState::default()
    });
    let textarea = use_node_ref();
    let dispatch = state.dispatcher();
    use_analysis(Shared(state.text.clone()), dispatch.clone());
    use_hash_route(dispatch.clone());
    use_clock(dispatch.clone());
    use_shortcuts(dispatch.clone());
    use_view_focus(&state.route);
    // Last of the first render's effects (children's run first): what was typed into the prerendered page.
    use_effect_with((), |_| takeover::after());
    // The panic page offers the whole paste back, not only the 64 KB the field shows of a large one.
    use_effect_with(Shared(state.text.clone()), |text| {
        panic_page::remember_text(text.0.clone())
    });
    let actions = use_explorer_actions(dispatch.clone());
    // Split once per text, here: leaving the explorer and coming back does not split a large paste again.
    let batch = use_memo(Shared(state.text.clone()), |text| split(text).map(Rc::new));
    let on_help = use_callback(dispatch.clone(), |_: MouseEvent, dispatch| {
        dispatch.dispatch(Action::Help(true))
    });
    let on_help_close = use_callback(dispatch, |(), dispatch| {
        dispatch.dispatch(Action::Help(false))
    });
    html! {
        <>
            { top_bar(state.route.view(), state.request, on_help) }
            if state.help { <HelpOverlay on_close={on_help_close} /> }
            { switch(&state, batch.as_ref().as_ref(), &actions, &textarea) }
        </>
    }
}

/// The view the route names.
fn switch(
    state: &AppState,
    batch: Option<&Rc<Capture>>,
    actions: &ExplorerActions,
    textarea: &NodeRef,
) -> Html {
    match &state.route {
        Route::Reference { anchor } => html! { <Reference anchor={anchor.clone()} /> },
        Route::Export(view) => html! { <ExportPage view={view.clone()} /> },
        Route::Explorer | Route::Shared(_) => explorer(state, batch, actions, textarea),
    }
}
