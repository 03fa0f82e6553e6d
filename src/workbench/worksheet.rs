//! The printed worksheet's summary tables of the findings: actors (with their quotes), dates and
//! countries. Each workbench view adds its own table(s) after these (see the app's worksheet).

use std::collections::HashMap;

use crate::report::Report;
use crate::workbench::Table;

fn table(title: &str, columns: &[&str], rows: Vec<Vec<String>>) -> Table {
    Table {
        title: title.to_string(),
        columns: columns.iter().map(|c| c.to_string()).collect(),
        rows,
    }
}

/// Actors with kind, roles, named mentions and quotes attributed to them, in order of first mention.
pub fn actors(report: &Report) -> Table {
    let mut quotes: HashMap<&str, usize> = HashMap::new();
    for q in &report.quotes {
        if let Some(s) = &q.speaker {
            *quotes.entry(s.as_str()).or_default() += 1;
        }
    }
    let rows = report
        .actors
        .iter()
        .map(|a| {
            vec![
                a.name.clone(),
                a.kind.as_str().to_string(),
                a.roles.join("; "),
                a.mentions.len().to_string(),
                quotes.get(a.id.as_str()).copied().unwrap_or(0).to_string(),
            ]
        })
        .collect();
    table("Actors", &["actor", "kind", "roles", "mentions", "quotes"], rows)
}

/// Every date as written, with its normalised value ("?" when it has none) and whether it is inferred.
pub fn dates(report: &Report) -> Table {
    let rows = report
        .dates
        .iter()
        .map(|d| {
            vec![
                d.text.clone(),
                d.value.clone().unwrap_or_else(|| "?".into()),
                if d.inferred { "inferred" } else { "" }.to_string(),
            ]
        })
        .collect();
    table("Dates", &["date", "value", "note"], rows)
}

/// Countries with their code and number of mentions.
pub fn countries(report: &Report) -> Table {
    let rows = report
        .countries
        .iter()
        .map(|c| vec![c.name.clone(), c.code.clone(), c.mentions.len().to_string()])
        .collect();
    table("Countries", &["country", "code", "mentions"], rows)
}

/// The findings' tables, in the order the worksheet prints them.
pub fn tables(report: &Report) -> Vec<Table> {
    vec![actors(report), dates(report), countries(report)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::{analyse, Date, Options};

    #[test]
    fn findings_as_tables() {
        let options = Options {
            reference_date: Date::parse_iso("2024-03-14"),
        };
        let text = r#""We will sign," Ingrid Solberg said in Oslo on Friday."#;
        let t = tables(&analyse(text, &options));
        let cells = |t: &Table| t.rows.clone();
        assert_eq!(t[0].columns, ["actor", "kind", "roles", "mentions", "quotes"]);
        assert_eq!(cells(&t[0]), [["Ingrid Solberg", "person", "", "1", "1"]]);
        assert_eq!(cells(&t[1]), [["Friday", "2024-03-08", "inferred"]]);
        assert_eq!(cells(&t[2]), [["Norway", "NO", "1"]]);
        assert!(tables(&Report::default()).iter().all(|t| t.rows.is_empty()));
    }
}
