//! The page frame around every view: the theme toggle, the keyboard shortcuts and their help, and the
//! page shown if gymhook ever panics.

pub mod brand;
pub mod panic_page;
pub mod shortcuts;
pub mod takeover;
pub mod theme;
