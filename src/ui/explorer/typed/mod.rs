//! The typed view: one card per object, one row per field, each value rendered by its documented type,
//! long lists paged.

pub mod field_row;
pub mod long_text;
pub mod paged;
pub mod value_view;
pub mod view;

pub use view::{TypedView, TypedViewProps};
