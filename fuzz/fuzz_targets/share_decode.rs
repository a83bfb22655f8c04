//! Fuzz target `share_decode`: share links. Arbitrary text must decode (version 2 and legacy `#/p/`) to a
//! value or an error, never a panic; any state built from the bytes must survive `encode` then `decode`
//! unchanged; and redacting the text must not panic and must leave its analysis the same (the body's
//! diagnostic kinds and paths, vendor and event name; the request's and the text's diagnostics may only
//! lose those about removed credential headers), much as `check` in `src/domain/share/tests_redact.rs`.

#![no_main]

use gymhook::domain::analysis::{analyze, Analysis};
use gymhook::domain::detect::Detection;
use gymhook::domain::diagnostic::Kind;
use gymhook::domain::generate::{catalogue, Choice, Format};
use gymhook::domain::http::REQUEST_PATH;
use gymhook::domain::lenient::TEXT_PATH;
use gymhook::domain::share::{decode, decode_legacy, encode, redact, GeneratorLink, ShareState};
use gymhook_fuzz::input::Input;
use gymhook_fuzz::props::kinds_and_paths;
use libfuzzer_sys::fuzz_target;
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

    // Redaction keeps the analysis.
    let before = analyze(&text);
    let redacted = redact(&text, &before);
    let after = analyze(&redacted.text);
    if vendor_only_in_removed_header(&before, &redacted.removed_headers)
        || first_line_removed(&before, &redacted.removed_headers)
    {
        return;
    }
    // As `check` in src/domain/share/tests_redact.rs: the body's diagnostics stay exactly; the request's
    // may only lose those about the credential headers that were left out. Notes about the text as
    // pasted (`(text)`: curl -v markers, comments) go with them too when they sat on a removed line.
    let (body_before, request_before) = split_request(kinds_and_paths(&before.diagnostics));
    let (body_after, request_after) = split_request(kinds_and_paths(&after.diagnostics));
    assert_eq!(
        body_after, body_before,
        "redaction changed the body's diagnostics; redacted text:\n{}",
        redacted.text
    );
    assert!(
        request_after.iter().all(|d| request_before.contains(d)),
        "redaction added request diagnostics {request_after:?}; redacted text:\n{}",
        redacted.text
    );
    if redacted.removed_headers.is_empty()
        && !content_length_matched_by_chance(&request_before, &request_after)
    {
        assert_eq!(request_after, request_before, "{}", redacted.text);
    }
    assert_eq!(after.vendor(), before.vendor());
    assert_eq!(after.event_name, before.event_name);
});

/// Diagnostics about the body, and those about the request around it or the text as pasted.
type KindsAndPaths = Vec<(Kind, String)>;
fn split_request(all: KindsAndPaths) -> (KindsAndPaths, KindsAndPaths) {
    all.into_iter()
        .partition(|(_, path)| path != REQUEST_PATH && path != TEXT_PATH)
}

/// Known bug, skipped so fuzzing can go on (see `tests/it/fuzz_regressions.rs`, ignored test
/// `redacting_any_perfect_gym_credential_header_keeps_the_vendor`): when only an `X-PerfectGym-*`
/// credential header other than the signature names the vendor, redaction removes it and the vendor too.
fn vendor_only_in_removed_header(before: &Analysis, removed: &[String]) -> bool {
    matches!(before.detection, Some(Detection::Headers(_)))
        && removed
            .iter()
            .any(|name| name.to_ascii_lowercase().starts_with("x-perfectgym-"))
}

/// Known bug, skipped likewise (ignored test `a_wrong_content_length_stays_wrong_after_redaction`): a
/// wrong Content-Length is kept, and the redacted body can happen to have exactly that length.
fn content_length_matched_by_chance(before: &KindsAndPaths, after: &KindsAndPaths) -> bool {
    let without = |all: &KindsAndPaths| -> KindsAndPaths {
        all.iter()
            .filter(|(kind, _)| *kind != Kind::ContentLength)
            .cloned()
            .collect()
    };
    before.iter().any(|(kind, _)| *kind == Kind::ContentLength)
        && !after.iter().any(|(kind, _)| *kind == Kind::ContentLength)
        && without(before) == without(after)
}

/// Known bug, skipped likewise (ignored test
/// `removing_a_first_line_credential_header_does_not_change_how_the_rest_is_read`): the first line decides
/// whether a paste is curl -v output or starts with a request line, so removing a header that was the
/// first line (no request line before it) can change how everything after it is read.
fn first_line_removed(before: &Analysis, removed: &[String]) -> bool {
    before.request.as_ref().is_some_and(|r| {
        r.method.is_none()
            && r.headers
                .first()
                .is_some_and(|(name, _)| removed.contains(name))
    })
}
