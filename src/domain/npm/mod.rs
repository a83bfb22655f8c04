//! The npm package of the engine: what its functions answer (as JSON text the package's JavaScript parses)
//! and the files that describe it (`index.d.ts`, `package.json`), all from the same domain code the page and
//! the command line run. The wasm entry points (`src/node.rs`) only pass strings through.

mod answers;
mod generate;
mod manifest;
#[cfg(test)]
mod tests;
mod types;

pub use answers::{check_json, signature_json, too_large_json};
pub use generate::{generate_json, generate_text, GenerateError, GenerateRequest};
pub use manifest::{package_json, FILES};
pub use types::type_declarations;

/// The package's name on the registry.
pub const PACKAGE_NAME: &str = "gymhook";
