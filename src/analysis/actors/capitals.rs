//! Names set in capitals inside running text, as speeches and records print them ("Anna Berg and MARIA
//! COSTA took office"): when the first word is a known given name the name is a person, as it would
//! be in ordinary case. A whole line in capitals (a headline) is left alone: its words are no evidence.

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::Candidate;
use crate::analysis::actors::names::plural_form;
use crate::analysis::actors::things::common_noun;
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};

/// Marks the candidates of two or more words in capitals (none a function word), starting with a known
/// given name and with a word in ordinary case next to them in the sentence, as persons with that
/// given name.
pub fn persons_in_capitals(doc: &Doc, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        if c.words.len() < 2 || c.given || c.person > 0 || c.words.iter().any(|w| LEXICON.is_stop(w)) {
            continue;
        }
        let name = doc.slice(c.name_span);
        if name.chars().any(char::is_lowercase) || !running_text(doc, c) {
            continue;
        }
        let Some(first) = name.split_whitespace().next() else {
            continue;
        };
        match LEXICON.given_in_capitals(first) {
            Some(gender) => {
                c.given = true;
                c.gender = gender;
            }
            // "KWEKU ANSAH-BOATENG, BYLINE: This is ...": a transcript's label that opens its line
            // names a speaker, a person, whose given name no list knows.
            None if speaker_label(doc, c) => {}
            None => continue,
        }
        c.person += 2;
        c.rule = PERSON_IN_CAPITALS.name;
    }
}

/// Whether the name opens its line as a transcript's speaker label, with a role or straight away
/// its colon before speech in lower case ("KWEKU ANSAH-BOATENG, BYLINE: This ...", "LETCHUMI
/// ARUMUGAM: My daughter ..."), and is no place's or body's name nor a plural ("HUFFPOST READERS:").
fn speaker_label(doc: &Doc, c: &Candidate) -> bool {
    let first = doc.token_at_or_after(c.name_span.start);
    let after = doc.token_at_or_after(c.name_span.end);
    let Some(sentence) = doc.tokens.get(first).map(|t| t.sentence) else {
        return false;
    };
    doc.tokens[first].line_start
        && c.words.len() <= 3
        && !c.place
        && !c.words.iter().any(|w| LEXICON.is_org_word_lower(w))
        // "HUFFPOST READERS:": a group of people by a plural noun.
        && !c.words.last().is_some_and(|w| plural_form(w) && common_noun(w))
        && (doc.word(after) == ":" && speech_follows(doc, after) || labelled_role(doc, after, sentence))
}

/// The nearest word before or after the name in its sentence has a lower-case letter.
fn running_text(doc: &Doc, c: &Candidate) -> bool {
    let first = doc.token_at_or_after(c.name_span.start);
    let after = doc.token_at_or_after(c.name_span.end);
    let Some(sentence) = doc.tokens.get(first).map(|t| t.sentence) else {
        return false;
    };
    let in_sentence = |i: &usize| doc.tokens[*i].sentence == sentence;
    let is_word = |i: &usize| doc.tokens[*i].kind == TokenKind::Word;
    let lower = |i: usize| doc.word(i).chars().any(char::is_lowercase);
    let before = (0..first).rev().take_while(in_sentence).find(is_word);
    let next = (after..doc.tokens.len()).take_while(in_sentence).find(is_word);
    [before, next].into_iter().flatten().any(lower) || labelled_role(doc, after, sentence)
}

