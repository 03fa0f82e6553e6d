//! Author citations: "(Lund & Okafor, 2019)", "Lund & Okafor \[7\]". Two surnames joined by "&"
//! before a year or a bracketed reference number are two people, not one name; once a pair is cited so,
//! its other mentions ("Lund & Okafor's study") are split too.

use std::collections::HashSet;

use crate::analysis::actors::model::Candidate;
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::Span;

/// Replaces each candidate that is a cited pair of authors by one person candidate per surname, keeping
/// text order and the parenthesised short forms' links (`alias_of`).
pub fn split_author_pairs(doc: &Doc, cands: &mut Vec<Candidate>) {
    let cited: HashSet<Vec<String>> = cands
        .iter()
        .filter(|c| pair_tokens(doc, c).is_some() && cited_after(doc, c.span.end))
        .map(|c| c.words.clone())
        .collect();
    if cited.is_empty() {
        return;
    }
    let mut out = Vec::with_capacity(cands.len() + cited.len());
    let mut new_index = Vec::with_capacity(cands.len());
    for c in cands.drain(..) {
        new_index.push(out.len());
        match pair_tokens(doc, &c).filter(|_| cited.contains(&c.words)) {
            Some((a, b)) => {
                out.push(author(doc, a));
                out.push(author(doc, b));
            }
            None => out.push(c),
        }
    }
    for c in &mut out {
        c.alias_of = c.alias_of.map(|a| new_index[a]);
    }
    *cands = out;
}

/// The two surname tokens of a candidate that is exactly "Surname & Surname".
fn pair_tokens(doc: &Doc, c: &Candidate) -> Option<(usize, usize)> {
    let first = doc.token_at_or_after(c.name_span.start);
    let last = first + 2;
    let word = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Word && is_capitalized(doc.word(i)))
    };
    let fits = c.words.len() == 2
        && word(first)
        && doc
            .tokens
            .get(first + 1)
            .is_some_and(|_| doc.word(first + 1) == "&")
        && word(last)
        && doc
            .tokens
            .get(last)
            .is_some_and(|t| t.span().end == c.name_span.end);
    fits.then_some((first, last))
}

/// A year ("2014", ", 2014") or a reference number in brackets ("[7]") right after `end`.
fn cited_after(doc: &Doc, end: usize) -> bool {
    let mut i = doc.token_at_or_after(end);
    if doc.tokens.get(i).is_some_and(|_| doc.word(i) == ",") {
        i += 1;
    }
    let number = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    let year = number(i)
        && doc.word(i).len() == 4
        && doc
            .word(i)
            .parse::<u32>()
            .is_ok_and(|y| (1500..2100).contains(&y));
    let reference = doc.tokens.get(i).is_some_and(|_| doc.word(i) == "[") && number(i + 1);
    year || reference
}

/// Whether the name at `span` is cited as an author ([`CITED_SURNAME`]): a year or a reference number
/// follows it, bare, after a comma or in brackets ("Brenn (1966)", "Brenn, 2011", "Brenn 2011;",
/// "Brenn [4]"), or "et al." does, or it is the first of two surnames joined by "and" or "&" that are
/// cited so ("Brenn and Tolk (2004)").
pub fn cited_author(doc: &Doc, span: Span) -> bool {
    let next = doc.token_at_or_after(span.end);
    let word = |k: usize| doc.tokens.get(k).map_or("", |_| doc.word(k));
    let year_in_brackets = |k: usize| {
        word(k) == "("
            && doc.tokens.get(k + 1).is_some_and(|t| t.kind == TokenKind::Number)
            && cited_after(doc, doc.tokens[k + 1].span().start)
    };
    // "Brenn (1966)", and "Brenn, (1966)" with a stray comma.
    let cited = |k: usize| {
        let end = doc.tokens.get(k).map_or(usize::MAX, |t| t.span().start);
        cited_after(doc, end) || year_in_brackets(k) || (word(k) == "," && year_in_brackets(k + 1))
    };
    // A title after "in", "as" or an article is a work: "starred in Driftwood (2005)".
    let first = doc.token_at_or_after(span.start);
    if first > 0 && matches!(doc.lower(first - 1), "in" | "as" | "the" | "a" | "an") {
        return false;
    }
    let joined = matches!(word(next), "and" | "&")
        && doc
            .tokens
            .get(next + 1)
            .is_some_and(|t| t.kind == TokenKind::Word && is_capitalized(doc.word(next + 1)))
        && cited(next + 2);
    // "Brenn and colleagues [4]": the author and a team.
    let team = word(next) == "and" && TEAM_WORDS.contains(&doc.lower(next + 1)) && cited(next + 2);
    cited(next) || (word(next) == "et" && word(next + 1).starts_with("al")) || joined || team
}

