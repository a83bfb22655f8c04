//! The signature checker: its inputs, the verdict with its diagnosis, and receiver snippets.

pub mod key_panel;
pub mod panel;
pub mod snippets;
pub mod verdict;

pub use panel::{SignaturePanel, SignaturePanelProps};
