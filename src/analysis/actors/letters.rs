//! The framing lines of letters: the writer's name under a closing ("Yours,\nClara", "Sincerely,
//! Tom Veck") is a person, and so is the name on an address line ("Miss Ada Park"), with the
//! institution on the line after it ("Harbour Academy") an organisation. Such lines are short and often stand alone, so they read as headings
//! ([`crate::analysis::actors::names::headline_flags`]) and yield no names of their own; the closing
//! gives the candidate.

use crate::analysis::actors::lexicon::{TitleKind, LEXICON};
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::Span;
use std::ops::Range;

/// The first words of a letter's closing ("yours", "sincerely", "love"), lower case.
static CLOSINGS: WordSet = word_set!("../data/actors-letter-closings.txt");

/// The most tokens a closing holds ("Love and faithful feelings,").
const MAX_CLOSING: usize = 8;

/// The words of a signed name: one to four.
const NAME_WORDS: std::ops::RangeInclusive<usize> = 1..=4;

/// Adds the names of a letter's framing lines: the signatures under its closing, then the address
/// block; the text's lines are found once for both.
pub fn framing_lines(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let lines = lines(doc);
    signatures(doc, lower, &lines, cands);
    addressees(doc, lower, &lines, cands);
}

/// Adds a person candidate for each name signed under a letter's closing, in text order.
fn signatures(doc: &Doc, lower: &[&str], lines: &[Range<usize>], cands: &mut Vec<Candidate>) {
    let mut found: Vec<Span> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let Some(end) = closing_end(doc, lower, line.clone()) else {
            continue;
        };
        // "Sincerely, Tom Veck": the name on the closing's own line.
        if end < line.end {
            if lower[end - 1] == "," {
                if let Some(span) = signed_name(doc, lower, end..line.end) {
                    found.push(span);
                }
            }
            continue;
        }
        // "Yours,\nClara": the name on the next line, and the same name typed under a signature.
        let Some(next) = lines.get(k + 1) else { continue };
        if let Some(span) = signed_name(doc, lower, next.clone()) {
            found.push(span);
            if let Some(after) = lines.get(k + 2) {
                if let Some(typed) = signed_name(doc, lower, after.clone()) {
                    if doc.slice(typed).to_lowercase() == doc.slice(span).to_lowercase() {
                        found.push(typed);
                    }
                }
            }
        }
    }
    let found = found
        .into_iter()
        .map(|span| Candidate::person(doc, span, LETTER_SIGNATURE.name))
        .collect();
    merge_found(found, true, cands);
}

/// Adds the person of an address line, a courtesy title and a name alone on their line ("Miss Ada
/// Park"), and the institution on the line after it when that line is an organisation's name
/// ("Harbour Academy"): the framing lines of a letter's address block.
fn addressees(doc: &Doc, lower: &[&str], lines: &[Range<usize>], cands: &mut Vec<Candidate>) {
    let mut found: Vec<Candidate> = Vec::new();
    for (k, line) in lines.iter().enumerate() {
        let Some(name) = addressee(doc, lower, line.clone()) else {
            continue;
        };
        let mut person = Candidate::person(doc, name, ADDRESSEE_LINE.name);
        person.courtesy = true;
        found.push(person);
        if let Some(span) = lines
            .get(k + 1)
            .and_then(|next| institution_line(doc, lower, next.clone()))
        {
            found.push(Candidate::organisation(doc, span, ADDRESSEE_LINE.name));
        }
    }
    merge_found(found, true, cands);
}

/// The name on an address line: a courtesy title ("Miss", "Mr.", "Dr") and one to three
/// capitalised words or initials, nothing else but a final comma.
fn addressee(doc: &Doc, lower: &[&str], line: Range<usize>) -> Option<Span> {
    let courtesy = LEXICON
        .title(lower[line.start])
        .is_some_and(|(kind, _)| kind == TitleKind::Courtesy);
    if !courtesy || !is_capitalized(doc.word(line.start)) {
        return None;
    }
    let mut start = line.start + 1;
    if lower.get(start) == Some(&".") {
        start += 1;
    }
    let mut end = line.end;
    if end > start && lower[end - 1] == "," {
        end -= 1;
    }
    let name = signed_name(doc, lower, start..end)?;
    let words = doc.slice(name).split_whitespace().count();
    (words <= 3).then_some(name)
}

