//! A body's name in another language beside its name in English, one of them in brackets: "the
//! Central Bank of Cyprus (Kentrikí Trápeza tis Kýprou)", "the Policia e Shtetit (State Police)". The
//! two are one body, and the name in the other language is one mention whole, with its particles in
//! lower case ("e", "tis", "de la"), not a run of capitalised fragments.

use std::collections::HashMap;

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_all_caps, is_capitalized, Doc, TokenKind};
use crate::analysis::Span;

/// Most words a name in brackets or before them may have.
const MAX_WORDS: usize = 8;

/// Finds the bracketed names beside a body's name and links the two: the later names the earlier's
/// body (`alias_of`); a name in another language that the candidates cut into fragments becomes one
/// candidate ([`NAME_IN_ANOTHER_LANGUAGE`]).
pub fn names_in_other_languages(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    // The brackets that open before a name: most texts have none, and no table is built for them.
    let brackets: Vec<(usize, std::ops::Range<usize>)> = (1..doc.tokens.len())
        .filter(|&open| doc.word(open) == "(")
        .filter_map(|open| Some((open, bracketed_name(doc, lower, open)?)))
        .collect();
    if brackets.is_empty() {
        return;
    }
    let mut found = Vec::new();
    // Pairs of spans (earlier, later) whose later candidate names the earlier's body.
    let mut links: Vec<(Span, Span)> = Vec::new();
    let by_end: HashMap<usize, usize> = cands.iter().enumerate().map(|(k, c)| (c.span.end, k)).collect();
    let by_span: HashMap<Span, usize> = cands.iter().enumerate().map(|(k, c)| (c.span, k)).collect();
    for (open, inside) in brackets {
        let inside_span = doc.span_of(inside.clone());
        let inside_cand = by_span.get(&inside_span).map(|&k| &cands[k]);
        if inside_cand.is_some_and(|c| c.alias_of.is_some() || c.given) || place(doc, &inside) {
            continue;
        }
        let before = doc.tokens[open - 1].span().end;
        let left = by_end
            .get(&before)
            .map(|&k| &cands[k])
            .filter(|c| !person_like(c));
        // The name before the bracket: a run with particles of another language that the candidates
        // cut short ("Policia e Shtetit" found as "Shtetit"), else the candidate there, else a run of
        // two capitalised words or more.
        let run = name_before(doc, lower, open).filter(|r| {
            let starts = doc.tokens[r.start].span().start;
            left.is_none_or(|c| particle_in(doc, lower, r) && starts < c.span.start)
        });
        let earlier = match (&run, left) {
            (Some(r), _) => r.clone(),
            (None, Some(c)) => doc.token_at_or_after(c.span.start)..open,
            (None, None) => continue,
        };
        let earlier_span = doc.span_of(earlier.clone());
        let earlier_cand = by_span.get(&earlier_span).map(|&k| &cands[k]);
        if place(doc, &earlier)
            || earlier
                .clone()
                .all(|k| is_all_caps(doc.word(k)) || !is_word(doc, k))
            || earlier_cand.is_some_and(person_like)
        {
            continue;
        }
        // One of the two names a body: "the Central Bank of Cyprus (Kentrikí Trápeza tis Kýprou)",
        // "the Policia e Shtetit (State Police)", "The Histadrut (General Federation of Labor)".
        let named_body = |cand: Option<&Candidate>, r: &std::ops::Range<usize>| match cand {
            Some(c) => body(c),
            None => r.len() >= 2 && LEXICON.is_org_word(doc.word(r.end - 1)),
        };
        let place_or_thing = |cand: Option<&Candidate>| cand.is_some_and(|c| c.place || c.thing);
        // In the brackets, a name no candidate holds is one only when particles of another language
        // or an organisation's word make it a body's ("Exercitationes (Mathematical Exercises)" is a
        // book's).
        let inside_fits =
            inside_cand.is_some() || particle_in(doc, lower, &inside) || named_body(None, &inside);
        // Before the bracket, a name no candidate holds needs its particles ("City Hall Information
        // Center (Módulo de Información Turística)" names a place); and a name of two words or more
        // before a body's name in brackets may be a person's with the body that employs them
        // ("Chikondi Banda (Department of Economics)"): it needs particles, an organisation's word or
        // evidence of a body of its own.
        let earlier_fits = particle_in(doc, lower, &earlier)
            || earlier_cand.is_some_and(|c| {
                earlier.len() < 2 || body(c) || LEXICON.is_org_word(doc.word(earlier.end - 1))
            });
        if !named_body(earlier_cand, &earlier) && !named_body(inside_cand, &inside)
            || !earlier_fits
            || !inside_fits
            || place_or_thing(earlier_cand)
            || place_or_thing(inside_cand)
        {
            continue;
        }
        for (cand, span) in [(earlier_cand, earlier_span), (inside_cand, inside_span)] {
            if cand.is_none() {
                found.push(Candidate::organisation(doc, span, NAME_IN_ANOTHER_LANGUAGE.name));
            }
        }
        links.push((earlier_span, inside_span));
    }
    if links.is_empty() {
        return;
    }
    found.sort_by_key(|c| c.span.start);
    merge_found(found, true, cands);
    link(cands, links);
}

