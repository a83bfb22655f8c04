//! A copy button's behaviour: the clipboard write, and the status line that then says how it went
//! (`Copied::said`). Buttons beside it (a download) can put their own outcome on the same line. The line
//! describes the text last copied, so it is cleared when `about` changes.

use crate::ui::common::browser_io::copy_text;
use crate::ui::common::copy::Copied;
use yew::prelude::*;

pub struct Clipboard {
    /// Writes the text; called from the click handler (browsers require a user gesture).
    pub copy: Callback<String>,
    /// Puts another button's outcome on the status line.
    pub say: Callback<&'static str>,
    /// The status line: what the last copy (or `say`) said, until `about` changes.
    pub said: Option<&'static str>,
}

impl Clipboard {
    /// A click handler copying `text`.
    pub fn on_click(&self, text: impl Into<String>) -> Callback<MouseEvent> {
        let (copy, text) = (self.copy.clone(), text.into());
        Callback::from(move |_: MouseEvent| copy.emit(text.clone()))
    }
}

#[hook]
pub fn use_copy<D>(about: D) -> Clipboard
where
    D: PartialEq + 'static,
{
    let said = use_state(|| None::<&'static str>);
    {
        let said = said.setter();
        use_effect_with(about, move |_| said.set(None));
    }
    let say = {
        let said = said.setter();
        Callback::from(move |text: &'static str| said.set(Some(text)))
    };
    let copy = {
        let say = say.clone();
        Callback::from(move |text: String| {
            let say = say.clone();
            copy_text(
                text,
                Callback::from(move |accepted| say.emit(Copied::from_accepted(accepted).said())),
            );
        })
    };
    Clipboard {
        copy,
        say,
        said: *said,
    }
}
