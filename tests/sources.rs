//! Unnamed and vague sources and non-answers through the public pipeline: the case table, and
//! robustness on long input.
#![cfg(not(target_arch = "wasm32"))]

mod support;

use lede::analysis::{analyse, Options};
use support::cases;

/// The case tables of `tests/cases/sources.txt`, grouped by rule.
#[test]
fn source_cases() {
    cases::check_file("sources", &["source"]);
}

/// One very long sentence of sourcing phrases is read whole and in linear time.
#[test]
fn a_long_run_of_sources_is_read_whole() {
    let text = "a senior official said, analysts say, it is understood, declined to comment, ".repeat(2000);
    let report = analyse(&text, &Options::default());
    assert_eq!(report.sources.len(), 4 * 2000);
    assert!(report.sources.iter().all(|s| s.sentence_start == 0));
}
