//! Parties written with a lower-case "party": "the Republican party", "the Social Democratic party".
//! The capitalised words before "party" belong to its name, which is an organisation's.

use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};

/// Words that name a party before "party": `data/actors-party-words.txt`.
static PARTY_WORDS: WordSet = word_set!("../data/actors-party-words.txt");

/// Whether `word` names a party or its members ("Democrat", "Labour"; `data/actors-party-words.txt`).
pub fn party_word(word: &str) -> bool {
    PARTY_WORDS.contains(word)
}

/// The most capitalised words before "party" ("the Christian Democratic party").
const MAX_WORDS: usize = 2;

/// Adds "the X party" as an organisation ([`PARTY_IN_LOWER_CASE`]) where X is one or two capitalised
/// words that name parties, replacing the shorter candidates inside it.
pub fn parties_in_lower_case(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let mut found: Vec<Candidate> = Vec::new();
    for (k, &w) in lower.iter().enumerate() {
        if w != "party" || doc.word(k) != "party" {
            continue;
        }
        let word = |i: usize| {
            doc.tokens[i].kind == TokenKind::Word
                && is_capitalized(doc.word(i))
                && PARTY_WORDS.contains(doc.word(i))
        };
        let mut start = k;
        while start > 0 && k - start < MAX_WORDS && word(start - 1) {
            start -= 1;
        }
        if start == k || start == 0 || lower[start - 1] != "the" {
            continue;
        }
        let mut c = Candidate::organisation(doc, doc.span_of(start..k + 1), PARTY_IN_LOWER_CASE.name);
        c.article = true;
        found.push(c);
    }
    merge_found(found, true, cands);
}

pub const PARTY_IN_LOWER_CASE: Rule = Rule {
    name: "actors/party-in-lower-case",
    description: "\"The\", a word that names parties (Republican, Labour, Green) and a lower-case \"party\" (\"the Republican party\") is a party's name, an organisation.",
    details: "",
    examples: &[(
        "My ties to the Republican party date back to 1979.",
        "actor organization \"Republican party\": \"Republican party\"",
    )],
    counter_examples: &["We planned the Christmas party for Friday."],
};
