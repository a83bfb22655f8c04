//! What every view shares: identity-compared props, the browser's clipboard and download, what a copy
//! button says, whitespace markers every font shows, and running work in a task of its own.

pub mod browser_io;
pub mod copy;
pub mod marks;
pub mod next_task;
pub mod shared;

pub use shared::Shared;
