//! Which vendor sent this: by the envelope's marker fields (declared in the schema), else by headers.
//! When neither fits, say which vendor is closest and what it lacks.

use super::json::{Node, NodeKind};
use super::schema::{declaration, FieldDecl, Vendor};

/// Perfect Gym names both of its headers with this prefix (`X-PerfectGym-Request`, `X-PerfectGym-Signature`).
const PERFECTGYM_HEADER_PREFIX: &str = "x-perfectgym-";

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detection {
    /// Every marker field of the vendor's envelope is present.
    Shape(Vendor),
    /// The body does not fit, but the request headers name the vendor.
    Headers(Vendor),
    /// The body is JSON but not an object; both vendors send objects.
    NotAnObject { found: &'static str },
    /// An object that fits neither vendor; `closest` has at least one marker and lacks the listed ones.
    NoMatch {
        closest: Option<(Vendor, Vec<&'static str>)>,
    },
}

impl Detection {
    pub fn vendor(&self) -> Option<Vendor> {
        match self {
            Detection::Shape(v) | Detection::Headers(v) => Some(*v),
            _ => None,
        }
    }

    /// A sentence for the page explaining the answer.
    pub fn explanation(&self) -> String {
        match self {
            Detection::Shape(v) => format!("Detected {} from the payload's envelope fields.", v.display_name()),
            Detection::Headers(v) => format!("{} headers are present, but the body lacks its envelope fields.", v.display_name()),
            Detection::NotAnObject { found } => format!("The body is a JSON {found}; both vendors send a JSON object."),
            Detection::NoMatch { closest: None } => "Neither vendor: Perfect Gym sends event, triggeredDate and data; GymOS sends eventType and payload.".to_owned(),
            Detection::NoMatch { closest: Some((v, missing)) } => {
                format!("Not recognised: closest to {}, but {} missing.", v.display_name(), missing.join(" and ") + if missing.len() == 1 { " is" } else { " are" })
            }
        }
    }
}

/// `headers` are (name, value) pairs of a pasted request; empty for a bare body.
pub fn detect(root: &Node, headers: &[(String, String)]) -> Detection {
    let NodeKind::Object(_) = &root.kind else {
        return Detection::NotAnObject {
            found: root.kind.type_name(),
        };
    };
    let mut closest: Option<(Vendor, Vec<&'static str>, usize)> = None;
    for vendor in Vendor::ALL {
        let markers = declaration(vendor)
            .envelope
            .fields
            .iter()
            .filter(|f| f.marker);
        let (present, missing): (Vec<&FieldDecl>, Vec<&FieldDecl>) =
            markers.partition(|f| root.get(f.name).is_some());
        if missing.is_empty() {
            return Detection::Shape(vendor);
        }
        if !present.is_empty() && closest.as_ref().is_none_or(|(_, _, n)| present.len() > *n) {
            closest = Some((
                vendor,
                missing.iter().map(|f| f.name).collect(),
                present.len(),
            ));
        }
    }
    if headers.iter().any(|(name, _)| {
        name.to_ascii_lowercase()
            .starts_with(PERFECTGYM_HEADER_PREFIX)
    }) {
        return Detection::Headers(Vendor::PerfectGym);
    }
    Detection::NoMatch {
        closest: closest.map(|(v, missing, _)| (v, missing)),
    }
}
