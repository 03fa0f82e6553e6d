//! Forms of address: a courtesy title before an office with no name after it ("Madam Speaker", "Mr.
//! Chair", "Mr. President"), said to someone between commas or at the edge of a sentence, and an
//! honour after a possessive determiner ("Your Honor", "His Majesty"), name the person who holds the
//! office or the honour. The courtesy title stays in the mention, as in "Mr Blinken"; the determiner
//! does not, as "the" does not.

use crate::analysis::actors::lexicon::{Gender, TitleKind, LEXICON};
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, is_quote_mark, Doc, TokenKind};

/// Nouns of honour that a possessive determiner makes a form of address: "Honor", "Majesty".
pub(super) static HONORIFICS: WordSet = word_set!("../data/actors-honorifics.txt");

/// Adds a person candidate for every form of address, in place of the candidates it overlaps ("Mr.
/// Chief" of "Mr. Chief Justice"), keeping text order and the short forms' links (`alias_of`).
pub fn forms_of_address(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    let mut i = 0;
    while i < doc.tokens.len() {
        match office_addressed(doc, lower, i).or_else(|| honour(doc, lower, i)) {
            Some((c, next)) => {
                found.push(c);
                i = next;
            }
            None => i += 1,
        }
    }
    merge_found(found, true, cands);
}

/// A capitalised word at token `i`.
fn capital(doc: &Doc, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && is_capitalized(doc.word(i)))
}

/// Where a form of address may start: at a sentence or a line, or after a comma, a colon, a dash, an
/// opening quotation mark or "you" ("Thank you, Madam Speaker", "Thank you Mr. Chair").
fn opens_address(doc: &Doc, lower: &[&str], i: usize) -> bool {
    if i == 0 || doc.is_sentence_start(i) || doc.tokens[i].line_start {
        return true;
    }
    let prev = doc.word(i - 1);
    matches!(prev, "," | ":" | "—" | "–" | "(") || prev.chars().all(is_quote_mark) || lower[i - 1] == "you"
}

/// Where a form of address may end: before a punctuation mark of a clause or the end of the text.
fn closes_address(doc: &Doc, i: usize) -> bool {
    doc.tokens.get(i).is_none_or(|t| {
        t.line_start
            || t.kind == TokenKind::Punct
                && (matches!(doc.word(i), "," | "." | "!" | "?" | ":" | ";" | "—" | "–" | ")")
                    || doc.word(i).chars().all(is_quote_mark))
    })
}

/// "Madam Speaker", "Mr. Chief Justice" at token `i`: a courtesy title, its period, then capitalised
/// role titles and nothing capitalised after them, between the marks of an address. The candidate and
/// the token after it.
fn office_addressed(doc: &Doc, lower: &[&str], i: usize) -> Option<(Candidate, usize)> {
    // Capitals first: a cheap test that most tokens fail before the title table's lookup.
    if !capital(doc, i) {
        return None;
    }
    let Some((TitleKind::Courtesy, gender)) = LEXICON.title(lower[i]) else {
        return None;
    };
    if !opens_address(doc, lower, i) {
        return None;
    }
    let mut j = i + 1;
    if doc.word(j) == "." && doc.tokens.get(j).is_some_and(|t| !t.space_before) {
        j += 1;
    }
    let mut end = j;
    while capital(doc, end) && doc.tokens[end].sentence == doc.tokens[i].sentence {
        end += 1;
    }
    if end == j || !closes_address(doc, end) {
        return None;
    }
    let phrase = lower[j..end].join(" ");
    let office = |w: &str| matches!(LEXICON.title(w), Some((TitleKind::Role, _)));
    if !(office(&phrase) || lower[j..end].iter().all(|w| office(w))) {
        return None;
    }
    let span = doc.span_of(i..end);
    let words = std::iter::once(lower[i])
        .chain(lower[j..end].iter().copied())
        .map(str::to_string)
        .collect();
    Some((person(span, words, gender), end))
}

/// "Your Honor", "His Majesty" at token `i`: a possessive determiner, then a capitalised noun of
/// honour with no name after it ("Her Majesty Queen Ada" names the queen) and no possessive. The
/// mention is the noun.
fn honour(doc: &Doc, lower: &[&str], i: usize) -> Option<(Candidate, usize)> {
    let gender = match lower[i] {
        "your" | "their" => Gender::Unknown,
        "his" => Gender::Male,
        "her" => Gender::Female,
        _ => return None,
    };
    let noun = i + 1;
    // "Her Majesty's Government": the honour is part of another name.
    let possessive = doc.word(noun + 1).starts_with(['\'', '’']);
    if !capital(doc, noun) || !HONORIFICS.contains(lower.get(noun)?) || capital(doc, noun + 1) || possessive {
        return None;
    }
    let span = doc.tokens[noun].span();
    Some((person(span, vec![lower[noun].to_string()], gender), noun + 1))
}

fn person(span: crate::analysis::Span, words: Vec<String>, gender: Gender) -> Candidate {
    Candidate {
        span,
        name_span: span,
        words,
        person: 5,
        gender,
        rule: FORM_OF_ADDRESS.name,
        ..Candidate::default()
    }
}

pub const FORM_OF_ADDRESS: Rule = Rule {
    name: "actors/form-of-address",
    description: "A courtesy title before an office with no name after it, said to someone (\"Thank you, Madam Speaker.\", \"Mr. Chair, ...\"), or an honour after \"Your\", \"His\" or \"Her\" (\"Your Honor\", \"His Majesty\") names the person who holds it.",
    details: "",
    examples: &[
        (
            "Thank you, Madam Speaker. I yield back.",
            "actor person \"Madam Speaker\": \"Madam Speaker\"",
        ),
        (
            "No, Your Honor, the lease had ended.",
            "actor person \"Honor\": \"Honor\"",
        ),
    ],
    counter_examples: &[
        "Mr President Ada Lenz arrived.",
        "Her Majesty's Government replied on Monday.",
    ],
};
