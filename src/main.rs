//! The web app's entry point: mounts the Yew UI. On other targets it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    lede::ui::mount();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lede-app is the web app: build it with `trunk build` or run it with `trunk serve`.");
    std::process::exit(2);
}
