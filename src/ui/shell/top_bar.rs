//! The page's header: skip links (in the explorer), the name plate, the views, the theme toggle, the
//! shortcuts' help button and the privacy line.

use super::brand::brand;
use super::icons::keyboard;
use super::shortcuts::Command;
use super::theme::ThemeToggle;
use crate::ui::common::browser_io::focus_id;
use crate::ui::route::{ExportView, Route, View};
use crate::ui::state::Request;
use yew::prelude::*;

/// A plain function, not a component: it has no state of its own.
pub fn top_bar(view: View, request: Request, on_help: Callback<MouseEvent>) -> Html {
    let nav_link = |route: Route, label: &'static str| {
        let active = route.view() == view;
        html! {
            <a href={route.to_fragment()} class={classes!(active.then_some("active"))} aria-current={active.then_some("page")}>{label}</a>
        }
    };
    html! {
        <header class="topbar">
            if view == View::Explorer {
                <div class="skip-links">
                    { skip_link("analysis-heading", "Skip to analysis") }
                    { skip_link("generator-heading", "Skip to generator") }
                </div>
            }
            { brand() }
            <nav class="views" aria-label="Views">
                { nav_link(Route::Explorer, "Explorer") }
                { nav_link(Route::Reference { anchor: None }, "Field reference") }
                { nav_link(Route::Export(ExportView::default()), "Schemas & types") }
            </nav>
            <div class="page-tools">
                <ThemeToggle {request} />
                <button type="button" class="help-button" data-testid="help-button" aria-keyshortcuts={Command::Help.keys()} onclick={on_help}>
                    { keyboard() }{"Shortcuts"}
                </button>
            </div>
            <p class="privacy">{"Runs entirely in this tab: nothing you paste or type is sent anywhere."}</p>
        </header>
    }
}

/// A skip link: moves the focus (not the URL fragment, which is the router's) to a heading.
fn skip_link(target: &'static str, label: &'static str) -> Html {
    let onclick = Callback::from(move |e: MouseEvent| {
        e.prevent_default();
        focus_id(target, true);
    });
    html! { <a class="skip-link" href={format!("#{target}")} {onclick}>{label}</a> }
}
