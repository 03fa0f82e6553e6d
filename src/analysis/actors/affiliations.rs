//! The author lines of papers: "Ada Park ada.park@uni.example Harbour University, Norway". The
//! capitalised words right before an e-mail address (on its line, or alone on the line before it)
//! name its owner, a person, when one of them is spelt in the address or starts with a given name;
//! the names after the address, up to the end of its line (or on the next line when the address
//! ends its own), are the author's institutions: organisations. Places and countries among them
//! ("Norway") are left to the countries pass.

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate, Context};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::Span;
use std::ops::Range;

/// The words of an author's name: two to four.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// The most tokens an institution's name holds.
const MAX_INSTITUTION: usize = 10;

/// Lower-case words that join the words of an institution's name ("University of the Arts",
/// "Universidad Nacional de Educación a Distancia").
const CONNECTORS: &[&str] = &[
    "a", "and", "da", "de", "del", "der", "des", "di", "do", "dos", "du", "e", "en", "for", "für", "of",
    "the", "und", "voor", "y",
];

/// Adds the authors named before e-mail addresses and the institutions named after them.
pub fn authors_by_email(doc: &Doc, lower: &[&str], context: &Context, cands: &mut Vec<Candidate>) {
    let n = doc.tokens.len();
    let mut found: Vec<Candidate> = Vec::new();
    // The country mentions' spans in text order, built at the first address, for a binary search per
    // institution (not a scan of every mention, which texts of many author lines would make quadratic).
    let mut places: Option<Vec<Span>> = None;
    for at in 1..n.saturating_sub(1) {
        let t = &doc.tokens[at];
        if doc.word(at) != "@" || t.space_before || doc.tokens[at + 1].space_before {
            continue;
        }
        let mut local = at - 1;
        while local > 0 && !doc.tokens[local].space_before && !doc.tokens[local].line_start {
            local -= 1;
        }
        let mut end = at + 1;
        while end < n && !doc.tokens[end].space_before {
            end += 1;
        }
        // A full stop after the address ends the sentence.
        if doc.word(end - 1) == "." {
            end -= 1;
        }
        let address = fold(doc.slice(Span::new(doc.tokens[local].span().start, t.span().start)));
        if let Some(name) = owner(doc, lower, local, &address) {
            found.push(Candidate::person(doc, name, AUTHOR_BY_EMAIL.name));
        }
        let alone = doc.tokens[local].line_start;
        let places = places.get_or_insert_with(|| {
            let mut spans: Vec<Span> = context
                .countries
                .iter()
                .flat_map(|c| c.mentions.iter().map(|m| Span::new(m.start, m.end)))
                .collect();
            spans.sort_unstable_by_key(|s| (s.start, s.end));
            spans
        });
        for span in institutions(doc, lower, places, end, alone) {
            found.push(institution(doc, span));
        }
    }
    found.sort_by_key(|c| c.span.start);
    found.dedup_by(|a, b| a.span.overlaps(b.span));
    merge_found(found, true, cands);
}

/// An organisation candidate for an author's institution.
fn institution(doc: &Doc, span: Span) -> Candidate {
    let text = doc.slice(span);
    Candidate {
        all_caps: !text.contains(' ') && text.chars().all(|c| !c.is_lowercase()),
        ..Candidate::organisation(doc, span, AFFILIATION_BY_EMAIL.name)
    }
}

/// A word in lower case without its accents, for comparing a name with an address.
fn fold(s: &str) -> String {
    s.chars()
        .flat_map(char::to_lowercase)
        .map(crate::analysis::text::without_accent)
        .collect()
}

/// The name of the address starting at token `local`: the capitalised words right before it on its
/// line, or the whole line before when the address starts its line, trimmed to the words after the
/// last place or organisation word; a name when one of its words is spelt in the address or its
/// first word is a given name.
fn owner(doc: &Doc, lower: &[&str], local: usize, address: &str) -> Option<Span> {
    let words: Range<usize> = if doc.tokens[local].line_start {
        let end = local;
        let mut start = end.checked_sub(1)?;
        while start > 0 && !doc.tokens[start].line_start {
            start -= 1;
        }
        start..end
    } else {
        let mut start = local;
        while start > 0 && !doc.tokens[start].line_start && name_token(doc, lower, start - 1) {
            start -= 1;
        }
        start..local
    };
    if words.is_empty() || !(words.clone()).all(|i| name_token(doc, lower, i)) {
        return None;
    }
    // "the Netherlands Lotte Wilms": the name starts after the last place or organisation word.
    let start = words
        .clone()
        .rev()
        .find(|&i| {
            doc.tokens[i].kind == TokenKind::Word
                && (LEXICON.place(doc.word(i)).is_some() || LEXICON.is_org_word(doc.word(i)))
        })
        .map_or(words.start, |i| i + 1);
    let name = start..words.end;
    let count = name
        .clone()
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .count();
    if !NAME_WORDS.contains(&count) || doc.tokens[name.start].kind != TokenKind::Word {
        return None;
    }
    let spelt = name
        .clone()
        .any(|i| doc.word(i).chars().count() >= 3 && address.contains(&fold(doc.word(i))));
    (spelt || LEXICON.given(doc.word(name.start)).is_some()).then(|| doc.span_of(name))
}

