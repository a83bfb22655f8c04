//! The test vectors judged by the engine itself: each valid one verifies, each invalid one does not,
//! every category the vectors promise is there, and each request is a clean Perfect Gym delivery.

use super::vectors::{vectors, vectors_json, Vector};
use super::*;
use crate::domain::analysis::analyze;
use crate::domain::diagnostic::Severity;
use crate::domain::http::{split_paste, Paste};
use crate::domain::json::parse;
use crate::domain::schema::Vendor;

fn all() -> Vec<Vector> {
    vectors(Vendor::PerfectGym).expect("Perfect Gym signs")
}

#[test]
fn valid_vectors_verify_and_invalid_ones_do_not() {
    for v in all() {
        let Paste::Request(request) = split_paste(&v.request) else {
            panic!("{}: a raw request", v.name);
        };
        let verdict = check(&SignatureInputs::from_request(&request, &v.secret));
        assert_eq!(
            matches!(verdict, Verdict::Valid { .. }),
            v.valid,
            "{}: {verdict:?}",
            v.name
        );
        assert_eq!(v.name.starts_with("valid-"), v.valid, "{}", v.name);
        let analysis = analyze(&v.request);
        assert_eq!(analysis.vendor(), Some(Vendor::PerfectGym));
        assert_eq!(analysis.count(Severity::Error), 0, "{}", v.name);
        assert!(!v.reason.is_empty());
    }
}

#[test]
fn every_promised_case_is_there_once() {
    let vectors = all();
    let names: Vec<&str> = vectors.iter().map(|v| v.name).collect();
    let unique: std::collections::HashSet<&&str> = names.iter().collect();
    assert_eq!(unique.len(), names.len());
    assert!(vectors.iter().filter(|v| !v.valid).count() >= 10);
    for wanted in [
        "valid-lowercase-hex",
        "valid-uppercase-hex",
        "valid-numeric-id",
        "valid-secret-with-spaces",
        "valid-secret-with-quotes",
        "valid-secret-non-ascii",
        "invalid-wrong-secret",
        "invalid-swapped-order",
        "invalid-body-hashed",
        "invalid-missing-signature",
        "invalid-missing-request-id",
        "invalid-another-requests-signature",
        "invalid-truncated",
        "invalid-base64",
        "invalid-hmac-md5",
    ] {
        assert!(names.contains(&wanted), "{wanted}");
    }
    assert!(vectors.iter().any(|v| !v.secret.is_ascii()));
    assert_eq!(
        super::vectors::vectors(Vendor::GymOs),
        None,
        "GymOS signs nothing"
    );
}

#[test]
fn the_json_has_the_documented_shape() {
    let json = vectors_json(&all());
    let root = parse(&json).expect("JSON");
    let items = root
        .get("vectors")
        .and_then(|v| v.as_array())
        .expect("vectors");
    assert_eq!(items.len(), all().len());
    for item in items {
        for key in ["name", "request", "secret", "reason"] {
            assert!(item.get(key).and_then(|v| v.as_str()).is_some(), "{key}");
        }
        assert!(item.get("valid").and_then(|v| v.as_bool()).is_some());
    }
}
