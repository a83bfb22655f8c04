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

/// tsc's strictest checks, as the TypeScript export and the npm package are held to.
pub const TSC_STRICT: [&str; 3] = [
    "--strict",
    "--noUncheckedIndexedAccess",
    "--exactOptionalPropertyTypes",
];

/// The project's `tsc` run in `dir` with `args`.
pub fn tsc(dir: &Path, args: &[&str]) -> Output {
    Command::new(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("node_modules/.bin/tsc"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("tsc runs (make tools installs it)")
}

/// `tsc` at its strictest, ES2022 and Node's module resolution, with `args` (the files, `--outDir` or
/// `--noEmit`).
pub fn tsc_strict(dir: &Path, args: &[&str]) -> Output {
    let mut all: Vec<&str> = TSC_STRICT.to_vec();
    all.extend(["--target", "es2022", "--module", "nodenext"]);
    all.extend(args);
    tsc(dir, &all)
}
