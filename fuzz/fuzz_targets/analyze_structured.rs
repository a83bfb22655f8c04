//! Fuzz target `analyze_structured`: structure-aware. The first bytes pick one of the valid seed payloads
//! (the documents' examples, generated events as JSON and as raw HTTP requests); the rest drive edits of
//! it (`gymhook_fuzz::edit`). `analyze` must not panic and must keep its invariants on the result.

#![no_main]

use gymhook::domain::analysis::analyze;
use gymhook_fuzz::edit::{mutate, prepared};
use gymhook_fuzz::input::Input;
use gymhook_fuzz::props::check_analysis;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let seeds = prepared();
    let mut input = Input::new(data);
    let seed = &seeds[input.below(seeds.len())];
    let text = mutate(seed, &mut input);
    let analysis = analyze(&text);
    check_analysis(&text, &analysis);
});
