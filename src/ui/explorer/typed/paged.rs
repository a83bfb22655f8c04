//! Long lists shown a page at a time: the first 100 entries, then "Show 100 more" up to what the typed
//! tree keeps (the first 1,000; beyond that the paste area has them all). A megabyte of entries is never
//! laid out at once, and none is out of reach below the cap.

use yew::prelude::*;

/// Entries drawn at first, and added per click.
pub const PAGE: usize = 100;

#[derive(Properties, PartialEq)]
pub struct PagedProps {
    /// Entries the typed tree holds (at most `typed::KEPT_ENTRIES`).
    pub kept: usize,
    /// Entries the payload has.
    pub total: usize,
    /// Renders the entries `start..end` (their container included).
    pub render: Callback<(usize, usize), Html>,
    /// What the entries are, for the button ("entries", "fields").
    pub noun: AttrValue,
}

#[component]
pub fn Paged(props: &PagedProps) -> Html {
    let shown = use_state(|| PAGE);
    let end = (*shown).min(props.kept);
    let on_more = {
        let shown = shown.clone();
        Callback::from(move |_: MouseEvent| shown.set(shown.saturating_add(PAGE)))
    };
    let left_kept = props.kept.saturating_sub(end);
    let beyond = props.total.saturating_sub(props.kept);
    html! {
        <>
            { props.render.emit((0, end)) }
            if left_kept > 0 {
                <button type="button" class="v-more-button" onclick={on_more} data-testid="show-more">
                    { format!("Show {} more {} ({} of {} shown)", PAGE.min(left_kept), props.noun, end, props.total) }
                </button>
            } else if beyond > 0 {
                <span class="v-more">{ format!("… and {beyond} more: the page keeps the first {}; the paste area has all {}.", props.kept, props.total) }</span>
            }
        </>
    }
}
