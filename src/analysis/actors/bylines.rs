//! Bylines: a line that is only "By" and the names of the writers ("By Clara Moen", "by Alex Wilson",
//! "By Miri Forbes, Nicholas Eaton, and Robert Krueger") names people, and so does one that places
//! them after "in" or "at" ("By Owen Pritch in Lens", "From Ana Hale in Brussels"), and a wire's
//! credit in brackets ("(Reporting by Jo Park; Editing by Ann Lee)"). Lines in title case are not
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
            found.extend(names_on_line(doc, lower, i + 1, Tail::Place));
        } else if doc.tokens[i].line_start && matches!(doc.word(i), "From" | "FROM") {
            found.extend(names_on_line(doc, lower, i + 1, Tail::PlaceOnly));
        } else if lower[i] == "by" && credit_before(lower, i) {
            found.extend(names_on_line(doc, lower, i + 1, Tail::Credit));
        }
    }
    let found = found
        .into_iter()
        .map(|span| Candidate::person(doc, span, BYLINE_AUTHOR.name))
        .collect();
    merge_found(found, false, cands);
}

/// Where a byline's names end, and what they need.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Tail {
    /// At the line's end, a writer maybe placed: "By Owen Pritch in Lens".
    Place,
    /// At the line's end, with a writer's place: "From Ana Hale in Brussels", not "From Silicon Valley".
    PlaceOnly,
    /// At a wire credit's semicolon or closing bracket: "(Reporting by Jo Park; Editing by Ann Lee)".
    Credit,
}

/// Whether the "by" at token `i` follows a wire's credit word in brackets: "(Reporting by",
/// "; Editing by", "(Additional reporting by".
fn credit_before(lower: &[&str], i: usize) -> bool {
    if i < 2 || !matches!(lower[i - 1], "reporting" | "editing" | "writing") {
        return false;
    }
    let k = if lower[i - 2] == "additional" && i >= 3 {
        i - 3
    } else {
        i - 2
    };
    matches!(lower[k], "(" | ";")
}

/// The writers on the rest of a line from token `start`: names of two to four capitalised words
/// separated by commas, "and" or "&", each maybe placed after "in" or "at" ("Jo Park in Oslo and Ann
/// Lee in Bergen"), and nothing else on the line (or in the credit, up to its semicolon or bracket);
/// none otherwise, and none from a "From" line without a place. A name with an
/// organisation word is an agency ("By Associated Press"), no writer; so is a last name after a bare
/// comma that does not start with a given name: the writer's paper ("By Clara Moen, Lede Wire").
fn names_on_line(doc: &Doc, lower: &[&str], start: usize, tail: Tail) -> Vec<Span> {
    let mut names = names_on(doc, lower, start, tail);
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

/// The names on the rest of a line from token `start`, as [`names_on_line`] reads them, up to what
/// `tail` lets close them.
fn names_on(doc: &Doc, lower: &[&str], start: usize, tail: Tail) -> Vec<Span> {
    let mut names = Vec::new();
    let mut i = start;
    let mut run: Option<(usize, usize)> = None;
    let mut placed = false;
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
        } else if tail == Tail::Credit && matches!(lower[i], ";" | ")") {
            break;
        } else if run.is_some() && matches!(lower[i], "in" | "at") {
            // "By Owen Pritch in Lens", "(Reporting by Jo Veck in Oslo and Ann Lee in Bergen;": the
            // writer's place closes the name; another writer may follow it.
            let after = place_end(doc, lower, i + 1);
            if after == i + 1 || !close(&mut run, &mut names) {
                return Vec::new();
            }
            placed = true;
            i = after;
            continue;
        } else {
            return Vec::new();
        }
        i += 1;
    }
    if tail == Tail::PlaceOnly && !placed || !close(&mut run, &mut names) {
        return Vec::new();
    }
    names
}

/// The token after a writer's place that starts at `start`: up to six capitalised words, and a region
/// after a comma where the byline ends with it ("Gros Islet, St Lucia"); `start` when there is none.
fn place_end(doc: &Doc, lower: &[&str], start: usize) -> usize {
    const PLACE_WORDS: usize = 6;
    let n = doc.tokens.len();
    let capital = |k: usize| {
        k < n
            && !doc.tokens[k].line_start
            && doc.tokens[k].kind == TokenKind::Word
            && is_capitalized(doc.word(k))
    };
    let mut k = start;
    while k < start + PLACE_WORDS && capital(k) {
        k += 1;
    }
    if k > start && lower.get(k).is_some_and(|w| *w == ",") {
        let mut j = k + 1;
        while j < k + 1 + PLACE_WORDS && capital(j) {
            j += 1;
        }
        let ends = j >= n || doc.tokens[j].line_start || matches!(lower[j], ";" | ")");
        if j > k + 1 && ends {
            return j;
        }
    }
    k
}

pub const BYLINE_AUTHOR: Rule = Rule {
    name: "actors/byline-author",
    description: "A line that is only \"By\" and names (\"By Clara Moen\", \"By Jo Park and Ann Lee\") names the writers: people.",
    details: "A line that is only \"By\" and names, maybe placed after \"in\" or \"at\" (\"By Owen Pritch in Lens\"), or \"From\", names and their place (\"From Ana Hale in Brussels\"), names the writers: people; so do the names after a wire's credit in brackets (\"(Reporting by Jo Park; Editing by Ann Lee)\").",
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
        (
            "Harbour Reopens\nFrom Ana Hale in Brussels\n\nThe port reopened.",
            "actor person \"Ana Hale\": \"Ana Hale\"",
        ),
        (
            "Harbour Reopens\nBy Owen Pritch at Tervik Harbour\n\nThe port reopened.",
            "actor person \"Owen Pritch\": \"Owen Pritch\"",
        ),
        (
            "The port reopened.\n\n(Reporting by Jo Park; Editing by Ann Lee)",
            "actor person \"Ann Lee\": \"Ann Lee\"",
        ),
        (
            "The port reopened.\n\n(Reporting by Jo Veck in Oslo and Ann Lee in Bergen; Editing by Tom Brekke)",
            "actor person \"Ann Lee\": \"Ann Lee\"",
        ),
    ],
    counter_examples: &[
        "By Associated Press\n\nThe port reopened.",
        "By plane\n\nFlights land daily.",
        "By the end of this section, you will be able to read a map.",
        "By Monday the port had reopened.",
        "From Paris to Rome\n\nThe trains ran late.",
        "From Anna Berg\n\nThe trains ran late.",
        "From Silicon Valley\n\nThe trains ran late.",
    ],
};
