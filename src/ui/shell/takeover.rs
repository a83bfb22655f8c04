//! Taking over the prerendered page. `make dist` writes the app's first view into index.html (`gymhook
//! prerender`), so it paints, and takes typing and pastes, before the wasm has arrived. The app hydrates it
//! (src/main.rs): the elements stay, and with them the text, the selection and the focus; but the app's state
//! starts empty, and hydration resets fields whose value the app controls. So static/early.js notes what the
//! fields hold (`before`, just before hydrating) and feeds it to the app through the events a user's input
//! fires (`after`, the `App`'s first effect: effects run children first, so no field's own first effect can
//! overwrite it).

use crate::ui::route::Route;
use wasm_bindgen::{JsCast, JsValue};

/// The view the address names as the page opens. Only the explorer is prerendered: another view (a link to
/// the reference or the exports) is drawn by the first render, replacing the page. Share links are opened by
/// `use_hash_route`, as every later change. Natively (`gymhook prerender`) there is no address.
pub fn opening_route() -> Route {
    let fragment = if cfg!(target_arch = "wasm32") {
        gloo::utils::window().location().hash().unwrap_or_default()
    } else {
        String::new()
    };
    match Route::from_fragment(&fragment) {
        Route::Shared(_) => Route::Explorer,
        route => route,
    }
}

/// Calls `window.gymhookTakeover[step]()`, if static/early.js defined it (it always does in a built page;
/// natively, where effects never run, nothing calls this).
fn call(step: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let function = js_sys::Reflect::get(&window, &"gymhookTakeover".into())
        .and_then(|t| js_sys::Reflect::get(&t, &step.into()))
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    if let Some(function) = function {
        let _ = function.call0(&JsValue::NULL);
    }
}

/// Notes what the prerendered page's fields hold and where the focus is.
pub fn before() {
    call("before");
}

/// Puts it into the live page, through the events a user's input fires.
pub fn after() {
    call("after");
}
