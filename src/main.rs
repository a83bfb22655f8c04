//! Browser entry point: mounts the app into the page body. Natively it only says where to look.

#[cfg(target_arch = "wasm32")]
fn main() {
    yew::Renderer::<gymhook::ui::App>::new().render();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    println!("gymhook is a WebAssembly app: run `make serve` and open http://127.0.0.1:8080");
}
