//! The integration tests, one binary: each module is one area (the CLI, exports in each language, the
//! vendor documents, SSR of components, request checks, …). One binary links the crate once instead of
//! once per file.

mod capture_corpus;
mod check_cli;
mod cli;
mod common;
mod components_ssr;
mod doc_links;
mod export_agreement;
mod export_claims;
mod export_csharp;
// The corpus both the Go and the Rust export checks read: loaded once, used by both.
#[path = "../export/rust_cases.rs"]
mod export_cases;
mod export_files;
mod export_go;
mod export_golden;
mod export_openapi;
mod export_pydantic;
mod export_rust;
mod export_typescript;
mod export_view_ssr;
mod function_length;
mod fuzz_regressions;
mod generate_curl;
mod generate_export;
mod generate_props;
mod generate_realism;
mod gymos_examples;
mod gymos_fidelity;
mod gymos_structure;
mod json_parser;
mod key_snippets;
mod large_input;
mod lenient_input;
mod npm_package;
mod perfectgym_fidelity;
mod perfectgym_next;
mod perfectgym_next_diagnostics;
mod perfectgym_next_views;
mod probe_cli;
mod probe_https;
mod probe_next;
mod reference_render;
mod request_checks;
mod robustness;
mod scenario_cli;
mod seed_examples;
mod share_control_ssr;
mod share_forms;
mod share_oracle;
mod share_redaction;
mod signature_panel_ssr;
mod snippet_vectors;
mod snippets;
mod validation_rules;
mod vectors_cli;
