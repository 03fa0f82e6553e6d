//! Case citations: "Lynch v. Overholser", "Green versus United States". The two names either side of
//! "v.", "vs." or "versus" are the parties to a case, and a party is an actor: a single name with no
//! other evidence is a person (cases are cited by the parties' surnames), a name with an organisation
//! word stays an organisation, and a country or a state ([`crate::analysis::actors::states`]) is the
//! state as a party. A fixture's bare "v" between two sides ("Eton v Harrow", "Brazil v Germany") is no
//! citation: a contest between countries is [`crate::analysis::actors::states::NATIONAL_TEAM`].

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::Candidate;
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::Span;

/// The token after "v.", "vs." or "versus" at token `i` (`None` when no such word is there).
fn after_versus(doc: &Doc, lower: &[&str], i: usize) -> Option<usize> {
    let w = *lower.get(i)?;
    let dot =
        lower.get(i + 1).is_some_and(|n| *n == ".") && doc.tokens.get(i + 1).is_some_and(|t| !t.space_before);
    match w {
        "versus" => Some(i + 1),
        "vs" if dot => Some(i + 2),
        "vs" => Some(i + 1),
        "v" if dot => Some(i + 2),
        _ => None,
    }
}

/// The token of "v.", "vs." or "versus" that ends right before token `i`, if any.
fn versus_before(doc: &Doc, lower: &[&str], i: usize) -> Option<usize> {
    (i.saturating_sub(2)..i).find(|&k| after_versus(doc, lower, k) == Some(i))
}

/// A capitalised word at token `i` that may be a party: no function word, no title.
fn party_word(doc: &Doc, lower: &[&str], i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.kind == TokenKind::Word && is_capitalized(doc.word(i)))
        && !LEXICON.is_stop(lower[i])
        && LEXICON.title(lower[i]).is_none()
}

/// Whether the name at `span` is a party to a cited case: "v.", "vs." or "versus" right after it with
/// a capitalised name after that, or right before it with a capitalised word before that.
pub fn is_party(doc: &Doc, lower: &[&str], span: Span) -> bool {
    let first = doc.token_at_or_after(span.start);
    let next = doc.token_at_or_after(span.end);
    let left = after_versus(doc, lower, next).is_some_and(|k| party_word(doc, lower, k));
    let right =
        first > 0 && versus_before(doc, lower, first).is_some_and(|v| v > 0 && party_word(doc, lower, v - 1));
    left || right
}

/// Marks the single-word candidates that are parties to a cited case, and have no evidence of an
/// organisation, as persons ([`CASE_PARTY`]).
pub fn case_parties(doc: &Doc, lower: &[&str], cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        let word = doc.slice(c.name_span);
        let organisation = LEXICON.is_org_word(word) || LEXICON.org(word).is_some();
        if c.words.len() != 1 || c.all_caps || organisation || !is_party(doc, lower, c.name_span) {
            continue;
        }
        // More than any evidence of an organisation its capitals gave ("Green" after "at").
        c.outweigh_as_person(3);
        c.confirm();
        c.rule = CASE_PARTY.name;
    }
}

pub const CASE_PARTY: Rule = Rule {
    name: "actors/case-party",
    description: "The names either side of \"v.\", \"vs.\" or \"versus\" in a case citation (\"Lynch v. Overholser\") are the parties: a single name with no other evidence is a person, a country or a state is the state as a party (an organisation).",
    details: "",
    examples: &[
        (
            "The judge cited Tolvan v. Marsk, and Tolvan won.",
            "actor person \"Marsk\": \"Marsk\"",
        ),
        (
            "In Brenner versus United States the court ruled otherwise.",
            "actor person \"Brenner\": \"Brenner\"",
        ),
    ],
    counter_examples: &["Brazil v Germany ended 7-1.", "The Eldham v Fordley cricket match was rained off."],
};
