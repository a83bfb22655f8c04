//! The header's small pictures, drawn as inline SVG in the text's colour. They were font symbols
//! (⟂ ☾ ☀ ⌨), which no common text font has: the browser searched the system's fonts for each, and on
//! this machine the page's first layout took 40-62 ms with them against 29-33 ms without (traced,
//! 7 first visits each); every system also drew them differently.

use yew::prelude::*;

/// One icon, `data-icon` naming it, hidden from assistive technology (the text beside it says it all).
fn icon(name: &'static str, view_box: &'static str, body: Html) -> Html {
    html! {
        <svg class="icon" data-icon={name} viewBox={view_box} width="1em" height="1em" aria-hidden="true" focusable="false">
            { body }
        </svg>
    }
}

/// The mark of the favicon: a dumbbell.
pub fn logo() -> Html {
    icon(
        "logo",
        "0 0 32 32",
        html! { <path d="M7 16h4m10 0h4M11 11v10m10-10v10M11 16h10" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" /> },
    )
}

pub fn moon() -> Html {
    icon(
        "moon",
        "0 0 16 16",
        html! { <path d="M13.6 10.4A6 6 0 0 1 5.6 2.4a6 6 0 1 0 8 8z" fill="currentColor" /> },
    )
}

pub fn sun() -> Html {
    icon(
        "sun",
        "0 0 16 16",
        html! { <>
            <circle cx="8" cy="8" r="3" fill="currentColor" />
            <path d="M8 1v2M8 13v2M1 8h2M13 8h2M3 3l1.4 1.4M11.6 11.6 13 13M3 13l1.4-1.4M11.6 4.4 13 3" fill="none" stroke="currentColor" stroke-width="1.5" stroke-linecap="round" />
        </> },
    )
}

pub fn keyboard() -> Html {
    icon(
        "keyboard",
        "0 0 16 16",
        html! { <>
            <rect x="1" y="3.5" width="14" height="9" rx="1.5" fill="none" stroke="currentColor" stroke-width="1.3" />
            <path d="M4 6.5h1M7.5 6.5h1M11 6.5h1M4.5 9.5h7" fill="none" stroke="currentColor" stroke-width="1.3" stroke-linecap="round" />
        </> },
    )
}
