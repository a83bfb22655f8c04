//! The batch view of many deliveries and the comparison of two of them.

pub mod diff;
mod row;
pub mod view;
mod work;

pub use view::BatchView;
