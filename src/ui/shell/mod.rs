//! The page frame around every view: the header with the theme toggle, the keyboard shortcuts and their
//! help, its icons, taking over the prerendered page, and the page shown if gymhook ever panics.

pub mod brand;
pub mod icons;
pub mod panic_page;
pub mod shortcuts;
pub mod takeover;
pub mod theme;
pub mod top_bar;
