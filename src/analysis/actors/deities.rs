//! Names of gods and other beings of religion ("devote himself to God", "the Devil had tried to harm
//! me"): persons, as the names of people are, though no given name or title shows it. An exclamation
//! is no mention ("my God", "thank God", "God, I don't know!").

use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};

/// The names (`data/actors-deities.txt`), capitalised as written.
static DEITIES: WordSet = word_set!("../data/actors-deities.txt");

/// Adds the names of gods used as names.
pub fn deities(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let mut found: Vec<Candidate> = Vec::new();
    for i in 0..doc.tokens.len() {
        if !doc.word(i).starts_with(|c: char| c.is_ascii_uppercase())
            || doc.tokens[i].kind != TokenKind::Word
            || !DEITIES.contains(doc.word(i))
            || exclamation(doc, lower, i)
        {
            continue;
        }
        let mut c = Candidate::person(doc, doc.tokens[i].span(), DEITY.name);
        // Stronger than the article before a single word ("the Devil"), which leans to an organisation.
        c.person = 6;
        found.push(c);
    }
    merge_found(found, false, cands);
}

/// Whether the name at token `i` is part of an exclamation: after "my", "oh", "thank", "good" or "by",
/// in "for God's sake", or opening a sentence with a comma or "!" after it ("God, I don't know!").
fn exclamation(doc: &Doc, lower: &[&str], i: usize) -> bool {
    let before = i.checked_sub(1).map(|k| lower[k]);
    let after = lower.get(i + 1).copied();
    matches!(
        before,
        Some("my" | "oh" | "o" | "thank" | "good" | "by" | "dear" | "swear")
    ) || before == Some("for") && matches!(after, Some("'s" | "’s"))
        || doc.is_sentence_start(i) && matches!(after, Some("," | "!"))
}

pub const DEITY: Rule = Rule {
    name: "actors/deity",
    description: "The name of a god used as a name (\"devote himself to God\", \"the Devil had tried\") is a person; not in an exclamation (\"my God\", \"thank God\", \"God, I don't know!\").",
    details: "",
    examples: &[
        (
            "He resolved to devote himself to God and to study.",
            "actor person \"God\": \"God\"",
        ),
        (
            "I had seen the Devil do things as bad as this before.",
            "actor person \"Devil\": \"Devil\"",
        ),
    ],
    counter_examples: &[
        "Oh my God, the harbour has flooded, Ada Lunde said.",
        "God, I don't know! Ada Lunde laughed.",
    ],
};