/// A transcript's label gives a role in capitals between the name and its colon, and running text
/// follows: "BERNARD SHAW, CNN ANCHOR: In Washington, ...", "THOMAS KEANE, DEMOCRAT, OHIO: The UN ...",
/// "SEN. MARGARET HALLORAN (D), NEW JERSEY: Twelve children ...".
fn labelled_role(doc: &Doc, after: usize, sentence: u32) -> bool {
    let in_sentence = |i: usize| doc.tokens.get(i).is_some_and(|t| t.sentence == sentence);
    // "SEN. MARGARET HALLORAN (D), NEW JERSEY:": a party in brackets right after the name.
    let party = (doc.word(after) == "(")
        .then(|| (after + 1..doc.tokens.len().min(after + 5)).find(|&c| doc.word(c) == ")"))
        .flatten();
    let after = party.map_or(after, |close| close + 1);
    if doc.word(after) != "," {
        return false;
    }
    let mut k = after + 1;
    // "THOMAS KEANE, DEMOCRAT, OHIO:": a party and a home state.
    while k < after + 7
        && in_sentence(k)
        && (doc.tokens[k].kind == TokenKind::Word || doc.word(k) == ",")
        && !doc.word(k).chars().any(char::is_lowercase)
    {
        k += 1;
    }
    // "ELENA MARQUEZ, RESIDENT (through translator):": an aside in brackets before the colon.
    let role_end = k;
    if let Some(close) = doc.aside_close(k) {
        k = close + 1;
    }
    role_end > after + 1 && doc.word(k) == ":" && speech_follows(doc, k)
}

/// Whether speech in lower case follows the colon at token `colon`, among its next two words, so also
/// after a word of one capital ("A vaccine", "I think").
fn speech_follows(doc: &Doc, colon: usize) -> bool {
    (colon + 1..doc.tokens.len().min(colon + 5))
        .filter(|&i| doc.tokens[i].kind == TokenKind::Word)
        .take(2)
        .any(|i| doc.word(i).chars().any(char::is_lowercase))
}

pub const PERSON_IN_CAPITALS: Rule = Rule {
    name: "actors/person-in-capitals",
    description: "A name in capitals whose first word is a known given name, or that opens a transcript line as the speaker's label, is a person: \"and MARIA COSTA took office\", \"DAVID HALE, BYLINE:\".",
    details:
        "A name in capitals in running text (\"and MARIA COSTA took office\"), or in a transcript's label with a role in capitals before its colon (\"BERNARD LIND, HARBOUR NEWS ANCHOR: In Vellmar ...\"; a label alone on the first line is no headline), a party in brackets after the name too (\"SEN. MARGARET VELL (D), OHIO:\"), whose first word is a known given name is a person; so is a name in capitals that opens its line as a transcript's speaker label, with a role or its colon right after it (\"KWEKU ANSAH-BOATENG, BYLINE: This is ...\"), but for a plural noun (\"HUFFPOST READERS:\").",
    examples: &[
        (
            "Kweku Ansah-Boateng reports from Accra.\n\nKWEKU ANSAH-BOATENG, BYLINE: This is the sound of the salon.",
            "actor person \"Kweku Ansah-Boateng\": \"KWEKU ANSAH-BOATENG\"",
        ),
        (
            "Anna Berg and MARIA COSTA took office today.",
            "actor person \"MARIA COSTA\": \"MARIA COSTA\"",
        ),
        (
            "BERNARD LIND, HARBOUR NEWS ANCHOR: In Vellmar, the council voted today.",
            "actor person \"BERNARD LIND\": \"BERNARD LIND\"",
        ),
        (
            "The council met.\n\nDAVID HALE, BYLINE: A vote is due today.",
            "actor person \"DAVID HALE\": \"DAVID HALE\"",
        ),
        (
            "MARGARET HALE, HOST:\n\nThe council voted today.\n\nHALE: Was it close?",
            "actor person \"MARGARET HALE\": \"MARGARET HALE\"",
        ),
        (
            "SEN. MARGARET VELL (D), OHIO: We will not wait.",
            "actor person \"MARGARET VELL\": \"MARGARET VELL\"",
        ),
    ],
    counter_examples: &[
        "MARIA COSTA WINS THE VOTE",
        "The ACME GROUP took office today.",
        "HARBOUR READERS: What is happening in your town?",
    ],
};
