//! Share links: round trips of every part of the state, old links, damaged and hostile data.

use super::link::encode_legacy;
use super::*;
use crate::domain::generate::{catalogue, default_choice};
use proptest::prelude::*;

fn state(text: &str) -> ShareState {
    ShareState {
        text: text.to_owned(),
        selected: Some("payload.booking.bookedBy".into()),
        generator: Some(GeneratorLink {
            choice: default_choice(),
            seed: u64::MAX - 7,
            edge_cases: true,
            format: Format::Curl,
        }),
    }
}

#[test]
fn every_part_of_the_state_round_trips() {
    for choice in catalogue() {
        let mut s = state("{\"eventType\": \"Session Booked\"}");
        if let Some(g) = &mut s.generator {
            g.choice = choice;
        }
        assert_eq!(decode(&encode(&s)), Ok(s));
    }
    let bare = ShareState {
        text: String::new(),
        selected: None,
        generator: None,
    };
    assert_eq!(decode(&encode(&bare)), Ok(bare));
}

#[test]
fn links_are_compressed_and_versioned() {
    let text = crate::domain::examples::first_example(crate::domain::schema::Vendor::GymOs);
    let data = encode(&state(&text));
    assert!(
        data.len() * 2 < encode_legacy(&text).len(),
        "{} vs {}",
        data.len(),
        encode_legacy(&text).len()
    );
    let bytes = super::base64::decode(&data).unwrap_or_default();
    assert_eq!(bytes.first(), Some(&VERSION));
}

#[test]
fn old_links_keep_opening() {
    let text = "{\"event\": \"Test\", \"data\": {\"note\": \"Zoë\"}}";
    let opened = decode_legacy(&encode_legacy(text));
    assert_eq!(opened.map(|s| s.text), Ok(text.to_owned()));
    assert_eq!(decode_legacy("_w"), Err(ShareError::NotText));
}

#[test]
fn damaged_links_say_what_is_wrong() {
    let good = encode(&state("{}"));
    assert!(matches!(
        decode("Zm9v!"),
        Err(ShareError::BadCharacter { found: '!', .. })
    ));
    assert_eq!(decode(""), Err(ShareError::Empty));
    assert_eq!(
        decode(&super::base64::encode(&[9, 1, 2])),
        Err(ShareError::UnknownVersion { version: 9 })
    );
    assert_eq!(
        decode(&super::base64::encode(&[VERSION, 0xff, 0xff, 0xff])),
        Err(ShareError::Corrupt)
    );
    let cut = good.get(..good.len() - 6).unwrap_or_default();
    assert!(decode(cut).is_err(), "a link cut short does not open");
}

#[test]
fn a_decompression_bomb_is_refused_not_expanded() {
    let huge = vec![b'a'; MAX_STATE_BYTES + 1024];
    let packed = miniz_oxide::deflate::compress_to_vec(&huge, 9);
    let mut bytes = vec![VERSION];
    bytes.extend_from_slice(&packed);
    assert!(packed.len() < 100 * 1024, "{}", packed.len());
    assert_eq!(
        decode(&super::base64::encode(&bytes)),
        Err(ShareError::TooLarge)
    );
}

#[test]
fn unknown_fields_are_skipped_and_unknown_events_dropped() {
    // Tag 99 (a later version's field) before the text; a generator naming an event this page lacks.
    let mut raw = vec![99, 3, b'x', b'y', b'z', 1, 2, b'{', b'}'];
    raw.extend_from_slice(&[
        3, 5, b'n', b'o', b'p', b'e', b'!', 4, 8, 1, 0, 0, 0, 0, 0, 0, 0,
    ]);
    raw.extend_from_slice(&[6, 4, b'j', b's', b'o', b'n']);
    let mut bytes = vec![VERSION];
    bytes.extend_from_slice(&miniz_oxide::deflate::compress_to_vec(&raw, 6));
    let opened = decode(&super::base64::encode(&bytes));
    assert_eq!(
        opened,
        Ok(ShareState {
            text: "{}".into(),
            selected: None,
            generator: None
        })
    );
}

proptest! {
    #[test]
    fn any_text_and_selection_round_trip(text in "\\PC{0,400}", selected in proptest::option::of("\\PC{0,40}")) {
        let s = ShareState { text, selected, generator: None };
        prop_assert_eq!(decode(&encode(&s)), Ok(s));
    }

    #[test]
    fn any_data_decodes_or_errors_without_panicking(data in "[A-Za-z0-9_-]{0,200}") {
        let _ = decode(&data);
        let _ = decode_legacy(&data);
    }
}
