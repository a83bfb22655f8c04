//! Analyses the paste after each edit. Small pastes at once, here: well under a frame, no waiting.
//! Large ones in the analysis worker (`background.rs`), so typing, scrolling and clicking never wait
//! for them; the panel shows the previous analysis marked stale, with progress, until the answer comes.

use super::background::Background;
use crate::domain::analysis::{analyze, MAX_INPUT_BYTES};
use crate::ui::state::{Action, AppState};
use crate::ui::Shared;
use gloo::timers::callback::Timeout;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// From this size on, a paste goes to the worker: below it analysis takes well under a frame here.
pub const WORKER_FROM_BYTES: usize = 64 * 1024;
/// Without a worker (see `Background`), large pastes wait for a typing pause instead.
const FALLBACK_DEBOUNCE_MS: u32 = 200;

/// Whether a text of this size is analysed in the worker. Past the size limit the answer is one
/// diagnostic and no parsing: given here at once, never copied to the worker.
pub fn analysed_in_background(bytes: usize) -> bool {
    (WORKER_FROM_BYTES..=MAX_INPUT_BYTES).contains(&bytes)
}

#[hook]
pub fn use_analysis(text: Shared<str>, dispatch: UseReducerDispatcher<AppState>) {
    let background = use_mut_ref(|| None::<Background>);
    {
        // Started after the first render: the first screen never waits for a second wasm instance.
        let (background, dispatch) = (background.clone(), dispatch.clone());
        use_effect_with((), move |_| {
            *background.borrow_mut() = Some(Background::new(dispatch));
        });
    }
    use_effect_with(text, move |text: &Shared<str>| {
        let text = text.0.clone();
        let large = analysed_in_background(text.len());
        let here = {
            let text = text.clone();
            move || {
                let analysis = Rc::new(analyze(&text));
                dispatch.dispatch(Action::Analyzed { text, analysis });
            }
        };
        let timeout = if !large {
            // At once, in the task of the edit: the result is drawn in the same frame as the text.
            // Waiting for the next tick cost a frame that showed the previous analysis as stale
            // (a 2 KB paste: the result 20 ms later, measured with Ctrl+V).
            here();
            None
        } else if RefCell::borrow(&background)
            .as_ref()
            .is_some_and(|bg| bg.analyze(text))
        {
            None
        } else {
            Some(Timeout::new(FALLBACK_DEBOUNCE_MS, here))
        };
        // Dropping a pending Timeout cancels it, so only the last edit of a burst is analysed here.
        move || drop(timeout)
    });
}
