//! The web app's entry point (Trunk builds it): one module for the page and its analysis workers.
//! On the page it mounts the Yew UI; started in a worker (`lede-worker-HASH.js`, written by
//! `scripts/trunk-post-build.mjs`) it serves analyses, so the browser downloads the module once.
//! On other targets it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    if web_sys::window().is_some() {
        lede::ui::mount();
    } else {
        lede::ui::worker::serve();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lede-app is the web app: build it with `trunk build` or run it with `trunk serve`.");
    std::process::exit(2);
}
