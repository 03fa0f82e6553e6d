//! Exports of a report for keeping and handing out: its tables as CSV and a Markdown summary.
//!
//! - [`findings_tables`] gives the findings as tables (actors, quotes with their speakers, dates with their
//!   values, countries); each workbench view appends its own [`Table`].
//! - [`csv`] writes tables as one CSV file (RFC 4180: comma-separated, CRLF line ends, a field with a
//!   comma, quotation mark or line break in quotation marks, its quotation marks doubled). Each table
//!   starts with a row holding only its title, then its header row and its rows; a blank line separates
//!   two tables. One file keeps the download single and opens in any spreadsheet.
//! - [`markdown`] writes a summary a teacher can hand out: the article's title (its first line), its
//!   date, the counts and every table, with `|` escaped and line breaks flattened inside cells.

use crate::analysis::sort::CompactSort;
use std::fmt::Write;

use super::Table;
use crate::analysis::timex;
use crate::report::{Actor, Report};

/// The findings tables of a report: actors, quotes, dates and countries (in that order).
pub fn findings_tables(report: &Report) -> Vec<Table> {
    vec![
        actors_table(report),
        quotes_table(report),
        dates_table(report),
        countries_table(report),
    ]
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| s.to_string()).collect()
}

fn actors_table(report: &Report) -> Table {
    let rows = report
        .actors
        .iter()
        .map(|a| {
            vec![
                a.name.clone(),
                a.kind.as_str().to_string(),
                a.roles.join("; "),
                a.country.clone().unwrap_or_default(),
                a.mentions.len().to_string(),
                a.references.len().to_string(),
                quotes_by(report, &a.id).to_string(),
            ]
        })
        .collect();
    Table {
        title: "Actors".into(),
        columns: strings(&[
            "Actor",
            "Kind",
            "Roles",
            "Country",
            "Mentions",
            "References",
            "Quotes",
        ]),
        rows,
    }
}

fn quotes_by(report: &Report, id: &str) -> usize {
    report
        .quotes
        .iter()
        .filter(|q| q.speaker.as_deref() == Some(id))
        .count()
}

fn actor<'a>(report: &'a Report, id: Option<&str>) -> Option<&'a Actor> {
    id.and_then(|id| report.actors.iter().find(|a| a.id == id))
}

fn quotes_table(report: &Report) -> Table {
    let rows = report
        .quotes
        .iter()
        .map(|q| {
            let speaker = actor(report, q.speaker.as_deref()).map_or("Unattributed", |a| a.name.as_str());
            vec![
                speaker.to_string(),
                q.speaker_mention
                    .as_ref()
                    .map(|m| m.text.clone())
                    .unwrap_or_default(),
                q.kind.as_str().to_string(),
                q.cue.clone().unwrap_or_default(),
                q.text.clone(),
            ]
        })
        .collect();
    Table {
        title: "Quotes".into(),
        columns: strings(&["Speaker", "Named as", "Kind", "Verb", "Quote"]),
        rows,
    }
}

fn dates_table(report: &Report) -> Table {
    let rows = report
        .dates
        .iter()
        .map(|d| {
            let value = d.value.clone().unwrap_or_default();
            let meaning = if value.is_empty() {
                String::new()
            } else {
                timex::display(&value)
            };
            let inferred = if d.inferred { "yes" } else { "no" };
            vec![
                d.text.clone(),
                d.kind.as_str().to_string(),
                value,
                meaning,
                inferred.to_string(),
            ]
        })
        .collect();
    Table {
        title: "Dates".into(),
        columns: strings(&["Expression", "Kind", "Value", "Meaning", "Inferred"]),
        rows,
    }
}

fn countries_table(report: &Report) -> Table {
    let rows = report
        .countries
        .iter()
        .map(|c| {
            let via = distinct(c.mentions.iter().map(|m| m.via.as_str()));
            let named = distinct(c.mentions.iter().map(|m| m.text.as_str()));
            vec![
                c.name.clone(),
                c.code.clone(),
                c.mentions.len().to_string(),
                named,
                via,
            ]
        })
        .collect();
    Table {
        title: "Countries".into(),
        columns: strings(&["Country", "Code", "Mentions", "Named as", "Via"]),
        rows,
    }
}

