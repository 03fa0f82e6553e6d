//! The Yew web app.

pub mod world_map;

pub fn mount() {}
