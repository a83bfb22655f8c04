//! The thin Yew layer: components that render `domain` results, one reducer for the page state.

mod analysis_panel;
mod app;
mod browser_io;
mod diagnostics;
mod field_row;
mod generator_controls;
mod generator_panel;
pub mod generator_state;
mod paste_area;
pub mod route;
mod shared;
pub mod state;
mod typed_view;

pub use analysis_panel::AnalysisPanel;
pub use app::App;
pub use diagnostics::DiagnosticList;
pub use field_row::FieldRow;
pub use generator_panel::GeneratorPanel;
pub use shared::Shared;
pub use typed_view::TypedView;
