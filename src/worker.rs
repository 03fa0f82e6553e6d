//! The web app's analysis worker: answers the page's requests (see `lede::ui::worker`). On other
//! targets it only explains itself.

#[cfg(target_arch = "wasm32")]
fn main() {
    lede::ui::worker::serve();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("lede-worker is the web app's analysis worker: Trunk builds it with the app.");
    std::process::exit(2);
}
