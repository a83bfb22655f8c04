//! "The body is wrapped": a double-encoded JSON string, a form field holding JSON. Says what it saw and
//! offers the unwrapped paste with one click; nothing changes until then.

use crate::domain::unwrap::unwrap;
use crate::ui::Shared;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct UnwrapOfferProps {
    pub text: Shared<str>,
    pub on_edit: Callback<String>,
}

#[component]
pub fn UnwrapOffer(props: &UnwrapOfferProps) -> Html {
    let offer = use_memo(props.text.clone(), |text| unwrap(text));
    let Some(offer) = &*offer else {
        return html! {};
    };
    let onclick = {
        let (on_edit, text) = (props.on_edit.clone(), offer.text.clone());
        Callback::from(move |_: MouseEvent| on_edit.emit(text.clone()))
    };
    html! {
        <p class="unwrap-offer" role="status" data-testid="unwrap-offer">
            { offer.explanation() }{" "}
            <button type="button" {onclick} data-testid="unwrap-button">{"Open the unwrapped JSON"}</button>
        </p>
    }
}
