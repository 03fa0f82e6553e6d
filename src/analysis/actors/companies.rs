//! Company forms after a comma: "Orvana, Inc.", "Belco, Ltd.", "Tarvin, LLC". The legal form belongs
//! to the name before it, which it makes an organisation; alone it names no one.

use crate::analysis::actors::model::Candidate;
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::Doc;

/// Legal forms of companies: "Inc", "Ltd", "GmbH".
static FORMS: WordSet = word_set!("../data/actors-company-forms.txt");

/// Whether a word is a company's legal form: "Inc", "Ltd", "GmbH".
pub fn is_form(word: &str) -> bool {
    FORMS.contains(word)
}

/// Whether a lower-case word is a company's legal form or a word for a company as a whole ("inc",
/// "corp", "company", "group", "holdings"), which tells no two of its bodies apart.
pub fn is_form_lower(word: &str) -> bool {
    let word = word.trim_end_matches('.');
    matches!(word, "company" | "corporation" | "group" | "holdings" | "gmbh")
        || FORMS.contains(&crate::analysis::text::capitalise(word))
        || FORMS.contains(&word.to_uppercase())
}

/// Drops each candidate that is only a company form after a comma that follows another candidate, and
/// makes that candidate an organisation ([`COMPANY_FORM`]), keeping the short forms' links
/// (`alias_of`).
pub fn company_forms(doc: &Doc, cands: &mut Vec<Candidate>) {
    let mut dropped = vec![false; cands.len()];
    for k in 1..cands.len() {
        let first = doc.token_at_or_after(cands[k].name_span.start);
        if cands[k].words.len() != 1
            || !FORMS.contains(doc.word(first))
            || first < 2
            || doc.word(first - 1) != ","
        {
            continue;
        }
        let before = doc.tokens[first - 2].span().end;
        let Some(p) = (0..k).rev().find(|&p| !dropped[p] && cands[p].span.end == before) else {
            continue;
        };
        let c = &mut cands[p];
        if c.person > 0 {
            // "Ada Lenz, Inc. magazine's editor": a person, then another name.
            continue;
        }
        dropped[k] = true;
        if c.org < 3 {
            c.rule = COMPANY_FORM.name;
        }
        c.org += 3;
        c.deferred = false;
        c.doubtful = false;
        c.place = false;
    }
    if !dropped.contains(&true) {
        return;
    }
    let mut new_index = Vec::with_capacity(cands.len());
    let mut kept = 0;
    for &d in &dropped {
        new_index.push((!d).then_some(kept));
        kept += usize::from(!d);
    }
    let mut k = 0;
    cands.retain(|_| {
        k += 1;
        !dropped[k - 1]
    });
    for c in cands.iter_mut() {
        c.alias_of = c.alias_of.and_then(|a| new_index[a]);
    }
}

pub const COMPANY_FORM: Rule = Rule {
    name: "actors/company-form",
    description: "A company's legal form after a comma (\"Orvana, Inc.\", \"Belco, Ltd.\") belongs to the name before it, which it makes an organisation; alone it names no one.",
    examples: &[
        (
            "Orvana, Inc. said it would appeal.",
            "actor organization \"Orvana\": \"Orvana\"",
        ),
        (
            "Shares of Belco, Ltd. fell on Monday.",
            "no actor mention \"Ltd.\"",
        ),
    ],
    counter_examples: &["Ada Lenz, Inc. magazine's editor, spoke."],
};
