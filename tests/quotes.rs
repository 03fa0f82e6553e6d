//! Quotes: the case tables of `tests/cases/quotes.txt`, and the evaluation kit's sample article, on
//! which every hand-annotated quote is found and attributed.
//!
//! The sample article and its annotation are read from the kit's `sample/` folder (never copied into
//! the project); that test is skipped with a message when the kit is absent.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::analysis::{analyse, Date, Options};
use support::cases;

#[test]
fn quote_cases() {
    cases::check_file("quotes", &["quote", "speaker"]);
}

fn overlaps(a: (usize, usize), b: (usize, usize)) -> bool {
    a.0 < b.1 && b.0 < a.1
}

fn span(v: &serde_json::Value, start: &str, end: &str) -> (usize, usize) {
    let at = |k: &str| v[k].as_u64().and_then(|n| usize::try_from(n).ok()).unwrap_or(0);
    (at(start), at(end))
}

#[test]
fn sample_article_quotes_are_attributed() {
    let Some(dir) = support::eval_sample_dir() else {
        eprintln!("skipped: no evaluation kit beside the project");
        return;
    };
    let (Ok(text), Ok(gold)) = (
        std::fs::read_to_string(dir.join("seed-article.txt")),
        std::fs::read_to_string(dir.join("seed-article.gold.jsonl")),
    ) else {
        eprintln!("skipped: no sample article under {}", dir.display());
        return;
    };
    let record = gold
        .lines()
        .find_map(|l| serde_json::from_str::<serde_json::Value>(l).ok());
    let record = record.expect("the sample gold file has a record");
    let report = analyse(
        &text,
        &Options {
            reference_date: Date::parse_iso("2022-01-21"),
        },
    );
    let quotes = record["gold"]["quotes"].as_array().cloned().unwrap_or_default();
    assert!(!quotes.is_empty());
    for g in &quotes {
        let gold_span = span(g, "start", "end");
        let speaker = span(g, "speaker_start", "speaker_end");
        let found = report
            .quotes
            .iter()
            .find(|q| overlaps((q.start, q.end), gold_span));
        let q = found.unwrap_or_else(|| panic!("quote not found: {}", g["text"]));
        let mention = q.speaker_mention.as_ref().map(|m| (m.start, m.end));
        assert!(
            mention.is_some_and(|m| overlaps(m, speaker)),
            "wrong speaker for {}: {:?}",
            g["text"],
            q.speaker_mention
        );
    }
    // Every quote by a named person carries the actor's id: "he" is resolved too.
    for q in &report.quotes {
        if let Some(m) = &q.speaker_mention {
            if ["Mr Blinken", "Mr Lavrov"].contains(&m.text.as_str()) {
                assert!(q.speaker.is_some(), "no actor id for {:?}", q.text);
            }
        }
    }
}
