//! The Yew web app.

pub fn mount() {}
