//! The field reference page (`#/reference[/<anchor>]`): holds the filter text and brings a linked
//! entry into view; the rendering itself is `ReferenceView`, a pure function of its props.

mod links;
mod object_card;
mod vendor_section;
mod view;

pub use links::Addressing;
pub use view::{ReferenceView, ReferenceViewProps};

use crate::domain::reference::element_id;
use gloo::utils::document;
use web_sys::{ScrollIntoViewOptions, ScrollLogicalPosition};
use yew::prelude::*;

/// The narrowest window that shows the reference's sidebar beside the entries (styles.css: 999 px and below stack).
const WIDE_PX: f64 = 1000.0;

#[derive(Properties, PartialEq)]
pub struct ReferenceProps {
    /// The entry the URL names, if any: scrolled into view and highlighted.
    #[prop_or_default]
    pub anchor: Option<String>,
}

#[component]
pub fn Reference(props: &ReferenceProps) -> Html {
    // The filter is what the user is typing right now, not something to share: local state, not URL state.
    let query = use_state(String::new);
    // The anchor most recently brought into view, so typing in the filter never scrolls the page.
    let shown = use_mut_ref(|| None::<Option<String>>);
    {
        let anchor = props.anchor.clone();
        let query = query.clone();
        use_effect(move || {
            if shown.borrow().as_ref() == Some(&anchor) {
                return;
            }
            let Some(target) = &anchor else {
                *shown.borrow_mut() = Some(None);
                return;
            };
            match document().get_element_by_id(&element_id(target)) {
                Some(element) => {
                    let options = ScrollIntoViewOptions::new();
                    options.set_block(ScrollLogicalPosition::Center);
                    element.scroll_into_view_with_scroll_into_view_options(&options);
                    *shown.borrow_mut() = Some(anchor.clone());
                }
                // The filter hides the linked entry: clear it; this effect runs again after the re-render.
                None if !query.is_empty() => query.set(String::new()),
                // No such entry (an old or mistyped link): the view says so; nothing to scroll to.
                None => *shown.borrow_mut() = Some(anchor.clone()),
            }
        });
    }
    let on_query = {
        let query = query.clone();
        Callback::from(move |text: String| query.set(text))
    };
    // The contents start collapsed where the sidebar is a bar above the entries (see styles.css), read once.
    let contents_open = use_state(|| {
        gloo::utils::window()
            .inner_width()
            .ok()
            .and_then(|w| w.as_f64())
            .is_none_or(|w| w >= WIDE_PX)
    });
    html! {
        <ReferenceView
            contents_open={*contents_open}
            query={AttrValue::from((*query).clone())}
            anchor={props.anchor.clone().map(AttrValue::from)}
            {on_query}
        />
    }
}
