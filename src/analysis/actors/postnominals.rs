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
        // "Petrus Hamutenya, Esq.": letters alone after a name's comma name no one.
        if end == first + 1 && POST_NOMINALS.contains(doc.word(first)) && after_name_comma(doc, first) {
            c.dismiss();
            continue;
        }
        // "one veteran Tory MP described": a party's word before an office's letters says which party
        // the member sits for; it names no one.
        if end == first + 2
            && POST_NOMINALS.contains(doc.word(first + 1))
            && crate::analysis::actors::parties::party_word(doc.word(first))
        {
            c.dismiss();
            continue;
        }
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
        end_before(doc, c, end, cut);
        // Such letters are a person's alone: they outweigh what made the longer name look like a body
        // ("Efua Mensah OBE", with a given name no list knows and letters in capitals at its end).
        c.outweigh_as_person(1);
        c.rule = POST_NOMINAL_LETTERS.name;
    }
}

/// Whether a comma stands right before token `i` and a capitalised word right before the comma.
fn after_name_comma(doc: &Doc, i: usize) -> bool {
    i >= 2
        && doc.word(i - 1) == ","
        && doc.tokens[i - 2].kind == TokenKind::Word
        && doc.word(i - 2).starts_with(char::is_uppercase)
}

/// Ends candidate `c` before token `end`, where letters after the name start, and drops the `cut` words
/// of its name that were those letters.
fn end_before(doc: &Doc, c: &mut Candidate, end: usize, cut: usize) {
    let stop = doc.tokens[end - 1].span().end;
    c.name_span = Span::new(c.name_span.start, stop);
    c.span = Span::new(c.span.start, stop);
    c.words.truncate(c.words.len().saturating_sub(cut));
}

