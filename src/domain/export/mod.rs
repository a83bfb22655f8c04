//! Files generated from the vendor declarations for receivers' own code and tests: JSON Schema,
//! OpenAPI 3.1, AsyncAPI 3.0 and types for TypeScript, Pydantic, C#, Go and Rust. Pure functions from a
//! declaration to text; the command line (`gymhook export`, run by `make dist`) writes them into
//! `dist/schemas/`, and the page only links and fetches them: no generator is compiled into the wasm.

pub mod asyncapi;
pub mod csharp;
pub mod docs;
mod event_schemas;
pub mod golang;
pub mod index;
pub mod json_schema;
pub mod names;
mod nodes;
pub mod openapi;
mod patterns;
pub mod pydantic;
pub mod rust;
pub mod typescript;

use crate::domain::schema::{declaration, Vendor};

/// One generated file: its name in `dist/schemas/` and its whole text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct File {
    pub name: String,
    pub text: String,
}

/// Every export format, in the order the page and `gymhook export --format` list them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ExportFormat {
    JsonSchema,
    OpenApi,
    AsyncApi,
    TypeScript,
    Pydantic,
    CSharp,
    Go,
    Rust,
}

impl ExportFormat {
    pub const ALL: [ExportFormat; 8] = [
        ExportFormat::JsonSchema,
        ExportFormat::OpenApi,
        ExportFormat::AsyncApi,
        ExportFormat::TypeScript,
        ExportFormat::Pydantic,
        ExportFormat::CSharp,
        ExportFormat::Go,
        ExportFormat::Rust,
    ];

    /// The stable identifier in `index.json`, the `#/export/...` route and `--format`.
    pub fn slug(self) -> &'static str {
        match self {
            ExportFormat::JsonSchema => "json-schema",
            ExportFormat::OpenApi => "openapi",
            ExportFormat::AsyncApi => "asyncapi",
            ExportFormat::TypeScript => "typescript",
            ExportFormat::Pydantic => "pydantic",
            ExportFormat::CSharp => "csharp",
            ExportFormat::Go => "go",
            ExportFormat::Rust => "rust",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::JsonSchema => "JSON Schema 2020-12",
            ExportFormat::OpenApi => "OpenAPI 3.1",
            ExportFormat::AsyncApi => "AsyncAPI 3.0",
            ExportFormat::TypeScript => "TypeScript",
            ExportFormat::Pydantic => "Python (Pydantic v2)",
            ExportFormat::CSharp => "C# (System.Text.Json)",
            ExportFormat::Go => "Go (encoding/json)",
            ExportFormat::Rust => "Rust (serde)",
        }
    }

    pub fn from_slug(slug: &str) -> Option<ExportFormat> {
        ExportFormat::ALL.into_iter().find(|f| f.slug() == slug)
    }

    /// Whether one file covers every vendor (OpenAPI, AsyncAPI) rather than one file per vendor.
    pub fn every_vendor(self) -> bool {
        matches!(self, ExportFormat::OpenApi | ExportFormat::AsyncApi)
    }

    /// The file name for one vendor's file of this format (for `every_vendor` formats, the one file).
    pub fn file_name(self, vendor: Vendor) -> String {
        let slug = vendor.slug();
        match self {
            ExportFormat::JsonSchema => json_schema::file_name(vendor),
            ExportFormat::OpenApi => "openapi.json".to_owned(),
            ExportFormat::AsyncApi => "asyncapi.json".to_owned(),
            ExportFormat::TypeScript => format!("{slug}.ts"),
            ExportFormat::Pydantic => format!("{}.py", names::module_name(vendor)),
            ExportFormat::CSharp => format!("{}.cs", names::vendor_prefix(vendor)),
            ExportFormat::Go => format!("{}.go", names::module_name(vendor)),
            ExportFormat::Rust => format!("{}.rs", names::module_name(vendor)),
        }
    }

    /// Every file of this format.
    pub fn files(self) -> Vec<File> {
        if self.every_vendor() {
            let text = match self {
                ExportFormat::OpenApi => openapi::openapi(),
                _ => asyncapi::asyncapi(),
            };
            // The one file's name does not depend on the vendor.
            let name = Vendor::ALL
                .first()
                .map_or_else(String::new, |&v| self.file_name(v));
            return vec![File { name, text }];
        }
        Vendor::ALL
            .iter()
            .map(|&vendor| {
                let decl = declaration(vendor);
                let text = match self {
                    ExportFormat::JsonSchema => json_schema::json_schema(decl),
                    ExportFormat::TypeScript => typescript::typescript(decl),
                    ExportFormat::Pydantic => pydantic::pydantic(decl),
                    ExportFormat::CSharp => csharp::csharp(decl),
                    ExportFormat::Go => golang::golang(decl),
                    ExportFormat::Rust => rust::rust(decl),
                    ExportFormat::OpenApi | ExportFormat::AsyncApi => String::new(),
                };
                File {
                    name: self.file_name(vendor),
                    text,
                }
            })
            .collect()
    }
}

/// `perfectgym.schema.json` and `gymos.schema.json`.
pub fn json_schema_files() -> Vec<File> {
    ExportFormat::JsonSchema.files()
}

/// Every file of every format, then `index.json` (what the page's Export view reads).
pub fn all_files() -> Vec<File> {
    let mut files: Vec<File> = ExportFormat::ALL.iter().flat_map(|f| f.files()).collect();
    files.push(index::index_file(&files));
    files
}

/// What every typed format's own tests check first.
#[cfg(test)]
pub(super) mod test_support {
    use super::index::definition_line;
    use super::names::type_names;
    use crate::domain::schema::{declaration, Vendor, VendorDecl};

    /// Generates each vendor's file, checks that every type the page can jump to is defined and that none is named like one of the language helpers' types; returns each
    /// vendor's text for the format's own checks.
    pub fn every_type_defined(
        generate: fn(&'static VendorDecl) -> String,
        helpers: &[&str],
    ) -> Vec<(&'static VendorDecl, String)> {
        Vendor::ALL
            .iter()
            .map(|&vendor| {
                let decl = declaration(vendor);
                let text = generate(decl);
                for name in type_names(decl) {
                    assert!(
                        definition_line(&text, &name).is_some(),
                        "{name} not defined"
                    );
                    assert!(
                        !helpers.contains(&name.as_str()),
                        "{name} clashes with a helper"
                    );
                }
                (decl, text)
            })
            .collect()
    }
}
