//! Bylines: a line that is only "By" and the names of the writers ("By Clara Moen", "by Alex Wilson",
//! "By Miri Forbes, Nicholas Eaton, and Robert Krueger") names people. Lines in title case are not
//! read for names otherwise ([`crate::analysis::actors::names`]), so the byline gives its own
//! candidates. The quotes pass knows such writers ([`crate::analysis::quotes`]): they report, they
//! are not quoted.

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::Span;

/// The most tokens a byline holds after "By".
const MAX_LINE: usize = 24;

/// The words of one writer's name: two to four.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;

/// Adds a person candidate for each writer named on a byline, in text order (one merge of the two
/// sorted lists); a candidate already at that place becomes the person, one that overlaps it is left.
pub fn byline_authors(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let mut found: Vec<Span> = Vec::new();
    for i in 0..doc.tokens.len() {
        if doc.tokens[i].line_start && lower[i] == "by" {
            found.extend(names_on_line(doc, lower, i + 1));
        }
    }
    let found = found
        .into_iter()
        .map(|span| Candidate::person(doc, span, BYLINE_AUTHOR.name))
        .collect();
    merge_found(found, false, cands);
}

/// The writers on the rest of a line from token `start`: names of two to four capitalised words
/// separated by commas, "and" or "&", and nothing else on the line; none otherwise. A name with an
/// organisation word is an agency ("By Associated Press"), no writer; so is a last name after a bare
/// comma that does not start with a given name: the writer's paper ("By Clara Moen, Lede Wire").
fn names_on_line(doc: &Doc, lower: &[&str], start: usize) -> Vec<Span> {
    let mut names = names_on(doc, lower, start);
    // "By Associated Press": an agency, not a writer.
    names.retain(|&n| !doc.slice(n).split_whitespace().any(|w| LEXICON.is_org_word(w)));
    if let [.., before, last] = names[..] {
        let between = doc.token_at_or_after(before.end)..doc.token_at_or_after(last.start);
        let bare_comma = between.clone().all(|i| lower[i] == ",");
        let first = doc.slice(last).split_whitespace().next().unwrap_or("");
        if bare_comma && LEXICON.given(first).is_none() {
            names.pop();
        }
    }
    names
}

/// The names on the rest of a line from token `start`, as [`names_on_line`] reads them.
fn names_on(doc: &Doc, lower: &[&str], start: usize) -> Vec<Span> {
    let mut names = Vec::new();
    let mut i = start;
    let mut run: Option<(usize, usize)> = None;
    let close = |run: &mut Option<(usize, usize)>, names: &mut Vec<Span>| -> bool {
        match run.take() {
            Some((a, b)) if NAME_WORDS.contains(&(b - a)) => {
                names.push(Span::new(
                    doc.tokens[a].span().start,
                    doc.tokens[b - 1].span().end,
                ));
                true
            }
            Some(_) => false,
            None => true,
        }
    };
    while i < doc.tokens.len() && (i == start || !doc.tokens[i].line_start) {
        if i - start > MAX_LINE {
            return Vec::new();
        }
        let t = &doc.tokens[i];
        let word = doc.word(i);
        let name_word = t.kind == TokenKind::Word && is_capitalized(word) && !LEXICON.is_stop(lower[i]);
        // "Jo A. Park": an initial and its full stop stay in the name.
        let initial = run.is_some() && word == "." && i > 0 && doc.word(i - 1).chars().count() == 1;
        if name_word || initial {
            run = Some(run.map_or((i, i + 1), |(a, _)| (a, i + 1)));
        } else if matches!(lower[i], "," | "and" | "&") {
            if !close(&mut run, &mut names) {
                return Vec::new();
            }
        } else {
            return Vec::new();
        }
        i += 1;
    }
    if !close(&mut run, &mut names) {
        return Vec::new();
    }
    names
}

pub const BYLINE_AUTHOR: Rule = Rule {
    name: "actors/byline-author",
    description: "A line that is only \"By\" and names (\"By Clara Moen\", \"By Jo Park and Ann Lee\") names the writers: people.",
    details: "",
    examples: &[
        (
            "Harbour Reopens\nBy Clara Moen\n\nThe port reopened on Monday.",
            "actor person \"Clara Moen\": \"Clara Moen\"",
        ),
        (
            "By Tom Veck, Ann Lee and Jo Park\n\nThe port reopened.",
            "actor person \"Ann Lee\": \"Ann Lee\"",
        ),
        (
            "By Clara Moen, Harbour Wire\n\nThe port reopened.",
            "actor person \"Clara Moen\": \"Clara Moen\"",
        ),
    ],
    counter_examples: &[
        "By Associated Press\n\nThe port reopened.",
        "By plane\n\nFlights land daily.",
        "By the end of this section, you will be able to read a map.",
        "By Monday the port had reopened.",
    ],
};
