//! The word classes of the sources extractor, one data file each, parsed once.

use std::sync::LazyLock;

use crate::analysis::gazetteer::{self, word_set, Prefilter, TableMap, WordSet};
use crate::analysis::report::SourceKind;

/// What a role noun stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum NounKind {
    /// An unnamed individual or insider: anonymous sourcing.
    Person,
    /// A loose group whose members are never named: vague sourcing.
    Generic,
    /// An unnamed document or outlet: vague sourcing.
    Report,
}

impl NounKind {
    pub(super) fn source_kind(self) -> SourceKind {
        match self {
            NounKind::Person => SourceKind::Anonymous,
            NounKind::Generic | NounKind::Report => SourceKind::Vague,
        }
    }
}

#[derive(Clone, Copy, Debug)]
pub(super) struct Noun {
    pub(super) kind: NounKind,
    /// The noun can stand without a determiner ("officials said").
    pub(super) bare: bool,
}

pub(super) static NOUNS: LazyLock<TableMap<&'static str, Noun>> = LazyLock::new(|| {
    gazetteer::rows(gazetteer::data_file!("../data/sources-role-nouns.tsv"))
        .filter_map(|row| {
            let kind = match row.get(1).copied()? {
                "person" => NounKind::Person,
                "generic" => NounKind::Generic,
                _ => NounKind::Report,
            };
            let bare = row.get(2).copied() == Some("bare");
            Some((row[0], Noun { kind, bare }))
        })
        .collect()
});

/// Phrases of lower-case words, by their first word (asked about every word of every sentence:
/// a [`Prefilter`] of the first words rules most words out before hashing).
#[derive(Default)]
pub(super) struct Phrases {
    by_first: TableMap<&'static str, Vec<Vec<&'static str>>>,
    firsts: Prefilter,
}

impl Phrases {
    /// The phrases starting with `word`.
    pub(super) fn get(&self, word: &str) -> Option<&Vec<Vec<&'static str>>> {
        if !self.firsts.may_hold(word) {
            return None;
        }
        self.by_first.get(word)
    }
}

fn phrases(data: &'static str) -> Phrases {
    let mut table = Phrases::default();
    for line in gazetteer::words(data) {
        let words: Vec<&'static str> = line.split(' ').collect();
        table.firsts.add(words[0]);
        table.by_first.entry(words[0]).or_default().push(words);
    }
    table
}

pub(super) static DETERMINERS: WordSet = word_set!("../data/sources-determiners.txt");
pub(super) static MODIFIERS: WordSet = word_set!("../data/sources-modifiers.txt");
pub(super) static VERBS: WordSet = word_set!("../data/sources-verbs.txt");
pub(super) static VERB_FILLERS: WordSet = word_set!("../data/sources-verb-fillers.txt");
pub(super) static INVERTED_VERBS: WordSet = word_set!("../data/sources-inverted-verbs.txt");
pub(super) static PARTICIPLES: WordSet = word_set!("../data/sources-passive-participles.txt");
pub(super) static PASSIVE_ADVERBS: WordSet = word_set!("../data/sources-passive-adverbs.txt");
pub(super) static INSIDER: LazyLock<Phrases> =
    LazyLock::new(|| phrases(gazetteer::data_file!("../data/sources-insider-phrases.txt")));
pub(super) static NO_COMMENT: LazyLock<Phrases> =
    LazyLock::new(|| phrases(gazetteer::data_file!("../data/sources-no-comment.txt")));
pub(super) static ANONYMITY: LazyLock<Phrases> =
    LazyLock::new(|| phrases(gazetteer::data_file!("../data/sources-anonymity.txt")));
