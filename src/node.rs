//! The npm package's entry points (`make npm` builds them with `--no-default-features --features node`): each
//! passes strings to `domain::npm` and returns its JSON text, which the package's `index.cjs` parses. No
//! logic lives here; the engine is the one the page and the command line run.

use crate::domain::analysis::MAX_INPUT_BYTES;
use crate::domain::npm::{
    check_json, generate_json, signature_json, too_large_json, GenerateRequest,
};
use wasm_bindgen::prelude::wasm_bindgen;

/// The largest text `check` analyses, in UTF-8 bytes.
#[wasm_bindgen]
pub fn max_input_bytes() -> usize {
    MAX_INPUT_BYTES
}

#[wasm_bindgen]
pub fn check(text: &str) -> String {
    check_json(text)
}

/// `check` of a text of `bytes` past `max_input_bytes()`, which the JavaScript side does not copy in.
#[wasm_bindgen]
pub fn too_large(bytes: usize) -> String {
    too_large_json(bytes)
}

#[wasm_bindgen]
pub fn verify_signature(
    request_id: &str,
    signature: &str,
    secret: &str,
    body: Option<String>,
) -> String {
    signature_json(request_id, signature, secret, body.as_deref())
}

#[wasm_bindgen]
pub fn generate(
    vendor: &str,
    event: &str,
    seed: &str,
    edge: bool,
    format: &str,
    secret: &str,
    url: Option<String>,
) -> String {
    generate_json(&GenerateRequest {
        vendor,
        event,
        seed,
        edge,
        format,
        secret,
        url: url.as_deref(),
    })
}
