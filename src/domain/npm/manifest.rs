//! The package's `package.json`: name, version (the crate's, so the engine and the package never drift),
//! entry points for `require` and `import` with their types, and no dependencies.

use super::PACKAGE_NAME;
use crate::domain::json::quoted;
use crate::domain::schema::Vendor;

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
  "keywords": [{keywords}],
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
        files = files.join(", "),
        keywords = keywords()
            .iter()
            .map(|k| quoted(k))
            .collect::<Vec<_>>()
            .join(", ")
    )
}

/// What npm search finds the package by: what it is, and each declared vendor by its name in npm's
/// style ("Perfect Gym" → `perfect-gym`; "PerfectGym Next / Magicline" → `perfectgym-next`, `magicline`).
fn keywords() -> Vec<String> {
    let vendors = Vendor::ALL.into_iter().flat_map(|v| {
        v.display_name()
            .split('/')
            .map(|name| {
                name.split_whitespace()
                    .collect::<Vec<_>>()
                    .join("-")
                    .to_lowercase()
            })
            .collect::<Vec<_>>()
    });
    ["webhook"]
        .into_iter()
        .map(str::to_owned)
        .chain(vendors)
        .chain(["validation", "wasm"].map(str::to_owned))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keywords_name_every_declared_vendor() {
        assert_eq!(
            keywords(),
            [
                "webhook",
                "perfect-gym",
                "gymos",
                "perfectgym-next",
                "magicline",
                "validation",
                "wasm"
            ]
        );
        assert!(package_json().contains(r#""keywords": ["webhook", "perfect-gym", "gymos", "perfectgym-next", "magicline", "validation", "wasm"],"#));
    }
}
