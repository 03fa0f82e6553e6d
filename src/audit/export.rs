//! The audit's exports: CSV (speakers, quotes, articles), a Markdown summary a teacher can hand out,
//! and a JSON document with every article, its report (`lede.report/1`) and the user's edits.
//!
//! CSV is RFC 4180 (the writers of [`crate::workbench::export`]): [`csv`] writes the three tables as
//! sections of one file (a title row, the header, the rows; a blank line between), [`csv_one`] one
//! table alone (header and rows, for a spreadsheet). [`document`] is plain serde data: the CLI writes
//! it with `serde_json`, the app with the browser's JSON (the library carries no JSON writer).

use crate::analysis::sort::CompactSort;
use std::fmt::Write;

use serde::{Deserialize, Serialize};

use super::views::{self, kind_label};
use super::{Article, Audit, Edits};
use crate::workbench::export::{csv_table, markdown_table, markdown_text};
use crate::workbench::voice::percent;
use crate::workbench::{export, Table};

/// The schema name of the JSON document.
pub const SCHEMA: &str = "lede.audit/1";

/// One of the CSV tables.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CsvTable {
    Speakers,
    Quotes,
    Articles,
}

impl CsvTable {
    pub const ALL: [CsvTable; 3] = [CsvTable::Speakers, CsvTable::Quotes, CsvTable::Articles];

    /// The table named `speakers`, `quotes` or `articles`.
    pub fn parse(name: &str) -> Option<CsvTable> {
        CsvTable::ALL.into_iter().find(|t| t.as_str() == name)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            CsvTable::Speakers => "speakers",
            CsvTable::Quotes => "quotes",
            CsvTable::Articles => "articles",
        }
    }

    /// The table's rows.
    pub fn table(self, articles: &[Article], audit: &Audit) -> Table {
        match self {
            CsvTable::Speakers => views::speakers_table(articles, audit),
            CsvTable::Quotes => views::quotes_table(articles, audit),
            CsvTable::Articles => views::articles_table(articles, audit),
        }
    }
}

/// The three tables (speakers, quotes, articles) as sections of one CSV file.
pub fn csv(articles: &[Article], audit: &Audit) -> String {
    let tables: Vec<Table> = CsvTable::ALL.iter().map(|t| t.table(articles, audit)).collect();
    export::csv(&tables)
}

/// One table as a CSV file of its own.
pub fn csv_one(articles: &[Article], audit: &Audit, table: CsvTable) -> String {
    csv_table(&table.table(articles, audit))
}

/// The dates the set spans, as "from 2024-03-01 to 2024-03-14", or "" when no article has a date.
fn span_of_dates(articles: &[Article]) -> String {
    let mut dates: Vec<&str> = articles.iter().filter_map(|a| a.date.as_deref()).collect();
    dates.compact_sort();
    match (dates.first(), dates.last()) {
        (Some(a), Some(b)) if a == b => format!(", all of {a}"),
        (Some(a), Some(b)) => format!(", from {a} to {b}"),
        _ => String::new(),
    }
}

/// The findings in plain sentences.
fn findings(out: &mut String, articles: &[Article], audit: &Audit) {
    let quoting = audit.articles.iter().filter(|r| !r.speakers.is_empty()).count();
    let anonymous: usize = audit.articles.iter().map(|r| r.anonymous).sum();
    let _ = writeln!(
        out,
        "{} articles{}. {} of them quote someone: {} speakers, {} quotes, {} quoted words.\n",
        articles.len(),
        span_of_dates(articles),
        quoting,
        audit.speakers.len(),
        audit.total.quotes,
        audit.total.words
    );
    for k in audit.kinds.iter().filter(|k| k.total.quotes > 0) {
        let _ = writeln!(
            out,
            "- {}: {} speaker{}, {} of the quoted words",
            kind_label(k.kind),
            k.speakers,
            if k.speakers == 1 { "" } else { "s" },
            percent(k.total.words, audit.total.words)
        );
    }
    let _ = writeln!(
        out,
        "\n{} of the {} articles that quote someone quote no ordinary person; {} quote only officials. \
         The articles use {} anonymous sources.\n",
        audit.no_ordinary.len(),
        quoting,
        audit.only_officials.len(),
        anonymous
    );
}

/// A Markdown summary: the findings in sentences, then the tables of kinds, top sources, articles
/// and merged names, and a note on how the kinds were found.
pub fn markdown(articles: &[Article], audit: &Audit) -> String {
    let mut out = String::from("# Voices audit\n\n");
    findings(&mut out, articles, audit);
    for table in [
        views::kinds_table(audit),
        views::top_table(audit, views::TOP),
        views::articles_table(articles, audit),
        views::merges_table(articles, audit),
    ] {
        markdown_table(&mut out, &table);
    }
    if !audit.tags.is_empty() {
        let tags: Vec<String> = audit.tags.iter().map(|t| markdown_text(t)).collect();
        let _ = writeln!(out, "Tags used: {}.\n", tags.join(", "));
    }
    out.push_str(
        "Kinds of source are suggested from the words the articles give about each speaker (a title, \
         a description after the name, an organisation's name), never from a name alone; a kind set by \
         hand replaces the suggestion. Speakers are merged across articles by name: check the merged \
         names above.\n",
    );
    out
}

/// The JSON export: every article with its report, and the user's edits and tags.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// [`SCHEMA`].
    pub schema: String,
    pub articles: Vec<Article>,
    #[serde(default)]
    pub edits: Edits,
}

/// The JSON export of `articles` and `edits`.
pub fn document(articles: &[Article], edits: &Edits) -> Document {
    Document {
        schema: SCHEMA.to_string(),
        articles: articles.to_vec(),
        edits: edits.clone(),
    }
}
