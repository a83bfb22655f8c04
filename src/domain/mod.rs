//! Everything that understands webhooks, free of any browser API so it builds and tests natively.

pub mod analysis;
pub mod batch;
pub mod capture;
pub mod check;
pub mod detect;
pub mod diagnostic;
pub mod diff;
pub mod examples;
pub mod export;
pub mod formats;
pub mod generate;
pub mod http;
pub mod json;
mod kinds;
pub mod lenient;
pub mod npm;
pub mod probe;
pub mod reference;
pub mod reformat;
pub mod schema;
pub mod share;
pub mod signature;
pub mod size;
pub mod typed;
pub mod unwrap;
pub mod validate;
pub mod wire;
