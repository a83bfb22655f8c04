//! The batch view of many deliveries and the comparison of two of them.

pub mod diff;
pub mod view;

pub use view::BatchView;
