//! The media-literacy workbench: views derived from a report and its text (who gets a voice, how
//! sources are named, how speech is framed, the timeline, two stories compared).
//!
//! Like the analysis core, this is pure Rust (no DOM, no I/O, no clock), so the app, the CLI and the
//! tests derive the same views from the same report. Each view is one module.
