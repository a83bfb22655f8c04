//! Every exported file equals its committed copy in `tests/golden/`, byte for byte: the exports are
//! deterministic across processes and machines (no hash-map order, no clock), and every change to one is
//! a reviewed diff. After an intended change, `make golden` rewrites the copies; commit them with it.

use gymhook::domain::export::all_files;
use std::collections::BTreeSet;
use std::path::Path;

const GOLDEN: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/golden");
const HOW: &str = "if the change is intended, run `make golden` and commit tests/golden/ with it";

#[test]
fn every_export_equals_its_committed_golden_copy() {
    let files = all_files();
    let mut differ = Vec::new();
    for file in &files {
        match std::fs::read_to_string(Path::new(GOLDEN).join(&file.name)) {
            Ok(golden) if golden == file.text => {}
            Ok(golden) => differ.push(format!(
                "{} differs from its golden copy from line {}",
                file.name,
                first_difference(&golden, &file.text)
            )),
            Err(e) => differ.push(format!("{}: no golden copy ({e})", file.name)),
        }
    }
    let made: BTreeSet<&str> = files.iter().map(|f| f.name.as_str()).collect();
    for stale in golden_names().iter().filter(|n| !made.contains(n.as_str())) {
        differ.push(format!("{stale} is in tests/golden but no longer exported"));
    }
    assert!(differ.is_empty(), "{}\n{HOW}", differ.join("\n"));
}

/// 1-based line of the first difference.
fn first_difference(a: &str, b: &str) -> usize {
    a.lines()
        .zip(b.lines())
        .position(|(x, y)| x != y)
        .unwrap_or_else(|| a.lines().count().min(b.lines().count()))
        + 1
}

fn golden_names() -> Vec<String> {
    std::fs::read_dir(GOLDEN)
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}
