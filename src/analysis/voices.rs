//! Words that say what kind of voice a source is: official, expert, business, advocacy or ordinary
//! (`data/source-kind-*.txt`), and role words that name no kind by themselves. The kinds of source
//! ([`crate::analysis::kinds`]) read them, and so does coreference, which does not take "the company"
//! for a department.

use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::report::VoiceKind;

static OFFICIAL: WordSet = word_set!("data/source-kind-official.txt");
static EXPERT: WordSet = word_set!("data/source-kind-expert.txt");
static BUSINESS: WordSet = word_set!("data/source-kind-business.txt");
static ADVOCACY: WordSet = word_set!("data/source-kind-advocacy.txt");
static ORDINARY: WordSet = word_set!("data/source-kind-ordinary.txt");
static ROLES: WordSet = word_set!("data/source-kind-roles.txt");

/// The kind a lower-case word names, in the singular or the plural ("parents").
pub fn kind_of_word(lower: &str) -> Option<VoiceKind> {
    let lower = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
        .unwrap_or(lower);
    let lookup = |w: &str| {
        let lists: [(&WordSet, VoiceKind); 5] = [
            (&OFFICIAL, VoiceKind::Official),
            (&EXPERT, VoiceKind::Expert),
            (&BUSINESS, VoiceKind::Business),
            (&ADVOCACY, VoiceKind::Advocacy),
            (&ORDINARY, VoiceKind::Ordinary),
        ];
        lists.into_iter().find(|(l, _)| l.contains(w)).map(|(_, k)| k)
    };
    lookup(lower)
        .or_else(|| lower.strip_suffix('s').and_then(lookup))
        .or_else(|| lower.strip_suffix("es").and_then(lookup))
}

/// A role word that names no kind by itself ("spokesperson", "chief"), singular or plural.
pub fn is_role(lower: &str) -> bool {
    ROLES.contains(lower) || lower.strip_suffix('s').is_some_and(|w| ROLES.contains(w))
}
