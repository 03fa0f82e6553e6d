//! Country detection through the public pipeline: robustness on odd input, and the report's shape.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::analysis::{analyse, Options};
use proptest::prelude::*;
use support::{cases, eval_dir};

/// The case tables of `tests/cases/countries.txt`, grouped by rule.
#[test]
fn country_cases() {
    cases::check_file("countries", &["country"]);
}

/// A long list of country names is one long sentence: every name is still found (the matcher is
/// linear in it; `scripts/bench adversarial` measures the time).
#[test]
fn a_long_country_list_is_read_whole() {
    let text = "France Germany Georgia Jordan Chad Turkey Guinea Niger ".repeat(500);
    let report = analyse(&text, &Options::default());
    let mentions: usize = report.countries.iter().map(|c| c.mentions.len()).sum();
    assert!(mentions >= 500 * 5, "{mentions} mentions");
}

/// Words and marks that exercise the matcher's rules: names, aliases, hyphens, commas, regions.
const PARTS: &[&str] = &[
    "US",
    "U.S.",
    "Russia",
    "-",
    "‐",
    ",",
    ".",
    " ",
    "  ",
    "\n",
    "Paris",
    "Texas",
    "Georgia",
    "Atlanta",
    "Jordan",
    "Michael",
    "New",
    "Mexico",
    "Guinea",
    "Bissau",
    "Papua",
    "Côte",
    "d’Ivoire",
    "é",
    "’s",
    "the",
    "in",
    "Ala",
    "N.Y.",
    "Turkey",
    "sandwiches",
    "China",
    "bone",
    "Air",
    "France",
    "pro",
    "anti",
    "American",
    "RUSSIA",
    "LET",
    "Washington",
    "D.C.",
    "St",
    "Louis",
    "County",
    "Janet",
    "Reno",
    "\u{FEFF}",
    "🙂",
    "Kyiv",
    "$",
];

fn check(text: &str) {
    let report = analyse(text, &Options::default());
    for c in &report.countries {
        assert_eq!(c.code.len(), 2);
        assert!(!c.mentions.is_empty());
        for m in &c.mentions {
            assert!(m.start < m.end && m.end <= text.len());
            assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            assert_eq!(&text[m.start..m.end], m.text);
        }
        assert!(
            c.mentions.windows(2).all(|w| w[0].start < w[1].start),
            "mentions in text order"
        );
    }
    assert!(report
        .countries
        .windows(2)
        .all(|w| w[0].mentions.len() >= w[1].mentions.len()));
}

proptest! {
    #[test]
    fn never_panics_on_joined_parts(parts in proptest::collection::vec(0..PARTS.len(), 0..40)) {
        let text: String = parts.iter().map(|&i| PARTS[i]).collect();
        check(&text);
    }

    #[test]
    fn never_panics_on_any_text(text in "\\PC{0,200}") {
        check(&text);
    }
}

#[test]
fn hyphenated_pair_in_the_report() {
    let text = "Envoys prepared US-Russia talks in Geneva while Ukrainians waited.";
    let report = analyse(text, &Options::default());
    let codes: Vec<&str> = report.countries.iter().map(|c| c.code.as_str()).collect();
    assert_eq!(codes, ["US", "RU", "CH", "UA"]);
    let json = serde_json::to_value(&report).expect("report serialises");
    assert_eq!(json["countries"][0]["mentions"][0]["via"], "alias");
    assert_eq!(json["countries"][0]["name"], "United States");
}

/// The sample article's countries against its hand annotation: every code, every mention span.
#[test]
fn sample_article_matches_its_gold_countries() {
    let Some(dir) = eval_dir() else {
        eprintln!("skipped: the evaluation kit (../shared/eval) is not there");
        return;
    };
    let gold = std::fs::read_to_string(dir.join("sample/seed-article.gold.jsonl")).expect("gold file");
    let line: serde_json::Value = serde_json::from_str(gold.lines().next().expect("one line")).expect("json");
    let text = line["text"].as_str().expect("text");
    let report = analyse(text, &Options::default());
    let mut expected: Vec<(String, u64, u64)> = Vec::new();
    for c in line["gold"]["countries"].as_array().expect("countries") {
        for m in c["mentions"].as_array().expect("mentions") {
            expected.push((
                c["code"].as_str().unwrap_or("").to_string(),
                m[0].as_u64().unwrap_or(0),
                m[1].as_u64().unwrap_or(0),
            ));
        }
    }
    let mut got: Vec<(String, u64, u64)> = report
        .countries
        .iter()
        .flat_map(|c| {
            c.mentions
                .iter()
                .map(|m| (c.code.clone(), m.start as u64, m.end as u64))
        })
        .collect();
    expected.sort();
    got.sort();
    assert_eq!(got, expected);
    let codes: Vec<&str> = report.countries.iter().map(|c| c.code.as_str()).collect();
    for code in ["US", "RU", "UA", "CH", "IR", "GB", "FR", "DE", "ES", "DK", "RO"] {
        assert!(codes.contains(&code), "{code} in {codes:?}");
    }
}
