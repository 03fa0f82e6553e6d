//! Case tables as data: `tests/cases/<extractor>.txt`, checked by one runner with an auto-update
//! switch (`UPDATE_EXPECT=1 cargo test --test <extractor>` rewrites the expectations; review the diff).
//!
//! A file is a list of cases separated by blank lines; `#` lines are comments (a `## heading` names
//! the rule group of the cases below it). A case is the text (`> ` lines, joined with newlines), an
//! optional reference date (`@ 2024-03-14`, or `@ none`; else [`EXAMPLE_DATE`]) and the expected
//! findings: the lines of [`rules::explain`] whose first word is one of the extractor's, each followed
//! by the rule that produced it in brackets.
//!
//! ```text
//! ## weekdays
//! > He left on Friday.
//! date "Friday" = 2022-01-21 (date) [dates/weekday-by-tense]
//! ```

use std::fmt::Write as _;
use std::path::PathBuf;

use lede::analysis::rules::{self, EXAMPLE_DATE};
use lede::analysis::{analyse, Date, Options, Report};

/// Analyses `text` against `date` (`None`: [`EXAMPLE_DATE`]; `Some("none")`: no reference date).
pub fn report(text: &str, date: Option<&str>) -> Report {
    let date = date.unwrap_or(EXAMPLE_DATE);
    let reference_date = if date == "none" {
        None
    } else {
        Date::parse_iso(date)
    };
    analyse(text, &Options { reference_date })
}

/// The explained findings of `report` whose first word is in `kinds`, as `line [rule]`.
pub fn lines(report: &Report, kinds: &[&str]) -> Vec<String> {
    rules::explain(report)
        .into_iter()
        .filter(|(_, line)| kinds.iter().any(|k| line.split(' ').next() == Some(k)))
        .map(|(rule, line)| format!("{line} [{rule}]"))
        .collect()
}

struct Case {
    /// Lines of the file before the expectation: comments, text, date.
    head: Vec<String>,
    text: String,
    date: Option<String>,
    expect: Vec<String>,
}

fn parse(source: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for block in source.split("\n\n") {
        let mut case = Case {
            head: Vec::new(),
            text: String::new(),
            date: None,
            expect: Vec::new(),
        };
        let mut texts = Vec::new();
        for line in block.lines() {
            if let Some(t) = line.strip_prefix('>') {
                texts.push(t.strip_prefix(' ').unwrap_or(t).to_string());
                case.head.push(line.to_string());
            } else if let Some(d) = line.strip_prefix('@') {
                case.date = Some(d.trim().to_string());
                case.head.push(line.to_string());
            } else if line.starts_with('#') || line.trim().is_empty() {
                case.head.push(line.to_string());
            } else {
                case.expect.push(line.to_string());
            }
        }
        case.text = texts.join("\n");
        if !case.head.is_empty() || !case.expect.is_empty() {
            cases.push(case);
        }
    }
    cases
}

/// Runs every case of `tests/cases/<name>.txt`, comparing the findings whose first word is in
/// `kinds`; with `UPDATE_EXPECT=1` writes the actual findings back instead.
pub fn check_file(name: &str, kinds: &[&str]) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join(format!("tests/cases/{name}.txt"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let mut failures = String::new();
    let mut rewritten = Vec::new();
    let mut count = 0;
    for case in parse(&source) {
        let mut block = case.head.join("\n");
        if !case.text.is_empty() {
            count += 1;
            let got = lines(&report(&case.text, case.date.as_deref()), kinds);
            if got != case.expect {
                let _ = writeln!(
                    failures,
                    "\n--- {:?}\n  expected:\n    {}\n  got:\n    {}",
                    case.text,
                    case.expect.join("\n    "),
                    got.join("\n    ")
                );
            }
            for line in &got {
                block.push('\n');
                block.push_str(line);
            }
        }
        rewritten.push(block.trim_start_matches('\n').to_string());
    }
    assert!(count > 0, "{}: no cases", path.display());
    if update {
        let mut out = rewritten.join("\n\n");
        out.push('\n');
        std::fs::write(&path, out).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    } else if !failures.is_empty() {
        panic!(
            "{} case(s) of {} differ (UPDATE_EXPECT=1 rewrites them):{failures}",
            failures.matches("\n--- ").count(),
            path.display()
        );
    }
}
