//! Example events for every declared event of every vendor, built from the same declarations the
//! validator reads, deterministic for a seed, with an edge-case mode and exports (JSON, HTTP, curl).

mod build;
pub(crate) mod cast;
mod catalog;
pub mod delivery_id;
mod export;
mod memory;
mod numbers;
pub(crate) mod pools;
mod rng;
pub mod scenario;
pub(crate) mod stamp;
mod target;
mod timeline;
mod values;
mod walk;

pub use catalog::{catalogue, default_choice, Choice};
pub use export::{
    curl_command, export, file_name, http_request, request, shell_quote, Export, Format, Note,
    Request, METHOD,
};
pub use rng::{next_seed, Rng};
pub use target::{default_target, parse_target, Target, TargetError};
// The documented examples fill the same walk with the declarations' example values.
pub(crate) use build::Plan;
pub(crate) use walk::{payload, Fill};

use crate::domain::json::pretty;
use crate::domain::schema::{declaration, Vendor};
use build::Builder;
use delivery_id::{request_id, Position};

/// The seed the page starts with.
pub const DEFAULT_SEED: u64 = 2025;
/// The vendor's own encoder writes `+` as this escape (the GymOS document's phone numbers show it).
const ESCAPED_PLUS: &str = "\\u002B";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Options {
    pub seed: u64,
    /// Exercise every quirk the documents' own examples show (field-notes.md).
    pub edge_cases: bool,
}

/// One generated event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Generated {
    pub choice: Choice,
    pub options: Options,
    /// The body: pretty JSON, two-space indent, no trailing newline.
    pub body: String,
    /// The signing scheme's request id header value (Perfect Gym's `X-PerfectGym-Request`), derived
    /// from seed and event; `None` for a vendor that does not sign.
    pub request_id: Option<String>,
}

impl Generated {
    pub fn vendor(&self) -> Vendor {
        self.choice.vendor()
    }
}

pub fn generate(choice: &Choice, options: Options) -> Generated {
    let mut builder = Builder::new(choice, options.seed, options.edge_cases);
    let body = body(&mut builder, options.edge_cases);
    let request_id =
        has_request_id(choice).then(|| request_id(options.seed, &choice.key(), Position::Single));
    Generated {
        choice: *choice,
        options,
        body,
        request_id,
    }
}

/// The pretty body a builder makes; edge cases write `+` as the vendor's own encoder does.
fn body(builder: &mut Builder, edge_cases: bool) -> String {
    let body = pretty(&builder.envelope());
    if edge_cases {
        // Only strings can hold `+`: numbers are written without exponents or signs.
        return body.replace('+', ESCAPED_PLUS);
    }
    body
}

/// Vendors that sign send a per-request id header; the others send none.
fn has_request_id(choice: &Choice) -> bool {
    declaration(choice.vendor()).signing().is_some()
}

#[cfg(test)]
mod tests;
