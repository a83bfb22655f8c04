//! Tests of the PGM computation, `check` verdicts, `visible` and the no-panic property.
//! Expected hexes were computed independently with md5sum (command next to each vector).

use super::*;
use crate::domain::http::{split_paste, Paste};
use proptest::prelude::*;

// printf '%s' '12345:secret' | md5sum
const VECTOR_ID: &str = "12345";
const VECTOR_SECRET: &str = "secret";
const VECTOR_HEX: &str = "31d0dae91eda61c29b5a32f3c633f94a";
// printf '%s' '7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01:whsec-pgm-demo' | md5sum
const GUID_ID: &str = "7d0f6a52-3c1e-4b8a-9f2d-5e6c7b8a9d01";
const GUID_SECRET: &str = "whsec-pgm-demo";
const GUID_HEX: &str = "79e079d94a86e27128ea84f6d1fb3a07";

fn inputs<'a>(request_id: &'a str, signature: &'a str, secret: &'a str) -> SignatureInputs<'a> {
    SignatureInputs {
        request_id,
        signature,
        secret,
        body: None,
    }
}

#[test]
fn known_vectors() {
    assert_eq!(hashed_string(VECTOR_ID, VECTOR_SECRET), "12345:secret");
    assert_eq!(compute_pgm(VECTOR_ID, VECTOR_SECRET), VECTOR_HEX);
    assert_eq!(compute_pgm(GUID_ID, GUID_SECRET), GUID_HEX);
}

#[test]
fn matching_signature_is_valid() {
    let verdict = check(&inputs(GUID_ID, GUID_HEX, GUID_SECRET));
    assert_eq!(
        verdict,
        Verdict::Valid {
            computed: GUID_HEX.to_owned()
        }
    );
    assert_eq!(verdict.key(), "valid");
}

#[test]
fn upper_case_hex_is_valid() {
    let upper = GUID_HEX.to_ascii_uppercase();
    assert_eq!(check(&inputs(GUID_ID, &upper, GUID_SECRET)).key(), "valid");
}

#[test]
fn wrong_secret_is_invalid_without_diagnosis() {
    let verdict = check(&inputs(GUID_ID, GUID_HEX, "another-secret"));
    assert_eq!(verdict.key(), "invalid");
    assert!(matches!(
        verdict,
        Verdict::Invalid {
            diagnosis: None,
            ..
        }
    ));
    assert!(no_match_explanation().contains("secret"));
}

#[test]
fn each_missing_input_is_reported() {
    let cases = [
        (inputs("", GUID_HEX, GUID_SECRET), vec![Missing::RequestId]),
        (inputs(GUID_ID, "", GUID_SECRET), vec![Missing::Signature]),
        (inputs(GUID_ID, GUID_HEX, ""), vec![Missing::Secret]),
        (inputs(" ", "\n", "\u{200b}"), Missing::ALL.to_vec()),
    ];
    for (given, missing) in cases {
        let verdict = check(&given);
        assert_eq!(verdict.key(), "incomplete");
        assert_eq!(verdict, Verdict::Incomplete { missing });
    }
    let text = Missing::Signature.explanation();
    assert!(text.contains(
        "PGM only sends X-PerfectGym-Signature when the webhook has a secret configured"
    ));
    assert!(Missing::ALL
        .iter()
        .all(|m| !m.explanation().is_empty() && !m.key().is_empty()));
}

#[test]
fn inputs_from_a_pasted_request() {
    let text = format!("POST /h HTTP/1.1\nx-perfectgym-request: {GUID_ID}\nX-PerfectGym-Signature: {GUID_HEX}\n\n{{}}");
    let Paste::Request(request) = split_paste(&text) else {
        panic!("request expected")
    };
    let given = SignatureInputs::from_request(&request, GUID_SECRET);
    assert_eq!(given.body, Some("{}"));
    assert_eq!(check(&given).key(), "valid");
    let unsigned = split_paste("X-PerfectGym-Request: 1\n\n{}");
    let Paste::Request(request) = unsigned else {
        panic!("request expected")
    };
    let verdict = check(&SignatureInputs::from_request(&request, "s"));
    assert_eq!(
        verdict,
        Verdict::Incomplete {
            missing: vec![Missing::Signature]
        }
    );
}

#[test]
fn constant_time_comparison() {
    assert!(constant_time_eq_hex("abcDEF01", "ABCdef01"));
    assert!(!constant_time_eq_hex("abc", "abd"));
    assert!(!constant_time_eq_hex("abc", "abcd"));
    assert!(constant_time_eq_hex("", ""));
}

#[test]
fn visible_marks_invisible_characters() {
    let cases = [
        ("abc", "abc"),
        ("  a b  ", "␠␠a b␠␠"),
        ("   ", "␠␠␠"),
        ("a\r\n", "a␍␊"),
        ("\tx", "␉x"),
        ("a\u{a0}b", "a⟨U+00A0⟩b"),
        ("\u{feff}id\u{200b}", "⟨U+FEFF⟩id⟨U+200B⟩"),
        ("x\u{0}\u{7f}", "x⟨U+0000⟩⟨U+007F⟩"),
        ("\u{2028}", "⟨U+2028⟩"),
        ("café ✓ 😀", "café ✓ 😀"),
        ("", ""),
    ];
    for (given, shown) in cases {
        assert_eq!(visible(given), shown, "visible({given:?})");
    }
}

#[test]
fn masked_hides_ordinary_characters_but_marks_invisible_ones() {
    let cases = [
        ("s3cr3t", "••••••"),
        (" s3 \n", "␠•••␊"),
        ("\u{feff}é😀\t", "⟨U+FEFF⟩••␉"),
        ("", ""),
    ];
    for (given, shown) in cases {
        assert_eq!(masked(given), shown, "masked({given:?})");
    }
}

proptest! {
    #[test]
    fn check_never_panics(id in any::<String>(), sig in any::<String>(), secret in any::<String>(), body in any::<Option<String>>()) {
        let given = SignatureInputs { request_id: &id, signature: &sig, secret: &secret, body: body.as_deref() };
        let verdict = check(&given);
        prop_assert!(["valid", "invalid", "incomplete"].contains(&verdict.key()));
        if let Verdict::Invalid { diagnosis: Some(diagnosis), .. } = verdict {
            prop_assert!(!diagnosis.explanation().is_empty());
        }
        let _ = visible(&id);
    }

    #[test]
    fn decorated_looking_signatures_never_panic(sig in "[\"'` md5=:0xX\u{feff}\n\r\t,;a-f0-9é]{0,48}") {
        let _ = check(&inputs(GUID_ID, &sig, GUID_SECRET));
    }
}
