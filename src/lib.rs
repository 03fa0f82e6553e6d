//! Lede analyses a news article: who the named actors are, who is quoted and what they said, which
//! dates the story talks about, and which countries it mentions.
//!
//! The [`analysis`] core is pure Rust (no DOM, no I/O, no clock) and is shared by the web app
//! (`lede::ui`, wasm32 only), the `lede` command-line tool and the tests. Every finding carries byte
//! spans into the original text.
//!
//! ```
//! let report = lede::analyse("Mr Blinken arrived in Geneva on Friday.", &lede::Options::default());
//! assert_eq!(report.schema, "lede.report/1");
//! ```

pub mod analysis;
pub mod audit;
pub mod workbench;

#[cfg(target_arch = "wasm32")]
pub mod ui;

pub use analysis::{analyse, report, Date, Options, Report, Span};
