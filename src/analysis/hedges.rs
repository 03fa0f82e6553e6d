//! Hedges in the reporter's voice: words with which the writer, not a quoted source, holds a claim at
//! arm's length ("reportedly", "appears to", "could").
//!
//! Only words outside every quote (direct, partial or reported) count: inside a quote they are the
//! source's words, not the reporter's. Three word classes, each a data file: hedging adverbs with what
//! they do (`data/hedges-adverbs.tsv`), verbs of appearance followed by "to" or "that"
//! (`data/hedges-appearance-verbs.txt`) and modal verbs of possibility (`data/hedges-modals.txt`).
//! One pass over the tokens: linear in the text.
//!
//! ```
//! use lede::analysis::{analyse, Options};
//! use lede::report::HedgeKind;
//! let report = analyse("The minister reportedly left the talks early.", &Options::default());
//! assert_eq!(report.hedges[0].text, "reportedly");
//! assert_eq!(report.hedges[0].kind, HedgeKind::Hearsay);
//! ```

use crate::analysis::sort::CompactSort;
use std::sync::LazyLock;

use crate::analysis::gazetteer::{self, word_set, TableMap, WordSet};
use crate::analysis::report::{Hedge, HedgeKind, Quote, RuleName};
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};
use crate::analysis::Span;

pub const HEDGING_ADVERB: &str = "hedges/hedging-adverb";
pub const APPEARS_TO: &str = "hedges/appears-to";
pub const MODAL_VERB: &str = "hedges/modal-verb";

/// The rules of this extractor, with their examples (see [`crate::analysis::rules`]).
pub static RULES: &[Rule] = &[
    Rule {
        name: HEDGING_ADVERB,
        description: "An adverb such as \"reportedly\", \"allegedly\", \"apparently\" or \"possibly\" outside any quote hedges the writer's own claim.",
        details: "",
        examples: &[
            (
                "The minister reportedly left the talks early.",
                "hedge hearsay \"reportedly\"",
            ),
            (
                "The fire was apparently started by a spark.",
                "hedge appearance \"apparently\"",
            ),
            (
                "The vote will probably be delayed.",
                "hedge possibility \"probably\"",
            ),
        ],
        counter_examples: &[
            "The minister left the talks early.",
            "\"He reportedly left early,\" the mayor said.",
            "The mayor said the minister had reportedly left early.",
        ],
    },
    Rule {
        name: APPEARS_TO,
        description: "\"Appears\" or \"seems\" followed by \"to\" or \"that\" outside any quote presents a claim as how things look, not as fact.",
        details: "",
        examples: &[
            (
                "The ceasefire appears to be holding.",
                "hedge appearance \"appears to\"",
            ),
            (
                "It seemed that nobody had been warned.",
                "hedge appearance \"seemed that\"",
            ),
        ],
        counter_examples: &[
            "The singer appears on stage at nine.",
            "The mayor said the ceasefire appears to be holding.",
        ],
    },
    Rule {
        name: MODAL_VERB,
        description: "\"Could\", \"may\" or \"might\" outside any quote presents a claim as possible, not as fact (\"could not\" is a fact about ability and does not count).",
        details: "",
        examples: &[
            (
                "The plant could close by the end of the year.",
                "hedge possibility \"could\"",
            ),
            ("Prices may rise again.", "hedge possibility \"may\""),
        ],
        counter_examples: &[
            "The talks will resume in May.",
            "The police could not confirm the report.",
            "Officials said the plant could close.",
        ],
    },
];

static ADVERBS: LazyLock<TableMap<&'static str, HedgeKind>> = LazyLock::new(|| {
    gazetteer::rows(gazetteer::data_file!("data/hedges-adverbs.tsv"))
        .filter_map(|row| {
            let kind = match row.get(1).copied() {
                Some("hearsay") => HedgeKind::Hearsay,
                Some("appearance") => HedgeKind::Appearance,
                _ => HedgeKind::Possibility,
            };
            row.first().map(|&word| (word, kind))
        })
        .collect()
});

static APPEARANCE_VERBS: WordSet = word_set!("data/hedges-appearance-verbs.txt");

