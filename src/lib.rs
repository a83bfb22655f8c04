//! gymhook: explain, validate, sign and generate Perfect Gym, GymOS and PerfectGym Next / Magicline
//! webhook payloads in the browser.
//! `domain` is pure Rust (tested natively); `ui` is the thin Yew layer that renders domain results (feature
//! `ui`, on by default); `node` is the npm package's entry (feature `node`, wasm only, built by `make npm`).

// A panic in WebAssembly kills the whole page, so the ways code panics on unexpected input are compile
// errors (`make lint` runs clippy with -D warnings). Tests are exempt: an unwrap there is an assertion.
// The modules that read untrusted input also deny `clippy::arithmetic_side_effects` (see their heads).
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo
    )
)]

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod domain;
#[cfg(all(target_arch = "wasm32", feature = "node"))]
pub mod node;
#[cfg(feature = "ui")]
pub mod ui;
#[cfg(all(target_arch = "wasm32", feature = "ui"))]
pub mod worker;
