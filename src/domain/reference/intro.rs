//! The vendor introduction: source document, how a payload is recognised, how event names are
//! matched and how (or whether) requests are signed. Derived from the declaration where it can be.

use crate::domain::detect::and_list;
use crate::domain::schema::{Auth, HeaderMatch, Provenance, VendorDecl};

/// One labelled statement of the introduction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub label: &'static str,
    pub text: String,
}

pub(super) fn facts(decl: &'static VendorDecl) -> Vec<Fact> {
    let fact = |label, text| Fact { label, text };
    let mut facts = vec![fact("Source", decl.source.to_owned())];
    if let Some(identity) = decl.identity {
        facts.push(fact("Who sent it", identity.to_owned()));
    }
    facts.extend([
        fact("Detected by", detection(decl)),
        fact("Event names", event_names(decl)),
        fact("Signature", signature(decl)),
        fact("Delivery", decl.delivery.to_owned()),
    ]);
    facts
}

fn detection(decl: &VendorDecl) -> String {
    let markers: Vec<&str> = decl.markers().map(|f| f.name).collect();
    let mut text = format!("A JSON object carrying all of {}.", and_list(&markers));
    // detect.rs falls back to the request headers for vendors that send headers of their own.
    let sent = decl.auth.headers();
    let headers = match decl.headers {
        HeaderMatch::Prefix(prefix) if sent.is_empty() => Some(format!("{prefix} headers")),
        HeaderMatch::Prefix(prefix) => Some(format!("{prefix} headers ({})", sent.join(", "))),
        HeaderMatch::Exact(name) => Some(format!("an {name} header")),
        HeaderMatch::None => None,
    };
    if let Some(headers) = headers {
        text.push_str(&format!(
            " A pasted request whose body lacks them still counts as {} when it has {headers}.",
            decl.display_name
        ));
    }
    text
}

fn event_names(decl: &VendorDecl) -> String {
    // How many events each provenance has, in the order they first appear ("12 documented, 1 observed").
    let mut kinds: Vec<(Provenance, usize)> = Vec::new();
    for event in decl.events {
        match kinds.iter_mut().find(|(p, _)| *p == event.provenance) {
            Some((_, n)) => *n += 1,
            None => kinds.push((event.provenance, 1)),
        }
    }
    let counts: Vec<String> = kinds
        .iter()
        .map(|(p, n)| format!("{n} {}", p.label()))
        .collect();
    let case = if decl.event_names_ignore_case {
        "matched ignoring letter case, because it varies in the wild"
    } else {
        "matched exactly as declared; another letter case is reported as a case variant"
    };
    let mut text = format!(
        "Read from {}, {case}. {} known: {}.",
        decl.event_path(),
        decl.events.len(),
        counts.join(", ")
    );
    if let Some(advice) = decl.unknown_events {
        text.push_str(&format!(" {advice}"));
    }
    for event in decl.events {
        for alias in event.aliases {
            text.push_str(&format!(
                " {} is accepted for {}: {}",
                alias.name, event.name, alias.note
            ));
        }
    }
    if let Some(field) = decl.subject_type_field {
        text.push_str(&format!(
            " {field} names which subject record the event is about."
        ));
    }
    text
}

fn signature(decl: &VendorDecl) -> String {
    match decl.auth {
        Auth::Signature(s) => format!(
            "{} = MD5({} + \"{}\" + secret), in hex. {}",
            s.signature_header, s.request_id_header, s.separator, s.notes
        ),
        Auth::StaticKey(k) => format!(
            "None: a static key in the {} header, the same on every delivery. {} {}",
            k.header, k.description, k.notes
        ),
        Auth::Unsigned(_) => format!(
            "None documented: {} describes no signature header or HMAC for outbound webhooks, \
             and none has been observed. Protect the endpoint with your own secret in its URL \
             or a header.",
            decl.vendor.display_name()
        ),
    }
}
