//! Temporal expressions: the case tables of `tests/cases/dates.txt` (sentences written for these
//! tests, grouped by rule, each with its reference date and the expected dates: span, TIMEX3 value,
//! kind and rule), reference-date detection, the timeline and robustness.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::analysis::dates::{self, timeline};
use lede::analysis::text::Doc;
use lede::analysis::{Date, Diagnostics};

/// Friday 21 January 2022, ISO week 3.
const REF: &str = "2022-01-21";

fn reference_of(text: &str) -> Option<String> {
    dates::detect_reference_date(&Doc::new(text)).map(|d| d.to_string())
}

#[test]
fn reference_from_byline() {
    let text = "Talks in Geneva\n\n Published: 08:17 PM, 21 January 2022   Updated: 08:18 PM, 21 January 2022\n\nThe ministers met on Friday.";
    assert_eq!(reference_of(text).as_deref(), Some("2022-01-21"));
}

#[test]
fn reference_from_dateline_line() {
    assert_eq!(
        reference_of("Airline orders new jets\nMarch 3, 2013\nThe airline said on Friday ...").as_deref(),
        Some("2013-03-03")
    );
    assert_eq!(
        reference_of("By Ann Lee, 2021-05-04\n\nText.").as_deref(),
        Some("2021-05-04")
    );
}

#[test]
fn reference_from_wire_dateline_needs_a_year() {
    assert_eq!(
        reference_of("WASHINGTON, Jan. 21 (Reuters) - The talks ended."),
        None
    );
    assert_eq!(
        reference_of("WASHINGTON, Jan. 21 (Reuters) - Copyright 2022\nThe talks ended.").as_deref(),
        Some("2022-01-21")
    );
}

#[test]
fn reference_not_from_a_date_the_sentence_governs() {
    // regression: a bond's maturity in the second paragraph of an undated story was its publication date
    assert_eq!(
        reference_of(
            "Almaden said it will sell debentures.\n\nThe debentures, due Nov. 15, 2014, carry a coupon."
        ),
        None
    );
    assert_eq!(
        reference_of("By Jane Doe\nPosted on March 3, 2013\n\nShares rose.").as_deref(),
        Some("2013-03-03")
    );
}

#[test]
fn reference_absent() {
    assert_eq!(reference_of("The talks ended without a deal."), None);
    assert_eq!(reference_of(""), None);
    let deep = format!("{}The plant opened on March 3, 2013.", "A line.\n".repeat(20));
    assert_eq!(reference_of(&deep), None);
}

#[test]
fn timeline_orders_and_groups() {
    let doc = Doc::new("On Thursday the US warned Russia. In 2019 the treaty ended. On Thursday talks began. Next week a reply comes. It lasted three weeks.");
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut Diagnostics::default());
    let line = timeline(&found);
    let values: Vec<(&str, usize)> = line
        .iter()
        .map(|e| (e.value.as_str(), e.mentions.len()))
        .collect();
    assert_eq!(values, [("2019", 1), ("2022-01-20", 2), ("2022-W04", 1)]);
    assert_eq!(line[2].first_day, "2022-01-24");
}

#[test]
fn inferred_flag_marks_context() {
    let doc = Doc::new("The pact was signed on 21 January 2022 and talks resumed on Thursday.");
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut Diagnostics::default());
    let flags: Vec<(&str, bool)> = found.iter().map(|d| (d.text.as_str(), d.inferred)).collect();
    assert_eq!(flags, [("21 January 2022", false), ("Thursday", true)]);
}

#[test]
fn ambiguous_numeric_date_warns() {
    let doc = Doc::new("The form was stamped 03/04/2022 at the border.");
    let mut diagnostics = Diagnostics::default();
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut diagnostics);
    assert_eq!(found.len(), 1);
    assert!(
        diagnostics.0.iter().any(|d| d.message.contains("03/04/2022")),
        "{:?}",
        diagnostics.0
    );
}

#[test]
fn ambiguous_numeric_date_without_year_warns() {
    for (text, warns) in [
        ("The vote is on 3/4, at the town hall.", true),
        ("The vote is on 3/17, at the town hall.", false),
        ("The vote is on 17/3, at the town hall.", false),
    ] {
        let mut diagnostics = Diagnostics::default();
        let found = dates::extract(&Doc::new(text), Date::parse_iso(REF), &mut diagnostics);
        assert_eq!(found.len(), 1, "{text}");
        let warned = diagnostics.0.iter().any(|d| d.message.contains("ambiguous"));
        assert_eq!(warned, warns, "{text}: {:?}", diagnostics.0);
    }
}

#[test]
fn day_first_text_reads_slashes_day_first() {
    let doc = Doc::new("On 21 January 2022 the form was stamped 03/04/2022.");
    let found = dates::extract(&doc, Date::parse_iso(REF), &mut Diagnostics::default());
    assert_eq!(found[1].value.as_deref(), Some("2022-04-03"));
}

