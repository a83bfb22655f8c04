//! Custom hooks: the page's effects (URL fragment, analysis here or in the worker) live here, not inline in `App`.

mod background;
mod use_action;
mod use_analysis;
mod use_clock;
mod use_copy;
mod use_fetch_text;
mod use_hash_route;
mod use_request;
mod use_view_focus;

pub use use_action::use_action;
pub use use_analysis::{analysed_in_background, use_analysis};
pub use use_clock::use_clock;
pub use use_copy::{use_copy, Clipboard};
pub use use_fetch_text::{use_fetch_text, Fetched};
pub use use_hash_route::use_hash_route;
pub use use_request::use_request;
pub use use_view_focus::use_view_focus;
