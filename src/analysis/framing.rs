//! How a reporting verb frames what it reports: neutral ("said", "told", "added") or loaded
//! ("claimed", "admitted", "insisted", "warned"). Every other reporting verb (of thinking, hoping,
//! calling, ...) is "other".
//!
//! A quote's cue (`Quote.cue`) is brought to its lemma through the reporting-verb table of the quotes
//! extractor (`data/quotes-verbs.txt`, the one list of verb forms), then looked up in the two framing
//! classes, one data file each: `data/reporting-verbs-neutral.txt` and
//! `data/reporting-verbs-loaded.txt`.
//!
//! ```
//! use lede::analysis::framing::{framing, lemma, Framing};
//! assert_eq!(lemma("told"), "tell");
//! assert_eq!(framing("claimed"), Framing::Loaded);
//! assert_eq!(framing("says"), Framing::Neutral);
//! ```

use crate::analysis::gazetteer::{self, word_set, WordSet};

/// The framing class of a reporting verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Framing {
    Neutral,
    Loaded,
    Other,
}

impl Framing {
    pub const ALL: [Framing; 3] = [Framing::Neutral, Framing::Loaded, Framing::Other];

    /// A lower-case name: "neutral", "loaded", "other".
    pub fn as_str(self) -> &'static str {
        match self {
            Framing::Neutral => "neutral",
            Framing::Loaded => "loaded",
            Framing::Other => "other",
        }
    }
}

static NEUTRAL: WordSet = word_set!("data/reporting-verbs-neutral.txt");

static LOADED: WordSet = word_set!("data/reporting-verbs-loaded.txt");

/// The lemma of a cue: "says", "saying", "Said" → "say"; "told" → "tell"; a cue that is no known
/// verb form ("according to") in lower case (ASCII letters only: the verb table is ASCII), with its
/// spaces squeezed.
pub fn lemma(cue: &str) -> String {
    let cue = cue.split_whitespace().collect::<Vec<_>>().join(" ");
    match crate::analysis::quotes::verb_lemma(&cue) {
        Some(lemma) => lemma.to_string(),
        None => cue.to_ascii_lowercase(),
    }
}

/// The framing class of a cue (any form).
pub fn framing(cue: &str) -> Framing {
    let lemma = lemma(cue);
    if NEUTRAL.contains(lemma.as_str()) {
        Framing::Neutral
    } else if LOADED.contains(lemma.as_str()) {
        Framing::Loaded
    } else {
        Framing::Other
    }
}

/// The lemmas of the two framing classes (for tests: each must be in the verb table).
pub fn class_lemmas() -> impl Iterator<Item = (Framing, &'static str)> {
    let neutral = gazetteer::words(gazetteer::data_file!("data/reporting-verbs-neutral.txt"));
    let loaded = gazetteer::words(gazetteer::data_file!("data/reporting-verbs-loaded.txt"));
    neutral
        .map(|w| (Framing::Neutral, w))
        .chain(loaded.map(|w| (Framing::Loaded, w)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (cue, lemma, class)
    const CASES: &[(&str, &str, Framing)] = &[
        ("said", "say", Framing::Neutral),
        ("says", "say", Framing::Neutral),
        ("saying", "say", Framing::Neutral),
        ("Said", "say", Framing::Neutral),
        ("told", "tell", Framing::Neutral),
        ("added", "add", Framing::Neutral),
        ("according  to", "according to", Framing::Neutral),
        ("claimed", "claim", Framing::Loaded),
        ("admits", "admit", Framing::Loaded),
        ("insisted", "insist", Framing::Loaded),
        ("conceded", "concede", Framing::Loaded),
        ("accused", "accuse", Framing::Loaded),
        ("denied", "deny", Framing::Loaded),
        ("warning", "warn", Framing::Loaded),
        ("boasted", "boast", Framing::Loaded),
        ("hoped", "hope", Framing::Other),
        ("called", "call", Framing::Other),
        ("", "", Framing::Other),
        ("frobbed", "frobbed", Framing::Other),
    ];

    #[test]
    fn cues_get_their_lemma_and_class() {
        for &(cue, want_lemma, want_class) in CASES {
            assert_eq!(lemma(cue), want_lemma, "{cue:?}");
            assert_eq!(framing(cue), want_class, "{cue:?}");
        }
    }

    /// One source per word class: every framing lemma that is a single word is a verb of the quotes
    /// extractor's table, and no lemma is in both classes.
    #[test]
    fn every_class_lemma_is_a_known_reporting_verb() {
        let mut seen = std::collections::HashSet::new();
        for (class, w) in class_lemmas() {
            assert!(seen.insert(w), "{w} is in two classes");
            if !w.contains(' ') {
                assert_eq!(crate::analysis::quotes::verb_lemma(w), Some(w), "{class:?} {w}");
            }
        }
    }
}
