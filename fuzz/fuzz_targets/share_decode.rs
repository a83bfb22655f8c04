//! Fuzz target `share_decode`: share links. Arbitrary text must decode (version 2 and legacy `#/p/`) to a
//! value or an error, never a panic; any state built from the bytes must survive `encode` then `decode`
//! unchanged; and preparing a link of the text must not panic: when it is redacted, the page must read
//! the link's text as it read the paste (the same analysis, batch rows and unwrapped body: vendor, event
//! and every diagnostic's kind, severity and path); when it is refused, the text a second click shares is
//! the paste itself. `share_redact` holds the privacy half of the property on mutated deliveries.

#![no_main]

#[path = "../../tests/it/share_oracle.rs"]
#[allow(dead_code)]
mod share_oracle;

use gymhook::domain::generate::{catalogue, Choice, Format};
use gymhook::domain::share::{
    decode, decode_legacy, encode, prepare, GeneratorLink, Outcome, ShareState,
};
use gymhook_fuzz::input::Input;
use libfuzzer_sys::fuzz_target;
use share_oracle::page;
use std::sync::OnceLock;

fn choices() -> &'static [Choice] {
    static CHOICES: OnceLock<Vec<Choice>> = OnceLock::new();
    CHOICES.get_or_init(catalogue)
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let _ = decode(&text);
    let _ = decode_legacy(&text);

    // Round trip: text, selection and generator settings from the fields of the input.
    let mut input = Input::new(data);
    let state = ShareState {
        text: input.field(),
        selected: (!input.is_empty()).then(|| input.field()),
        generator: (!input.is_empty()).then(|| GeneratorLink {
            choice: choices()[input.below(choices().len())],
            seed: input.u64(),
            edge_cases: input.flag(),
            format: Format::ALL[input.below(Format::ALL.len())],
        }),
    };
    assert_eq!(decode(&encode(&state)).as_ref(), Ok(&state));

    let prepared = prepare(&text, None);
    match prepared.outcome {
        Outcome::Redacted(_) => assert_eq!(
            page(&prepared.text),
            page(&text),
            "the link reads differently; link text:\n{}",
            prepared.text
        ),
        Outcome::Refused(_) => assert_eq!(prepared.text, text),
    }
});
