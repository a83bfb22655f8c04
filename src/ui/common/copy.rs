//! What a copy button says after the click, written once for every copy button of the page: the Yew ones
//! (`hooks::use_copy`) and the panic page's, built without Yew.

/// How a copy to the clipboard went.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Copied {
    Done,
    /// The browser refused the clipboard, or offers none (outside a secure context).
    Refused,
}

impl Copied {
    pub fn from_accepted(accepted: bool) -> Copied {
        if accepted {
            Copied::Done
        } else {
            Copied::Refused
        }
    }

    /// The status line after the click.
    pub const fn said(self) -> &'static str {
        match self {
            Copied::Done => "Copied.",
            Copied::Refused => {
                "The browser refused the clipboard: select the text and press Ctrl+C (⌘C on a Mac)."
            }
        }
    }
}
