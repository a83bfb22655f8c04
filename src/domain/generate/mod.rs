//! Example events for every declared event of both vendors, built from the same declarations the
//! validator reads, deterministic for a seed, with an edge-case mode and exports (JSON, HTTP, curl).

mod build;
pub(crate) mod cast;
mod catalog;
mod export;
mod numbers;
pub(crate) mod pools;
mod rng;
mod stamp;
mod target;
mod timeline;
mod values;
mod walk;

pub use catalog::{catalogue, default_choice, Choice};
pub use export::{export, file_name, shell_quote, Export, Format, Note};
pub use rng::{next_seed, Rng};
pub use target::{default_target, parse_target, Target, TargetError};
// The documented examples fill the same walk with the declarations' example values.
pub(crate) use build::Plan;
pub(crate) use walk::{payload, Fill};

use crate::domain::json::pretty;
use crate::domain::schema::Vendor;
use build::Builder;

/// The seed the page starts with.
pub const DEFAULT_SEED: u64 = 2025;
/// Mixed into the seed for the request id, so it does not shift when a declaration gains a field.
const REQUEST_ID_STREAM: u64 = 0x5047_4d5f_5245_5155;
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
    /// Perfect Gym's `X-PerfectGym-Request` for this event (derived from the seed); `None` for GymOS.
    pub request_id: Option<String>,
}

impl Generated {
    pub fn vendor(&self) -> Vendor {
        self.choice.vendor()
    }
}

pub fn generate(choice: &Choice, options: Options) -> Generated {
    let mut builder = Builder::new(choice, options.seed, options.edge_cases);
    let mut body = pretty(&builder.envelope());
    if options.edge_cases {
        // Only strings can hold `+`: numbers are written without exponents or signs.
        body = body.replace('+', ESCAPED_PLUS);
    }
    let request_id = (choice.vendor() == Vendor::PerfectGym).then(|| {
        let mut rng = Rng::new(options.seed ^ REQUEST_ID_STREAM);
        request_id(&mut rng)
    });
    Generated {
        choice: *choice,
        options,
        body,
        request_id,
    }
}

/// PGM does not document the request id's format; a GUID is what .NET senders usually use.
fn request_id(rng: &mut Rng) -> String {
    let (a, b) = (rng.next_u64(), rng.next_u64());
    let hex = format!("{a:016x}{b:016x}");
    let part = |range: std::ops::Range<usize>| hex.get(range).unwrap_or_default().to_owned();
    format!(
        "{}-{}-4{}-a{}-{}",
        part(0..8),
        part(8..12),
        part(13..16),
        part(17..20),
        part(20..32)
    )
}

#[cfg(test)]
mod tests;
