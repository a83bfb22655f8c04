//! Browser entry point: mounts the app into the page body. Natively it only says where to look.
//! The analysis worker instantiates this same wasm; there, with no window, it mounts nothing and
//! only serves `gymhook_analyze` (src/worker.rs).

#[cfg(target_arch = "wasm32")]
pub use gymhook::worker::gymhook_analyze;

#[cfg(target_arch = "wasm32")]
fn main() {
    if web_sys::window().is_none() {
        return;
    }
    yew::Renderer::<gymhook::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("gymhook is a WebAssembly app: run `make serve` and open http://127.0.0.1:8080");
}