/// An organisation's name filling a line: capitalised words joined by "of", "the", "and" or "&",
/// one of them an organisation word ("Harbour Academy", "House of Assembly"), nothing else but a
/// final comma.
fn institution_line(doc: &Doc, lower: &[&str], line: Range<usize>) -> Option<Span> {
    let mut end = line.end;
    if end > line.start && lower[end - 1] == "," {
        end -= 1;
    }
    if end <= line.start || end - line.start > MAX_CLOSING {
        return None;
    }
    let cap = |i: usize| doc.tokens[i].kind == TokenKind::Word && is_capitalized(doc.word(i));
    let joined = (line.start..end).all(|i| cap(i) || matches!(lower[i], "of" | "the" | "and" | "&"));
    let org = (line.start..end).any(|i| cap(i) && LEXICON.is_org_word(doc.word(i)));
    (joined && org && cap(line.start) && cap(end - 1)).then(|| doc.span_of(line.start..end))
}

/// A postscript's mark at the start of a line ("P.S.", "P.P.S.") is no part of a name: a name found
/// by its capitals alone that starts with it keeps the words after it, as an unconfirmed sentence
/// start ("P.S. Slacks are on the way"), which only joins a name the text has elsewhere.
pub fn postscripts(doc: &Doc, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        let first = doc.token_at_or_after(c.span.start);
        let Some(after) = postscript_end(doc, first) else {
            continue;
        };
        let Some(t) = doc.tokens.get(after).filter(|t| t.span().start < c.span.end) else {
            c.deferred = true;
            continue;
        };
        let span = Span::new(t.span().start, c.span.end);
        if c.name_span.start < span.start {
            c.name_span = Span::new(span.start, c.name_span.end.max(span.start));
        }
        c.span = span;
        c.words = doc
            .slice(c.name_span)
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        let first_word = doc.slice(c.name_span).split_whitespace().next().unwrap_or("");
        c.given = LEXICON.given(first_word).is_some();
        if !c.given && (c.person <= 0 && c.org <= 0 || c.words.len() == 1) {
            c.deferred = true;
        }
    }
}

/// The token after the postscript mark starting at line-start token `i` ("P.S.", "P.P.S."), if one does.
fn postscript_end(doc: &Doc, i: usize) -> Option<usize> {
    if !doc.tokens.get(i)?.line_start {
        return None;
    }
    let letters: String = doc.word(i).chars().filter(|&c| c != '.').collect();
    if !matches!(letters.as_str(), "PS" | "PPS") {
        return None;
    }
    let next = doc.tokens.get(i + 1);
    let mark = next.is_some_and(|t| !t.space_before && matches!(doc.word(i + 1), "." | ":"));
    Some(if mark { i + 2 } else { i + 1 })
}

/// The token ranges of the text's lines.
fn lines(doc: &Doc) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=doc.tokens.len() {
        if i == doc.tokens.len() || doc.tokens[i].line_start {
            out.push(start..i);
            start = i;
        }
    }
    out
}

/// Where the closing on `line` ends, when the line's first or last sentence starts with a closing
/// word: after the whole line when the closing is all of the rest of the line and short ("Yours,",
/// "Best wishes,", "Please write. Love to all,"), after its comma when it opens the line and a name
/// follows on it ("Sincerely, Tom Veck").
fn closing_end(doc: &Doc, lower: &[&str], line: Range<usize>) -> Option<usize> {
    let last_start = line
        .clone()
        .rev()
        .find(|&i| i == line.start || doc.tokens[i].sentence != doc.tokens[i - 1].sentence)?;
    if CLOSINGS.contains(lower[last_start]) && line.end - last_start <= MAX_CLOSING {
        // Nothing but a comma, a full stop or an exclamation mark ends it, or its own last word; no
        // other word of it is capitalised.
        let last = line.end - 1;
        let ends = matches!(lower[last], "," | "." | "!") || doc.tokens[last].kind == TokenKind::Word;
        let plain = (last_start + 1..line.end).all(|i| !is_capitalized(doc.word(i)) || lower[i] == "i");
        if ends && plain {
            return Some(line.end);
        }
    }
    let first = line.start;
    if !CLOSINGS.contains(lower[first]) {
        return None;
    }
    let comma = (first..line.end.min(first + MAX_CLOSING)).find(|&i| lower[i] == ",")?;
    let plain = (first + 1..comma).all(|i| !is_capitalized(doc.word(i)));
    plain.then_some(comma + 1)
}

