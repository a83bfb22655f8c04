//! The thin Yew layer: components that render `domain` results, one reducer for the page state.
//! One folder per view (`explorer/`, `signature/`, `generator/`, `batch/`, `reference/`, `export/`), the page
//! frame in `shell/`, effects in `hooks/`, and the few pieces every view shares in `common/`.

mod app;
pub mod batch;
pub mod common;
pub mod explorer;
pub mod export;
pub mod generator;
mod hooks;
pub mod reference;
pub mod route;
pub mod shell;
pub mod signature;
pub mod state;

pub use app::App;
pub use common::Shared;
pub use explorer::typed::{TypedView, TypedViewProps};
pub use explorer::{AnalysisPanel, AnalysisPanelProps, DiagnosticList};
pub use generator::GeneratorPanel;
pub use signature::{SignaturePanel, SignaturePanelProps};