/// The distinct values, sorted, joined with "; ".
fn distinct<'a>(values: impl Iterator<Item = &'a str>) -> String {
    let mut v: Vec<&str> = values.collect();
    v.compact_sort();
    v.dedup();
    v.join("; ")
}

/// One CSV field: quoted when it holds a comma, a quotation mark, a line break or surrounding spaces.
pub fn csv_field(value: &str) -> String {
    let quote = value.contains([',', '"', '\n', '\r']) || value.starts_with(' ') || value.ends_with(' ');
    if quote {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value.to_string()
    }
}

fn csv_row(out: &mut String, fields: &[String]) {
    let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
    out.push_str(&line.join(","));
    out.push_str("\r\n");
}

/// The tables as one CSV text: per table a title row, the header row and the rows; a blank line
/// between tables.
pub fn csv(tables: &[Table]) -> String {
    let mut out = String::new();
    for (i, table) in tables.iter().enumerate() {
        if i > 0 {
            out.push_str("\r\n");
        }
        csv_row(&mut out, std::slice::from_ref(&table.title));
        csv_row(&mut out, &table.columns);
        for row in &table.rows {
            csv_row(&mut out, row);
        }
    }
    out
}

/// One table as a CSV file of its own: the header row and the rows (no title row).
pub fn csv_table(table: &Table) -> String {
    let mut out = String::new();
    csv_row(&mut out, &table.columns);
    for row in &table.rows {
        csv_row(&mut out, row);
    }
    out
}

/// A Markdown table cell: `|` and backslashes escaped, line breaks as spaces, surrounding spaces
/// trimmed; an empty cell stays empty.
pub fn markdown_cell(value: &str) -> String {
    let flat: String = value
        .split(['\r', '\n'])
        .filter(|l| !l.trim().is_empty())
        .map(str::trim)
        .collect::<Vec<_>>()
        .join(" ");
    flat.replace('\\', "\\\\").replace('|', "\\|")
}

