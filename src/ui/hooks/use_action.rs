//! A callback that dispatches one kind of `Action`, made once per page: its identity never changes,
//! so children that receive it re-render only when their data does.

use crate::ui::state::{Action, AppState};
use yew::prelude::*;

#[hook]
pub fn use_action<T: 'static>(
    dispatch: UseReducerDispatcher<AppState>,
    make: fn(T) -> Action,
) -> Callback<T> {
    use_callback(dispatch, move |value: T, dispatch| {
        dispatch.dispatch(make(value))
    })
}
