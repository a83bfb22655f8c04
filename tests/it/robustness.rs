//! Bad input of any kind gives diagnostics, never a panic: a panic in WebAssembly kills the page.

use gymhook::domain::analysis::analyze;
use gymhook::domain::reformat::reformat;
use proptest::prelude::*;

/// Keys both vendors use, so random objects often reach deep into validation.
const KEYS: &[&str] = &[
    "event",
    "triggeredDate",
    "data",
    "eventType",
    "payload",
    "subject",
    "subjectType",
    "member",
    "booking",
    "session",
    "id",
    "autoBooked",
    "createdUtc",
    "currentMemberships",
    "supplementalData",
    "credit",
    "cost",
    "creditsIssued",
    "nestedData",
    "valueLong",
    "userId",
];

fn json_value() -> impl Strategy<Value = String> {
    let leaf = prop_oneof![
        Just("null".to_owned()),
        any::<bool>().prop_map(|b| b.to_string()),
        any::<i64>().prop_map(|i| i.to_string()),
        any::<f64>()
            .prop_filter("finite", |f| f.is_finite())
            .prop_map(|f| f.to_string()),
        "[a-zA-Z0-9:+.\\- ]{0,40}".prop_map(|s| format!("\"{s}\"")),
        Just("\"2025-11-25T13:42:01Z\"".to_owned()),
        Just("\"91d6528e-cc6b-4027-9c33-a172ce018c81\"".to_owned()),
        Just("\"\"".to_owned()),
    ];
    leaf.prop_recursive(5, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(|v| format!("[{}]", v.join(","))),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|members| {
                let body: Vec<String> = members
                    .into_iter()
                    .map(|(k, v)| format!("\"{k}\":{v}"))
                    .collect();
                format!("{{{}}}", body.join(","))
            }),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn random_text_never_panics(text in "\\PC{0,200}") {
        let a = analyze(&text);
        prop_assert!(a.diagnostics.iter().all(|d| d.span.start <= text.len()));
        let _ = reformat(&text);
    }

    #[test]
    fn random_bytes_as_lossy_text_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..300)) {
        let text = String::from_utf8_lossy(&bytes);
        let _ = analyze(&text);
    }

    #[test]
    fn random_vendor_shaped_json_never_panics(
        pgm in prop::collection::vec((prop::sample::select(KEYS), json_value()), 0..6),
        headers in prop::bool::ANY,
    ) {
        let members: Vec<String> = pgm.into_iter().map(|(k, v)| format!("\"{k}\": {v}")).collect();
        let body = format!("{{\"event\": \"Test\", \"triggeredDate\": \"x\", \"eventType\": \"Session Booked\", {}}}", members.join(",\n"));
        let text = if headers { format!("POST / HTTP/1.1\r\nX-PerfectGym-Request: 1\r\n\r\n{body}") } else { body };
        let a = analyze(&text);
        for d in &a.diagnostics {
            prop_assert!(d.position.line >= 1 && d.position.column >= 1);
            prop_assert!(d.span.end <= text.len());
        }
        if let Ok(formatted) = reformat(&text) {
            let again = analyze(&formatted);
            prop_assert_eq!(again.diagnostics.len(), a.diagnostics.len(), "formatting changes no verdict");
        }
    }
}

/// Columns on one long non-ASCII line (a minified payload with accented names) stay exact.
#[test]
fn columns_on_a_long_non_ascii_line_count_characters() {
    let extras: Vec<String> = (0..3000)
        .map(|i| format!("\"extraé{i}\":\"Zoë {i}\""))
        .collect();
    let text = format!(
        "{{\"event\":\"Test\",\"triggeredDate\":\"2020-06-01T14:44:46Z\",\"data\":{{}},{}}}",
        extras.join(",")
    );
    let a = analyze(&text);
    // The 3000 notes fold into one (see tests/large_input.rs); its position and every key's are exact.
    assert_eq!(a.diagnostics.len(), 1);
    let lines = gymhook::domain::json::LineIndex::new(&text);
    let starts = text.match_indices("\"extra").map(|(at, _)| at);
    for (d_start, at) in a
        .diagnostics
        .iter()
        .map(|d| d.span.start)
        .chain(starts)
        .zip(0..)
    {
        let position = lines.position(&text, d_start);
        let expected = text[..d_start].chars().count() + 1;
        assert_eq!((position.line, position.column), (1, expected), "key {at}");
    }
}
