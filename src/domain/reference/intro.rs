//! The vendor introduction: source document, how a payload is recognised, how event names are
//! matched and how (or whether) requests are signed. Derived from the declaration where it can be.

use crate::domain::detect::and_list;
use crate::domain::schema::{HeaderMatch, Provenance, VendorDecl};

/// One labelled statement of the introduction.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Fact {
    pub label: &'static str,
    pub text: String,
}

pub(super) fn facts(decl: &'static VendorDecl) -> Vec<Fact> {
    let fact = |label, text| Fact { label, text };
    vec![
        fact("Source", decl.source.to_owned()),
        fact("Detected by", detection(decl)),
        fact("Event names", event_names(decl)),
        fact("Signature", signature(decl)),
    ]
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
    let documented = decl
        .events
        .iter()
        .filter(|e| e.provenance == Provenance::Documented)
        .count();
    let observed = decl.events.len() - documented;
    let case = if decl.event_names_ignore_case {
        "matched ignoring letter case, because it varies in the wild"
    } else {
        "matched exactly as declared; another letter case is reported as a case variant"
    };
    let mut text = format!(
        "Read from {}, {case}. {} known: {documented} documented, {observed} observed.",
        decl.event_field,
        decl.events.len()
    );
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
    match decl.signing() {
        Some(s) => format!(
            "{} = MD5({} + \"{}\" + secret), in hex. {}",
            s.signature_header, s.request_id_header, s.separator, s.notes
        ),
        None => format!(
            "None documented: {} describes no signature header or HMAC for outbound webhooks, \
             and none has been observed. Protect the endpoint with your own secret in its URL \
             or a header.",
            decl.vendor.display_name()
        ),
    }
}
