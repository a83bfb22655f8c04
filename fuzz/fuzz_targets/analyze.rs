//! Fuzz target `analyze`: the page's entry point on arbitrary text (the bytes converted lossily to
//! UTF-8). It must never panic (a panic kills the WebAssembly page) and its spans must stay in the text.

#![no_main]

use gymhook::domain::analysis::analyze;
use gymhook_fuzz::props::check_analysis;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let analysis = analyze(&text);
    check_analysis(&text, &analysis);
});
