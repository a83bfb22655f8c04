//! Which vendor sent this: by the envelope's marker fields (declared in the schema), else by headers.
//! When neither fits, say which vendor is closest and what it lacks.

use super::json::{Node, NodeKind};
use super::schema::{declaration, FieldDecl, FieldType, Vendor};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Detection {
    /// Every marker field of the vendor's envelope is present.
    Shape(Vendor),
    /// The body does not fit, but the request headers name the vendor.
    Headers(Vendor),
    /// The body is JSON but not an object; every vendor sends objects.
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
            Detection::Shape(v) => format!(
                "Detected {} from the payload's envelope fields.",
                v.display_name()
            ),
            Detection::Headers(v) => format!(
                "{} headers are present, but the body lacks its envelope fields.",
                v.display_name()
            ),
            Detection::NotAnObject { found } => {
                format!(
                    "The body is a JSON {found}; {} a JSON object.",
                    every_vendor_sends()
                )
            }
            Detection::NoMatch { closest: None } => {
                format!("{}: {}.", no_vendor(), what_each_vendor_sends())
            }
            Detection::NoMatch {
                closest: Some((v, missing)),
            } => {
                format!(
                    "Not recognised: closest to {}, but {} missing.",
                    v.display_name(),
                    missing.join(" and ") + if missing.len() == 1 { " is" } else { " are" }
                )
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
    // The closest vendor has the most markers of the declared JSON kind, then the most markers at all:
    // `{"payload": [...]}` is nearer the vendor whose payload is a list than the one whose is an object.
    let mut closest: Option<(Vendor, Vec<&'static str>, (usize, usize))> = None;
    for vendor in Vendor::ALL {
        let (present, missing): (Vec<&FieldDecl>, Vec<&FieldDecl>) = declaration(vendor)
            .markers()
            .partition(|f| root.get(f.name).is_some());
        if missing.is_empty() {
            return Detection::Shape(vendor);
        }
        let fitting = present
            .iter()
            .filter(|f| root.get(f.name).is_some_and(|n| fits(f, n)))
            .count();
        let score = (fitting, present.len());
        if !present.is_empty() && closest.as_ref().is_none_or(|(_, _, best)| score > *best) {
            closest = Some((vendor, missing.iter().map(|f| f.name).collect(), score));
        }
    }
    if let Some(vendor) = by_headers(headers) {
        return Detection::Headers(vendor);
    }
    Detection::NoMatch {
        closest: closest.map(|(v, missing, _)| (v, missing)),
    }
}

/// The vendor whose own headers the request carries (a request whose body is not in the paste is still
/// known by them).
pub fn by_headers(headers: &[(String, String)]) -> Option<Vendor> {
    Vendor::ALL
        .into_iter()
        .find(|v| headers.iter().any(|(name, _)| sends_header(*v, name)))
}

/// Whether a marker's value has the JSON kind its declared type needs.
fn fits(field: &FieldDecl, node: &Node) -> bool {
    matches!(
        (&field.ty, &node.kind),
        (
            FieldType::Object(_) | FieldType::EventData | FieldType::StringMap,
            NodeKind::Object(_),
        ) | (
            FieldType::ObjectList(_) | FieldType::StringList,
            NodeKind::Array(_)
        ) | (FieldType::Boolean, NodeKind::Bool(_))
            | (
                FieldType::String | FieldType::Guid | FieldType::DateTime | FieldType::Date,
                NodeKind::String(_),
            )
            | (
                FieldType::Int | FieldType::Int64 | FieldType::EpochMillis | FieldType::Decimal,
                NodeKind::Number(_),
            )
    )
}

/// Whether a header of this name is one of the vendor's own (its declared prefix, in any letter case).
fn sends_header(vendor: Vendor, name: &str) -> bool {
    declaration(vendor).headers.matches(name)
}

/// "both vendors send" for two declared vendors, "every vendor sends" for more.
fn every_vendor_sends() -> &'static str {
    match Vendor::ALL.len() {
        2 => "both vendors send",
        _ => "every vendor sends",
    }
}

/// "Neither vendor" for two declared vendors, "No known vendor" for more.
fn no_vendor() -> &'static str {
    match Vendor::ALL.len() {
        2 => "Neither vendor",
        _ => "No known vendor",
    }
}

/// "Perfect Gym sends event, triggeredDate and data; GymOS sends eventType and payload".
fn what_each_vendor_sends() -> String {
    Vendor::ALL
        .into_iter()
        .map(|v| {
            let markers: Vec<&str> = declaration(v).markers().map(|f| f.name).collect();
            format!("{} sends {}", v.display_name(), and_list(&markers))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `a`, `a and b`, `a, b and c`.
pub(crate) fn and_list(items: &[&str]) -> String {
    match items {
        [] => String::new(),
        [one] => (*one).to_owned(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::json::parse_at;

    fn detect_text(body: &str, headers: &[(&str, &str)]) -> Detection {
        let root = parse_at(body, 0).expect("JSON");
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(n, v)| ((*n).to_owned(), (*v).to_owned()))
            .collect();
        detect(&root, &headers)
    }

    #[test]
    fn the_declared_header_prefix_names_the_vendor_in_any_case() {
        let by_headers = |name| detect_text("{}", &[(name, "x")]);
        assert_eq!(
            by_headers("x-perfectgym-request"),
            Detection::Headers(Vendor::PerfectGym)
        );
        assert_eq!(
            by_headers("X-PERFECTGYM-Whatever"),
            Detection::Headers(Vendor::PerfectGym)
        );
        assert_eq!(
            by_headers("X-PerfectGym"),
            Detection::NoMatch { closest: None }
        );
    }

    #[test]
    fn explanations_name_each_vendors_markers_as_before() {
        assert_eq!(
            detect_text("{}", &[]).explanation(),
            "No known vendor: Perfect Gym sends event, triggeredDate and data; GymOS sends \
             eventType and payload; PerfectGym Next / Magicline sends entityId, uuid and payload."
        );
        assert_eq!(
            detect_text(r#"{"eventType": "x"}"#, &[]),
            Detection::NoMatch {
                closest: Some((Vendor::GymOs, vec!["payload"]))
            }
        );
    }

    #[test]
    fn a_list_of_timestamped_types_is_nearer_the_vendor_whose_payload_is_a_list() {
        assert_eq!(
            detect_text(
                r#"{"payload": [{"timestamp": 1, "type": "CUSTOMER_CHECKIN"}]}"#,
                &[]
            ),
            Detection::NoMatch {
                closest: Some((Vendor::PerfectGymNext, vec!["entityId", "uuid"]))
            }
        );
        assert_eq!(
            detect_text(r#"{"payload": {}}"#, &[]),
            Detection::NoMatch {
                closest: Some((Vendor::GymOs, vec!["eventType"]))
            }
        );
        let body =
            r#"{"entityId": 1, "uuid": "095be615-a8ad-4c33-8e9c-c7612fbf6c9f", "payload": []}"#;
        assert_eq!(
            detect_text(body, &[]),
            Detection::Shape(Vendor::PerfectGymNext)
        );
    }

    #[test]
    fn the_declared_key_header_names_its_vendor_in_any_case() {
        for name in ["x-api-key", "X-API-KEY", "X-Api-Key"] {
            assert_eq!(
                detect_text("{}", &[(name, "k")]),
                Detection::Headers(Vendor::PerfectGymNext),
                "{name}"
            );
        }
        assert_eq!(
            detect_text("{}", &[("x-api-key-id", "k")]),
            Detection::NoMatch { closest: None }
        );
    }
}