#[test]
fn odd_input_never_panics_and_spans_are_ordered() {
    let texts = [
        "",
        " ",
        "'",
        "Jan.",
        "May",
        "the",
        "the end of",
        "2022-",
        "99:99 pm",
        "0:00 am on 31/02/2022",
        "a a a a the past the",
        "nineteen",
        "two thousand and",
        "Q9 2021",
        "every",
        "the first quarter of",
        "’80s and ‘90s",
        "مرحبا 2021 年 1 月",
        "\u{FEFF}Friday\u{2028}next week\u{0301}",
        "last last last week week",
        "a year earlier a year earlier",
        "12-hour-",
        "1/2/3/4",
        "mid-12és and 12és",
        "99999999999999999999 days ago, 1e300 years ago",
    ];
    for text in texts {
        for reference in [None, Some("2022-01-21"), Some("0001-01-01"), Some("9999-12-31")] {
            let doc = Doc::new(text);
            let found = dates::extract(
                &doc,
                reference.and_then(Date::parse_iso),
                &mut Diagnostics::default(),
            );
            let mut last_end = 0;
            for d in &found {
                assert!(
                    d.start >= last_end && d.start < d.end && d.end <= text.len(),
                    "{text:?}: {d:?}"
                );
                assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
                last_end = d.end;
            }
            let _ = dates::detect_reference_date(&doc);
            let _ = timeline(&found);
        }
    }
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Any text: no panic, spans ordered, non-overlapping, on char boundaries.
        #[test]
        fn spans_are_sound(text in "(\\PC|[0-9:/.,' -]|Jan|May|the|last|next|week|ago|a\\.m\\.|quarter){0,60}") {
            for reference in [None, Date::parse_iso(REF)] {
                let doc = Doc::new(&text);
                let found = dates::extract(&doc, reference, &mut Diagnostics::default());
                let mut last_end = 0;
                for d in &found {
                    prop_assert!(d.start >= last_end && d.start < d.end && d.end <= text.len());
                    prop_assert!(text.is_char_boundary(d.start) && text.is_char_boundary(d.end));
                    prop_assert_eq!(&text[d.start..d.end], d.text.as_str());
                    last_end = d.end;
                }
            }
        }
    }
}

#[test]
fn reference_ignores_dates_deep_in_body_lines() {
    let text =
        "The union said on Friday that the strike, which began after the vote on April 6, 1994, was over.";
    assert_eq!(reference_of(text), None);
}

/// The temporal lexicon's data files: a header naming source and licence, then rows sorted by their
/// first field, each first field once.
#[test]
fn temporal_word_lists_are_sorted_data_with_a_header() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis/data");
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("data folder") {
        let path = entry.expect("entry").path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or("")
            .to_string();
        if !name.starts_with("dates-") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).expect("readable");
        assert!(
            text.lines()
                .take_while(|l| l.starts_with('#'))
                .any(|l| l == "# source: written for Lede; licence: MIT"),
            "{name}: no source and licence in the header"
        );
        let keys: Vec<&str> = text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .map(|l| l.split('\t').next().unwrap_or(""))
            .collect();
        assert!(!keys.is_empty(), "{name}: empty");
        for pair in keys.windows(2) {
            assert!(pair[0] < pair[1], "{name}: {:?} before {:?}", pair[0], pair[1]);
        }
    }
    assert!(files >= 9, "the temporal lexicon has {files} data files");
}

/// The case tables of `tests/cases/dates.txt`, grouped by rule (`UPDATE_EXPECT=1` rewrites them).
#[test]
fn case_tables() {
    support::cases::check_file("dates", &["date"]);
}

/// One line of the expression suite: the value Lede reads for `text` against `reference`, as the
/// suite writes it (`ok` when it is `expect`, else `got VALUE` or `got nothing`).
fn check(text: &str, reference: &str, expect: &str) -> String {
    let report = support::cases::report(text, Some(reference));
    match report.dates.first().and_then(|d| d.value.as_deref()) {
        Some(value) if value == expect => "ok".to_string(),
        Some(value) => format!("got {value}"),
        None => "got nothing".to_string(),
    }
}

/// The isolated-expression suite of `tests/cases/date-expressions.txt`: every line's status must match
/// what Lede reads (`UPDATE_EXPECT=1` rewrites the statuses); prints the share read per family.
#[test]
fn expression_suite() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases/date-expressions.txt");
    let source = std::fs::read_to_string(&path).expect("the expression suite");
    let mut reference = REF.to_string();
    let mut family = String::new();
    let mut tally: Vec<(String, usize, usize)> = Vec::new();
    let mut failures = Vec::new();
    let mut out = Vec::new();
    for line in source.lines() {
        if let Some(name) = line.strip_prefix("## ") {
            family = name.trim().to_string();
            tally.push((family.clone(), 0, 0));
        } else if let Some(date) = line.strip_prefix('@') {
            reference = date.trim().to_string();
        }
        let fields: Vec<&str> = line.split(" | ").collect();
        if line.starts_with('#') || fields.len() != 3 {
            out.push(line.to_string());
            continue;
        }
        let status = check(fields[0], &reference, fields[1]);
        if let Some(t) = tally.last_mut() {
            t.1 += usize::from(status == "ok");
            t.2 += 1;
        }
        if status != fields[2] {
            failures.push(format!(
                "{family}: {:?} expected {} (was: {}), now: {status}",
                fields[0], fields[1], fields[2]
            ));
        }
        out.push(format!("{} | {} | {status}", fields[0], fields[1]));
    }
    let (read, total) = tally.iter().fold((0, 0), |(r, t), f| (r + f.1, t + f.2));
    for (name, r, t) in &tally {
        println!(
            "{name:24} {r:3}/{t:3} {:5.1} %",
            100.0 * *r as f64 / (*t).max(1) as f64
        );
    }
    println!(
        "{:24} {read:3}/{total:3} {:5.1} %",
        "all",
        100.0 * read as f64 / total.max(1) as f64
    );
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, out.join("\n") + "\n").expect("writable suite");
    } else {
        assert!(
            failures.is_empty(),
            "{} line(s) differ (UPDATE_EXPECT=1 rewrites them):\n{}",
            failures.len(),
            failures.join("\n")
        );
    }
}
