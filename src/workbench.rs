//! The media-literacy workbench: views derived from a report and its text (who gets a voice, how
//! sources are named, how speech is framed, the timeline, two stories compared).
//!
//! Like the analysis core, this is pure Rust (no DOM, no I/O, no clock), so the app, the CLI and the
//! tests derive the same views from the same report. Each view is one module.

pub mod article_set;
pub mod compare;
pub mod compress;
pub mod corrections;
pub mod english;
pub mod explain;
pub mod export;
pub mod language;
pub mod markdown;
pub mod parts;
pub mod share;
pub mod sources;
pub mod timeline;
pub mod voice;

use crate::report::Report;

/// A view's numbers as a plain table: what the app shows beside a chart, and what the CSV and
/// Markdown exports write (one table per view).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Table {
    /// The view's title ("Share of voice").
    pub title: String,
    pub columns: Vec<String>,
    /// One row per line, each as long as `columns`.
    pub rows: Vec<Vec<String>>,
}

/// Every table the exports write: the findings (actors, quotes, dates, countries), then each view's
/// (share of voice, sources, attribution language, timeline), in the order of the app's views.
pub fn tables(text: &str, report: &Report) -> Vec<Table> {
    let mut out = export::findings_tables(report);
    out.extend(voice::tables(report));
    out.push(sources::table(text, report));
    out.extend(language::tables(text, report));
    out.push(timeline::table(report));
    out
}