pub const POST_NOMINAL_LETTERS: Rule = Rule {
    name: "actors/post-nominal-letters",
    description: "Letters for an honour, a degree or an office after a name are not part of it, and the name is a person's: \"Daniel Bernoulli FRS\", \"Jo Park PhD\".",
    details:
        "Letters for an honour, a degree or an office after a name (\"Daniel Bernoulli FRS\", \"Jo Park PhD\", a senior counsel's \"Thabo Molefe SC\") are no part of it: the name is a person's, whatever else made it look like a body's (\"Efua Mensah OBE\"); after the name's comma they name no one (\"Petrus Hamutenya, Esq.\"), nor after a party's word alone (\"a veteran Tory MP\").",
    examples: &[
        ("Mr. Petrus Hamutenya, Esq., wrote to us.", "no actor mention \"Esq\""),
        (
            "One veteran Tory MP described it as a purge.",
            "no actor mention \"Tory MP\"",
        ),
        (
            "Ifeoma Nwachukwu-Bell OON designed the market.",
            "actor person \"Ifeoma Nwachukwu-Bell\": \"Ifeoma Nwachukwu-Bell\"",
        ),
        (
            "Thabo Molefe SC, for the accused, said he would appeal.",
            "actor person \"Thabo Molefe\": \"Thabo Molefe\"",
        ),
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

/// Letters for a judge's office after the surname, as written: `data/actors-judicial-letters.txt`.
static JUDICIAL_LETTERS: WordSet = word_set!("../data/actors-judicial-letters.txt");

/// The most tokens a list of judges' surnames before plural letters holds ("Dlamini, Mahlangu and Van
/// Rensburg JJA").
const JUDGES_LIST_TOKENS: usize = 16;

/// Whether token `k` is a judge's letters after a surname: listed ("JA", "LJ"), after a space, and not
/// an initial before the rest of a name or a period ("John J Smith", "Michael J. Fox").
fn judicial_letters(doc: &Doc, k: usize) -> bool {
    let Some(t) = doc.tokens.get(k) else {
        return false;
    };
    // A period after a single letter makes it an initial ("Michael J. Fox"); after more letters it ends
    // the sentence ("I agree with Greer JA.").
    let next_is_name = doc.tokens.get(k + 1).is_some_and(|n| {
        n.kind == TokenKind::Word && doc.word(k + 1).starts_with(char::is_uppercase)
            || doc.word(k + 1) == "." && doc.word(k).chars().count() == 1
    });
    t.kind == TokenKind::Word && t.space_before && JUDICIAL_LETTERS.contains(doc.word(k)) && !next_is_name
}

/// Makes each name before a judge's letters a person's, the letters cut off its end ("Dlamini JA",
/// "Ferreira J"), and every surname of a list before plural letters too ("Mahlangu and Van Rensburg
/// JJA") ([`JUDGE_LETTERS`]).
pub fn judges(doc: &Doc, cands: &mut [Candidate]) {
    let mut lists: Vec<Span> = Vec::new();
    for c in cands.iter_mut() {
        let first = doc.token_at_or_after(c.name_span.start);
        let end = doc.token_at_or_after(c.name_span.end);
        let letters = if end > first + 1 && judicial_letters(doc, end - 1) {
            end - 1
        } else if judicial_letters(doc, end) {
            end
        } else {
            continue;
        };
        if letters < end {
            end_before(doc, c, letters, 1);
        }
        judge(c);
        // "Mahlangu and Van Rensburg JJA": a doubled "J" is the plural, for every name of the list.
        if doc.word(letters).contains("JJ") {
            let mut k = first;
            while k > 0
                && first - k < JUDGES_LIST_TOKENS
                && !doc.tokens[k].line_start
                && (matches!(doc.word(k - 1), "," | "and")
                    || doc.tokens[k - 1].kind == TokenKind::Word
                        && doc.word(k - 1).starts_with(char::is_uppercase))
            {
                k -= 1;
            }
            lists.push(Span::new(
                doc.tokens[k].span().start,
                doc.tokens[first].span().start,
            ));
        }
    }
    if lists.is_empty() {
        return;
    }
    lists.sort_by_key(|s| s.start);
    for c in cands.iter_mut() {
        // The last list that opens at or before the name.
        let i = lists.partition_point(|s| s.start <= c.name_span.start);
        if i > 0 && c.name_span.end <= lists[i - 1].end {
            c.doubtful = false;
            judge(c);
        }
    }
}

/// Makes a candidate a judge, a person ([`JUDGE_LETTERS`]).
fn judge(c: &mut Candidate) {
    c.outweigh_as_person(1);
    c.rule = JUDGE_LETTERS.name;
}

pub const JUDGE_LETTERS: Rule = Rule {
    name: "actors/judge-letters",
    description: "Letters for a judge's office after a surname, as Commonwealth courts write them, are not part of the name, which is a person's: \"Ferreira J\", \"Denning LJ\".",
    details:
        "Letters for a judge's office after a surname, as the courts of the Commonwealth write them (\"Ferreira J\", \"Dlamini JA\", \"Chua Beng Hock JCA\", \"Moloi AJA\", \"Denning LJ\", with periods as Canada's write them: \"Okafor J.A.\"; `data/actors-judicial-letters.txt`), are no part of the name, which is a person's; letters with a doubled \"J\" are the plural and make every surname of the list before them a judge's (\"Mahlangu and Van Rensburg JJA\"); not an initial before the rest of a name (\"John J Smith\", \"Michael J. Fox\"), though letters before the full stop that ends a sentence are (\"I agree with Greer JA.\").",
    examples: &[
        (
            "HOLLIS JA: I agree with Greer JA.",
            "actor person \"Greer\": \"Greer\"",
        ),
        (
            "Chua Beng Hock JCA delivered the judgment of the court.",
            "actor person \"Chua Beng Hock\": \"Chua Beng Hock\"",
        ),
        (
            "The High Court (Ferreira J) held that it could.",
            "actor person \"Ferreira\": \"Ferreira\"",
        ),
        (
            "As Moloi AJA put it in an earlier matter, the debt was modest.",
            "actor person \"Moloi\": \"Moloi\"",
        ),
        (
            "Okafor J.A. and Vell J.A. concur.",
            "actor person \"Okafor\": \"Okafor\"",
        ),
        (
            "Dlamini JA (Mahlangu and Khumalo JJA concurring): The appeal is upheld.",
            "actor person \"Khumalo\": \"Khumalo\"",
        ),
    ],
    counter_examples: &["Michael J. Fox spoke to reporters.", "Shares of Tarsk Ltd rose."],
};
