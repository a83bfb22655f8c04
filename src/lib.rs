//! gymhook: explain, validate, sign and generate Perfect Gym and GymOS webhook payloads in the browser.
//! `domain` is pure Rust (tested natively); `ui` is the thin Yew layer that renders domain results.

pub mod domain;
pub mod ui;