/// Makes the later candidate of each pair of spans (earlier, later) name the earlier's body.
fn link(cands: &mut [Candidate], links: Vec<(Span, Span)>) {
    let at: HashMap<Span, usize> = cands.iter().enumerate().map(|(k, c)| (c.span, k)).collect();
    for (earlier, later) in links {
        if let (Some(&e), Some(&l)) = (at.get(&earlier), at.get(&later)) {
            if cands[l].alias_of.is_none() && e != l {
                cands[l].alias_of = Some(e);
                cands[l].rule = NAME_IN_ANOTHER_LANGUAGE.name;
                // Both are a body's names, the earlier strong enough to be grouped first.
                for k in [e, l] {
                    cands[k].org = cands[k].org.max(cands[k].person + 4);
                    cands[k].confirm();
                }
            }
        }
    }
}

/// Whether a candidate names a body: more evidence for an organisation than for a person, and no
/// given name opening it.
fn body(c: &Candidate) -> bool {
    c.org > c.person && c.org > c.group && !c.given
}

/// Whether a candidate has more evidence for a person than for a body, or opens with a given name.
fn person_like(c: &Candidate) -> bool {
    c.person > c.org || c.given
}

fn is_word(doc: &Doc, k: usize) -> bool {
    doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
}

/// A word of a name: capitalised, or a particle of another language in lower case of at most four
/// letters that is no English function word ("e", "tis", "de", "für").
fn name_word(doc: &Doc, lower: &[&str], k: usize) -> Option<bool> {
    if !is_word(doc, k) {
        return None;
    }
    let w = doc.word(k);
    if is_capitalized(w) {
        return (!LEXICON.is_stop(lower[k])).then_some(true);
    }
    (short_lower(w) && !LEXICON.is_stop(lower[k])).then_some(false)
}

/// Whether a word is in lower case and of at most four letters: a particle ("e", "tis", "für") or a
/// function word ("of").
fn short_lower(w: &str) -> bool {
    w.chars().count() <= 4 && w.chars().all(char::is_lowercase)
}

/// The name in the brackets that open at `open`: its first part up to a comma, a semicolon or the
/// closing bracket, or the part after an acronym that opens them ("(ARE, Federal Office for Spatial
/// Development)"); capitalised words and particles, a capitalised word first and last, no given name
/// first, at most [`MAX_WORDS`] words, on the bracket's line.
fn bracketed_name(doc: &Doc, lower: &[&str], open: usize) -> Option<std::ops::Range<usize>> {
    let n = doc.tokens.len();
    let mut start = open + 1;
    for _ in 0..2 {
        let mut end = start;
        // Inside the brackets a short function word joins too ("(Ministry of Internal Affairs)").
        let joins =
            |k: usize| name_word(doc, lower, k).is_some() || is_word(doc, k) && short_lower(doc.word(k));
        while end < n && end - start <= MAX_WORDS && !doc.tokens[end].line_start && joins(end) {
            end += 1;
        }
        let closes = end < n && matches!(doc.word(end), ")" | "," | ";");
        let acronym = end == start + 1 && is_all_caps(doc.word(start));
        if acronym && end < n && matches!(doc.word(end), "," | ";") {
            start = end + 1;
            continue;
        }
        // Not a judge's name and letters ("(Ferreira J)"): the last word has three letters or more.
        let fits = closes
            && end > start
            && doc.word(end - 1).chars().count() >= 3
            && end - start <= MAX_WORDS
            && !acronym
            && name_word(doc, lower, start) == Some(true)
            && name_word(doc, lower, end - 1) == Some(true)
            && LEXICON.given(doc.word(start)).is_none()
            && closing_after(doc, end);
        return fits.then_some(start..end);
    }
    None
}

