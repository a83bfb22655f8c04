//! The vendor introduction: source document, how a payload is recognised, how event names are
//! matched and how (or whether) requests are signed. Derived from the declaration where it can be.

use crate::domain::schema::{Provenance, Vendor, VendorDecl};
use crate::domain::signature::{REQUEST_ID_HEADER, SEPARATOR, SIGNATURE_HEADER};

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
        fact("Signature", signature(decl.vendor)),
    ]
}

fn detection(decl: &VendorDecl) -> String {
    let markers: Vec<&str> = decl
        .envelope
        .fields
        .iter()
        .filter(|f| f.marker)
        .map(|f| f.name)
        .collect();
    let mut text = format!("A JSON object carrying all of {}.", and_list(&markers));
    // detect.rs falls back to the request headers for Perfect Gym only: GymOS sends none of its own.
    if decl.vendor == Vendor::PerfectGym {
        text.push_str(&format!(
            " A pasted request whose body lacks them still counts as Perfect Gym when it has \
             X-PerfectGym- headers ({REQUEST_ID_HEADER}, {SIGNATURE_HEADER})."
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

fn signature(vendor: Vendor) -> String {
    match vendor {
        Vendor::PerfectGym => format!(
            "{SIGNATURE_HEADER} = MD5({REQUEST_ID_HEADER} + \"{SEPARATOR}\" + secret), in hex. \
             The document does not say which letter case, so compare case-insensitively. \
             Observed: the header is probably only sent when the webhook has a secret."
        ),
        Vendor::GymOs => "None documented: GymOS describes no signature header or HMAC for \
                          outbound webhooks, and none has been observed. Protect the endpoint \
                          with your own secret in its URL or a header."
            .to_owned(),
    }
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}
