//! `gymhook prerender --out DIR` (hidden: `make dist` runs it from scripts/postbuild.mjs). Yew's server
//! renderer draws, natively, the two pages that must read without the wasm:
//! - `app.html`: the app's first view — header, navigation, paste area, empty analysis, signature panel, the
//!   generator's first state — exactly as the wasm renders it before any input; postbuild puts it into
//!   index.html's `<body>`, so the page paints before the wasm has arrived; the wasm hydrates it, and
//!   static/early.js carries what was typed or pasted meanwhile into the app's state (ui/shell/takeover.rs).
//! - `reference.html`: the whole field reference as a document (`ReferenceView` with document addressing: entry
//!   ids as anchors, no filter, links back into the app); postbuild wraps it as `reference/index.html`.
//!
//! Both are the bodies only: the `<head>` (stylesheet, scripts, CSP) is postbuild's, which knows the hashed names.

use std::fs;
use std::path::Path;
use std::process::ExitCode;

use yew::prelude::*;
use yew::{BaseComponent, ServerRenderer};

use crate::ui::reference::{Addressing, ReferenceView, ReferenceViewProps};
use crate::ui::shell::brand::brand;
use crate::ui::App;

/// The static reference document's body: the app's name plate and views (each a link into the app, the
/// reference itself marked current), then the reference.
#[component]
fn ReferenceDocument() -> Html {
    let props = ReferenceViewProps {
        addressing: Addressing::Document,
        contents_open: true,
        query: AttrValue::default(),
        anchor: None,
        on_query: Callback::noop(),
    };
    html! {
        <>
            <header class="topbar">
                { brand() }
                <nav class="views" aria-label="Views">
                    <a href="../#/">{"Explorer"}</a>
                    <a href="./" class="active" aria-current="page">{"Field reference"}</a>
                    <a href="../#/export">{"Schemas & types"}</a>
                </nav>
                <p class="privacy">{"This page is the field reference as a document: it reads and prints without JavaScript."}</p>
            </header>
            <ReferenceView ..props />
        </>
    }
}

/// `hydratable`: with the markers the app's hydration needs to adopt the HTML (src/main.rs).
fn render<C: BaseComponent<Properties = ()>>(hydratable: bool) -> String {
    futures::executor::block_on(ServerRenderer::<C>::new().hydratable(hydratable).render())
}

/// The first view of the app and the reference document, as HTML body fragments.
pub fn pages() -> [(&'static str, String); 2] {
    [
        ("app.html", render::<App>(true)),
        ("reference.html", render::<ReferenceDocument>(false)),
    ]
}

pub fn run(out: &Path) -> ExitCode {
    if let Err(e) = fs::create_dir_all(out) {
        return super::usage_error(&format!("cannot create {}: {e}", out.display()));
    }
    for (name, html) in pages() {
        let path = out.join(name);
        if let Err(e) = fs::write(&path, html) {
            return super::usage_error(&format!("cannot write {}: {e}", path.display()));
        }
    }
    ExitCode::SUCCESS
}
