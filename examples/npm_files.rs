//! `make npm` (scripts/npm-package.sh): writes the package's generated files into a directory —
//! `package.json`, and `index.d.ts` with its ES-module twin `index.d.mts` — from `gymhook::domain::npm`.
//! Usage: `cargo run --example npm_files -- DIR`.

use std::path::PathBuf;
use std::process::ExitCode;

use gymhook::domain::npm::{package_json, type_declarations};

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os().nth(1).map(PathBuf::from) else {
        eprintln!("usage: npm_files DIR");
        return ExitCode::from(2);
    };
    let types = type_declarations();
    let files = [
        ("package.json", package_json()),
        ("index.d.ts", types.clone()),
        ("index.d.mts", types),
    ];
    for (name, text) in files {
        let path = dir.join(name);
        if let Err(e) = std::fs::write(&path, text) {
            eprintln!("cannot write {}: {e}", path.display());
            return ExitCode::from(2);
        }
    }
    ExitCode::SUCCESS
}
