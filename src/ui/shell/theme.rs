//! Light or dark: the system's preference (CSS `prefers-color-scheme`) until the user picks one with the
//! toggle; the pick is remembered in localStorage. Only this preference is ever stored, never payload data.
//! The CSP forbids inline styles, so the theme is a `data-theme` attribute on `<html>` that the stylesheet reads.

use super::icons::{moon, sun};
use super::shortcuts::Command;
use crate::ui::hooks::use_request;
use crate::ui::state::Request;
use gloo::events::EventListener;
use gloo::utils::{document, window};
use web_sys::Storage;
use yew::prelude::*;

/// The localStorage key of the user's pick ("light" or "dark").
pub const STORAGE_KEY: &str = "gymhook-theme";
const ATTRIBUTE: &str = "data-theme";
const DARK_QUERY: &str = "(prefers-color-scheme: dark)";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Theme {
    Light,
    Dark,
}

impl Theme {
    fn key(self) -> &'static str {
        match self {
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn from_key(key: &str) -> Option<Theme> {
        match key {
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    fn other(self) -> Theme {
        match self {
            Theme::Light => Theme::Dark,
            Theme::Dark => Theme::Light,
        }
    }
}

/// Storage can be missing or refused (private modes, a sandboxed frame): then the pick lasts for the tab only.
/// Natively (`gymhook prerender` renders the page at build time) there is none: the page is drawn for the
/// system's theme, and static/early.js applies a remembered pick before the first paint.
fn storage() -> Option<Storage> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    window().local_storage().ok().flatten()
}

fn stored() -> Option<Theme> {
    storage()
        .and_then(|s| s.get_item(STORAGE_KEY).ok().flatten())
        .and_then(|k| Theme::from_key(&k))
}

fn system() -> Theme {
    if cfg!(not(target_arch = "wasm32")) {
        return Theme::Light;
    }
    let dark = window()
        .match_media(DARK_QUERY)
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    if dark {
        Theme::Dark
    } else {
        Theme::Light
    }
}

fn apply(theme: Option<Theme>) {
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let Some(root) = document().document_element() else {
        return;
    };
    let _ = match theme {
        Some(t) => root.set_attribute(ATTRIBUTE, t.key()),
        None => root.remove_attribute(ATTRIBUTE),
    };
}

/// Applies a remembered pick: called while the page first renders, so a dark pick never flashes light.
pub fn apply_stored() -> Option<Theme> {
    let theme = stored();
    apply(theme);
    theme
}

#[derive(Properties, PartialEq)]
pub struct ThemeToggleProps {
    /// The keyboard's requests: `t` switches as a click does.
    pub request: Request,
}

/// The toggle: shows the theme it switches to, and remembers the pick.
#[component]
pub fn ThemeToggle(props: &ThemeToggleProps) -> Html {
    let picked = use_state(apply_stored);
    // The label names the theme it switches to: when the system's preference changes under a page with
    // no pick (the stylesheet follows it at once), render again so the label follows too.
    let rerender = use_force_update();
    use_effect_with((), move |_| {
        let listener = window()
            .match_media(DARK_QUERY)
            .ok()
            .flatten()
            .map(|query| EventListener::new(&query, "change", move |_| rerender.force_update()));
        move || drop(listener)
    });
    let shown = (*picked).unwrap_or_else(system);
    let next = shown.other();
    let switch = move || {
        apply(Some(next));
        if let Some(s) = storage() {
            let _ = s.set_item(STORAGE_KEY, next.key());
        }
        picked.set(Some(next));
    };
    let onclick = {
        let switch = switch.clone();
        Callback::from(move |_: MouseEvent| switch())
    };
    use_request(props.request, move |command| {
        if command == Command::Theme {
            switch();
        }
    });
    // Both labels are in the markup and the stylesheet shows the one for the theme in effect, as it picks the
    // colours: the page prerendered at build time (which cannot know the reader's theme) then shows the right word
    // before its wasm arrives, and the takeover changes nothing visible.
    html! {
        <button type="button" class="theme-toggle" data-testid="theme-toggle" data-theme-shown={shown.key()}
            aria-keyshortcuts={Command::Theme.keys()}
            title={format!("Switch to the {} theme (remembered in this browser)", next.key())} {onclick}>
            <span class="to-dark">{ moon() }{"Dark theme"}</span>
            <span class="to-light">{ sun() }{"Light theme"}</span>
        </button>
    }
}