/// The name that makes up the tokens `range` (a signed line): one to four capitalised words or
/// initials, in brackets or after "[Signed]" or not, with nothing else but a final full stop; a name
/// with an organisation word or a stop word is no signature.
fn signed_name(doc: &Doc, lower: &[&str], range: Range<usize>) -> Option<Span> {
    let mut i = range.start;
    let mut end = range.end;
    if lower.get(i) == Some(&"[") {
        // "[Signed] Clara Moen" or "[Clara Moen]".
        if lower.get(i + 1) == Some(&"signed") && lower.get(i + 2) == Some(&"]") {
            i += 3;
        } else if end > i + 1 && lower[end - 1] == "]" {
            i += 1;
            end -= 1;
        }
    }
    if end > i && matches!(lower[end - 1], "." | ",") && doc.word(end - 2).chars().count() > 1 {
        end -= 1;
    }
    if i >= end {
        return None;
    }
    let mut words = 0;
    for (k, &low) in lower.iter().enumerate().take(end).skip(i) {
        let w = doc.word(k);
        let initial = w == "." && k > i && doc.word(k - 1).chars().count() == 1;
        if initial {
            continue;
        }
        let name_word = doc.tokens[k].kind == TokenKind::Word
            && is_capitalized(w)
            && !LEXICON.is_stop(low)
            && !LEXICON.is_org_word(w)
            && !CLOSINGS.contains(low);
        if !name_word {
            return None;
        }
        words += 1;
    }
    NAME_WORDS
        .contains(&words)
        .then(|| Span::new(doc.tokens[i].span().start, doc.tokens[end - 1].span().end))
}

pub const LETTER_SIGNATURE: Rule = Rule {
    name: "actors/letter-signature",
    description: "The name signed under a letter's closing (\"Yours,\\nClara\", \"Sincerely, Tom Veck\") is the writer: a person.",
    details: "",
    examples: &[
        (
            "We hope to see you in June.\n\nYours,\n\nBill",
            "actor person \"Bill\": \"Bill\"",
        ),
        (
            "The harvest was good this year.\n\nBest wishes,\nTom Veck\nHarbour Master",
            "actor person \"Tom Veck\": \"Tom Veck\"",
        ),
        (
            "Please write soon. Love to all,\n\nMarcie",
            "actor person \"Marcie\": \"Marcie\"",
        ),
        (
            "Thank you for your help.\n\nRespectfully, Ada Park",
            "actor person \"Ada Park\": \"Ada Park\"",
        ),
    ],
    counter_examples: &[
        "Sincerely,\n\n[The undersigned]",
        "With the help of the crew,\nthe boat was saved.",
    ],
};

pub const ADDRESSEE_LINE: Rule = Rule {
    name: "actors/addressee-line",
    description: "A courtesy title and a name alone on a line (\"Miss Ada Park\") are a person; an organisation's name on the line after it (\"Harbour Academy\") is the institution of the address.",
    details: "",
    examples: &[
        (
            "Miss Ada Park\nHarbour Academy\nTervik, Norway\n\nDear Mum,\nThe term has begun.",
            "actor person \"Ada Park\": \"Ada Park\"",
        ),
        (
            "Mr. Tom Veck\nTervik Rowing Club\n\nDear Tom,\nThe boats are ready.",
            "actor organization \"Tervik Rowing Club\": \"Tervik Rowing Club\"",
        ),
    ],
    counter_examples: &["Dr Ada Park wrote to the Harbour Academy on Monday."],
};
