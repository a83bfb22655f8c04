//! The example generator: its settings and reducer, its controls, and the panel showing the output.

pub mod controls;
mod inputs;
pub mod kit;
pub mod panel;
pub mod scenario;
pub mod scenario_controls;
pub mod state;

pub use panel::GeneratorPanel;
