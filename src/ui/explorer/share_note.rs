//! The share control's sentences: what the link will carry before the click, what it carries after,
//! both read from the prepared link itself (`domain::share::Report`), never predicted.

use crate::domain::share::{Outcome, Prepared};
use crate::domain::size::byte_size;
use std::rc::Rc;

/// Links longer than this are cut by some chat and mail clients; the user is told, not stopped.
const LONG_LINK_BYTES: usize = 8 * 1024;
const FREE_TEXT: &str = "Text outside the fields the documents describe (notes, log lines, comments) is searched only for the values above, e-mail addresses and credential-shaped text: read it before you share.";

/// What a click made.
#[derive(Clone, PartialEq)]
pub enum State {
    /// Redaction off: the paste as it is.
    Plain,
    /// Redacted and verified.
    Prepared(Rc<Prepared>),
    /// Refused: no link was made.
    Refused(Rc<Prepared>),
    /// Shared unredacted after a refusal, on the second click.
    Unredacted,
}

#[derive(Clone, PartialEq)]
pub struct Made {
    pub bytes: usize,
    pub copied: bool,
    pub link: String,
    pub state: State,
}

impl Made {
    pub fn refused(prepared: Rc<Prepared>) -> Made {
        Made {
            bytes: 0,
            copied: false,
            link: String::new(),
            state: State::Refused(prepared),
        }
    }

    pub fn is_refusal(&self) -> bool {
        matches!(self.state, State::Refused(_))
    }
}

pub fn summary(
    prepared: Option<&Prepared>,
    redact_on: bool,
    selected: Option<&str>,
    bytes: usize,
) -> String {
    let mut extras = Vec::new();
    if let Some(path) = selected {
        extras.push(format!("the selection ({path})"));
    }
    extras.push("the example generator's settings".to_owned());
    let extras = extras.join(" and ");
    if !redact_on {
        return format!("The link will carry the paste exactly as it is, personal data and credentials included, {extras}. Never the secret.");
    }
    match prepared.map(|p| &p.outcome) {
        None if bytes == 0 => String::new(),
        None => format!("The link is checked when you click: the note then says exactly what it carries. It also carries {extras}; never the secret."),
        Some(Outcome::Redacted(report)) => {
            let mut out = format!("The link will carry {}, {extras}. Never the secret.", report.carries());
            if let Some(kept) = report.kept_note() {
                out.push(' ');
                out.push_str(&kept);
            }
            out.push(' ');
            out.push_str(FREE_TEXT);
            out
        }
        Some(Outcome::Refused(refusal)) => format!(
            "{} Copy share link makes no link of it; after a click you can share it unredacted, personal data and credentials included.",
            refusal.sentence()
        ),
    }
}

pub fn note(made: Option<&Made>) -> String {
    let Some(made) = made else {
        return String::new();
    };
    let carried = match &made.state {
        State::Refused(p) => {
            let why = match &p.outcome {
                Outcome::Refused(r) => r.sentence(),
                Outcome::Redacted(_) => String::new(),
            };
            return format!("No link was made. {why}");
        }
        State::Plain | State::Unredacted => {
            "the paste exactly as it is, personal data and credentials included".to_owned()
        }
        State::Prepared(p) => match &p.outcome {
            Outcome::Redacted(report) => {
                let mut out = report.carries();
                if let Some(kept) = report.kept_note() {
                    out.push_str(". ");
                    out.push_str(kept.trim_end_matches('.'));
                }
                out
            }
            Outcome::Refused(_) => String::new(),
        },
    };
    let size = byte_size(made.bytes);
    let mut out = match made.copied {
        true => format!("Link copied ({size}). It carries {carried}."),
        false => format!("The clipboard is not available here: copy the link ({size}) from the field below. It carries {carried}."),
    };
    if made.bytes > LONG_LINK_BYTES {
        out.push_str(&format!(" Some chat apps and trackers cut links longer than {}: attach the payload instead if this one breaks.", byte_size(LONG_LINK_BYTES)));
    }
    out
}
