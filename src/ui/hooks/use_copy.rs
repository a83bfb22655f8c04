//! A copy button's behaviour: the clipboard write and how it went, for the button's status line
//! (`Copied::said`). The outcome describes the text last copied, so it is cleared when `about` changes.

use crate::ui::common::browser_io::copy_text;
use crate::ui::common::copy::Copied;
use yew::prelude::*;

pub struct Clipboard {
    /// Writes the text; called from the click handler (browsers require a user gesture).
    pub copy: Callback<String>,
    /// How the last copy went, until `about` changes.
    pub outcome: Option<Copied>,
}

#[hook]
pub fn use_copy<D>(about: D) -> Clipboard
where
    D: PartialEq + 'static,
{
    let outcome = use_state(|| None::<Copied>);
    {
        let outcome = outcome.setter();
        use_effect_with(about, move |_| outcome.set(None));
    }
    let copy = {
        let outcome = outcome.setter();
        Callback::from(move |text: String| {
            let outcome = outcome.clone();
            copy_text(
                text,
                Callback::from(move |accepted| outcome.set(Some(Copied::from_accepted(accepted)))),
            );
        })
    };
    Clipboard {
        copy,
        outcome: *outcome,
    }
}
