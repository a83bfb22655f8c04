//! The page: header and navigation, the explorer (paste area, analysis) and the other views.
//! Owns the reducer; its effects are the hooks in `hooks/` (analysis, URL fragment).
//!
//! Layout: the analysis follows the paste area in the document, so on a narrow screen (one column) a paste
//! shows its result at once; on a wide one the stylesheet puts it in the right column beside both.

use super::batch::BatchView;
use super::explorer::paste_area::PasteArea;
use super::explorer::share_control::ShareControl;
use super::explorer::unwrap_offer::UnwrapOffer;
use super::export::ExportPage;
use super::hooks::{analysed_in_background, use_action, use_analysis, use_clock, use_hash_route};
use super::reference::Reference;
use super::route::{ExportView, Route};
use super::shell::brand::brand;
use super::shell::shortcuts::{use_shortcuts, HelpOverlay};
use super::shell::theme::ThemeToggle;
use super::state::{Action, AppState};
use super::{AnalysisPanel, GeneratorPanel, Shared, SignaturePanel};
use crate::domain::size::byte_size;
use gloo::utils::document;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{FocusOptions, HtmlElement};
use yew::prelude::*;

/// Focuses the element with this id (a heading with `tabindex="-1"`), scrolling to it unless `scroll` is false.
fn focus_id(id: &str, scroll: bool) {
    let Some(el) = document()
        .get_element_by_id(id)
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let options = FocusOptions::new();
    options.set_prevent_scroll(!scroll);
    let _ = el.focus_with_options(&options);
}

/// A skip link: moves the focus (not the URL fragment, which is the router's) to a heading.
fn skip_link(target: &'static str, label: &'static str) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus_id(target, true);
    });
    html! { <a class="skip-link" href={format!("#{target}")} {onclick}>{label}</a> }
}

