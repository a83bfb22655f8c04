//! What every view shares: identity-compared props and the browser's clipboard and download.

pub mod browser_io;
pub mod shared;

pub use shared::Shared;
