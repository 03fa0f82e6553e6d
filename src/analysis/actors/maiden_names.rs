//! A birth surname after "née" ("Katherine (née Buckley)", "Ellen Carter, née Whitfield,"): the name
//! before it is a person's, even a given name alone, and the surname after it is that person's earlier
//! name, no actor of its own.

use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::Span;

/// The most words a birth surname has ("née Van der Berg").
const MAX_SURNAME_WORDS: usize = 3;

/// Makes the names before "née" persons and drops the candidates on the surnames after it.
pub fn maiden_names(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    // Most texts have no "née": one byte search instead of a pass over the tokens.
    if !doc.text.contains("née") && !doc.text.contains("nee") && !doc.text.contains("Née") {
        return;
    }
    let mut found: Vec<Candidate> = Vec::new();
    let mut surnames: Vec<Span> = Vec::new();
    for i in 1..doc.tokens.len() {
        if !matches!(lower[i], "née" | "nee") || !matches!(lower[i - 1], "(" | ",") {
            continue;
        }
        let Some(surname) = surname_after(doc, i + 1) else {
            continue;
        };
        let Some(name_end) = i.checked_sub(2).filter(|&k| capital_word(doc, k)) else {
            continue;
        };
        surnames.push(surname);
        // The name before: the candidate that ends there, else the capitalised word itself.
        let end = doc.tokens[name_end].span().end;
        let before = cands.partition_point(|c| c.span.start < end);
        let span = before
            .checked_sub(1)
            .map(|k| cands[k].name_span)
            .filter(|s| s.end == end)
            .unwrap_or(doc.tokens[name_end].span());
        let mut c = Candidate::person(doc, span, NAME_BEFORE_MAIDEN_NAME.name);
        c.person = 6;
        found.push(c);
    }
    // The surnames are in text order: one binary search a candidate.
    cands.retain(|c| {
        let k = surnames.partition_point(|s| s.end <= c.span.start);
        surnames.get(k).is_none_or(|s| !s.overlaps(c.span))
    });
    merge_found(found, false, cands);
}

/// The capitalised words from token `i` on (at most [`MAX_SURNAME_WORDS`], with hyphens), if any.
fn surname_after(doc: &Doc, i: usize) -> Option<Span> {
    if !capital_word(doc, i) {
        return None;
    }
    let mut j = i;
    let mut words = 1;
    while words < MAX_SURNAME_WORDS && capital_word(doc, j + 1) && doc.tokens[j + 1].space_before {
        j += 1;
        words += 1;
    }
    Some(Span::new(doc.tokens[i].span().start, doc.tokens[j].span().end))
}

/// Whether token `i` is a word that starts with a capital letter.
fn capital_word(doc: &Doc, i: usize) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Word && is_capitalized(doc.word(i))
}

pub const NAME_BEFORE_MAIDEN_NAME: Rule = Rule {
    name: "actors/name-before-maiden-name",
    description: "A name before \"(née X)\" or \", née X\" is a person's, even a given name alone (\"the daughter of Katherine (née Buckley)\"), and X, the surname the person was born with, is no actor of its own; not \"née\" after a word in lower case.",
    details: "",
    examples: &[
        (
            "She was the daughter of Katherine (née Buckley), a dancer from Lancashire.",
            "actor person \"Katherine\": \"Katherine\"",
        ),
        (
            "The estate passed to Ellen Carter, née Whitfield, in 1990.",
            "actor person \"Ellen Carter\": \"Ellen Carter\"",
        ),
    ],
    counter_examples: &["The estate was sold, née or not, to a trust in 1990."],
};
