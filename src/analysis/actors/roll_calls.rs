//! Names called out one after another, each with an exclamation mark ("“Daniels! Peterson! Foster!”"):
//! a roll call, whose words are persons, though each stands where a sentence starts and no given name
//! shows it. A word the article also writes in lower case is a command ("Fire! Run!"), not a name.

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};

/// The fewest names in a row that make a roll call.
const MIN_CALLED: usize = 3;

/// Adds the names of roll calls.
pub fn roll_calls(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    // Most texts have no exclamation mark at all: one byte search instead of a pass over the tokens.
    if !doc.text.contains('!') {
        return;
    }
    let n = doc.tokens.len();
    // The cheap tests first: most tokens are followed by no "!".
    let called = |i: usize| {
        i + 1 < n
            && lower[i + 1] == "!"
            && !doc.tokens[i + 1].space_before
            && doc.tokens[i].kind == TokenKind::Word
            && is_capitalized(doc.word(i))
            && doc.word(i).chars().count() >= 2
            && !LEXICON.is_stop(lower[i])
    };
    let mut found: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i < n {
        let mut j = i;
        while called(j) {
            j += 2;
        }
        if (j - i) / 2 < MIN_CALLED {
            i = j.max(i + 1);
            continue;
        }
        let seen = doc.lower_seen();
        for k in (i..j).step_by(2) {
            if !seen.contains(lower[k]) {
                found.push(Candidate::person(doc, doc.tokens[k].span(), ROLL_CALL.name));
            }
        }
        i = j;
    }
    merge_found(found, true, cands);
}

pub const ROLL_CALL: Rule = Rule {
    name: "actors/roll-call",
    description: "Three names or more called out in a row, each with an exclamation mark (\"Daniels! Peterson! Foster!\"), are persons; not words the text also writes in lower case (\"Fire! Run! Hide!\").",
    details: "",
    examples: &[(
        "“Daniels! Peterson! Foster!” a voice called out across the deck.",
        "actor person \"Peterson\": \"Peterson\"",
    )],
    counter_examples: &["“Fire! Run! Hide!” Ada Lunde shouted, and we run from the fire to hide."],
};
