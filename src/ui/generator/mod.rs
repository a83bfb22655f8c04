//! The example generator: its settings and reducer, its controls, and the panel showing the output.

pub mod controls;
pub mod panel;
pub mod state;

pub use panel::GeneratorPanel;
