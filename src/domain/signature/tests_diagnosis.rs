//! One test per diagnosis: build the signature a mistaken sender would produce and assert that
//! `check` names exactly that mistake (removing a row from the table fails a test here).

use super::pgm::md5_hex;
use super::*;

const ID: &str = "7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01";
const SECRET: &str = "whsec-pgm-demo";
const BODY: &str = "{\"event\":\"Test\",\"triggeredDate\":\"2020-06-01T14:44:46Z\",\"data\":{}}";

fn diagnose(request_id: &str, signature: &str, secret: &str, body: Option<&str>) -> Diagnosis {
    let inputs = SignatureInputs {
        request_id,
        signature,
        secret,
        body,
    };
    match check(&inputs) {
        Verdict::Invalid {
            diagnosis: Some(diagnosis),
            ..
        } => {
            assert!(!diagnosis.explanation().is_empty());
            diagnosis
        }
        other => panic!("expected a diagnosed mismatch for {signature:?}, got {other:?}"),
    }
}

#[test]
fn decorated_signature() {
    let good = compute_pgm(ID, SECRET);
    let upper = good.to_ascii_uppercase();
    let cases = [
        (format!("\"{good}\""), "\"", "\""),
        (format!("md5={good}"), "md5=", ""),
        (format!("MD5:{upper}"), "MD5:", ""),
        (format!("0x{good}"), "0x", ""),
        (format!("{good}\r\n"), "", "\r\n"),
        (format!(" '{good}', "), " '", "', "),
        (
            format!("X-PerfectGym-Signature: {good}"),
            "X-PerfectGym-Signature: ",
            "",
        ),
        (format!("\u{feff}{good}"), "\u{feff}", ""),
    ];
    for (signature, prefix, suffix) in cases {
        let diagnosis = diagnose(ID, &signature, SECRET, None);
        assert_eq!(diagnosis.key(), "decorated-signature");
        let expected = Diagnosis::DecoratedSignature {
            prefix: prefix.into(),
            suffix: suffix.into(),
        };
        assert_eq!(diagnosis, expected, "for {signature:?}");
    }
}

#[test]
fn swapped_order() {
    let signature = md5_hex(&format!("{SECRET}:{ID}"));
    let diagnosis = diagnose(ID, &signature, SECRET, None);
    assert_eq!(diagnosis.key(), "swapped-order");
    assert_eq!(diagnosis, Diagnosis::SwappedOrder);
}

#[test]
fn other_separators() {
    for used in ["", "|", "::", " ", "\n", "."] {
        let signature = md5_hex(&format!("{ID}{used}{SECRET}"));
        let diagnosis = diagnose(ID, &signature, SECRET, None);
        assert_eq!(diagnosis.key(), "separator");
        assert_eq!(diagnosis, Diagnosis::Separator { used: used.into() });
    }
    let none = Diagnosis::Separator {
        used: String::new(),
    }
    .explanation();
    assert!(none.contains("nothing between"), "{none}");
}

#[test]
fn whitespace_entered_here_but_not_signed() {
    let signature = compute_pgm(ID, SECRET);
    let cases = [
        (
            format!("{ID}\r\n"),
            SECRET.to_owned(),
            Field::RequestId,
            Edge::Trailing,
            "\r\n",
        ),
        (
            ID.to_owned(),
            format!(" {SECRET}"),
            Field::Secret,
            Edge::Leading,
            " ",
        ),
        (
            ID.to_owned(),
            format!("\t{SECRET}\u{a0}"),
            Field::Secret,
            Edge::Both,
            "\t\u{a0}",
        ),
    ];
    for (id, secret, field, edge, chars) in cases {
        let diagnosis = diagnose(&id, &signature, &secret, None);
        assert_eq!(diagnosis.key(), "whitespace");
        let fix = WhitespaceFix::Trim;
        let expected = Diagnosis::Whitespace {
            field,
            edge,
            chars: chars.into(),
            fix,
        };
        assert_eq!(diagnosis, expected);
    }
}

#[test]
fn whitespace_signed_but_not_entered_here() {
    for (field, extra) in [
        (Field::Secret, "\n"),
        (Field::RequestId, "\r\n"),
        (Field::Secret, " "),
    ] {
        let signature = match field {
            Field::RequestId => compute_pgm(&format!("{ID}{extra}"), SECRET),
            Field::Secret => compute_pgm(ID, &format!("{SECRET}{extra}")),
        };
        let diagnosis = diagnose(ID, &signature, SECRET, None);
        assert_eq!(diagnosis.key(), "whitespace");
        let fix = WhitespaceFix::SignedWithExtra;
        let expected = Diagnosis::Whitespace {
            field,
            edge: Edge::Trailing,
            chars: extra.into(),
            fix,
        };
        assert_eq!(diagnosis, expected);
        assert!(diagnosis.explanation().contains(&visible(extra)));
    }
}

