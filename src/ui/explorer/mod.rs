//! The explorer view: the paste area (editor, file open, unwrap offer, share control) and the analysis
//! panel with its diagnostics and typed view.

pub mod analysis_panel;
pub mod diagnostics;
pub mod file_open;
pub mod page;
pub mod paste_area;
pub mod paste_editor;
mod paste_edits;
mod reveal;
pub mod share_control;
mod share_note;
pub mod typed;
pub mod unwrap_offer;

pub use analysis_panel::{AnalysisPanel, AnalysisPanelProps};
pub use diagnostics::DiagnosticList;
