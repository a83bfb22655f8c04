//! The mistakes seen in receivers written for other senders: HMAC-MD5 (either key), quotes around the
//! request id, `sha256=`/`sha1=` signature formats, and duplicated headers joined by a comma. Expected
//! hexes come from Python's hmac and hashlib (command next to each), not from the code under test.

use super::*;

const ID: &str = "7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01";
const SECRET: &str = "whsec-pgm-demo";
/// printf '%s' '7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01:whsec-pgm-demo' | md5sum
const GOOD: &str = "79e079d94a86e27128ea84f6d1fb3a07";

fn diagnose(request_id: &str, signature: &str) -> Diagnosis {
    let inputs = SignatureInputs {
        request_id,
        signature,
        secret: SECRET,
        body: None,
    };
    match check(&inputs) {
        Verdict::Invalid {
            diagnosis: Some(diagnosis),
            ..
        } => diagnosis,
        other => panic!("expected a diagnosed mismatch for {signature:?}, got {other:?}"),
    }
}

#[test]
fn hmac_md5_with_either_key_is_named() {
    for (key, signature) in [
        // hmac.new(b'whsec-pgm-demo', b'7d0f6a52-…-5e6c7b8a9d01', hashlib.md5).hexdigest()
        (HmacKey::Secret, "46f0d307f55509a877aeecf7e5d33c81"),
        // hmac.new(b'7d0f6a52-…-5e6c7b8a9d01', b'whsec-pgm-demo', hashlib.md5).hexdigest()
        (HmacKey::RequestId, "f7f1a64c8522aa198a29af77cb445486"),
    ] {
        let d = diagnose(ID, signature);
        assert_eq!(d, Diagnosis::HmacMd5 { key });
        assert_eq!(
            (d.key(), d.title()),
            ("hmac-md5", "HMAC-MD5 instead of a plain MD5")
        );
        assert!(d.explanation().contains("no HMAC"), "{}", d.explanation());
    }
}

#[test]
fn quotes_around_the_request_id_either_way() {
    // Entered here with quotes (copied from JSON), signed without them.
    for (quoted, quote) in [(format!("\"{ID}\""), '"'), (format!("'{ID}'"), '\'')] {
        let d = diagnose(&quoted, GOOD);
        let expected = Diagnosis::QuotedRequestId {
            quote,
            signed_with_quotes: false,
        };
        assert_eq!(d, expected);
        assert!(
            d.explanation().contains("did not sign"),
            "{}",
            d.explanation()
        );
    }
    // Signed over the JSON-encoded id: hashlib.md5(b'"7d0f…9d01":whsec-pgm-demo').hexdigest()
    let d = diagnose(ID, "4d20fabbd78b25669557c885432e8dcc");
    let expected = Diagnosis::QuotedRequestId {
        quote: '"',
        signed_with_quotes: true,
    };
    assert_eq!(d, expected);
    assert_eq!(d.key(), "quoted-request-id");
    assert!(
        d.explanation().contains("JSON.stringify"),
        "{}",
        d.explanation()
    );
}

#[test]
fn sha_prefixed_signatures_are_another_senders_format() {
    for (signature, scheme, digits) in [
        (format!("sha256={}", "ab".repeat(32)), "sha256", 64),
        (format!("sha1={}", "cd".repeat(20)), "sha1", 40),
        (format!("SHA256={}", "ef".repeat(32)), "SHA256", 64),
    ] {
        let d = diagnose(ID, &signature);
        let shape = NotMd5::SchemePrefix {
            scheme: scheme.into(),
            digits,
        };
        assert_eq!(d, Diagnosis::NotMd5(shape));
        assert_eq!(d.title(), "Another sender's signature format");
        let text = d.explanation();
        assert!(
            text.contains(&format!("“{scheme}=” followed by {digits} hex digits")),
            "{text}"
        );
        assert!(!text.contains("not a hex digit"), "{text}");
    }
    // The right MD5 under a sha256= label is only a mislabelled prefix.
    let d = diagnose(ID, &format!("sha256={GOOD}"));
    let expected = Diagnosis::DecoratedSignature {
        prefix: "sha256=".into(),
        suffix: String::new(),
    };
    assert_eq!(d, expected);
}

#[test]
fn duplicated_headers_joined_by_a_comma() {
    let other = "0123456789abcdef0123456789abcdef";
    for (signature, count, matching) in [
        (format!("{GOOD}, {GOOD}"), 2, Some(1)),
        (format!("{other},{GOOD}"), 2, Some(2)),
        (format!("{other}, {other}, {other}"), 3, None),
    ] {
        let d = diagnose(ID, &signature);
        let expected = Diagnosis::JoinedValues {
            field: HeaderField::Signature,
            count,
            matching,
        };
        assert_eq!(d, expected, "{signature}");
        assert_eq!(d.key(), "joined-values");
        assert!(d
            .explanation()
            .contains("joins duplicated headers with “, ”"));
        assert!(!d.explanation().contains("not a hex digit"));
    }
    // The request id header twice: "id, id" as Node hands it over.
    let d = diagnose(&format!("{ID}, {ID}"), GOOD);
    let expected = Diagnosis::JoinedValues {
        field: HeaderField::RequestId,
        count: 2,
        matching: Some(1),
    };
    assert_eq!(d, expected);
    assert!(
        d.explanation().starts_with("The request id holds 2 values"),
        "{}",
        d.explanation()
    );
}

#[test]
fn the_new_titles_are_distinct_from_each_other_and_the_old_ones() {
    let all = [
        Diagnosis::HmacMd5 {
            key: HmacKey::Secret,
        },
        Diagnosis::QuotedRequestId {
            quote: '"',
            signed_with_quotes: false,
        },
        Diagnosis::JoinedValues {
            field: HeaderField::Signature,
            count: 2,
            matching: None,
        },
        Diagnosis::NotMd5(NotMd5::SchemePrefix {
            scheme: "sha1".into(),
            digits: 40,
        }),
        Diagnosis::NotMd5(NotMd5::Sha1Hex),
        Diagnosis::SwappedOrder,
    ];
    let titles: std::collections::HashSet<&str> = all.iter().map(Diagnosis::title).collect();
    assert_eq!(titles.len(), all.len(), "{titles:?}");
}
