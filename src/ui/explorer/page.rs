//! The explorer view: the paste column (paste area, share control, unwrap offer, the way back to a batch),
//! the batch view or the analysis, the signature checker, and the generator below.
//!
//! Layout: the analysis follows the paste area in the document, so on a narrow screen (one column) a paste
//! shows its result at once; on a wide one the stylesheet puts it in the right column beside both.

use super::paste_area::PasteArea;
use super::share_control::ShareControl;
use super::unwrap_offer::UnwrapOffer;
use super::AnalysisPanel;
use crate::domain::capture::Capture;
use crate::domain::size::byte_size;
use crate::ui::batch::BatchView;
use crate::ui::generator::state::GeneratorAction;
use crate::ui::generator::GeneratorPanel;
use crate::ui::hooks::{analysed_in_background, use_action};
use crate::ui::signature::SignaturePanel;
use crate::ui::state::{Action, AppState};
use crate::ui::Shared;
use std::rc::Rc;
use yew::prelude::*;

/// The explorer's callbacks, made once per page: a new closure each render would re-render every child
/// on every edit.
pub struct ExplorerActions {
    on_edit: Callback<String>,
    on_select: Callback<Option<String>>,
    on_request_id: Callback<String>,
    on_signature: Callback<String>,
    on_secret: Callback<String>,
    on_generator: Callback<GeneratorAction>,
    on_open_delivery: Callback<String>,
    on_back_to_batch: Callback<MouseEvent>,
}

#[hook]
pub fn use_explorer_actions(dispatch: UseReducerDispatcher<AppState>) -> ExplorerActions {
    ExplorerActions {
        on_edit: use_action(dispatch.clone(), Action::Edit),
        on_select: use_action(dispatch.clone(), Action::Select),
        on_request_id: use_action(dispatch.clone(), Action::SetRequestId),
        on_signature: use_action(dispatch.clone(), Action::SetSignature),
        on_secret: use_action(dispatch.clone(), Action::SetSecret),
        on_generator: use_action(dispatch.clone(), Action::Generator),
        on_open_delivery: use_action(dispatch.clone(), Action::OpenDelivery),
        on_back_to_batch: use_action(dispatch, |_: MouseEvent| Action::BackToBatch),
    }
}

/// A paste of many deliveries (a log, an array, a HAR file) shows the batch view instead of the analysis.
pub fn explorer(
    state: &AppState,
    batch: Option<&Rc<Capture>>,
    on: &ExplorerActions,
    textarea: &NodeRef,
) -> Html {
    let secret = AttrValue::from(state.signature.secret.clone());
    let result = match batch {
        Some(batch) => html! {
            <BatchView batch={Shared(batch.clone())} secret={secret.clone()} on_open={on.on_open_delivery.clone()} />
        },
        None => html! {
            <AnalysisPanel
                analysis={Shared(state.analysis.clone())}
                text={Shared(state.analyzed_text.clone())}
                stale={state.is_stale()}
                pending={(state.is_stale() && analysed_in_background(state.text.len())).then_some(state.text.len())}
                selected={state.selected_path.clone()}
                on_select={on.on_select.clone()}
                textarea={textarea.clone()}
                now={state.now}
                request={state.request}
                signature={state.signature.clone()}
            />
        },
    };
    html! {
        <>
            <main class="workspace">
                { paste_column(state, on, textarea) }
                { result }
                <SignaturePanel
                    fields={state.signature.clone()}
                    analysis={Shared(state.analysis.clone())}
                    text={Shared(state.analyzed_text.clone())}
                    on_request_id={on.on_request_id.clone()}
                    on_signature={on.on_signature.clone()}
                    on_secret={on.on_secret.clone()}
                />
            </main>
            <GeneratorPanel settings={state.generator.clone()} dispatch={on.on_generator.clone()} {secret} on_open={on.on_edit.clone()} />
        </>
    }
}

fn paste_column(state: &AppState, on: &ExplorerActions, textarea: &NodeRef) -> Html {
    let text = Shared(state.text.clone());
    html! {
        <div class="column">
            <PasteArea text={text.clone()} on_edit={on.on_edit.clone()} textarea={textarea.clone()}
                share_error={state.share_error.clone()} on_secret={on.on_secret.clone()} request={state.request} />
            <ShareControl
                text={text.clone()}
                selected={state.selected_path.clone()}
                generator={state.generator.link()}
                request={state.request}
            />
            <UnwrapOffer {text} on_edit={on.on_edit.clone()} />
            if let Some(from) = &state.batch_return {
                <p class="batch-return">
                    <button type="button" data-testid="batch-back" onclick={on.on_back_to_batch.clone()}>
                        { format!("← Back to the batch ({})", byte_size(from.len())) }
                    </button>
                </p>
            }
        </div>
    }
}