/// Whether the brackets close within a few tokens from `k`, on the line.
fn closing_after(doc: &Doc, k: usize) -> bool {
    (k..(k + 2 * MAX_WORDS).min(doc.tokens.len()))
        .take_while(|&i| i == k || !doc.tokens[i].line_start)
        .any(|i| doc.word(i) == ")")
}

/// The name right before the bracket at `open`: capitalised words and particles back to a function
/// word, a possessive or punctuation, a capitalised word first and last, at most [`MAX_WORDS`] words.
fn name_before(doc: &Doc, lower: &[&str], open: usize) -> Option<std::ops::Range<usize>> {
    let end = open;
    if name_word(doc, lower, end - 1) != Some(true) {
        return None;
    }
    let mut start = end - 1;
    while start > 0
        && end - start < MAX_WORDS
        && !doc.tokens[start].line_start
        && name_word(doc, lower, start - 1).is_some()
    {
        start -= 1;
    }
    while start < end && name_word(doc, lower, start) != Some(true) {
        start += 1;
    }
    let fits = start < end
        && LEXICON.given(doc.word(start)).is_none()
        && (particle_in(doc, lower, &(start..end)) || end - start >= 2);
    fits.then_some(start..end)
}

/// Whether the run `r` holds a particle of another language in lower case ("e", "tis", "für").
fn particle_in(doc: &Doc, lower: &[&str], r: &std::ops::Range<usize>) -> bool {
    r.clone().any(|k| name_word(doc, lower, k) == Some(false))
}

/// Whether every capitalised word of `r` is a known place: "(Cambridge)", "London (Reuters)".
fn place(doc: &Doc, r: &std::ops::Range<usize>) -> bool {
    let name = doc.slice(doc.span_of(r.clone()));
    LEXICON.place(name).is_some()
        || r.clone()
            .filter(|&k| is_capitalized(doc.word(k)))
            .all(|k| LEXICON.place(doc.word(k)).is_some())
}

pub const NAME_IN_ANOTHER_LANGUAGE: Rule = Rule {
    name: "actors/name-in-another-language",
    description: "A body's name in another language, in brackets right after or before its name, is another mention of that body: \"the Ministry of Unification (Tongilbu)\".",
    details:
        "A body's name in another language in brackets after its name (\"the Central Bank of Cyprus (Kentrikí Trápeza tis Kýprou)\", \"the Ministry of Unification (Tongilbu)\"), or before its name in brackets (\"the Policia e Shtetit (State Police)\", \"the Bundesamt für Raumentwicklung (ARE, Federal Office for Spatial Development)\"), is another mention of that body, whole with its particles in lower case; not a place in brackets (\"the University of Texas (Austin)\"), a person's name or a judge's (\"(Ferreira J)\"), a dateline (\"LONDON (Reuters)\"), or a name of two words or more with no particle or evidence of a body before a body's name, which may be a person's and the employer's (\"Chikondi Banda (Department of Economics)\").",
    examples: &[
        (
            "Banks reopened under controls imposed by the Central Bank of Cyprus (Kentrikí Trápeza tis Kýprou) on Thursday.",
            "actor organization \"Central Bank of Cyprus\": \"Kentrikí Trápeza tis Kýprou\"",
        ),
        (
            "The Policia e Shtetit (State Police) said 800 officers took part.",
            "actor organization \"Policia e Shtetit\": \"Policia e Shtetit\"",
        ),
    ],
    counter_examples: &[
        "She studied at the University of Texas (Austin) and at Rice.",
        "LONDON (Reuters) - Shares fell on Monday.",
        "The party's leader (Ana Ruiz) spoke first.",
    ],
};
