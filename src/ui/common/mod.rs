//! What every view shares: identity-compared props, the browser's clipboard and download, what a copy
//! button says, and whitespace markers every font shows.

pub mod browser_io;
pub mod copy;
pub mod marks;
pub mod shared;

pub use shared::Shared;
