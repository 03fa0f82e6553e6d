//! Post-nominal letters: an honour, a degree or an office written after a person's name ("Daniel
//! Bernoulli FRS", "Zaha Hadid DBE RA", "Jo Park PhD") is no part of the name, so the mention ends
//! before it and the name joins its other mentions ("Bernoulli", "Daniel Bernoulli").

use crate::analysis::actors::model::Candidate;
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};
use crate::analysis::Span;

/// Post-nominal letters, as written: `data/actors-post-nominals.txt`.
static POST_NOMINALS: WordSet = word_set!("../data/actors-post-nominals.txt");

/// Cuts the post-nominal letters off the end of every candidate that keeps at least two words of its
/// name, and names the rule.
pub fn trim_post_nominals(doc: &Doc, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        let first = doc.token_at_or_after(c.name_span.start);
        let mut end = doc.token_at_or_after(c.name_span.end);
        // Most names end in no such letters: look at the last word before counting the words.
        if end <= first + 1 || !POST_NOMINALS.contains(doc.word(end - 1)) {
            continue;
        }
        let mut words = (first..end)
            .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
            .count();
        let mut cut = 0;
        while end > first + 1
            && words > 2
            && doc.tokens[end - 1].kind == TokenKind::Word
            && POST_NOMINALS.contains(doc.word(end - 1))
        {
            end -= 1;
            words -= 1;
            cut += 1;
        }
        if cut == 0 || c.words.len() <= cut {
            continue;
        }
        let stop = doc.tokens[end - 1].span().end;
        c.name_span = Span::new(c.name_span.start, stop);
        c.span = Span::new(c.span.start, stop);
        c.words.truncate(c.words.len() - cut);
        // Such letters are a person's alone: they outweigh what made the longer name look like a body
        // ("Efua Mensah OBE", with a given name no list knows and letters in capitals at its end).
        c.person = c.person.max(c.org) + 1;
        c.rule = POST_NOMINAL_LETTERS.name;
    }
}

pub const POST_NOMINAL_LETTERS: Rule = Rule {
    name: "actors/post-nominal-letters",
    description: "Letters for an honour, a degree or an office after a name (\"Daniel Bernoulli FRS\", \"Jo Park PhD\") are no part of it: the name is a person's, whatever else made it look like a body's (\"Efua Mensah OBE\").",
    examples: &[
        (
            "Daniel Bernoulli FRS was born in 1700.",
            "actor person \"Daniel Bernoulli\": \"Daniel Bernoulli\"",
        ),
        (
            "Dame Zaha Hadid DBE RA designed it.",
            "actor person \"Zaha Hadid\": \"Dame Zaha Hadid\"",
        ),
        (
            "Efua Mensah OBE was a paediatrician.",
            "actor person \"Efua Mensah\": \"Efua Mensah\"",
        ),
    ],
    counter_examples: &["The FRS published the paper.", "Shares of Acme KC rose."],
};
