//! Fuzz target `reformat`: "Format" (`gymhook::domain::reformat::reformat`) on arbitrary text. It must
//! not panic; what it formats must parse again, format again to itself, and analyse to the same
//! diagnostics (kinds and paths: only whitespace between tokens changed, so only positions may move),
//! apart from a pasted request's Content-Length check (headers are kept as they are, the body grew).

#![no_main]

use gymhook::domain::analysis::analyze;
use gymhook::domain::diagnostic::{Diagnostic, Kind};
use gymhook::domain::reformat::reformat;
use gymhook_fuzz::props::{check_analysis, kinds_and_paths};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let Ok(pretty) = reformat(&text) else {
        return;
    };
    let again = analyze(&pretty);
    check_analysis(&pretty, &again);
    assert!(
        again.diagnostics.iter().all(|d| d.kind != Kind::Syntax),
        "the formatted text does not parse: {:?}",
        again.diagnostics.first()
    );
    // The body changed length, so a Content-Length that matched no longer does (and one that did not
    // may now): headers are kept as they are, by design. Every other diagnostic stays.
    let comparable = |diagnostics: &[Diagnostic]| -> Vec<_> {
        kinds_and_paths(diagnostics)
            .into_iter()
            .filter(|(kind, _)| *kind != Kind::ContentLength)
            .collect()
    };
    assert_eq!(
        comparable(&again.diagnostics),
        comparable(&analyze(&text).diagnostics),
        "formatting changed the diagnostics of\n{pretty}"
    );
    assert_eq!(
        reformat(&pretty).as_deref(),
        Ok(pretty.as_str()),
        "formatting twice changes the text"
    );
});
