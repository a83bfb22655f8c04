//! What a prepared link carries, said in sentences the share control shows before and after the click:
//! computed from the link's text as made and verified, never predicted from the paste.

use super::collect::Unread;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// How the paste was read ("raw HTTP requests", "one delivery").
    pub form: &'static str,
    pub deliveries: usize,
    /// Distinct personal values replaced, and in how many places.
    pub personal: usize,
    pub places: usize,
    /// What the masked credentials were (header and parameter names, "a JWT"), each once.
    pub credentials: Vec<String>,
    /// Personal values kept as sent because no stand-in reproduces the problem a diagnostic points at.
    pub kept: Vec<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// A delivery (`None`: the paste) whose values the page cannot all account for.
    Unread {
        delivery: Option<usize>,
        why: Unread,
    },
    /// Replacing the values would change what the page reports.
    Changed {
        delivery: Option<usize>,
        path: String,
    },
    /// A collected value could not be replaced everywhere.
    Survived { what: String },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Redacted(Report),
    Refused(Refusal),
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Report {
    /// "the paste with …": what the link's text is.
    pub fn carries(&self) -> String {
        let mut parts = Vec::new();
        if self.personal > 0 {
            parts.push(format!(
                "{} replaced by fictional ones of the same shape ({})",
                plural(self.personal, "personal value", "personal values"),
                plural(self.places, "place", "places")
            ));
        }
        if !self.credentials.is_empty() {
            parts.push(format!(
                "credentials masked ({})",
                self.credentials.join(", ")
            ));
        }
        let what = match self.deliveries {
            1 => "the paste".to_owned(),
            n => format!("the paste ({n} deliveries, {})", self.form),
        };
        match parts.is_empty() {
            true => format!("{what}, in which the page finds no personal data or credentials"),
            false => format!("{what} with {}", parts.join(" and ")),
        }
    }

    /// A sentence naming the values kept as sent, or nothing.
    pub fn kept_note(&self) -> Option<String> {
        (!self.kept.is_empty()).then(|| {
            format!(
                "Kept as sent, because no fictional value reproduces the problem a diagnostic points at: {}.",
                self.kept.join(", ")
            )
        })
    }
}

impl Refusal {
    pub fn sentence(&self) -> String {
        let which = |d: &Option<usize>| match d {
            Some(i) => format!("delivery {}", i.saturating_add(1)),
            None => "the paste".to_owned(),
        };
        let reason = match self {
            Refusal::Unread { delivery, why: Unread::NotJson { message } } => {
                format!("{} is not JSON the page can read ({message})", which(delivery))
            }
            Refusal::Unread { delivery, why: Unread::NoVendor } => format!(
                "the page recognises no vendor in {}, so it cannot tell which of its values are personal",
                which(delivery)
            ),
            Refusal::Unread { delivery, why: Unread::TooLarge } => format!("{} is too large to read", which(delivery)),
            Refusal::Unread { why: Unread::Nothing { message }, .. } => {
                format!("the page reads no delivery in it ({})", message.trim_end_matches('.'))
            }
            Refusal::Changed { delivery, path } => format!(
                "replacing its values would change what the page reports about {}{}",
                which(delivery),
                if path.is_empty() { String::new() } else { format!(" at {path}") }
            ),
            Refusal::Survived { what } => format!("{what} could not be replaced everywhere"),
        };
        format!("This paste cannot be redacted: {reason}.")
    }
}
