//! The page's name plate, shared by the app's header and the static field reference document.

use super::icons::logo;
use yew::prelude::*;

pub fn brand() -> Html {
    html! {
        <div class="brand">
            <span class="logo" aria-hidden="true">{ logo() }</span>
            <h1>{"gymhook"}</h1>
            <span class="tagline">{"gym-management webhook explorer"}</span>
        </div>
    }
}
