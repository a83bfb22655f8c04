//! Fuzz target `reference_filter`: narrowing the field reference by an arbitrary query. It must not panic,
//! must return entries of the reference in reference order (a subsequence), and a blank query keeps all.

#![no_main]

use gymhook::domain::reference::{entries, filter};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let all = entries();
    let found = filter(all, &query);
    let mut rest = all.iter();
    for entry in &found {
        assert!(
            rest.any(|e| std::ptr::eq(e, *entry)),
            "{:?} is not in reference order",
            entry.anchor
        );
    }
    if query.trim().is_empty() {
        assert_eq!(found.len(), all.len());
    }
});
