//! The header's small pictures: an empty element the stylesheet paints with an SVG mask in the text's
//! colour (`.icon[data-icon=…]` in static/styles.css). They were font symbols (⟂ ☾ ☀ ⌨), which no
//! common text font has: the browser searched the system's fonts for each, and the page's first layout
//! took 39 ms with them against 31 ms without (traced, first visits); every system also drew them
//! differently. As masks the wasm writes one empty element per icon, not an SVG tree to hydrate; in
//! bytes it is a wash (579 B less wasm, 517 B more stylesheet, gzip).

use yew::prelude::*;

/// One icon, `data-icon` naming it, hidden from assistive technology (the text beside it says it all).
fn icon(name: &'static str) -> Html {
    html! { <span class="icon" data-icon={name} aria-hidden="true"></span> }
}

/// The mark of the favicon: a dumbbell.
pub fn logo() -> Html {
    icon("logo")
}

pub fn moon() -> Html {
    icon("moon")
}

pub fn sun() -> Html {
    icon("sun")
}

pub fn keyboard() -> Html {
    icon("keyboard")
}
