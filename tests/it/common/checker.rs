//! Running the export checks' helper programs (node, the venv's python): every one prints JSON on standard
//! output and fails with its reason on standard error.

use std::process::Output;

/// The JSON a checker printed; panics with its standard error when it failed.
pub fn json_output(checker: &str, output: &Output) -> serde_json::Value {
    assert!(
        output.status.success(),
        "{checker} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|e| panic!("{checker} does not print JSON: {e}"))
}