#[component]
pub fn App() -> Html {
    let state = use_reducer(|| AppState {
        route: super::shell::takeover::opening_route(),
        ..AppState::default()
    });
    let textarea = use_node_ref();
    use_analysis(Shared(state.text.clone()), state.dispatcher());
    use_hash_route(state.dispatcher());
    use_clock(state.dispatcher());
    // Last of the first render's effects (children's run first): what was typed into the prerendered page.
    use_effect_with((), |_| super::shell::takeover::after());
    // The panic page offers the whole paste back, not only the 64 KB the field shows of a large one.
    use_effect_with(Shared(state.text.clone()), |text| {
        super::shell::panic_page::remember_text(text.0.clone())
    });

    // Callbacks made once: a new closure each render would re-render every child on every edit.
    let dispatch = state.dispatcher();
    let on_edit = use_action(dispatch.clone(), Action::Edit);
    let on_select = use_action(dispatch.clone(), Action::Select);
    let on_request_id = use_action(dispatch.clone(), Action::SetRequestId);
    let on_signature = use_action(dispatch.clone(), Action::SetSignature);
    let on_secret = use_action(dispatch.clone(), Action::SetSecret);
    let on_shared = use_action(dispatch.clone(), Action::Shared);
    let on_generator = use_action(dispatch.clone(), Action::Generator);
    let on_open_delivery = use_action(dispatch.clone(), Action::OpenDelivery);
    let on_back_to_batch = use_action(dispatch.clone(), |_: MouseEvent| Action::BackToBatch);
    // A paste of many deliveries (a log, an array, a HAR file) shows the batch view instead.
    let batch = use_memo(Shared(state.text.clone()), |text| {
        crate::domain::batch::split(text).map(Rc::new)
    });
    let in_reference = matches!(state.route, Route::Reference { .. });
    let in_export = matches!(state.route, Route::Export(_));
    let in_explorer = !in_reference && !in_export;
    let help = use_state(|| false);
    use_shortcuts(help.setter());
    let on_help_close = {
        let help = help.setter();
        Callback::from(move |()| help.set(false))
    };
    let on_help = {
        let help = help.setter();
        Callback::from(move |_: MouseEvent| help.set(true))
    };
    // Switching views moves the focus to the new view's heading, so keyboard and screen reader users land
    // in it rather than on the nav link. Not on the first render: a page load keeps the browser's focus.
    // A link to a reference entry or an export definition has already scrolled to it: the focus must not
    // scroll back up.
    {
        let mounted = use_mut_ref(|| false);
        let anchored = matches!(
            &state.route,
            Route::Reference { anchor: Some(_) }
                | Route::Export(ExportView {
                    definition: Some(_),
                    ..
                })
        );
        use_effect_with(
            (in_reference, in_export),
            move |&(in_reference, in_export)| {
                if std::mem::replace(&mut *mounted.borrow_mut(), true) {
                    let heading = if in_reference {
                        "reference-title"
                    } else if in_export {
                        "export-title"
                    } else {
                        "paste-heading"
                    };
                    focus_id(heading, !anchored);
                }
            },
        );
    }
    let nav_link = |route: Route, label: &'static str, active: bool| {
        html! {
            <a href={route.to_fragment()} class={classes!(active.then_some("active"))} aria-current={active.then_some("page")}>{label}</a>
        }
    };

    html! {
        <>
            <header class="topbar">
                if in_explorer {
                    <div class="skip-links">
                        { skip_link("analysis-heading", "Skip to analysis") }
                        { skip_link("generator-heading", "Skip to generator") }
                    </div>
                }
                { brand() }
                <nav class="views" aria-label="Views">
                    { nav_link(Route::Explorer, "Explorer", in_explorer) }
                    { nav_link(Route::Reference { anchor: None }, "Field reference", in_reference) }
                    { nav_link(Route::Export(ExportView::default()), "Schemas & types", in_export) }
                </nav>
                <div class="page-tools">
                    <ThemeToggle />
                    <button type="button" class="help-button" data-testid="help-button" aria-keyshortcuts="?" onclick={on_help}>
                        <span aria-hidden="true">{"⌨ "}</span>{"Shortcuts"}
                    </button>
                </div>
                <p class="privacy">{"Runs entirely in this tab: nothing you paste or type is sent anywhere."}</p>
            </header>
            if *help { <HelpOverlay on_close={on_help_close} /> }
            if let Route::Reference { anchor } = &state.route {
                <Reference anchor={anchor.clone()} />
            } else if let Route::Export(view) = &state.route {
                <ExportPage view={view.clone()} />
            } else {
                <>
                <main class="workspace">
                    <div class="column">
                        <PasteArea text={Shared(state.text.clone())} on_edit={on_edit.clone()} textarea={textarea.clone()} share_error={state.share_error.clone()} on_secret={on_secret.clone()} />
                        <ShareControl
                            text={Shared(state.text.clone())}
                            analysis={Shared(state.analysis.clone())}
                            stale={state.is_stale()}
                            selected={state.selected_path.clone()}
                            generator={state.generator.link()}
                            {on_shared}
                        />
                        <UnwrapOffer text={Shared(state.text.clone())} on_edit={on_edit.clone()} />
                        if let Some(from) = &state.batch_return {
                            <p class="batch-return">
                                <button type="button" data-testid="batch-back" onclick={on_back_to_batch}>
                                    { format!("← Back to the batch ({})", byte_size(from.len())) }
                                </button>
                            </p>
                        }
                    </div>
                    if let Some(batch) = &*batch {
                        <BatchView batch={Shared(batch.clone())} secret={AttrValue::from(state.signature.secret.clone())} on_open={on_open_delivery} />
                    } else {
                    <AnalysisPanel
                        analysis={Shared(state.analysis.clone())}
                        text={Shared(state.analyzed_text.clone())}
                        stale={state.is_stale()}
                        pending={(state.is_stale() && analysed_in_background(state.text.len())).then_some(state.text.len())}
                        selected={state.selected_path.clone()}
                        {on_select}
                        {textarea}
                        now={state.now}
                    />
                    }
                    <SignaturePanel
                        fields={state.signature.clone()}
                        analysis={Shared(state.analysis.clone())}
                        text={Shared(state.analyzed_text.clone())}
                        {on_request_id}
                        {on_signature}
                        {on_secret}
                    />
                </main>
                <GeneratorPanel settings={state.generator.clone()} dispatch={on_generator} secret={AttrValue::from(state.signature.secret.clone())} on_open={on_edit} />
                </>
            }
        </>
    }
}
