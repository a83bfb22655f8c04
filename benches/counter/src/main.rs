//! The smallest Yew app worth comparing with: one component with state and a click handler. `make bench`
//! measures its first-load bytes and its time to first render (the button present) next to the app's.

use yew::prelude::*;

#[component]
fn Counter() -> Html {
    let count = use_state(|| 0u32);
    let onclick = {
        let count = count.clone();
        Callback::from(move |_: MouseEvent| count.set(*count + 1))
    };
    html! {
        <button type="button" data-testid="counter" {onclick}>{ format!("Clicked {} times", *count) }</button>
    }
}

fn main() {
    yew::Renderer::<Counter>::new().render();
}
