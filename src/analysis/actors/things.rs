//! Names that are not actors, decided over the whole document: once a name is shown to be a thing or a
//! place ("hotels in Tulsa", "the Tulsa area"), all its mentions are, unless some evidence shows it acting
//! (a title, a given name, an organisation word, a pronoun that speaks of it).

use crate::analysis::actors::model::{Candidate, Cluster};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};

/// Nouns after a single name that make it a place, a people or a language ("the Oskan language").
static THING_CUES_AFTER: WordSet = word_set!("../data/actors-thing-cues-after.txt");

/// Words that follow an imperative verb ("Wash the leaves").
static IMPERATIVE_OBJECTS: WordSet = word_set!("../data/actors-imperative-objects.txt");

/// Whether the word at token `end` (right after a single-word name) is a noun that makes the name a
/// place, a people or a language ([`THING_BY_CUE_NOUN`]): "the Oskan language", "Oskan speakers".
pub fn cue_noun_after(doc: &Doc, lower: &[&str], end: usize) -> bool {
    doc.tokens
        .get(end)
        .is_some_and(|t| t.space_before && t.kind == TokenKind::Word && doc.word(end).starts_with(char::is_lowercase))
        && THING_CUES_AFTER.contains(lower[end])
}

/// Whether a year in brackets follows the name ending at token `end`: "Harbour Lights (2004)", a work's
/// title ([`WORK_WITH_YEAR`]).
pub fn year_in_brackets(doc: &Doc, end: usize) -> bool {
    let year = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Number) && {
            let w = doc.word(i);
            w.len() == 4 && w.starts_with(['1', '2']) && w.bytes().all(|b| b.is_ascii_digit())
        }
    };
    doc.word(end) == "(" && year(end + 1) && doc.word(end + 2) == ")"
}

/// Whether the capitalised word at token `i`, at the start of a sentence or an instruction, is an
/// imperative verb: an object follows it ("Wash the leaves", "Keep it dry"; [`IMPERATIVE_AT_START`]).
pub fn imperative(doc: &Doc, lower: &[&str], i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word) && IMPERATIVE_OBJECTS.contains(lower[i + 1])
}

/// Drops the clusters that no evidence shows to be an actor and that one mention in four or more places
/// where things and places stand ([`THING_BY_CONTEXT`]).
pub fn drop_things(cands: &[Candidate], clusters: &mut [Cluster]) {
    for cl in clusters.iter_mut() {
        let no_evidence = cl.person <= 0 && cl.org <= 0 && cl.group <= 0 && !cl.given && !cl.courtesy;
        let plain = cl
            .members
            .iter()
            .all(|&m| cands[m].roles.is_empty() && !cands[m].all_caps && cands[m].alias_of.is_none());
        // One mention in four at least: a single "in Tulsa" among many acting mentions is a figure of speech.
        let placed = cl.doubts > 0 && cl.doubts as usize * 4 >= cl.members.len();
        if no_evidence && plain && placed {
            cl.members.clear();
        }
    }
}

pub const THING_BY_CONTEXT: Rule = Rule {
    name: "actors/thing-by-context",
    description: "A name with no evidence of a person or an organisation is no actor at all when one of its mentions stands where places and things do (\"hotels in Brisk\"): all its mentions go.",
    examples: &[(
        "Brisk lies on a river. There are three hotels in Brisk.",
        "no actor mention \"Brisk\"",
    )],
    counter_examples: &["Brisk lies on a river. Brisk said it would stay."],
};

pub const THING_BY_CUE_NOUN: Rule = Rule {
    name: "actors/thing-by-cue-noun",
    description: "A single name before \"language\", \"speakers\", \"area\" or another noun of a place or a people (\"the Oskan language\") is no actor, nor are its other mentions.",
    examples: &[(
        "Oskan is old. The Oskan language has six vowels.",
        "no actor mention \"Oskan\"",
    )],
    counter_examples: &["Oskan is old. Oskan said it would grow."],
};

pub const WORK_WITH_YEAR: Rule = Rule {
    name: "actors/work-with-year",
    description: "A name of several words followed by a year in brackets (\"Harbour Lights (2004)\") is the title of a work, and so are its other mentions.",
    examples: &[(
        "She starred in Harbour Lights (2004). Harbour Lights made her famous.",
        "no actor mention \"Harbour Lights\"",
    )],
    counter_examples: &["As Ada Lenz (2004) showed, the effect is small."],
};

pub const IMPERATIVE_AT_START: Rule = Rule {
    name: "actors/imperative-at-start",
    description: "A capitalised word at the start of a sentence or a numbered step, followed by an object (\"Wash the leaves\"), is an imperative verb, not a name.",
    examples: &[(
        "Rinse the pan.\n2 Wash the leaves and dry them.",
        "no actor mention \"Wash\"",
    )],
    counter_examples: &["Rinse the pan. Wash said the leaves were dry."],
};
