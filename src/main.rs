//! Browser entry point: mounts the app into the page body, taking over the prerendered first view.
//! Natively it is the `gymhook` command line (src/cli/): `check`, `generate`, `export`, and the hidden
//! `prerender` that `make dist` runs.
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
    // The page's HTML is the first view prerendered at build time, perhaps typed into already: the app adopts
    // it (hydration keeps every element, so the text, the selection and the focus stay where they are). A link
    // to another view was not prerendered: then the app replaces the page.
    use gymhook::ui::shell::takeover;
    takeover::before();
    let renderer = yew::Renderer::<gymhook::ui::App>::new();
    if takeover::opening_route() == gymhook::ui::route::Route::Explorer {
        renderer.hydrate();
    } else {
        renderer.render();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    gymhook::cli::run()
}
