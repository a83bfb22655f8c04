//! The thin Yew layer: components that render `domain` results, one reducer for the page state.

mod analysis_panel;
mod app;
pub mod batch_view;
mod browser_io;
mod diagnostics;
mod diff_view;
mod field_row;
mod file_open;
mod generator_controls;
mod generator_panel;
pub mod generator_state;
mod hooks;
pub mod paged;
pub mod panic_page;
mod paste_area;
pub mod paste_editor;
pub mod reference;
pub mod route;
pub mod share_control;
mod shared;
mod shortcuts;
mod signature_panel;
mod signature_snippets;
mod signature_verdict;
pub mod state;
mod theme;
mod typed_view;
mod unwrap_offer;
mod value_view;

pub use analysis_panel::{AnalysisPanel, AnalysisPanelProps};
pub use app::App;
pub use diagnostics::DiagnosticList;
pub use generator_panel::GeneratorPanel;
pub use shared::Shared;
pub use signature_panel::{SignaturePanel, SignaturePanelProps};
pub use typed_view::{TypedView, TypedViewProps};