/// A capitalised word of a name, or an initial's full stop or a hyphen inside it.
fn name_token(doc: &Doc, lower: &[&str], i: usize) -> bool {
    let w = doc.word(i);
    match doc.tokens[i].kind {
        TokenKind::Word => is_capitalized(w) && !LEXICON.is_stop(lower[i]),
        TokenKind::Punct => {
            (w == "." && i > 0 && doc.word(i - 1).chars().count() == 1)
                || (w == "-"
                    && !doc.tokens[i].space_before
                    && doc.tokens.get(i + 1).is_some_and(|t| !t.space_before))
        }
        TokenKind::Number => false,
    }
}

/// The institutions named after an address ending before token `from`: the rest of its line, or the
/// next line when the address is alone on its own (`alone`), cut at commas and semicolons; each part that is
/// capitalised words (joined by "of", "de", ...) and no country or place is one. Reading stops at
/// the first part that is not.
fn institutions(doc: &Doc, lower: &[&str], places: &[Span], from: usize, alone: bool) -> Vec<Span> {
    let n = doc.tokens.len();
    let mut i = from;
    if i >= n || (doc.tokens[i].line_start && !alone) {
        return Vec::new();
    }
    let mut out = Vec::new();
    loop {
        let start = i;
        while i < n && !(i > start && doc.tokens[i].line_start) && !matches!(lower[i], "," | ";") {
            i += 1;
        }
        let part = start..i;
        if part.is_empty() || part.len() > MAX_INSTITUTION || !institution_name(doc, lower, part.clone()) {
            break;
        }
        let span = doc.span_of(part.clone());
        let place =
            within_place(places, span) || (part.len() == 1 && LEXICON.place(doc.word(part.start)).is_some());
        if !place {
            out.push(span);
        }
        if i >= n || doc.tokens[i].line_start {
            break;
        }
        i += 1;
        if i < n && doc.tokens[i].line_start {
            break;
        }
    }
    out
}

/// Whether `span` lies inside one of `places` (in text order): the mentions that start at or before it,
/// nearest first, while they may still reach it.
fn within_place(places: &[Span], span: Span) -> bool {
    let k = places.partition_point(|p| p.start <= span.start);
    places[..k].iter().rev().take(4).any(|p| p.contains(span))
}

/// Whether the tokens `part` are an institution's name: capitalised words, joined by connectors,
/// starting and ending with a capitalised word; one word only when it is in capitals ("CNRS") or an
/// organisation word.
fn institution_name(doc: &Doc, lower: &[&str], part: Range<usize>) -> bool {
    let (first, last) = (part.start, part.end - 1);
    let cap = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_capitalized(doc.word(i));
    if !cap(first) || !cap(last) || LEXICON.is_stop(lower[first]) {
        return false;
    }
    if !part.clone().all(|i| cap(i) || CONNECTORS.contains(&lower[i])) {
        return false;
    }
    let w = doc.word(first);
    part.len() > 1 || w.chars().count() >= 2 && w.chars().all(|c| c.is_uppercase()) || LEXICON.is_org_word(w)
}

pub const AUTHOR_BY_EMAIL: Rule = Rule {
    name: "actors/author-by-email",
    description: "The capitalised words right before an e-mail address (\"Ada Park ada.park@uni.example\") name its owner, a person, when the address spells one of them or the first is a given name.",
    details: "",
    examples: &[
        (
            "Reading Old Maps\n\nAda Park ada.park@harbour.example Harbour University, Norway\n\nMaps were drawn by hand.",
            "actor person \"Ada Park\": \"Ada Park\"",
        ),
        (
            "Reading Old Maps\n\nJo Tervik\n\ntervik@harbour.example\n\nMaps were drawn by hand.",
            "actor person \"Jo Tervik\": \"Jo Tervik\"",
        ),
    ],
    counter_examples: &["Write to Harbour Office info@harbour.example for a map."],
};

pub const AFFILIATION_BY_EMAIL: Rule = Rule {
    name: "actors/affiliation-by-email",
    description: "The names after an author's e-mail address, to the end of its line (\"ada@uni.example Harbour University, Norway\"), are the author's institutions: organisations, places left out.",
    details: "",
    examples: &[
        (
            "Reading Old Maps\n\nAda Park ada.park@harbour.example Vrije Kaartenschool Tervik, Norway\n\nMaps were drawn by hand.",
            "actor organization \"Vrije Kaartenschool Tervik\": \"Vrije Kaartenschool Tervik\"",
        ),
        (
            "Reading Old Maps\n\nJo Tervik\n\ntervik@harbour.example\n\nMap Lab, CNRS, France\n\nMaps were drawn by hand.",
            "actor organization \"Map Lab\": \"Map Lab\"",
        ),
    ],
    counter_examples: &["Ada Park ada.park@harbour.example Norway\n\nMaps were drawn by hand."],
};