#[test]
fn body_hashed_instead_of_id() {
    let preimages = [
        (BodyFormula::Body, BODY.to_owned()),
        (BodyFormula::BodyColonSecret, format!("{BODY}:{SECRET}")),
        (BodyFormula::BodyThenSecret, format!("{BODY}{SECRET}")),
        (BodyFormula::SecretThenBody, format!("{SECRET}{BODY}")),
    ];
    for (formula, preimage) in preimages {
        let diagnosis = diagnose(ID, &md5_hex(&preimage), SECRET, Some(BODY));
        assert_eq!(diagnosis.key(), "body-hashed");
        assert_eq!(diagnosis, Diagnosis::BodyHashed { formula });
    }
    // The pasted body gained a trailing newline; the signer hashed it without.
    let pasted = format!("{BODY}\n");
    let diagnosis = diagnose(ID, &md5_hex(BODY), SECRET, Some(&pasted));
    assert_eq!(
        diagnosis,
        Diagnosis::BodyHashed {
            formula: BodyFormula::Body
        }
    );
}

#[test]
fn body_is_ignored_when_absent() {
    let inputs = SignatureInputs {
        request_id: ID,
        signature: &md5_hex(BODY),
        secret: SECRET,
        body: None,
    };
    assert!(matches!(
        check(&inputs),
        Verdict::Invalid {
            diagnosis: None,
            ..
        }
    ));
}

#[test]
fn secret_only() {
    let diagnosis = diagnose(ID, &md5_hex(SECRET), SECRET, Some(BODY));
    assert_eq!(diagnosis.key(), "secret-only");
    assert_eq!(diagnosis, Diagnosis::SecretOnly);
}

#[test]
fn a_body_past_the_candidate_limit_is_not_hashed_on_every_key() {
    let big = format!(
        "{{\"pad\": \"{}\"}}",
        "x".repeat(super::candidates::MAX_BODY_CANDIDATE_BYTES)
    );
    let inputs = SignatureInputs {
        request_id: ID,
        signature: &md5_hex(&big),
        secret: SECRET,
        body: Some(&big),
    };
    assert!(
        matches!(
            check(&inputs),
            Verdict::Invalid {
                diagnosis: None,
                ..
            }
        ),
        "not diagnosed as the body hashed"
    );
}

/// Found by fuzzing: with a body of whitespace alone, "body + secret" trimmed to the secret alone and
/// the signature was blamed on the body.
#[test]
fn secret_only_with_a_whitespace_body_is_not_blamed_on_the_body() {
    for body in ["\n", " ", "\r\n", "\u{ad}", "\t \n"] {
        let diagnosis = diagnose(ID, &md5_hex(SECRET), SECRET, Some(body));
        assert_eq!(diagnosis, Diagnosis::SecretOnly, "body {body:?}");
    }
}

#[test]
fn id_only() {
    let diagnosis = diagnose(ID, &md5_hex(ID), SECRET, None);
    assert_eq!(diagnosis.key(), "id-only");
    assert_eq!(diagnosis, Diagnosis::IdOnly);
}

#[test]
fn explanations_name_the_fix() {
    assert!(Diagnosis::SwappedOrder.explanation().contains("swap"));
    let decorated = Diagnosis::DecoratedSignature {
        prefix: "md5=".into(),
        suffix: "\n".into(),
    };
    let text = decorated.explanation();
    assert!(text.contains("md5=") && text.contains('␊'), "{text}");
}

#[test]
fn every_diagnosis_has_its_own_title() {
    let all = [
        Diagnosis::DecoratedSignature {
            prefix: "md5=".into(),
            suffix: String::new(),
        },
        Diagnosis::SwappedOrder,
        Diagnosis::Separator { used: "|".into() },
        Diagnosis::Whitespace {
            field: Field::Secret,
            edge: Edge::Trailing,
            chars: "\n".into(),
            fix: WhitespaceFix::Trim,
        },
        Diagnosis::BodyHashed {
            formula: BodyFormula::Body,
        },
        Diagnosis::SecretOnly,
        Diagnosis::IdOnly,
    ];
    let titles: std::collections::HashSet<&str> = all.iter().map(Diagnosis::title).collect();
    assert_eq!(titles.len(), all.len(), "titles are distinct: {titles:?}");
    assert!(titles.iter().all(|title| !title.is_empty()));
}

#[test]
fn a_signature_that_is_not_an_md5_hex_says_what_it_is() {
    let right = super::pgm::compute_pgm(ID, SECRET);
    let bytes: Vec<u8> = (0..16)
        .filter_map(|i| right.get(i * 2..i * 2 + 2))
        .filter_map(|h| u8::from_str_radix(h, 16).ok())
        .collect();
    let b64 = base64_standard(&bytes);
    let d = diagnose(ID, &b64, SECRET, None);
    assert_eq!(d.key(), "not-md5");
    assert_eq!(d.title(), "An MD5 in base64, not hex");
    assert!(d.explanation().contains(&format!(
        "in hex it is {right}, which is the expected signature"
    )));
    let d = diagnose(ID, &"ab".repeat(32), SECRET, None);
    assert!(
        d.explanation()
            .starts_with("This is 64 hex digits: a SHA-256"),
        "{}",
        d.explanation()
    );
    let d = diagnose(ID, &right[..31], SECRET, None);
    assert!(
        d.explanation().starts_with("This has 31 characters"),
        "{}",
        d.explanation()
    );
}

/// Standard padded base64, written out here so the test does not share the code it checks.
fn base64_standard(bytes: &[u8]) -> String {
    const A: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let b = |i: usize| u32::from(chunk.get(i).copied().unwrap_or(0));
        let n = (b(0) << 16) | (b(1) << 8) | b(2);
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(char::from(A[((n >> (18 - 6 * k)) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}
