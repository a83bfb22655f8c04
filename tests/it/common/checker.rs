//! Running the export checks' helper programs (node, the venv's python): every one prints JSON on standard
//! output and fails with its reason on standard error.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

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

/// The project's `tsc` at its strictest (`--strict --noUncheckedIndexedAccess --exactOptionalPropertyTypes`),
/// ES2022 and Node's module resolution, run in `dir` with `args` (the files, `--outDir` or `--noEmit`).
pub fn tsc_strict(dir: &Path, args: &[&str]) -> Output {
    Command::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/.bin/tsc"))
        .args([
            "--strict",
            "--noUncheckedIndexedAccess",
            "--exactOptionalPropertyTypes",
            "--target",
            "es2022",
            "--module",
            "nodenext",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("tsc runs (make tools installs it)")
}
