//! Fetches one of the site's own files as text (the exports in `schemas/`, generated at build time so the
//! page never compiles a generator). Same-origin only, as the page's CSP (`connect-src 'self'`) allows;
//! the service worker serves it offline after one visit.

use std::cell::Cell;
use std::rc::Rc;

use crate::ui::Shared;
use gloo::utils::window;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::Response;
use yew::platform::spawn_local;
use yew::prelude::*;

/// Where a fetch stands.
#[derive(Clone, Debug, PartialEq)]
pub enum Fetched {
    Loading,
    /// `Shared`: a dependency or prop compared by identity, not by its text (as every text prop of the page).
    Ready(Shared<str>),
    Failed(FetchError),
}

/// Why a file could not be read: said to the user with the file's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum FetchError {
    #[error("the browser could not reach it (offline before a first visit, or blocked)")]
    Network,
    #[error("the server answered {0}")]
    Status(u16),
    #[error("its content could not be read as text")]
    NotText,
}

/// The text at `url` (relative to the page, so the site works under any sub-path), re-fetched when the URL
/// changes; an answer for a URL no longer asked for is dropped.
#[hook]
pub fn use_fetch_text(url: AttrValue) -> Fetched {
    let state = use_state(|| Fetched::Loading);
    {
        let state = state.clone();
        use_effect_with(url, move |url| {
            state.set(Fetched::Loading);
            let current = Rc::new(Cell::new(true));
            let still_wanted = current.clone();
            let url = url.to_string();
            spawn_local(async move {
                let result = fetch_text(&url).await;
                if still_wanted.get() {
                    state.set(match result {
                        Ok(text) => Fetched::Ready(Shared(Rc::from(text))),
                        Err(e) => Fetched::Failed(e),
                    });
                }
            });
            move || current.set(false)
        });
    }
    (*state).clone()
}

async fn fetch_text(url: &str) -> Result<String, FetchError> {
    let response = JsFuture::from(window().fetch_with_str(url))
        .await
        .map_err(|_| FetchError::Network)?
        .dyn_into::<Response>()
        .map_err(|_| FetchError::Network)?;
    if !response.ok() {
        return Err(FetchError::Status(response.status()));
    }
    let text = response.text().map_err(|_| FetchError::NotText)?;
    JsFuture::from(text)
        .await
        .ok()
        .and_then(|t| t.as_string())
        .ok_or(FetchError::NotText)
}
