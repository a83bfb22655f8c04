//! Custom hooks: the page's effects (URL fragment, debounced analysis) live here, not inline in `App`.

mod use_debounced_analysis;
mod use_hash_route;

pub use use_debounced_analysis::use_debounced_analysis;
pub use use_hash_route::use_hash_route;
