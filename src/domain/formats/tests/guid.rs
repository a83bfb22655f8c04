//! GUID parsing: the vendor samples, both cases, and one case per error variant.

use crate::domain::formats::{Guid, GuidError};

#[test]
fn accepts_vendor_samples_in_either_case() {
    let cases = [
        (
            "91d6528e-cc6b-4027-9c33-a172ce018c81",
            "91d6528e-cc6b-4027-9c33-a172ce018c81",
        ),
        (
            "D4F5E6A7-B8C9-40D1-EF01-23456789ABCD",
            "d4f5e6a7-b8c9-40d1-ef01-23456789abcd",
        ),
        (
            "00000000-0000-0000-0000-000000000000",
            "00000000-0000-0000-0000-000000000000",
        ),
        (
            "aBcDeF01-2345-6789-AbCd-eF0123456789",
            "abcdef01-2345-6789-abcd-ef0123456789",
        ),
    ];
    for (input, display) in cases {
        let guid = Guid::parse(input).unwrap_or_else(|e| panic!("{input}: {e}"));
        assert_eq!(guid.to_string(), display, "{input}");
        assert_eq!(input.parse::<Guid>(), Ok(guid), "{input} via FromStr");
    }
}

#[test]
fn bytes_follow_the_text_order() {
    let guid = Guid::parse("91d6528e-cc6b-4027-9c33-a172ce018c81");
    let expected = [
        0x91, 0xd6, 0x52, 0x8e, 0xcc, 0x6b, 0x40, 0x27, 0x9c, 0x33, 0xa1, 0x72, 0xce, 0x01, 0x8c,
        0x81,
    ];
    assert_eq!(guid, Ok(Guid::from_bytes(expected)));
}

#[test]
fn rejects_with_the_specific_variant() {
    use GuidError::*;
    let cases = [
        ("", WrongLength { found: 0 }),
        (
            "91d6528e-cc6b-4027-9c33-a172ce018c8",
            WrongLength { found: 35 },
        ),
        (
            "91d6528e-cc6b-4027-9c33-a172ce018c811",
            WrongLength { found: 37 },
        ),
        (
            " 91d6528e-cc6b-4027-9c33-a172ce018c81",
            WrongLength { found: 37 },
        ),
        (
            "91d6528g-cc6b-4027-9c33-a172ce018c81",
            NonHex {
                found: 'g',
                position: 7,
            },
        ),
        (
            "91d6528e-cc6b-4027-9c33-a172ce018c8 ",
            NonHex {
                found: ' ',
                position: 35,
            },
        ),
        // A multi-byte character: the position is its byte offset, the length counts characters.
        (
            "é1d6528e-cc6b-4027-9c33-a172ce018c81",
            NonHex {
                found: 'é',
                position: 0,
            },
        ),
        (
            "91d6528e-cc6b-4027-9c33-a172ce018c8é",
            NonHex {
                found: 'é',
                position: 35,
            },
        ),
        (
            "91d6528e_cc6b-4027-9c33-a172ce018c81",
            MissingHyphen {
                found: '_',
                position: 8,
            },
        ),
        (
            "91d6528ec-c6b-4027-9c33-a172ce018c81",
            MissingHyphen {
                found: 'c',
                position: 8,
            },
        ),
        (
            "91d6528-ecc6b-4027-9c33-a172ce018c81",
            MisplacedHyphen { position: 7 },
        ),
        ("{91d6528e-cc6b-4027-9c33-a172ce018c81}", Braced),
        ("(91d6528e-cc6b-4027-9c33-a172ce018c81)", Braced),
        ("urn:uuid:91d6528e-cc6b-4027-9c33-a172ce018c81", UrnPrefix),
        ("URN:UUID:91d6528e-cc6b-4027-9c33-a172ce018c81", UrnPrefix),
        ("91d6528ecc6b40279c33a172ce018c81", NoHyphens),
    ];
    for (input, expected) in cases {
        assert_eq!(Guid::parse(input), Err(expected), "{input:?}");
    }
}

#[test]
fn messages_say_what_was_expected() {
    let braced = GuidError::Braced.to_string();
    assert!(braced.contains("drop them"), "{braced}");
    let length = GuidError::WrongLength { found: 35 }.to_string();
    assert!(
        length.contains("36 characters") && length.contains("35"),
        "{length}"
    );
    let hex = GuidError::NonHex {
        found: 'g',
        position: 7,
    }
    .to_string();
    assert!(hex.contains("'g'") && hex.contains("position 7"), "{hex}");
}
