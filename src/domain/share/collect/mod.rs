//! Collect: every value the link must not carry, from what the page understood of each delivery (its
//! personal fields, its credential headers and parameters) and from the paste itself (`scan`), and
//! whether every delivery was understood at all. What is collected is then swept everywhere.

mod personal;
pub mod shape;

pub use personal::{Found, Value};

use super::read::{Reading, View};
use super::scan::{scan, Masked};
use crate::domain::analysis::Analysis;
use crate::domain::diagnostic::Kind;
use shape::{credential_header_value, credential_parameter, secret_part};

/// Credentials shorter than this are masked where they were found, not looked for in other text:
/// `1` or `abc` would match far too much.
pub const MIN_SWEPT_SECRET_CHARS: usize = 6;

/// A credential value a delivery carries, and what it was (a header's or parameter's name).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Secret {
    pub value: String,
    pub label: String,
}

/// Why a delivery's values cannot all be accounted for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Unread {
    /// Its body is no JSON the page reads (the message says where it breaks).
    NotJson {
        message: String,
    },
    /// Its body is JSON of no vendor the page knows: which fields are personal is unknown.
    NoVendor,
    TooLarge,
    /// No delivery was found in the paste (the capture's words: what it looks like, what is missing).
    Nothing {
        message: String,
    },
}

pub struct Collected {
    pub personal: Vec<Found>,
    pub secrets: Vec<Secret>,
    pub masks: Vec<Masked>,
    pub emails: Vec<String>,
    /// Deliveries (by index) whose values cannot all be accounted for.
    pub unread: Vec<(usize, Unread)>,
}

/// `text` is the paste as the sweep will see it (chunk framing taken out: `read::View`); `view` maps
/// the readers' spans of the paste into it.
pub fn collect(text: &str, reading: &Reading, view: &View) -> Collected {
    let found = scan(text);
    let mut out = Collected {
        personal: Vec::new(),
        secrets: Vec::new(),
        masks: found.masks,
        emails: found.emails,
        unread: Vec::new(),
    };
    out.masks
        .extend(reading.credentials.iter().filter_map(|(span, label)| {
            Some(Masked {
                span: view.span(*span)?,
                label: label.clone(),
            })
        }));
    if let Some(message) = &reading.nothing {
        out.unread.push((
            0,
            Unread::Nothing {
                message: message.clone(),
            },
        ));
    }
    for (i, d) in reading.deliveries.iter().enumerate() {
        if let Some(why) = unread(&d.analysis, &d.text) {
            out.unread.push((i, why));
        }
        out.personal
            .extend(personal::personal(i, &d.text, &d.analysis));
        secrets(&d.analysis, &mut out.secrets);
    }
    out
}

fn unread(analysis: &Analysis, text: &str) -> Option<Unread> {
    let body = text.get(analysis.body_span.start..).unwrap_or_default();
    if analysis
        .diagnostics
        .iter()
        .any(|d| d.kind == Kind::TooLarge)
    {
        return Some(Unread::TooLarge);
    }
    if let Some(d) = analysis.diagnostics.iter().find(|d| d.kind == Kind::Syntax) {
        return Some(Unread::NotJson {
            message: format!("{}: {}", d.position, d.message),
        });
    }
    (!body.trim().is_empty() && analysis.vendor().is_none()).then_some(Unread::NoVendor)
}

/// The credential values of a delivery's request: its credential headers (after any scheme word,
/// each cookie's value) and the credential parameters of its target and of URLs in its headers.
fn secrets(analysis: &Analysis, out: &mut Vec<Secret>) {
    let Some(request) = &analysis.request else {
        return;
    };
    let mut push = |value: &str, label: &str| {
        let value = value.trim();
        if !value.is_empty() && !out.iter().any(|s| s.value == value) {
            out.push(Secret {
                value: value.to_owned(),
                label: label.to_owned(),
            });
        }
    };
    for (name, value) in &request.headers {
        if credential_header_value(name, value) {
            if name.to_ascii_lowercase().contains("cookie") {
                for pair in value.split(';') {
                    push(pair.split_once('=').map_or(pair, |(_, v)| v), name);
                }
            } else {
                push(secret_part(value).1, name);
            }
        }
    }
    let urls = request
        .target
        .iter()
        .chain(request.headers.iter().map(|(_, v)| v));
    for url in urls {
        let Some((_, query)) = url.split_once('?') else {
            continue;
        };
        for pair in query.split(['&', '#']) {
            if let Some((name, value)) = pair.split_once('=') {
                if credential_parameter(name, value) {
                    push(value, &format!("?{name}"));
                }
            }
        }
    }
}
