//! The package's `generate(options)`: the generator's output for a vendor, an event and a seed, byte for
//! byte what `gymhook generate` prints (without the final newline the command adds for a terminal).

use crate::domain::generate::{catalogue, TargetError};
use crate::domain::generate::{default_target, export, generate, Choice, Format, Options};
use crate::domain::json::quoted;
use crate::domain::schema::Vendor;

/// The options as the package's JavaScript passes them on: every value a string but `edge`.
#[derive(Clone, Copy, Debug, Default)]
pub struct GenerateRequest<'a> {
    /// A vendor slug (`perfectgym`, `gymos`, …).
    pub vendor: &'a str,
    /// An event name in any letter case, or `object:<slot>` for a GymOS payload object.
    pub event: &'a str,
    /// Decimal digits of a `u64`.
    pub seed: &'a str,
    pub edge: bool,
    /// `json`, `http` or `curl`; empty means `json`.
    pub format: &'a str,
    /// Signs a Perfect Gym request (`http`, `curl`); empty leaves it unsigned, as Perfect Gym does.
    pub secret: &'a str,
    /// The receiver's URL for `http` and `curl`; `None` takes the vendor's example URL.
    pub url: Option<&'a str>,
}

/// An option the generator cannot take, with the values it can.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GenerateError {
    #[error("vendor {given:?} is not one of: {known}")]
    Vendor { given: String, known: String },
    #[error("no {vendor} event is called {given:?}; choose one of: {known}")]
    Event {
        vendor: &'static str,
        given: String,
        known: String,
    },
    #[error("seed {given:?} is not a whole number from 0 to {}", u64::MAX)]
    Seed { given: String },
    #[error("format {given:?} is not one of: {known}")]
    Format { given: String, known: String },
    #[error("url {given:?}: {source}")]
    Url { given: String, source: TargetError },
}

impl GenerateError {
    /// The option at fault, as the package names it.
    pub fn option(&self) -> &'static str {
        match self {
            GenerateError::Vendor { .. } => "vendor",
            GenerateError::Event { .. } => "event",
            GenerateError::Seed { .. } => "seed",
            GenerateError::Format { .. } => "format",
            GenerateError::Url { .. } => "url",
        }
    }
}

/// The generated text, or why the options cannot be generated.
pub fn generate_text(request: &GenerateRequest<'_>) -> Result<String, GenerateError> {
    let vendor = Vendor::ALL
        .into_iter()
        .find(|v| v.slug() == request.vendor)
        .ok_or_else(|| GenerateError::Vendor {
            given: request.vendor.to_owned(),
            known: join(Vendor::ALL.iter().map(|v| v.slug().to_owned())),
        })?;
    let choice = Choice::find(vendor, request.event).ok_or_else(|| GenerateError::Event {
        vendor: vendor.display_name(),
        given: request.event.to_owned(),
        known: join(
            catalogue()
                .iter()
                .filter(|c| c.vendor() == vendor)
                .map(Choice::argument),
        ),
    })?;
    let seed = seed(request.seed)?;
    let format = match request.format {
        "" => Format::Json,
        key => Format::from_key(key).ok_or_else(|| GenerateError::Format {
            given: key.to_owned(),
            known: join(Format::ALL.iter().map(|f| f.key().to_owned())),
        })?,
    };
    let generated = generate(
        &choice,
        Options {
            seed,
            edge_cases: request.edge,
        },
    );
    let suggested = default_target(vendor);
    let url = request.url.unwrap_or(&suggested);
    export(&generated, format, url, request.secret)
        .map(|exported| exported.text)
        .map_err(|source| GenerateError::Url {
            given: url.to_owned(),
            source,
        })
}

/// Digits only: `u64::from_str` would also take a leading `+`.
fn seed(text: &str) -> Result<u64, GenerateError> {
    text.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| text.parse().ok())
        .flatten()
        .ok_or_else(|| GenerateError::Seed {
            given: text.to_owned(),
        })
}

/// `{"text": …}` or `{"error": {"option": …, "message": …}}`, for the package's JavaScript to return or throw.
pub fn generate_json(request: &GenerateRequest<'_>) -> String {
    match generate_text(request) {
        Ok(text) => format!("{{\"text\":{}}}", quoted(&text)),
        Err(e) => format!(
            "{{\"error\":{{\"option\":{},\"message\":{}}}}}",
            quoted(e.option()),
            quoted(&e.to_string())
        ),
    }
}

fn join(items: impl Iterator<Item = String>) -> String {
    items.collect::<Vec<_>>().join(", ")
}