/// Words for an author's team in a citation ("Brenn and colleagues \[4\]").
const TEAM_WORDS: [&str; 5] = [
    "associates",
    "co-authors",
    "co-workers",
    "colleagues",
    "coworkers",
];

/// A person candidate for the surname at token `i`.
fn author(doc: &Doc, i: usize) -> Candidate {
    let span: Span = doc.tokens[i].span();
    Candidate {
        span,
        name_span: span,
        words: vec![doc.word(i).to_lowercase()],
        person: 1,
        rule: AUTHOR_CITATION.name,
        ..Candidate::default()
    }
}

pub const AUTHOR_CITATION: Rule = Rule {
    name: "actors/author-citation",
    description: "Two surnames joined by \"&\" before a year or a reference number (\"Lund & Okafor, 2019\") are two people.",
    details: "",
    examples: &[
        (
            "Play helps memory (Lund & Okafor, 2019).",
            "actor person \"Okafor\": \"Okafor\"",
        ),
        (
            "The method follows Lund & Okafor [3]. In Lund & Okafor's study, mice ran.",
            "actor person \"Lund\": \"Lund\"",
        ),
    ],
    counter_examples: &[
        "Shares of Procter & Gamble rose.",
        "The Lund & Okafor bakery opened in 2019 on Main Street.",
    ],
};

pub const CITED_SURNAME: Rule = Rule {
    name: "actors/cited-surname",
    description: "A single unknown name cited as an author before a year or a reference number is a person: \"Tolk (1966)\", \"(de Vries, 2019)\".",
    details:
        "A single unknown name cited as an author, before a year or a reference number (\"Brenn (1966)\", \"Brenn et al.\", \"Brenn and Tolk, 2004\", \"Brenn and colleagues [4]\"), is a person, even when it ends in -s (in an English plural's \"-ies\" too after a particle of names: \"de Vries, 2019\"), with the particles of names in lower case before it (\"van Rensburg, 2021\").",
    examples: &[
        ("Earlier work found it (de Vries, 2019).", "actor person \"de Vries\": \"de Vries\""),
        ("Earlier work found it (van Rensburg, 2021).", "actor person \"van Rensburg\": \"van Rensburg\""),
        (
            "For rhythm see Tolk (1966), Brenn (1982) and Varga (2006).",
            "actor person \"Tolk\": \"Tolk\"",
        ),
        (
            "The first chapter of the survey by Tolk and Varga (2004) is short.",
            "actor person \"Tolk\": \"Tolk\"",
        ),
        (
            "For rhythm see Quilis (1964) and Olstadt, (2000).",
            "actor person \"Quilis\": \"Quilis\"",
        ),
        (
            "For rhythm see Quilis (1964) and Olstadt, (2000).",
            "actor person \"Olstadt\": \"Olstadt\"",
        ),
        (
            "One study by Tolkas and colleagues [15] found no effect.",
            "actor person \"Tolkas\": \"Tolkas\"",
        ),
    ],
    counter_examples: &[
        "The Rovell bakery opened in 1966 on Main Street.",
        "She starred in Driftwood (2005), then left.",
        "You may book through Visarra ([3]) instead.",
        "Visarra and partners (2004) built the bridge.",
    ],
};
