//! The worker message round-trips every analysis exactly, and damaged bytes are refused, never panic.

use super::*;
use crate::domain::analysis::analyze;
use crate::domain::examples::first_example;
use crate::domain::generate::{catalogue, export, generate, Format, Options};
use crate::domain::schema::Vendor;
use proptest::prelude::*;

fn round_trips(text: &str) {
    let a = analyze(text);
    let back = decode(&encode(&a)).unwrap_or_else(|e| panic!("{e} for {text}"));
    assert_eq!(format!("{back:?}"), format!("{a:?}"), "{text}");
}

#[test]
fn every_kind_of_analysis_round_trips() {
    for v in Vendor::ALL {
        round_trips(&first_example(v));
    }
    for choice in catalogue() {
        for edge_cases in [false, true] {
            let g = generate(
                &choice,
                Options {
                    seed: 7,
                    edge_cases,
                },
            );
            round_trips(&g.body);
            let http = export(&g, Format::Http, "https://r.example.com/h", "s").map(|e| e.text);
            round_trips(&http.unwrap_or_default());
        }
    }
    for text in [
        "",
        "   ",
        "{\"event\": ",
        "[1, 2]",
        "\"text\"",
        "{\"a\": 1}",
        "{\"event\": \"ClassesBookedOnStandbyList\", \"triggeredDate\": \"2020-06-01T14:44:46+02:00\", \"data\": {\"userId\": \"12\"}}",
        "{\"event\": \"classesbooked\", \"data\": {}}",
        "{\"eventType\": \"Nope\", \"subjectType\": \"LEAD\", \"payload\": {\"credit\": {\"cost\": \"1\", \"x\": [1,{}]}}}",
        "POST /h HTTP/1.1\nX-PerfectGym-Request: 1\n\n[]",
        // A captured answer crosses too.
        "> POST /h HTTP/1.1\n> X-PerfectGym-Request: 1\n> \n} [5 bytes data]\n< HTTP/1.1 500 Boom\n< X-A: b\n< \nnope",
    ] {
        round_trips(text);
    }
}

#[test]
fn every_kind_has_its_own_code() {
    for (i, k) in analysis::KINDS.iter().enumerate() {
        assert_eq!(usize::from(analysis::kind_code(*k)), i, "{k:?}");
    }
}

#[test]
fn a_message_from_another_version_or_cut_short_is_refused() {
    let bytes = encode(&analyze(&first_example(Vendor::GymOs)));
    let mut other = bytes.clone();
    if let Some(v) = other.first_mut() {
        *v = VERSION + 1;
    }
    assert_eq!(decode(&other).err(), Some(WireError::Version));
    for cut in [1, bytes.len() / 3, bytes.len() - 1] {
        assert!(
            decode(bytes.get(..cut).unwrap_or_default()).is_err(),
            "cut at {cut}"
        );
    }
    let mut longer = bytes;
    longer.push(0);
    assert_eq!(decode(&longer).err(), Some(WireError::Damaged));
}

proptest! {
    #[test]
    fn arbitrary_bytes_decode_or_error_without_panicking(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let mut with_version = vec![VERSION];
        with_version.extend_from_slice(&bytes);
        let _ = decode(&with_version);
    }

    #[test]
    fn flipped_bytes_in_a_real_message_never_panic(at in 0usize..2000, to in any::<u8>()) {
        let mut bytes = encode(&analyze(&first_example(Vendor::GymOs)));
        let len = bytes.len();
        if let Some(b) = bytes.get_mut(at % len) {
            *b = to;
        }
        let _ = decode(&bytes);
    }
}
