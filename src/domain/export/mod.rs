//! Files generated from the vendor declarations for receivers' own code and tests: JSON Schema now
//! (TypeScript and the rest of issue #10 to follow). Pure functions from a declaration to text; the
//! command line (`gymhook export`, run by `make dist`) writes them, the page never compiles them in.

pub mod json_schema;
pub mod names;

use crate::domain::schema::{declaration, Vendor};

/// One generated file: its name in `dist/schemas/` and its whole text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub text: String,
}

/// `perfectgym.schema.json` and `gymos.schema.json`.
pub fn json_schema_files() -> Vec<File> {
    Vendor::ALL
        .iter()
        .map(|&v| File {
            name: json_schema::file_name(v),
            text: json_schema::json_schema(declaration(v)),
        })
        .collect()
}
