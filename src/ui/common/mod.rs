//! What every view shares: identity-compared props, the browser's clipboard and download, and what a copy
//! button says.

pub mod browser_io;
pub mod copy;
pub mod shared;

pub use shared::Shared;