/// A form of a verb of appearance ("seems", "appeared"), in lower case.
pub fn is_appearance_verb(lower: &str) -> bool {
    APPEARANCE_VERBS.contains(lower)
}

static MODALS: WordSet = word_set!("data/hedges-modals.txt");

/// The hedge that starts at token `i`: its last token (inclusive), kind and rule.
fn hedge_at(doc: &Doc, i: usize) -> Option<(usize, HedgeKind, &'static str)> {
    let lower = doc.lower(i);
    if let Some(&kind) = ADVERBS.get(lower) {
        return Some((i, kind, HEDGING_ADVERB));
    }
    let next_is_word = doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word);
    if APPEARANCE_VERBS.contains(lower) && next_is_word && matches!(doc.lower(i + 1), "to" | "that") {
        return Some((i + 1, HedgeKind::Appearance, APPEARS_TO));
    }
    // "May" with a capital is the month far more often than the modal.
    let month = lower == "may" && doc.word(i) != "may";
    if MODALS.contains(lower) && !month && doc.lower(i + 1) != "not" {
        return Some((i, HedgeKind::Possibility, MODAL_VERB));
    }
    None
}

/// The spans of `quotes`, sorted and merged, so that one forward walk can test a position.
fn quoted_spans(quotes: &[Quote]) -> Vec<Span> {
    let mut spans: Vec<Span> = quotes.iter().map(|q| Span::new(q.start, q.end)).collect();
    spans.compact_sort_by_key(|s| (s.start, s.end));
    let mut merged: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match merged.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => merged.push(s),
        }
    }
    merged
}

/// Every hedge in the reporter's voice, in text order.
pub fn extract(doc: &Doc, quotes: &[Quote]) -> Vec<Hedge> {
    let quoted = quoted_spans(quotes);
    let mut q = 0;
    let mut out = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.kind != TokenKind::Word {
            continue;
        }
        while quoted.get(q).is_some_and(|s| s.end <= t.span().start) {
            q += 1;
        }
        if quoted.get(q).is_some_and(|s| s.start <= t.span().start) {
            continue;
        }
        let Some((last, kind, rule)) = hedge_at(doc, i) else {
            continue;
        };
        let span = doc.span_of(i..last + 1);
        let sentence = doc.sentences.get(t.sentence as usize).map_or(span, |s| s.span);
        out.push(Hedge {
            start: span.start,
            end: span.end,
            text: doc.slice(span).to_string(),
            kind,
            sentence_start: sentence.start,
            sentence_end: sentence.end,
            rule: RuleName::Borrowed(rule),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::{analyse, Options};

    /// (text, the hedges it must give as `kind "text"`).
    const CASES: &[(&str, &[&str])] = &[
        ("", &[]),
        (
            "Officials reportedly met twice, and the deal may yet fail.",
            &["hearsay \"reportedly\"", "possibility \"may\""],
        ),
        ("The vote is in May. May the best win.", &[]),
        (
            "It appears that the talks seem to stall.",
            &["appearance \"appears that\"", "appearance \"seem to\""],
        ),
        ("She appears.", &[]),
        (
            "\"It could rain,\" he said. It might.",
            &["possibility \"might\""],
        ),
        (
            "He said prices could rise. Prices could fall.",
            &["possibility \"could\""],
        ),
        ("The police couldn't confirm it; they could not say.", &[]),
    ];

    #[test]
    fn the_sentence_is_the_hedges_own() {
        let text = "Talks ended. The deal could fail. Nobody knows.";
        let report = analyse(text, &Options::default());
        let h = &report.hedges[0];
        assert_eq!(&text[h.sentence_start..h.sentence_end], "The deal could fail.");
    }

    #[test]
    fn cases() {
        for (text, expected) in CASES {
            let report = analyse(text, &Options::default());
            let got: Vec<String> = report
                .hedges
                .iter()
                .map(|h| format!("{} {:?}", h.kind.as_str(), h.text))
                .collect();
            assert_eq!(&got, expected, "{text:?}");
            for h in &report.hedges {
                assert_eq!(&text[h.start..h.end], h.text);
                assert!(h.sentence_start <= h.start && h.end <= h.sentence_end, "{text:?}");
            }
        }
    }
}
