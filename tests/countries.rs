//! Country detection through the public pipeline: robustness on odd input, and the report's shape.
#![cfg(not(target_arch = "wasm32"))]

use lede::analysis::{analyse, Options};
use proptest::prelude::*;

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
