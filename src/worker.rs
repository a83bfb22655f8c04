//! The analysis worker's entry point (static/analysis-worker.js calls it in a module worker): the text
//! in, the analysis out as `domain::wire` bytes, which the page decodes. Nothing else runs there.

use crate::domain::analysis::analyze;
use crate::domain::wire;
use wasm_bindgen::prelude::wasm_bindgen;

#[wasm_bindgen]
pub fn gymhook_analyze(text: &str) -> Vec<u8> {
    wire::encode(&analyze(text))
}
