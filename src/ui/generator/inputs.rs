//! The generator's form inputs as actions. The page hands over strings; each handler turns its element's
//! value into what it means (a `Choice`, a `Format`, a number) and dispatches that, or nothing when the
//! value means nothing, so the reducer only ever takes typed actions.

use super::state::GeneratorAction;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

/// A `<select>` or an `<input>` that reports on change.
pub fn on_value(
    dispatch: &Callback<GeneratorAction>,
    make: fn(String) -> Option<GeneratorAction>,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        let value = e
            .target_dyn_into::<HtmlSelectElement>()
            .map(|s| s.value())
            .or_else(|| e.target_dyn_into::<HtmlInputElement>().map(|i| i.value()));
        if let Some(action) = value.and_then(make) {
            dispatch.emit(action);
        }
    })
}

/// A text field whose text, as typed, is the state.
pub fn on_text(
    dispatch: &Callback<GeneratorAction>,
    make: fn(String) -> GeneratorAction,
) -> Callback<InputEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: InputEvent| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            dispatch.emit(make(input.value()));
        }
    })
}

/// A checkbox.
pub fn on_checked(
    dispatch: &Callback<GeneratorAction>,
    make: fn(bool) -> GeneratorAction,
) -> Callback<Event> {
    let dispatch = dispatch.clone();
    Callback::from(move |e: Event| {
        if let Some(input) = e.target_dyn_into::<HtmlInputElement>() {
            dispatch.emit(make(input.checked()));
        }
    })
}
