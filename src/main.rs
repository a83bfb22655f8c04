//! Browser entry point: mounts the app into the page body. Natively it is the `gymhook` command line
//! (src/cli/): `check`, `generate`, `export`.
//! The analysis worker instantiates this same wasm; there, with no window, it mounts nothing and
//! only serves `gymhook_analyze` (src/worker.rs).

// As in lib.rs: a panic in WebAssembly kills the page, so the ways to write one are compile errors.
#![cfg_attr(
    not(test),
    deny(
        clippy::indexing_slicing,
        clippy::string_slice,
        clippy::unwrap_used,
        clippy::expect_used,
        clippy::panic,
        clippy::unreachable,
        clippy::todo
    )
)]

#[cfg(target_arch = "wasm32")]
pub use gymhook::worker::gymhook_analyze;

#[cfg(target_arch = "wasm32")]
fn main() {
    // First: a panic from here on shows the panic page instead of leaving a dead one.
    gymhook::ui::shell::panic_page::install();
    if web_sys::window().is_none() {
        return;
    }
    yew::Renderer::<gymhook::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    gymhook::cli::run()
}