/// Inline Markdown text (a heading or a paragraph): line breaks flattened, and the characters that
/// would start markup escaped.
pub fn markdown_text(value: &str) -> String {
    let flat = markdown_cell(value);
    let mut out = String::with_capacity(flat.len());
    for c in flat.chars() {
        if matches!(c, '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A table as a Markdown section: its title as a `##` heading, then the table ("None found." when
/// it has no rows).
pub fn markdown_table(out: &mut String, table: &Table) {
    let _ = writeln!(out, "## {}\n", markdown_text(&table.title));
    if table.rows.is_empty() {
        out.push_str("None found.\n\n");
        return;
    }
    let header: Vec<String> = table.columns.iter().map(|c| markdown_cell(c)).collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", "---|".repeat(table.columns.len().max(1)));
    for row in &table.rows {
        let cells: Vec<String> = row.iter().map(|c| markdown_cell(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    out.push('\n');
}

/// The article's title: its first non-blank line, cut to 120 characters; "Untitled article" when
/// the text is empty.
pub fn title(text: &str) -> String {
    let line = text.lines().map(str::trim).find(|l| !l.is_empty());
    match line {
        None => "Untitled article".into(),
        Some(l) if l.chars().count() > 120 => {
            let cut: String = l.chars().take(119).collect();
            format!("{}…", cut.trim_end())
        }
        Some(l) => l.to_string(),
    }
}

/// A Markdown summary of the report: title, publication date, counts, then every table.
pub fn markdown(text: &str, report: &Report, tables: &[Table]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", markdown_text(&title(text)));
    let date = report.reference_date.as_deref().unwrap_or("not known");
    let _ = writeln!(out, "Publication date: {}\n", markdown_text(date));
    let s = &report.stats;
    let mentions: usize = report.actors.iter().map(|a| a.mentions.len()).sum();
    let _ = writeln!(
        out,
        "{} words, {} sentences, {} paragraphs. Lede found {} actors ({} mentions), {} quotes, {} dates \
         and {} countries.\n",
        s.words,
        s.sentences,
        s.paragraphs,
        report.actors.len(),
        mentions,
        report.quotes.len(),
        report.dates.len(),
        report.countries.len()
    );
    for table in tables {
        markdown_table(&mut out, table);
    }
    out.push_str("Made with Lede, which analyses the article on the reader's own device.\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_are_quoted_per_rfc_4180() {
        let cases: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("", ""),
            ("a,b", "\"a,b\""),
            ("say \"no\"", "\"say \"\"no\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\rhere", "\"cr\rhere\""),
            (" padded ", "\" padded \""),
            ("Zürich – ok", "Zürich – ok"),
            ("\"", "\"\"\"\""),
        ];
        for (input, want) in cases {
            assert_eq!(csv_field(input), *want, "{input:?}");
        }
    }

    fn table(title: &str, columns: &[&str], rows: &[&[&str]]) -> Table {
        Table {
            title: title.into(),
            columns: strings(columns),
            rows: rows.iter().map(|r| strings(r)).collect(),
        }
    }

    #[test]
    fn csv_writes_tables_with_titles_and_blank_lines() {
        let t = [
            table("Actors", &["Actor", "Kind"], &[&["Ms Solberg, Jr.", "person"]]),
            table("Dates", &["Expression"], &[]),
        ];
        assert_eq!(
            csv(&t),
            "Actors\r\nActor,Kind\r\n\"Ms Solberg, Jr.\",person\r\n\r\nDates\r\nExpression\r\n"
        );
        assert_eq!(csv(&[]), "");
    }

    #[test]
    fn markdown_cells_escape_pipes_and_flatten_lines() {
        let cases: &[(&str, &str)] = &[
            ("a | b", "a \\| b"),
            ("one\ntwo\r\n three", "one two three"),
            ("back\\slash", "back\\\\slash"),
            ("", ""),
            ("\n\n", ""),
        ];
        for (input, want) in cases {
            assert_eq!(markdown_cell(input), *want, "{input:?}");
        }
        assert_eq!(markdown_text("# *Big* [news]"), "\\# \\*Big\\* \\[news\\]");
    }

    #[test]
    fn titles_are_the_first_line() {
        assert_eq!(title("\n  Talks end \n\nBody"), "Talks end");
        assert_eq!(title(" \n "), "Untitled article");
        let long = "x".repeat(300);
        assert_eq!(title(&long).chars().count(), 120);
    }

    #[test]
    fn findings_tables_of_an_article() {
        let text = "Talks in Geneva\n\nNorway's foreign minister, Ingrid Solberg, said on Friday: \"We will meet in Oslo.\"";
        let options = crate::Options {
            reference_date: crate::Date::parse_iso("2024-03-14"),
        };
        let report = crate::analyse(text, &options);
        let t = findings_tables(&report);
        let titles: Vec<&str> = t.iter().map(|t| t.title.as_str()).collect();
        assert_eq!(titles, ["Actors", "Quotes", "Dates", "Countries"]);
        for table in &t {
            assert!(
                table.rows.iter().all(|r| r.len() == table.columns.len()),
                "{table:?}"
            );
        }
        assert_eq!(t[0].rows[0][0], "Ingrid Solberg");
        assert_eq!(t[0].rows[0][6], "1", "her quote is counted");
        assert_eq!(t[1].rows[0][0], "Ingrid Solberg");
        assert_eq!(t[1].rows[0][4], "We will meet in Oslo.");
        assert_eq!(t[2].rows[0][2], "2024-03-08");
        let codes: Vec<&str> = t[3].rows.iter().map(|r| r[1].as_str()).collect();
        assert_eq!(codes, ["NO", "CH"]);
        assert_eq!(
            t[3].rows[0],
            ["Norway", "NO", "2", "Norway; Oslo", "capital; name"]
        );

        let md = markdown(text, &report, &t);
        assert!(
            md.starts_with("# Talks in Geneva\n\nPublication date: 2024-03-14\n"),
            "{md}"
        );
        assert!(
            md.contains("| Ingrid Solberg | person | Norway's foreign minister | NO | 1 | 0 | 1 |"),
            "{md}"
        );
        assert!(
            md.contains("1 actors (1 mentions), 1 quotes, 1 dates and 2 countries"),
            "{md}"
        );
        let sheet = csv(&t);
        assert!(
            sheet.contains("Quotes\r\nSpeaker,Named as,Kind,Verb,Quote\r\n"),
            "{sheet}"
        );
    }

    #[test]
    fn an_empty_report_says_none_found() {
        let report = crate::analyse("", &crate::Options::default());
        let t = findings_tables(&report);
        let md = markdown("", &report, &t);
        assert!(
            md.starts_with("# Untitled article\n\nPublication date: not known\n"),
            "{md}"
        );
        assert_eq!(md.matches("None found.").count(), 4, "{md}");
    }
}
