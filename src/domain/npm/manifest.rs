//! The package's `package.json`: name, version (the crate's, so the engine and the package never drift),
//! entry points for `require` and `import` with their types, and no dependencies.

use super::PACKAGE_NAME;
use crate::domain::json::quoted;

/// Every file the tarball holds besides `package.json` (npm adds README.md itself).
pub const FILES: [&str; 6] = [
    "index.cjs",
    "index.mjs",
    "index.d.ts",
    "index.d.mts",
    "engine.js",
    "engine_bg.wasm",
];

pub fn package_json() -> String {
    let files: Vec<String> = FILES.iter().map(|f| quoted(f)).collect();
    format!(
        r#"{{
  "name": {name},
  "version": {version},
  "description": {description},
  "license": {license},
  "keywords": ["webhook", "perfect-gym", "gymos", "validation", "wasm"],
  "type": "commonjs",
  "main": "./index.cjs",
  "types": "./index.d.ts",
  "exports": {{
    ".": {{
      "import": {{ "types": "./index.d.mts", "default": "./index.mjs" }},
      "require": {{ "types": "./index.d.ts", "default": "./index.cjs" }}
    }},
    "./package.json": "./package.json"
  }},
  "files": [{files}],
  "engines": {{ "node": ">=20" }},
  "sideEffects": false
}}
"#,
        name = quoted(PACKAGE_NAME),
        version = quoted(env!("CARGO_PKG_VERSION")),
        description = quoted(env!("CARGO_PKG_DESCRIPTION")),
        license = quoted(env!("CARGO_PKG_LICENSE")),
        files = files.join(", ")
    )
}
