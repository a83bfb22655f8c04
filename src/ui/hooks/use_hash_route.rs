//! Follows the URL fragment: each change becomes `Action::Navigate`. A share link is loaded once and then
//! replaced by the plain explorer route, so no history entry keeps the paste and Back never reloads it.

use crate::ui::route::Route;
use crate::ui::state::{Action, AppState};
use gloo::events::EventListener;
use gloo::utils::window;
use wasm_bindgen::JsValue;
use yew::prelude::*;

#[hook]
pub fn use_hash_route(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let follow = move || {
            let route = Route::from_fragment(&window().location().hash().unwrap_or_default());
            let shared = matches!(route, Route::Shared(_));
            dispatch.dispatch(Action::Navigate(route));
            if shared {
                let plain = Route::Explorer.to_fragment();
                if let Ok(history) = window().history() {
                    let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&plain));
                }
            }
        };
        follow();
        let listener = EventListener::new(&window(), "hashchange", move |_| follow());
        move || drop(listener)
    });
}
