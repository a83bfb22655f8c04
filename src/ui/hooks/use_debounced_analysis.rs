//! Analyses the paste after each edit: small pastes on the next tick, large ones once typing pauses.
//! Dropping the pending timeout cancels it, so only the last edit of a burst is analysed.

use crate::domain::analysis::analyze;
use crate::ui::state::{Action, AppState};
use gloo::timers::callback::Timeout;
use std::rc::Rc;
use yew::prelude::*;

/// Small pastes are analysed on the next tick; large ones wait until typing pauses so keys stay responsive.
const LARGE_INPUT_BYTES: usize = 64 * 1024;
const LARGE_INPUT_DEBOUNCE_MS: u32 = 200;

#[hook]
pub fn use_debounced_analysis(text: Rc<str>, dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with(text, move |text: &Rc<str>| {
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
        move || drop(timeout)
    });
}
