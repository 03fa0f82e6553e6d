//! Names that are not actors, decided over the whole document: once a name is shown to be a thing or a
//! place ("hotels in Tulsa", "the Tulsa area"), all its mentions are, unless some evidence shows it acting
//! (a title, a given name, an organisation word, a pronoun that speaks of it).

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{Candidate, Cluster};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::rules::Rule;
use crate::analysis::text::{compound_head, is_all_caps, Doc, TokenKind};
use std::collections::HashSet;

/// Nouns after a single name that make it a place, a people or a language ("the Oskan language").
static THING_CUES_AFTER: WordSet = word_set!("../data/actors-thing-cues-after.txt");

/// Nouns for products before their name (`data/actors-product-nouns.txt`).
static PRODUCT_NOUNS: WordSet = word_set!("../data/actors-product-nouns.txt");

/// Whether a lower-case word is a noun for a product, a vehicle or a device
/// (`data/actors-product-nouns.txt`): "cream", "vaccine", "tanker".
pub fn product_noun(lower: &str) -> bool {
    PRODUCT_NOUNS.contains(lower)
}

/// Common nouns for places (`data/actors-place-nouns.txt`).
static PLACE_NOUNS: WordSet = word_set!("../data/actors-place-nouns.txt");

/// Verbs whose object is a place or a thing ("visited Brisk", "launched Orbix").
static THING_VERBS: WordSet = word_set!("../data/actors-thing-verbs.txt");

/// Words before "in" that make what follows a company ("shares in Veltrona").
static HOLDING_WORDS: WordSet = word_set!("../data/actors-holding-words.txt");

/// Words before "of" that make the name after it a company: "shares of Orbix", "a subsidiary of Orbix".
static COMPANY_OF_WORDS: WordSet = word_set!("../data/actors-company-of-words.txt");

/// Whether `lower`, the word before "of", makes the name after it a company rather than a place or a
/// thing: "shares of Orbix", "the merger of Orbix and Tarsby Air".
pub fn company_of_word(lower: &str) -> bool {
    COMPANY_OF_WORDS.contains(lower)
}

/// Whether `lower`, the word before "in", makes the name after it a company or a venture rather than a
/// place: "shares in Veltrona", "a stake in Orbix".
pub fn holding_word(lower: &str) -> bool {
    HOLDING_WORDS.contains(lower)
}

/// Words that follow an imperative verb ("Wash the glasses").
static IMPERATIVE_OBJECTS: WordSet = word_set!("../data/actors-imperative-objects.txt");

/// Whether the word at token `end` (right after a single-word name) is a noun that makes the name a
/// place, a people or a language ([`THING_BY_CUE_NOUN`]): "the Oskan language", "Oskan speakers".
pub fn cue_noun_after(doc: &Doc, lower: &[&str], end: usize) -> bool {
    doc.tokens.get(end).is_some_and(|t| {
        t.space_before && t.kind == TokenKind::Word && doc.word(end).starts_with(char::is_lowercase)
    }) && THING_CUES_AFTER.contains(lower[end])
        || eponym_disease(doc, lower, end)
}

/// Names of illnesses and of what causes them, in lower case (`data/actors-illness-names.txt`: "ebola",
/// "omicron").
static ILLNESS_NAMES: WordSet = word_set!("../data/actors-illness-names.txt");

/// Whether a name of one word is an illness's or a virus's ([`ILLNESS_NAME`]): "the fight against
/// Ebola", "Omicron spread fast".
pub fn illness_name(word: &str) -> bool {
    ILLNESS_NAMES.contains(word.to_lowercase().as_str())
}

/// Whether a possessive and a noun for an illness follow the name ending before token `end`
/// ("Alzheimer's disease", "Tourette's syndrome"): the illness is named after a person and names no
/// one.
fn eponym_disease(doc: &Doc, lower: &[&str], end: usize) -> bool {
    matches!(doc.word(end), "'s" | "’s")
        && lower
            .get(end + 1)
            .is_some_and(|w| matches!(*w, "disease" | "diseases" | "syndrome" | "disorder"))
}

/// Verbs of an instruction about a program, a device or a form (`data/actors-interface-verbs.txt`).
static INTERFACE_VERBS: WordSet = word_set!("../data/actors-interface-verbs.txt");

/// Whether token `i` opens its sentence with a verb of an instruction in its base form, capitalised
/// ("Press", "Choose", "Pay", "Right-click"; [`THING_BY_VERB`]), or is such a verb in lower case that
/// goes on an instruction its sentence opens with, after "and", "then", "or" or a comma ("Right-click
/// any date and choose Group", "Click the arrow, choose Value Field Settings").
pub fn interface_verb_at(doc: &Doc, lower: &[&str], i: usize) -> bool {
    let verb = |k: usize| INTERFACE_VERBS.contains(compound_head(lower[k]));
    let opens = |k: usize| {
        (doc.is_sentence_start(k) || doc.tokens[k].line_start)
            && doc.word(k).starts_with(char::is_uppercase)
            && verb(k)
    };
    if opens(i) {
        return true;
    }
    let goes_on = i > 0
        && doc.word(i).starts_with(char::is_lowercase)
        && verb(i)
        && matches!(lower[i - 1], "and" | "then" | "or" | ",");
    // The instruction runs from the sentence's start, within a few words, with no subject's verb
    // between ("Press officers said the board would meet and choose Tarsby" is no instruction).
    let finite = |k: usize| {
        matches!(
            lower[k],
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "did"
                | "does"
        ) || crate::analysis::quotes::verb_lemma(lower[k]).is_some()
    };
    goes_on
        && doc
            .sentences
            .get(doc.tokens[i].sentence as usize)
            .is_some_and(|s| {
                let start = s.tokens.start;
                start < i && i - start <= INSTRUCTION_REACH && opens(start) && !(start + 1..i).any(finite)
            })
}

/// The most tokens from an instruction's first verb to a verb that goes on it ("Click the arrow next to
/// the total in the Values area, choose ...").
const INSTRUCTION_REACH: usize = 20;

/// Whether the name starting at token `start` is the object of a verb of visiting, launching or unveiling
/// ("visited Brisk", "launched the Orbix"; [`THING_BY_VERB`]).
pub fn thing_verb_before(doc: &Doc, lower: &[&str], start: usize) -> bool {
    let mut k = start;
    if k > 0 && matches!(lower[k - 1], "the" | "a" | "an") {
        k -= 1;
    }
    k > 0 && doc.tokens[k - 1].kind == TokenKind::Word && THING_VERBS.contains(lower[k - 1])
        || k >= 2 && lower[k - 1] == "as" && sold_as(lower[k - 2])
}

/// Verbs of winning or being put up for a prize (`data/actors-prize-verbs.txt`).
static PRIZE_VERBS: WordSet = word_set!("../data/actors-prize-verbs.txt");

/// Whether the name from token `start` to `end` is a prize, a title or a contest won or competed for:
/// "won the Booker", "clinched the Vell Cup", "shortlisted for the Orla Prize" ([`THING_BY_VERB`]); a
/// participle's "for the" only ("a win for the Tarsk Lions" is a team's); not a name before a noun
/// or an adjective, which it qualifies ("won the Vell League national title", also past an acronym in
/// brackets: "won the Vell Architects' Association (VAA) prize").
pub fn prize_verb_before(lower: &[&str], start: usize, end: usize) -> bool {
    let mut next = end;
    if lower.get(next) == Some(&"(") {
        if let Some(close) = (next + 1..lower.len().min(next + 5)).find(|&k| lower[k] == ")") {
            next = close + 1;
        }
    }
    let qualifies = next < lower.len() && (common_noun(lower[next]) || adjective(lower[next]));
    !qualifies
        && start >= 2
        && lower[start - 1] == "the"
        && (PRIZE_VERBS.contains(lower[start - 2])
            || start >= 3
                && lower[start - 2] == "for"
                && lower[start - 3].ends_with("ed")
                && PRIZE_VERBS.contains(lower[start - 3]))
}

/// Whether `lower`, before "as" and a name, says the name is a product's ("to be sold as Veltrix",
/// "marketed as Orbix").
fn sold_as(lower: &str) -> bool {
    matches!(
        lower,
        "sold" | "marketed" | "branded" | "rebranded" | "sell" | "market"
    )
}

/// Whether `lower`, the word before a single capitalised word, is a possessive determiner ("our
/// Nation", "her Labrador"; [`THING_AFTER_POSSESSIVE`]): what one owns is no actor.
pub fn possessed(lower: &str) -> bool {
    matches!(lower, "my" | "our" | "your" | "his" | "her" | "their" | "its")
}

/// Whether a lower-case word is an article, "this" or a possessive, which opens a noun phrase: "the toy
/// maker", "its cholesterol drug".
pub fn determiner(lower: &str) -> bool {
    possessed(lower) || matches!(lower, "the" | "a" | "an" | "this")
}

/// Whether the single word from `start` to `end` is half of a capitalised phrase with "of" that the
/// names pass did not take as one name, one word on each side ("Tides of Vellmark", "Season of Thorns";
/// [`HALF_OF_PHRASE`]): a title or a term, whose halves name no one.
pub fn half_of_phrase(doc: &Doc, start: usize, end: usize) -> bool {
    let cap = |i: usize| {
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.word(i).starts_with(char::is_uppercase)
    };
    // Exactly one capitalised word on each side: "Nathan Law of Demosisto" is a person of an organisation.
    // A title's capitalised article may open it ("The Orchard of Lanterns", "A Season of Ash").
    let open = |i: usize| i == 0 || !cap(i - 1) || title_article(doc, i - 1);
    let before = doc.word(end) == "of" && cap(end + 1) && !cap(end + 2) && open(start);
    // "Shares of Vellmark rose": a common noun in the plural, capitalised only as a sentence's first
    // word, is no half of a title.
    let counted = |i: usize| {
        doc.is_sentence_start(i) && {
            let w = doc.lower(i);
            w.ends_with('s') && !w.ends_with("ss") && common_noun(w)
        }
    };
    let after = start >= 2
        && doc.word(start - 1) == "of"
        && cap(start - 2)
        && !cap(end)
        && open(start - 2)
        && !counted(start - 2);
    before || after
}

/// Whether token `i` is a capitalised article inside a sentence, which opens the title of a work ("read
/// The Orchard of Lanterns", "the episode “The Lanterns of Ash”"), not a sentence or a line.
fn title_article(doc: &Doc, i: usize) -> bool {
    if i == 0 || !matches!(doc.word(i), "The" | "A" | "An") || doc.tokens[i].line_start {
        return false;
    }
    let quoted = matches!(doc.word(i - 1), "“" | "\"") && i >= 2 && doc.tokens[i - 2].kind == TokenKind::Word;
    quoted || doc.tokens[i - 1].kind == TokenKind::Word && !doc.is_sentence_start(i)
}

/// The word before a Roman numeral that ends a name of several words ("the Border War II", "Title VI";
/// [`HEAD_BEFORE_NUMERAL`]): the head noun that says what the name is, as "War" in "the Border War".
/// A person's regnal number ("Queen Ada II") leaves a given name or a surname there, no such noun.
pub fn head_before_numeral<'a>(words: &[&'a str]) -> Option<&'a str> {
    match words {
        [.., head, numeral]
            if numeral.len() <= 4 && numeral.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) =>
        {
            Some(head)
        }
        _ => None,
    }
}

/// The word before a number written in words that ends a name of several words ("World War Two"):
/// the head noun, as before a Roman numeral ([`HEAD_BEFORE_NUMERAL`]).
pub fn head_before_number_word<'a>(words: &[&'a str]) -> Option<&'a str> {
    match words {
        [.., head, number]
            if matches!(
                *number,
                "One" | "Two" | "Three" | "Four" | "Five" | "Six" | "Seven" | "Eight" | "Nine" | "Ten"
            ) =>
        {
            Some(head)
        }
        _ => None,
    }
}

/// Surnames of widely known public figures: `data/actors-public-figures.txt`.
static PUBLIC_FIGURES: WordSet = word_set!("../data/actors-public-figures.txt");

/// Whether `word`, as written, is the surname of a widely known public figure ("Einstein", "Putin";
/// [`super::cluster::PUBLIC_FIGURE`]).
pub fn public_figure_name(word: &str) -> bool {
    PUBLIC_FIGURES.contains(word)
}

/// Whether the name a cluster goes by (its best candidate's text) is a public figure's surname.
pub fn named_as_public_figure(doc: &Doc, cands: &[Candidate], cl: &Cluster) -> bool {
    cands
        .get(cl.best)
        .is_some_and(|c| public_figure_name(doc.slice(c.span)))
}

/// Words for relatives (`data/actors-kinship-words.txt`): "Moen's first wife" is a person's.
static KINSHIP: WordSet = word_set!("../data/actors-kinship-words.txt");

/// Whether `lower` is a word for a relative ("wife", "daughter", "born" to), as after a possessive
/// ("Moen's first wife") or before a name ("the daughter of Eric Moen").
pub fn kinship_word(lower: &str) -> bool {
    KINSHIP.contains(lower)
}

/// Nouns for what only a person has (`data/actors-personal-nouns.txt`): "Moen's childhood".
static PERSONAL_NOUNS: WordSet = word_set!("../data/actors-personal-nouns.txt");

/// Whether a possessive and a noun for what only a person has follow the name ending at token `end`,
/// maybe after one lower-case adjective ("Lindqvist's childhood", "Moen's general theory";
/// [`PERSONAL_NOUN_OF_NAME`]).
pub fn personal_noun_after(doc: &Doc, lower: &[&str], end: usize) -> bool {
    let word = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word);
    let noun = |k: usize| word(k) && PERSONAL_NOUNS.contains(lower[k]);
    matches!(doc.word(end), "'s" | "’s")
        && (noun(end + 1)
            || (word(end + 1) && doc.word(end + 1).starts_with(char::is_lowercase) && noun(end + 2)))
}

/// Whether a possessive and a word for a relative follow the name ending at token `end`, maybe after
/// one lower-case adjective ("Lindqvist's parents", "Moen's first wife"; [`RELATIVE_OF_NAME`]), and
/// no noun for an organisation after that word ("Orbix's sister company").
pub fn relative_after(doc: &Doc, lower: &[&str], end: usize) -> bool {
    let word = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word);
    let kin = |k: usize| word(k) && lower[k] != "born" && KINSHIP.contains(lower[k]);
    if !matches!(doc.word(end), "'s" | "’s") {
        return false;
    }
    let at = if kin(end + 1) {
        end + 1
    } else if word(end + 1) && doc.word(end + 1).starts_with(char::is_lowercase) && kin(end + 2) {
        end + 2
    } else {
        return false;
    };
    !(word(at + 1) && (LEXICON.is_org_noun(lower[at + 1]) || LEXICON.is_org_word_lower(lower[at + 1])))
}

/// The token of the name that the name starting at token `start` is another name of: "Brisk, known as
/// Brisca", "the town was renamed Brisca", "Brisk was renamed to Brisca", "a city called Brisca"
/// ([`OTHER_NAME_OF_PLACE`]): the word before "known as", "renamed", "called" or "named", over at most
/// three of "also", "was", "is", "often", "once", "later", "then" and a comma. The caller decides
/// whether that word is a place.
pub fn named_before(doc: &Doc, lower: &[&str], start: usize) -> Option<usize> {
    let mut k = start;
    if k >= 1 && lower[k - 1] == "to" {
        k -= 1;
    }
    let verb = if k >= 2 && lower[k - 1] == "as" && lower[k - 2] == "known" {
        k - 2
    } else if k == start && k >= 1 && matches!(lower[k - 1], "called" | "named") {
        // "a Maya city called T'ho", "the street was named Brisca".
        k - 1
    } else if k >= 1 && lower[k - 1] == "renamed" && (k == start || lower[k] == "to") {
        k - 1
    } else {
        return None;
    };
    let sentence = doc.tokens[start].sentence;
    let mut j = verb;
    for _ in 0..3 {
        if j == 0 || doc.tokens[j - 1].sentence != sentence {
            return None;
        }
        if !matches!(
            lower[j - 1],
            "also" | "was" | "is" | "often" | "once" | "later" | "then" | ","
        ) {
            return Some(j - 1);
        }
        j -= 1;
    }
    (j > 0 && doc.tokens[j - 1].sentence == sentence).then(|| j - 1)
}

/// Whether the name from `start` to `end` opens a bracket that gives it as a word of a language: "in",
/// then "language" before the bracket closes, within six words ("Brisk (Brisca in the old Oskan
/// language)"; [`OTHER_NAME_OF_PLACE`]).
pub fn name_in_language(lower: &[&str], start: usize, end: usize) -> bool {
    start > 0
        && lower[start - 1] == "("
        && lower.get(end) == Some(&"in")
        && lower[end..]
            .iter()
            .take(8)
            .take_while(|w| **w != ")")
            .any(|w| *w == "language")
}

/// Whether `lower` is a common noun for a place ("the town was renamed Brisca").
pub fn place_noun(lower: &str) -> bool {
    PLACE_NOUNS.contains(lower)
}

/// Endings of one-word names of streets, squares and harbours in other languages
/// (`data/actors-place-endings.txt`).
static PLACE_ENDINGS: WordSet = word_set!("../data/actors-place-endings.txt");

/// Whether the one word `lower` (lower case) ends as names of streets, squares and harbours do in Dutch,
/// German and the Nordic languages, two letters or more before the ending: "korenmarkt", "graslei",
/// "nyhavn", "alexanderplatz"; not "lei" alone.
pub fn place_ending(lower: &str) -> bool {
    lower
        .char_indices()
        .skip(2)
        .any(|(k, _)| PLACE_ENDINGS.contains(&lower[k..]))
}

/// Whether `lower` is the plural of a common noun for a place: "towns", "cities", "villages",
/// "volcanoes".
pub fn place_noun_plural(lower: &str) -> bool {
    match lower.strip_suffix("ies") {
        Some(stem) => PLACE_NOUNS.contains(&format!("{stem}y")),
        None => {
            PLACE_NOUNS.contains_plural(lower)
                || lower
                    .strip_suffix("es")
                    .is_some_and(|one| PLACE_NOUNS.contains(one))
        }
    }
}

/// Whether `lower`, before "of" and a single name, makes the name a place: a common noun for a place
/// ("the village of Brin") or "state" ("the state of Vellin"), which after "is a" is as often the
/// government ("a case in which the State presents") and so is no place noun by itself.
pub fn place_noun_of(lower: &str) -> bool {
    lower == "state" || PLACE_NOUNS.contains(lower)
}

/// The most names of a list [`place_noun_before`] looks back over.
const PLACE_LIST_BACK: usize = 4;

/// Whether a determiner and a common noun for a place, in the singular or the plural, come right before
/// the name at token `start` ("the river Main", "the village Djilapaor", "the villages Brin and Tarsby";
/// [`PLACE_BY_NOUN`]), or a plural one and "of" before a list that ends with it ("the towns of Brin and
/// Tarsby"): the name is that place's.
pub fn place_noun_before(doc: &Doc, lower: &[&str], start: usize) -> bool {
    if colon_list_of_places(doc, lower, start) {
        return true;
    }
    // Back over a list of names: "the villages Brin and [Tarsby]".
    let (k, back) = back_over_list(doc, lower, start, &["and", ","]);
    // "the cities of Cochabamba and [Santa Cruz]": a plural noun for places and "of" before a list.
    if back > 0 && k >= 2 && lower[k - 1] == "of" {
        let noun = lower[k - 2];
        let plural = PLACE_NOUNS.contains_plural(noun)
            || noun
                .strip_suffix("ies")
                .is_some_and(|one| PLACE_NOUNS.contains(&format!("{one}y")));
        return doc.word(k - 2).starts_with(char::is_lowercase) && plural;
    }
    if k < 2 || !matches!(lower[k - 2], "the" | "a" | "this" | "that") {
        return false;
    }
    let noun = lower[k - 1];
    doc.word(k - 1).starts_with(char::is_lowercase) && PLACE_NOUNS.contains_or_plural(noun)
}

/// Where a list of capitalised names ending with the one at token `start` begins, walking back over
/// `joins` ("and", ","), a few names at most (a long list would make the scans quadratic), and how
/// many names it stepped back over.
fn back_over_list(doc: &Doc, lower: &[&str], start: usize, joins: &[&str]) -> (usize, usize) {
    let mut k = start;
    let mut back = 0;
    while back < PLACE_LIST_BACK
        && k >= 2
        && joins.contains(&lower[k - 1])
        && doc.word(k - 2).starts_with(char::is_uppercase)
    {
        k -= 2;
        back += 1;
    }
    (k, back)
}

/// Nouns for the people or the parts of a place (`data/actors-residents-nouns.txt`).
static RESIDENTS_NOUNS: WordSet = word_set!("../data/actors-residents-nouns.txt");

/// Whether the name at token `start`, maybe the last of a short list, follows a noun in lower case for
/// the people who live in a place or for its parts, and "of": "residents of Avonside and Dallington",
/// "parts of Roscommon and Offaly", "the outskirts of Tarsby" ([`PLACE_OF_RESIDENTS`]).
pub fn residents_of_before(doc: &Doc, lower: &[&str], start: usize) -> bool {
    let (k, _) = back_over_list(doc, lower, start, &["and", "or", ","]);
    k >= 2
        && lower[k - 1] == "of"
        && doc.word(k - 2).starts_with(char::is_lowercase)
        && RESIDENTS_NOUNS.contains(lower[k - 2])
}

/// The most tokens of a list after a colon that [`colon_list_of_places`] looks back over.
const COLON_LIST_BACK: usize = 12;

/// Whether the name at token `start` stands in a list of capitalised names after a plural noun for
/// places and a colon: "three volcanoes: El Misti, Chachani and Pichu Pichu".
fn colon_list_of_places(doc: &Doc, lower: &[&str], start: usize) -> bool {
    let mut k = start;
    while k > 0
        && start - k < COLON_LIST_BACK
        && (matches!(lower[k - 1], "," | "and") || doc.word(k - 1).starts_with(char::is_uppercase))
    {
        k -= 1;
    }
    k >= 2
        && lower[k - 1] == ":"
        && doc.word(k - 2).starts_with(char::is_lowercase)
        && place_noun_plural(lower[k - 2])
}

/// Whether a lower-case noun for a product comes right before the name at token `start`, after a
/// determiner or a possessive and at most two lower-case words or nationalities ("its cholesterol drug
/// Lipitor", "the vaccine Gardasil", "Pfizer's drug Lipitor", "the Liberian-flagged tanker Star
/// Meridian"; [`PRODUCT_BY_NOUN`]), or before the name's apposition
/// with "the" ("a freighter, the Harbel Star", "the vessel, the 1998-built Marlene Aurora"): the name
/// is the product's.
pub fn product_noun_before(doc: &Doc, lower: &[&str], start: usize) -> bool {
    let start = apposed_with_the(doc, lower, start).unwrap_or(start);
    if start < 2
        || !doc.word(start - 1).starts_with(char::is_lowercase)
        || !PRODUCT_NOUNS.contains(lower[start - 1])
    {
        return false;
    }
    let mut k = start - 1;
    let mut words = 0;
    while words < 3 && start - k < 8 {
        if k == 0 {
            return false;
        }
        let before = lower[k - 1];
        if determiner(before) || matches!(before, "'s" | "’s") {
            return true;
        }
        let word = doc.word(k - 1);
        // "the Iranian dhow", "the Liberian-flagged tanker": a nationality or a flag before the noun.
        let national = LEXICON.place(word.split('-').next().unwrap_or(word)).is_some();
        let glued = word == "-" && !doc.tokens[k - 1].space_before;
        if !glued
            && (doc.tokens[k - 1].kind != TokenKind::Word
                || !(word.starts_with(char::is_lowercase) || national))
        {
            return false;
        }
        words += usize::from(!glued);
        k -= 1;
    }
    false
}

/// The comma of an apposition with "the" before the name at token `start`, maybe with a compound
/// modifier between ("the vessel, the 1998-built Marlene Aurora", "a freighter, the Harbel Star").
fn apposed_with_the(doc: &Doc, lower: &[&str], start: usize) -> Option<usize> {
    let mut k = start;
    // "1998-built", "Malta-flagged": glued words, the last in lower case.
    if k >= 3
        && doc.word(k - 2) == "-"
        && doc.word(k - 1).starts_with(char::is_lowercase)
        && !doc.tokens[k - 2].space_before
        && !doc.tokens[k - 1].space_before
    {
        k -= 3;
    }
    (k >= 3 && lower[k - 1] == "the" && lower[k - 2] == ",").then(|| k - 2)
}

/// Whether the capitalised word at token `i`, at the start of a sentence or an instruction, is an
/// imperative verb: an object follows it ("Wash the glasses", "Keep it dry"; [`IMPERATIVE_AT_START`]).
pub fn imperative(doc: &Doc, lower: &[&str], i: usize) -> bool {
    doc.tokens.get(i + 1).is_some_and(|t| t.kind == TokenKind::Word)
        && IMPERATIVE_OBJECTS.contains(lower[i + 1])
}

/// Whether a year alone in brackets follows the name ending at token `end`, as after the title of a
/// film, a book or a record, in a list or at the end of a clause ("Copper Rain (2005), then ...";
/// [`WORK_BY_YEAR`]); a span of years is a life, and a verb after the year makes a citation ("Lenz
/// Ortiz (2011) argues").
pub fn year_in_brackets(doc: &Doc, end: usize) -> bool {
    let year = doc.word(end + 1);
    doc.word(end) == "("
        && doc
            .tokens
            .get(end + 1)
            .is_some_and(|t| t.kind == TokenKind::Number)
        && year.len() == 4
        && year.starts_with(['1', '2'])
        && doc.word(end + 2) == ")"
        && matches!(doc.word(end + 3), "," | "." | ";" | "and" | "")
}

/// Whether a capitalised article stands right before the name starting at token `start` inside a
/// sentence, as in the title of a work ("starred in The Glass Orchard", "a role in A Quiet Field";
/// [`WORK_AFTER_CAPITAL_ARTICLE`]). Not at the start of a sentence, a line or a quotation.
pub fn capital_article_before(doc: &Doc, start: usize) -> bool {
    if start < 2 || !matches!(doc.word(start - 1), "The" | "A" | "An") {
        return false;
    }
    let article = &doc.tokens[start - 1];
    let before = &doc.tokens[start - 2];
    // "Elia Kazan (The Last Tycoon)", "Star Wars, The Walking Dead": a bracket or a comma in a list.
    let listed = matches!(doc.word(start - 2), "(" | ",");
    !article.line_start
        && !doc.is_sentence_start(start - 1)
        && (before.kind == TokenKind::Word && doc.word(start - 2).starts_with(char::is_lowercase) || listed)
}

/// Whether the name starting at token `start` follows a capitalised name's possessive ("Anna Berg's
/// Tidal Atlas", "Ada Lenz's Silent Harbour"; [`WORK_OF_AUTHOR`]).
/// The owner is a personal name: a given name, maybe more names, then the surname.
pub fn after_possessive_name(doc: &Doc, start: usize) -> bool {
    let cap = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.word(k).starts_with(char::is_uppercase);
    if start < 3 || !matches!(doc.word(start - 1), "'s" | "’s") || !cap(start - 2) {
        return false;
    }
    (3..=4)
        .take_while(|&back| start >= back && cap(start - back))
        .any(|back| LEXICON.given(doc.word(start - back)).is_some())
}

/// Who owns what a name names, by the word before it ([`WORK_OF_AUTHOR`]).
pub enum Owner {
    /// A possessive determiner: "his Dumky Trio", "our Shetland Sheepdog".
    Pronoun,
    /// One capitalised word in lower and upper case, with a possessive: "Warhol's Soup Cans".
    Name,
}

/// The owner before the name starting at token `start`, if a possessive stands there.
pub fn owner_before(doc: &Doc, lower: &[&str], start: usize) -> Option<Owner> {
    if start == 0 {
        return None;
    }
    if possessed(lower[start - 1]) {
        return Some(Owner::Pronoun);
    }
    let cap = |k: usize| doc.tokens[k].kind == TokenKind::Word && doc.word(k).starts_with(char::is_uppercase);
    let name = start >= 3
        && matches!(doc.word(start - 1), "'s" | "’s")
        && cap(start - 2)
        && !cap(start - 3)
        && doc.word(start - 2).chars().skip(1).all(|c| !c.is_uppercase())
        && !LEXICON.is_org_word_lower(lower[start - 2]);
    name.then_some(Owner::Name)
}

/// Whether the name from `start` to `end` opens a line as the label of an entry of a list or a guide:
/// a colon and a lower-case description after it ("Brisk: a quiet island with two beaches"), or a full
/// stop and more text on the same line ("Vellin Reserve. Open daily"; [`LABEL_OF_ENTRY`]). A speaker's
/// name before a colon opens a capitalised sentence ("Anna: We left"), a link no description.
pub fn entry_label(doc: &Doc, start: usize, end: usize) -> bool {
    let opens_line = doc.tokens.get(start).is_some_and(|t| t.line_start);
    let next = doc.tokens.get(end + 1);
    let described = doc.word(end) == ":"
        && next.is_some_and(|t| t.kind == TokenKind::Word && !t.line_start)
        && doc.word(end + 1).starts_with(char::is_lowercase)
        && doc.word(end + 2) != ":";
    let stop = doc.word(end) == "." && next.is_some_and(|t| !t.line_start);
    opens_line && (described || stop)
}

/// Whether a preposition of place, maybe with "the", comes right before the name starting at token
/// `start` ("in Vellin Heath", "across the Tarsby Plateau"; [`PLACE_BY_PREPOSITION`]); "at", "from" and
/// "with" also come before companies and are left out, and so is "in" after a word of holding ("shares
/// in").
pub fn place_preposition_before(doc: &Doc, lower: &[&str], start: usize) -> bool {
    let mut k = start;
    if k > 0 && lower[k - 1] == "the" {
        k -= 1;
    }
    if k == 0 || doc.tokens[k - 1].kind != TokenKind::Word {
        return false;
    }
    let prev = lower[k - 1];
    let holding = prev == "in" && k >= 2 && holding_word(lower[k - 2]);
    matches!(
        prev,
        "in" | "near"
            | "outside"
            | "across"
            | "throughout"
            | "around"
            | "into"
            | "via"
            | "toward"
            | "towards"
    ) && !holding
}

/// Words of a clause that no name in capitals holds: pronouns, auxiliaries, negation.
const CLAUSE_WORDS: &[&str] = &[
    "am", "are", "but", "do", "does", "don't", "ever", "is", "it", "like", "me", "my", "never", "not", "n't",
    "so", "that", "them", "they", "we", "were", "you", "your",
];

/// Whether a run in capitals is a shouted clause rather than a name: two words or more, one of them a
/// pronoun, an auxiliary or a negation ("NEVER LOCK THE GARDEN GATE", "MY OLD BIKE";
/// [`SHOUTED_CLAUSE`]).
pub fn shouted_clause(words: &[&str]) -> bool {
    words.len() >= 2
        && words.iter().all(|w| !w.chars().any(char::is_lowercase))
        && words
            .iter()
            .any(|w| CLAUSE_WORDS.contains(&w.to_lowercase().as_str()))
}

/// The fewest words in capitals that make a sentence shouted ([`shouted_sentences`]).
const SHOUTED_WORDS: usize = 5;

/// Whether each sentence of `doc` is written mostly in capitals ([`SHOUTED_SENTENCE`]): five words of
/// two letters or more in capitals at least, and two in three of its words of two letters or more.
/// Its capitals are the writer's voice, not names.
pub fn shouted_sentences(doc: &Doc) -> Vec<bool> {
    doc.sentences
        .iter()
        .map(|s| {
            let (mut words, mut caps) = (0, 0);
            for t in &doc.tokens[s.tokens.clone()] {
                if t.kind != TokenKind::Word {
                    continue;
                }
                let w = doc.token_text(t);
                // Most words start in lower case: counted without a look at their letters.
                if w.len() >= 2 && w.as_bytes()[0].is_ascii_lowercase() {
                    words += 1;
                    continue;
                }
                if w.chars().filter(|c| c.is_alphabetic()).count() < 2 {
                    continue;
                }
                words += 1;
                caps += usize::from(is_all_caps(w));
            }
            caps >= SHOUTED_WORDS && caps * 3 >= words * 2
        })
        .collect()
}

/// Endings of abstract nouns: doctrines, qualities and fields of study ([`ABSTRACT_NOUN`]).
const ABSTRACT_ENDINGS: &[&str] = &["ism", "ity", "ness", "ics"];

/// Whether a capitalised word of seven letters or more is an abstract noun by its ending
/// ("Structuralism", "Morality", "Linguistics"), which names a doctrine, a quality or a field, no actor.
pub fn abstract_noun(word: &str) -> bool {
    word.len() >= 7
        && word.starts_with(|c: char| c.is_uppercase())
        && word.chars().skip(1).all(char::is_lowercase)
        && ABSTRACT_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// Whether a word (lower case) is an adverb made from a common adjective with "-ly" ("honestly",
/// "badly", "officially", "happily", "probably", "basically", "fully"; [`ADVERB_OF_ADJECTIVE`]).
pub fn adverb(word: &str) -> bool {
    let Some(stem) = word.strip_suffix("ly").filter(|s| s.len() >= 3) else {
        return false;
    };
    let ily = stem.strip_suffix('i').map(|s| format!("{s}y"));
    let ble =
        (stem.ends_with("b") || stem.ends_with("t") || stem.ends_with("p")).then(|| format!("{stem}le"));
    let ically = stem.strip_suffix("ical").map(|s| format!("{s}ic"));
    let full = stem.ends_with('l').then(|| format!("{stem}l"));
    adjective(stem)
        || [ily, ble, ically, full]
            .into_iter()
            .flatten()
            .any(|s| adjective(&s))
}

/// Common English adjectives (`data/language-english-adjectives.txt`).
static ADJECTIVES: WordSet = word_set!("../data/language-english-adjectives.txt");

/// Whether a word (lower case) is a common English adjective ("natural", "supreme", "living").
pub fn adjective(word: &str) -> bool {
    ADJECTIVES.contains(word)
}

/// Whether the single word at `start`, with an adjective's ending ("Islamist", "Catholic",
/// "Christian"), is joined by "and" or "or" to an adjective in lower case before a noun: "Islamist and
/// tribal opposition groups", "Catholic and evangelical churches" ([`COORDINATED_ADJECTIVE`]).
pub fn coordinated_adjective(doc: &Doc, lower: &[&str], start: usize) -> bool {
    const ENDINGS: [&str; 8] = ["ist", "ic", "ian", "an", "al", "ish", "ese", "ite"];
    let end = start + 1;
    let adjectival = |w: &str| ADJECTIVES.contains(w) || ENDINGS.iter().any(|e| w.ends_with(e));
    let lower_word = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && doc.word(k).starts_with(|c: char| c.is_ascii_lowercase())
    };
    ENDINGS.iter().any(|e| lower[start].ends_with(e))
        && LEXICON.given(doc.word(start)).is_none()
        && matches!(lower.get(end), Some(&("and" | "or")))
        && lower_word(end + 1)
        && adjectival(lower[end + 1])
        && lower_word(end + 2)
        && !LEXICON.is_stop(lower[end + 2])
        && crate::analysis::quotes::verb_lemma(lower[end + 2]).is_none()
}

/// Common English nouns (`data/language-english-common-nouns.txt`).
static COMMON_NOUNS: WordSet = word_set!("../data/language-english-common-nouns.txt");

/// Whether `word`, in lower case and ending in "s", is a common noun as it stands, no plural ("chaos",
/// "news", "series").
pub fn is_common_word_in_s(word: &str) -> bool {
    COMMON_NOUNS.contains(word)
}

/// Whether a word (lower case) is a common English noun or its plural ("trial", "witches", "stories"):
/// written alone with a capital, a title word or a common noun capitalised ([`COMMON_NOUN`]).
pub fn common_noun(word: &str) -> bool {
    // "Gass" is no plural of "gas".
    let plural = word.ends_with('s') && !word.ends_with("ss");
    COMMON_NOUNS.contains(word)
        || plural
            && word
                .strip_suffix('s')
                .is_some_and(|one| COMMON_NOUNS.contains(one))
        || plural
            && word
                .strip_suffix("es")
                .is_some_and(|one| COMMON_NOUNS.contains(one))
        || word
            .strip_suffix("ies")
            .is_some_and(|one| COMMON_NOUNS.contains(&format!("{one}y")))
}

/// Whether the one word from token `start` to `end` is the system or the code of a bracketed code
/// entry, "(" system ":" code ")" ("(IATA: PHX)", "(ICAO: KPHX)"; [`CODE_IN_BRACKETS`]): a label and a
/// value, neither of them an actor. The system is in capitals, the code two to six letters or digits.
pub fn code_entry(doc: &Doc, start: usize, end: usize) -> bool {
    let word = |i: usize| if i < doc.tokens.len() { doc.word(i) } else { "" };
    let system = |i: usize| {
        let w = word(i);
        (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_uppercase())
    };
    let code = |i: usize| {
        let w = word(i);
        (2..=6).contains(&w.len()) && w.chars().all(|c| c.is_ascii_alphanumeric())
    };
    if end != start + 1 || start == 0 {
        return false;
    }
    let as_system = word(start - 1) == "("
        && system(start)
        && word(start + 1) == ":"
        && code(start + 2)
        && word(start + 3) == ")";
    let as_code = start >= 3
        && word(start - 3) == "("
        && system(start - 2)
        && word(start - 1) == ":"
        && code(start)
        && word(start + 1) == ")";
    as_system || as_code
}

/// Nouns for animals people keep (`data/actors-animal-nouns.txt`).
static ANIMAL_NOUNS: WordSet = word_set!("../data/actors-animal-nouns.txt");

/// The most words between a name and the animal noun of its apposition ("our [golden] retriever").
const ANIMAL_GAP: usize = 4;

/// Whether the name from token `start` to `end` is an animal's ([`ANIMAL_NAME`]): in apposition to an
/// animal noun after it ("Sonia, our golden retriever, ..."; a determiner, then at most three words, all
/// lower case but the noun's own breed words), or in a list right after one ("their four dogs, Marbles,
/// Kermit and Bunny", "our cat Tibbles").
pub fn animal_name(doc: &Doc, lower: &[&str], start: usize, end: usize) -> bool {
    let n = doc.tokens.len();
    // After: ", our golden retriever".
    if end + 2 < n
        && lower[end] == ","
        && matches!(
            lower[end + 1],
            "our" | "my" | "his" | "her" | "their" | "the" | "a" | "an"
        )
    {
        let to = (end + 2 + ANIMAL_GAP).min(n);
        for (t, word) in doc.tokens[end + 2..to].iter().zip(&lower[end + 2..to]) {
            if t.kind != TokenKind::Word {
                break;
            }
            if ANIMAL_NOUNS.contains(word) {
                return true;
            }
        }
    }
    // Before: "dogs, Marbles, Kermit and Bunny", "our cat Tibbles": back over the list to the noun.
    let mut k = start;
    let mut steps = 0;
    while k > 0 && steps < 3 * ANIMAL_GAP {
        k -= 1;
        steps += 1;
        let w = lower[k];
        if ANIMAL_NOUNS.contains(w) {
            return true;
        }
        let list_word = matches!(w, "," | "and")
            || doc.tokens[k].kind == TokenKind::Word && doc.word(k).starts_with(char::is_uppercase);
        if !list_word {
            return false;
        }
    }
    false
}

/// Compass directions (`data/actors-direction-words.txt`).
static DIRECTION_WORDS: WordSet = word_set!("../data/actors-direction-words.txt");

/// Whether `lower` is a compass direction: "west", "north-east".
pub fn direction_word(lower: &str) -> bool {
    DIRECTION_WORDS.contains(lower)
}

/// Whether a compass direction and "of", maybe with "the", come right before the name starting at token
/// `start` ("just west of Brisk", "north-east of the Vellins"; [`PLACE_BY_DIRECTION`]): what lies
/// east or west of something is a place.
pub fn direction_before(lower: &[&str], start: usize) -> bool {
    let mut k = start;
    if k > 0 && lower[k - 1] == "the" {
        k -= 1;
    }
    k >= 2 && lower[k - 1] == "of" && DIRECTION_WORDS.contains(lower[k - 2])
}

/// Whether a lower-case word is a compass adjective: a direction with "-ern" ("southeastern",
/// "midwestern").
pub fn compass_adjective(lower: &str) -> bool {
    lower
        .strip_suffix("ern")
        .is_some_and(|d| DIRECTION_WORDS.contains(d) || d == "midwest")
}

/// Whether a compass adjective written in lower case comes right before the name at token `start`
/// ("across western Valais", "in north-eastern Kasungu"; [`PLACE_BY_DIRECTION`]): a region of a place.
/// The adjective is a direction with "-ern" ("western", "northeastern"), or one of lying beside
/// ("neighbouring Sorsogon", "nearby Kankara").
pub fn compass_adjective_before(doc: &Doc, lower: &[&str], start: usize) -> bool {
    start > 0
        && doc.word(start - 1).starts_with(char::is_lowercase)
        && (lower[start - 1]
            .strip_suffix("ern")
            .is_some_and(|d| DIRECTION_WORDS.contains(d))
            || matches!(lower[start - 1], "neighbouring" | "neighboring" | "nearby"))
}

/// Words of travel and transport (`data/actors-route-words.txt`).
static ROUTE_WORDS: WordSet = word_set!("../data/actors-route-words.txt");

/// Whether the name from token `start` to `end` ends or starts a route: "to" (maybe with "the") right
/// before it, or "from" before it and "to" after it, and a word of travel or transport among the five
/// words before that, in the same sentence ("the bus from the station to Vellin", "ferries from Brisk to
/// Vellin"; [`PLACE_BY_ROUTE`]).
pub fn route_before(doc: &Doc, lower: &[&str], start: usize, end: usize) -> bool {
    if route_between(doc, lower, start, end) || route_by_dash(doc, lower, start, end) {
        return true;
    }
    let mut k = start;
    if k > 0 && lower[k - 1] == "the" {
        k -= 1;
    }
    // "from Brisk" alone is an origin, which companies have too ("moved from Orbix"); "from Brisk to
    // Vellin" is a route.
    // The other end: "to" after "from" and one to three capitalised words.
    let opener = if k > 0 && lower[k - 1] == "to" {
        opened_by(doc, lower, k, "from")
    } else {
        None
    };
    let from_to = lower[k.saturating_sub(1)] == "from" && lower.get(end) == Some(&"to") || opener.is_some();
    if k == 0 || !(lower[k - 1] == "to" || from_to) {
        return false;
    }
    // "moved south to Vellin", "headed north-east to Brisk": a compass direction before "to".
    if lower[k - 1] == "to" && k >= 2 && DIRECTION_WORDS.contains(lower[k - 2]) {
        return true;
    }
    let sentence = doc.tokens[start].sentence;
    // "in villages from Gros Islet to Vieux Fort": a plural noun for places spans the range too.
    // The travel word stands before the range's "from" when there is one ("a bus from the airport to
    // Hadibo and from Hadibo to Qalansia").
    let anchor = opener.unwrap_or(k - 1);
    (anchor.saturating_sub(8)..anchor).any(|j| {
        doc.tokens[j].sentence == sentence
            && (ROUTE_WORDS.contains(lower[j]) || from_to && place_noun_plural(lower[j]))
    })
}

/// Whether the name from token `start` to `end` stands where places stand, for one word and for several
/// alike: at either end of a route or a journey ("the bus to Brisk", "Koper (30 minutes)", "From Vlorë
/// there are ..."), after a verb of lying somewhere or of going there, a determiner and a noun for a
/// place ("the river Main"), or a compass adjective ("across western Valais").
pub fn stands_where_places_do(doc: &Doc, lower: &[&str], start: usize, end: usize) -> bool {
    route_before(doc, lower, start, end)
        || journey_in_brackets(doc, lower, end)
        || fronted_origin(doc, lower, start, end)
        || location_verb_before(lower, start)
        || motion_verb_before(lower, start)
        || place_noun_before(doc, lower, start)
        || compass_adjective_before(doc, lower, start)
}

/// Whether a journey's length in brackets follows the name that ends before token `end` ("Koper (30
/// minutes)", "Dalcahue (40 min)", "Ljubljana (2½ hours, several daily)", "Tarsby (15 km)"): a number and a
/// unit of time no longer than hours, or of distance, open the brackets; a place one travels to
/// ([`PLACE_BY_ROUTE`]).
pub fn journey_in_brackets(doc: &Doc, lower: &[&str], end: usize) -> bool {
    let number = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number)
            || doc.word(k).starts_with(|c: char| c.is_ascii_digit())
    };
    let unit = |k: usize| {
        matches!(
            lower.get(k).copied(),
            Some(
                "minutes"
                    | "minute"
                    | "min"
                    | "mins"
                    | "hours"
                    | "hour"
                    | "hr"
                    | "hrs"
                    | "h"
                    | "km"
                    | "kilometres"
                    | "kilometers"
                    | "miles"
                    | "mi"
            )
        )
    };
    lower.get(end) == Some(&"(")
        && (number(end + 1) && unit(end + 2)
            // "(about 40 minutes)", "(2-3 hours)"
            || matches!(lower.get(end + 1).copied(), Some("about" | "around" | "approx" | "c"))
                && number(end + 2)
                && unit(end + 3)
            || number(end + 1) && lower.get(end + 2) == Some(&"-") && number(end + 3) && unit(end + 4))
}

/// Whether the name at token `start` follows "From" that opens its sentence and comes before "there" or a
/// preposition of place and another name ("From Vlorë there are six departures a day", "From Spodsbjerg on
/// Langeland there is a ferry"): where a journey starts ([`PLACE_BY_ROUTE`]).
pub fn fronted_origin(doc: &Doc, lower: &[&str], start: usize, end: usize) -> bool {
    let opens = start >= 1 && lower[start - 1] == "from" && doc.is_sentence_start(start - 1);
    let capital = |k: usize| doc.word(k).starts_with(char::is_uppercase);
    opens
        && (lower.get(end) == Some(&"there")
            || matches!(lower.get(end).copied(), Some("on" | "in")) && capital(end + 1))
}

/// Whether the name from token `start` to `end` is one end of a stretch "between" two names after a word
/// of a route ("a motorway stretch between Mateševo and Andrijevica", "flights between Brisk and
/// Vellin"; not "talks between Orbix and Tarsk").
fn route_between(doc: &Doc, lower: &[&str], start: usize, end: usize) -> bool {
    let sentence = doc.tokens[start].sentence;
    let between = if start > 0 && lower[start - 1] == "between" && lower.get(end) == Some(&"and") {
        Some(start - 1)
    } else if start > 0 && lower[start - 1] == "and" {
        // The second end: "between" and one to three capitalised words before "and".
        opened_by(doc, lower, start, "between")
    } else {
        None
    };
    between.is_some_and(|b| {
        (b.saturating_sub(6)..b).any(|j| doc.tokens[j].sentence == sentence && ROUTE_WORDS.contains(lower[j]))
    })
}

/// The token of `opener` before the first of two names joined by a word right before token `second`,
/// the first one to three capitalised words: "from" in "from Gros Islet to Vieux Fort", "between" in
/// "between Mateševo and Andrijevica".
fn opened_by(doc: &Doc, lower: &[&str], second: usize, opener: &str) -> Option<usize> {
    (second.saturating_sub(5)..second.checked_sub(2)?)
        .rev()
        .find(|&j| lower[j] == opener)
        .filter(|&j| (j + 1..second - 1).all(|c| doc.word(c).starts_with(char::is_uppercase)))
}

/// Whether the name from token `start` to `end` is one of two joined by a dash before a word of a route
/// ("the Bar–Boljare motorway", "the Vellin-Brisk road").
fn route_by_dash(doc: &Doc, lower: &[&str], start: usize, end: usize) -> bool {
    let dash = |k: usize| matches!(lower.get(k).copied(), Some("–" | "-" | "—"));
    let capital = |k: usize| doc.word(k).starts_with(char::is_uppercase);
    let route = |k: usize| lower.get(k).is_some_and(|w| ROUTE_WORDS.contains(w));
    // The first end: a dash, a capitalised word, the route word.
    dash(end) && capital(end + 1) && route(end + 2)
        // The second: a capitalised word and a dash before it.
        || start >= 2 && dash(start - 1) && capital(start - 2) && route(end)
}

/// Whether the name from token `start` to `end` is a meeting held, not a body that meets
/// ([`MEETING_HELD`]): it ends in "Conference", "Forum", "Symposium" or "Expo", and a year or an
/// ordinal stands right before or after it ("the 2020 Review Conference", "the Tarsby Forum 2019", "the
/// 2nd Tarsby Forum"), or a word of attending or hosting before it ("at", "to", "during", "attended", "hosted":
/// "a keynote at the Orbix Developers Conference"). "The Episcopal Conference said" is a body.
pub fn meeting_held(doc: &Doc, lower: &[&str], start: usize, end: usize) -> bool {
    if end <= start || !matches!(lower[end - 1], "conference" | "forum" | "symposium" | "expo") {
        return false;
    }
    let dated = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number) && {
            let w = doc.word(k);
            w.len() == 4 && w.starts_with(['1', '2']) || crate::analysis::timex::ordinal_of(w).is_some()
        }
    };
    let mut k = start;
    if k > 0 && dated(k - 1) {
        return true;
    }
    if k > 0 && lower[k - 1] == "the" {
        k -= 1;
    }
    let attended = k > 0
        && matches!(
            lower[k - 1],
            "at" | "to"
                | "during"
                | "attend"
                | "attended"
                | "attending"
                | "attends"
                | "host"
                | "hosted"
                | "hosting"
                | "hosts"
        );
    attended || dated(end)
}

/// Verbs of going or sending somewhere in the past (`data/actors-motion-verbs.txt`).
static MOTION_VERBS: WordSet = word_set!("../data/actors-motion-verbs.txt");

/// Whether the name starting at token `start` follows a verb of going somewhere and "to", "from" or
/// "into", maybe with "the" ("spread to Brisk", "fled from the Vellin", "had never been to Brisk";
/// [`PLACE_BY_LOCATION_VERB`]), maybe with "back" or a pronoun for whom the verb moves between ("been
/// back to Brisk", "flew them to Brisk").
pub fn motion_verb_before(lower: &[&str], start: usize) -> bool {
    let mut k = start;
    if k > 0 && lower[k - 1] == "the" {
        k -= 1;
    }
    if k < 2 || !matches!(lower[k - 1], "to" | "from" | "into") {
        return false;
    }
    let mut v = k - 2;
    if v > 0 && matches!(lower[v], "back" | "me" | "him" | "her" | "us" | "them") {
        v -= 1;
    }
    MOTION_VERBS.contains(lower[v])
}

/// Whether the name starting at token `start` follows a legislator's noun and "for", the seat held:
/// "the member for Douglas Central", "the MP for Hakupu" ([`CONSTITUENCY_OF_MEMBER`]).
pub fn constituency_before(lower: &[&str], start: usize) -> bool {
    start >= 2
        && lower[start - 1] == "for"
        && matches!(
            lower[start - 2],
            "member" | "mp" | "mla" | "mpp" | "msp" | "mhk" | "td" | "mep"
        )
}

/// Participles of lying or resting somewhere (`data/actors-location-verbs.txt`).
static LOCATION_VERBS: WordSet = word_set!("../data/actors-location-verbs.txt");

/// Whether the name starting at token `start` follows a participle of lying or resting somewhere and
/// "at", "in", "near" or "on", maybe with "the" ("located at Brisk", "buried in the Vellin";
/// [`PLACE_BY_LOCATION_VERB`]).
pub fn location_verb_before(lower: &[&str], start: usize) -> bool {
    let mut k = start;
    if k > 0 && lower[k - 1] == "the" {
        k -= 1;
    }
    k >= 2 && matches!(lower[k - 1], "at" | "in" | "near" | "on") && LOCATION_VERBS.contains(lower[k - 2])
}

/// Whether the word `start..end` is glued to a dollar sign or another currency's sign, a currency's
/// mark: "NZ$500,000", "HK$ 3 million", "EC$540 million" (no mention of a body whose acronym it is),
/// "GH¢100".
pub fn currency_mark(doc: &Doc, start: usize, end: usize) -> bool {
    end == start + 1
        && matches!(
            doc.word(end),
            "$" | "¢" | "₵" | "£" | "€" | "¥" | "₦" | "₹" | "₱" | "₩" | "₺" | "₴" | "₽"
        )
        && doc.tokens.get(end).is_some_and(|t| !t.space_before)
        && doc.word(start).chars().count() <= 3
}

/// A street's word or its abbreviation in another language, as written: "Str", "Calle", "Rua".
pub fn street_word(word: &str) -> bool {
    matches!(
        word,
        "Str" | "Calle" | "Rua" | "Rue" | "Avenida" | "Avda" | "Av" | "ul" | "Ulica" | "Strada" | "Carrer"
    )
}

/// Weekdays in two or three letters, as timetables write them.
const WEEKDAY_SHORT: &[&str] = &[
    "Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "Mon", "Tue", "Tues", "Wed", "Thu", "Thur", "Thurs", "Fri",
    "Sat", "Sun",
];

/// Whether the single word from `start` to `end` is a weekday in two letters in a guide's opening hours
/// or timetable, before a time or in a range or a list of days: "Th 10:00–20:00", "Tu-Su 10:00-18:00",
/// "Tu, Th, F, Su, departing 19:45"; or a range of days or months written as one word ("Mon-Fri",
/// "June-September").
pub fn opening_day(doc: &Doc, start: usize, end: usize) -> bool {
    // "Mon-Fri", "Tu-Su", "June-September", "Monday–Friday": a range of days or months in one word.
    let span_word = |w: &str| {
        WEEKDAY_SHORT.contains(&w) || {
            let l = w.to_lowercase();
            LEXICON.is_month(&l) || crate::analysis::timex::weekday_of(&l).is_some()
        }
    };
    let range = doc
        .word(start)
        .split_once(['-', '–'])
        .is_some_and(|(a, b)| span_word(a) && span_word(b));
    if end == start + 1 && range {
        return true;
    }
    // A weekday in two letters.
    let day = |k: usize| doc.word(k).len() == 2 && WEEKDAY_SHORT.contains(&doc.word(k));
    let neighbour = |k: usize| day(k) || matches!(doc.word(k), "M" | "W" | "F");
    let joint = |k: usize| matches!(doc.word(k), "-" | "–" | ",");
    end == start + 1
        && day(start)
        && (doc.tokens.get(end).is_some_and(|t| t.kind == TokenKind::Number)
            || joint(end) && neighbour(end + 1)
            || start >= 2 && joint(start - 1) && neighbour(start - 2))
}

/// Whether the single word from `start` to `end`, a capital and one or two lower-case letters, stands
/// right before an amount, with its period or not: a currency's abbreviation ("Rs 1,200", "Rp 218
/// billion", "Ksh. 500"), no name; not a title ("Mr", "St") nor a month ("Jan 5").
pub fn currency_before_number(doc: &Doc, start: usize, end: usize) -> bool {
    let w = doc.word(start);
    let mut chars = w.chars();
    let shape = end == start + 1
        && (2..=3).contains(&w.len())
        && chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_lowercase());
    let amount = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    if !shape || !(amount(end) || doc.word(end) == "." && amount(end + 1)) {
        return false;
    }
    let lower = w.to_lowercase();
    LEXICON.title(&lower).is_none() && !LEXICON.is_month(&lower)
}

/// Whether the single word from `start` to `end`, of at most three letters, follows an amount that is
/// no year and ends a phrase ("150 Kr at the office", "2500-4600 Kr.", "20 DKK a day"; [`UNIT_AFTER_NUMBER`]):
/// a currency or a unit, not a name ("In 1987 USI said"); or names the scale of an amount of degrees
/// ("47 degrees Celsius", "minus 36 Fahrenheit"); or is glued to a dollar sign, a currency's mark
/// ("NZ$500,000").
pub fn unit_after_number(doc: &Doc, start: usize, end: usize) -> bool {
    let scale = start >= 2
        && end == start + 1
        && matches!(doc.word(start - 1), "degrees" | "degree")
        && doc.tokens[start - 2].kind == TokenKind::Number;
    // "(minus 36 Fahrenheit)": a temperature's scale right after its amount.
    let bare_scale = start >= 1
        && end == start + 1
        && matches!(
            doc.word(start),
            "Celsius" | "Fahrenheit" | "Centigrade" | "Kelvin"
        )
        && doc.tokens[start - 1].kind == TokenKind::Number;
    if scale || bare_scale {
        return true;
    }
    if currency_mark(doc, start, end) {
        return true;
    }
    let amount = doc.word(start.wrapping_sub(1));
    let year = amount.len() == 4 && amount.starts_with(['1', '2']);
    let ends = doc
        .tokens
        .get(end)
        .is_none_or(|t| t.kind != TokenKind::Word || doc.word(end).starts_with(char::is_lowercase));
    start > 0
        && end == start + 1
        && doc.tokens[start - 1].kind == TokenKind::Number
        && !year
        && doc.word(start).chars().count() <= 3
        && ends
}

/// Whether `word` is an acronym of two capitals or more with a plural "s": "DVDs", "LEDs"
/// ([`ACRONYM_IN_PLURAL`]).
pub fn acronym_in_plural(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.chars().count() >= 2 && stem.chars().all(|c| c.is_ascii_uppercase()))
}

/// Whether `word` is one capital letter joined by a hyphen to a lower-case word, a term rather than a
/// name: "X-ray", "K-band", "U-turn" ([`LETTER_TERM`]).
pub fn letter_term(word: &str) -> bool {
    let mut parts = word.splitn(2, '-');
    let (Some(letter), Some(rest)) = (parts.next(), parts.next()) else {
        return false;
    };
    letter.chars().count() == 1
        && letter.chars().all(|c| c.is_uppercase())
        && rest.chars().count() >= 2
        && rest.chars().all(|c| c.is_lowercase())
}

/// Drops the clusters that no evidence shows to be an actor and that one mention in three or more places
/// where things and places stand ([`THING_BY_CONTEXT`]), and returns their mentions, the candidates'
/// indices ([`drop_list_mates`]). Runs before the pronouns are weighed: "it" after a town is no evidence, and
/// "he" after a place rarely follows.
pub fn drop_things(doc: &Doc, cands: &[Candidate], clusters: &mut [Cluster]) -> Vec<usize> {
    let mut dropped = Vec::new();
    for cl in clusters.iter_mut() {
        // A public figure's surname is that person wherever it stands ("Take, say, Obama").
        if named_as_public_figure(doc, cands, cl) {
            continue;
        }
        // Said once to be a place or a thing: that decides, also over a given name that is all there
        // is for a person ("York is a small city" beside "York Minster"; [`PLACE_OVER_GIVEN_NAME`]).
        let said = cl.things > 0;
        // "across New South Wales, Victoria and South Australia ... In Victoria, the premier": a given
        // name that is also a place's, every mention of it where places stand, is the place.
        let placed_place = cl.doubts as usize == cl.members.len()
            && cl.members.iter().all(|&m| {
                let c = &cands[m];
                c.words.len() == 1 && LEXICON.place_lower(&c.words[0]).is_some()
            });
        let given_only = said || placed_place;
        let no_evidence = cl.group <= 0 && (!cl.given || given_only) && !cl.courtesy;
        let plain = cl.members.iter().all(|&m| {
            let c = &cands[m];
            without_evidence(c) || given_only && only_given_name(c) || cl.defined && only_context(doc, c)
        });
        // One mention in three at least: a single "in Tulsa" among many acting mentions is a figure of speech.
        let placed = cl.doubts > 0 && cl.doubts as usize * 3 >= cl.members.len();
        let placed = placed || said;
        if no_evidence && plain && placed {
            dropped.extend_from_slice(&cl.members);
            cl.members.clear();
        }
    }
    dropped
}

/// Drops the clusters with no evidence of an actor that stand in a list beside a mention [`drop_things`]
/// dropped as a place or a thing, joined to it by a comma, "and" or "or" ("Bus 1 connects Piran,
/// Portorož and Lucija" after "Piran (Italian: Pirano) is a small town"; [`PLACE_IN_LIST`]): a list
/// holds one kind. `dropped` holds the dropped mentions, the candidates' indices; the pass repeats as a
/// list's items fall in turn, a few times at most.
pub fn drop_list_mates(
    doc: &Doc,
    lower: &[&str],
    cands: &[Candidate],
    clusters: &mut [Cluster],
    dropped: Vec<usize>,
) {
    // What stands between two items: ",", "and", "or", ", and", ", or".
    let joins = |a: usize, b: usize| match b.checked_sub(a) {
        Some(1) => matches!(lower[a], "," | "and" | "or"),
        Some(2) => lower[a] == "," && matches!(lower[a + 1], "and" | "or"),
        _ => false,
    };
    let tokens = |c: &Candidate| {
        (
            doc.token_at_or_after(c.span.start),
            doc.token_at_or_after(c.span.end),
        )
    };
    // A name said to be a place or a thing, or before a journey's length, that no cluster took ("for
    // Dalcahue (40 minutes)") is a place's item too.
    let mut live = vec![false; cands.len()];
    for cl in clusters.iter() {
        for &m in &cl.members {
            live[m] = true;
        }
    }
    let unclustered = (0..cands.len()).filter(|&m| {
        let c = &cands[m];
        !live[m] && (c.defined || c.place && journey_in_brackets(doc, lower, tokens(c).1))
    });
    let mut items: Vec<usize> = dropped.into_iter().chain(unclustered).collect();
    if items.is_empty() {
        return;
    }
    // Each candidate's tokens, found once.
    let spans: Vec<(usize, usize)> = cands.iter().map(tokens).collect();
    let (mut ends, mut starts) = (HashSet::new(), HashSet::new());
    for _ in 0..3 {
        for &m in &items {
            let (s, e) = spans[m];
            starts.insert(s);
            ends.insert(e);
            // "Dalcahue (40 minutes), Chonchi and Cucao": an aside in brackets may close an item.
            if lower.get(e) == Some(&"(") {
                if let Some(close) = (e + 1..(e + 8).min(lower.len())).find(|&k| lower[k] == ")") {
                    ends.insert(close + 1);
                }
            }
        }
        items.clear();
        for cl in clusters.iter_mut() {
            if cl.members.is_empty() || cl.group > 0 || cl.given || cl.courtesy {
                continue;
            }
            let plain = cl.members.iter().all(|&m| without_evidence(&cands[m]));
            let beside = |m: usize| {
                let (s, e) = spans[m];
                // "With his cousin Feng Yunshan, Hong built": a comma and a verb after the name make it the
                // subject of a clause after a fronted phrase, no list's item.
                let subject = lower.get(e).is_some_and(|w| {
                    doc.word(e).starts_with(char::is_lowercase) && !matches!(*w, "and" | "or")
                });
                (1..=2).any(|gap| s >= gap && ends.contains(&(s - gap)) && joins(s - gap, s) && !subject)
                    || (1..=2).any(|gap| starts.contains(&(e + gap)) && joins(e, e + gap))
            };
            // One mention in three at least, as for the places that [`drop_things`] drops.
            let listed = cl.members.iter().filter(|&&m| beside(m)).count();
            if plain && listed > 0 && listed * 3 >= cl.members.len() {
                items.append(&mut cl.members);
            }
        }
        if items.is_empty() {
            break;
        }
    }
}

/// Whether the name of `span` is said to be a language: "language(s)" or "dialect(s)" right after it
/// ("the Oskan language", "Jóola languages"), or "speakers of", "language of" or "dialect of" before it
/// ("speakers of Oskan").
fn named_as_language(doc: &Doc, lower: &[&str], span: crate::analysis::span::Span) -> bool {
    let next = doc.token_at_or_after(span.end);
    let after = doc
        .tokens
        .get(next)
        .is_some_and(|t| t.space_before && t.kind == TokenKind::Word)
        && matches!(lower[next], "language" | "languages" | "dialect" | "dialects");
    let mut k = doc.token_at_or_after(span.start);
    if k > 0 && lower[k - 1] == "the" {
        k -= 1;
    }
    let before =
        k >= 2 && lower[k - 1] == "of" && matches!(lower[k - 2], "speakers" | "language" | "dialect");
    after || before
}

/// Drops the clusters one of whose mentions is said to be a language ([`LANGUAGE_NAME`]): "the Oskan
/// language", "speakers of Oskan". A known organisation, a title or a role, a given name, a possessive or
/// a verb of speech after a mention ("Oskan said") keeps the cluster. Unlike [`drop_things`], headings
/// in capitals and short forms in brackets do not keep it: they name the language too.
pub fn drop_languages(doc: &Doc, lower: &[&str], cands: &[Candidate], clusters: &mut [Cluster]) {
    for cl in clusters.iter_mut() {
        if !cl
            .members
            .iter()
            .any(|&m| named_as_language(doc, lower, cands[m].span))
        {
            continue;
        }
        let actor = cl.members.iter().any(|&m| {
            let c = &cands[m];
            !c.roles.is_empty()
                || c.courtesy
                || c.given
                || super::names::known_rule(c.rule)
                || acts_at(doc, lower, doc.token_at_or_after(c.span.end))
        });
        if !actor {
            cl.members.clear();
        }
    }
}

/// Whether token `next`, right after a name, shows the name acting or owning: a possessive ("ZPL's
/// chairman") or a verb of speech ("ZPL said").
pub fn acts_at(doc: &Doc, lower: &[&str], next: usize) -> bool {
    doc.tokens.get(next).is_some_and(|t| {
        !t.space_before && matches!(lower[next], "'s" | "’s" | "'" | "’")
            || crate::analysis::quotes::verb_lemma(lower[next]).is_some()
    })
}

/// Whether the acronym at token `start`, in brackets, spells the initials of the capitalised words before
/// the bracket and none of them is an organisation word ([`TERM_BY_EXPANSION`]): "System Under Test
/// (SUT)", "Compact Fluorescent Light (CFL)" are terms; "Harbour Airlines (HAL)" is not.
pub fn spells_term(doc: &Doc, lower: &[&str], start: usize, acronym: &str) -> bool {
    if start < 2 || doc.word(start - 1) != "(" {
        return false;
    }
    let letters: Vec<char> = acronym
        .chars()
        .filter(|c| c.is_alphabetic())
        .flat_map(char::to_lowercase)
        .collect();
    let mut initials: Vec<char> = Vec::new();
    let mut k = start - 1;
    let mut first = start - 1;
    while k > 0 && initials.len() < letters.len() && start - k <= 10 {
        k -= 1;
        let t = &doc.tokens[k];
        if t.kind != TokenKind::Word {
            return false;
        }
        let connector = matches!(lower[k], "of" | "and" | "the" | "for" | "in" | "on" | "under");
        if connector && !initials.is_empty() && !doc.word(k).starts_with(char::is_uppercase) {
            continue;
        }
        if !doc.word(k).starts_with(char::is_uppercase) || LEXICON.is_org_word_lower(lower[k]) {
            return false;
        }
        initials.insert(0, lower[k].chars().next().unwrap_or(' '));
        first = k;
    }
    let phrase = doc.slice(doc.span_of(first..start - 1));
    initials == letters && LEXICON.org(phrase).is_none()
}

/// A candidate that nothing marks as an actor: no title, role, given name, organisation word, capitals.
fn without_evidence(c: &Candidate) -> bool {
    let default_org = match (c.words.len(), c.article) {
        (1, true) => 3,
        (1, false) => 1,
        _ => 0,
    };
    no_actor_marks(c) && c.org <= default_org
}

/// No title, role, courtesy title, given name, capitals, short form, person or group evidence.
fn no_actor_marks(c: &Candidate) -> bool {
    c.roles.is_empty()
        && !c.courtesy
        && !c.given
        && !c.all_caps
        && c.alias_of.is_none()
        && c.person <= 0
        && c.group <= 0
}

/// A candidate whose only evidence of an actor is the context it stands in ("the director of Stardust"):
/// no title, role, given name, courtesy title, capitals, short form or person evidence, and no
/// organisation word in the name ("Orbix Labs"), no known organisation's name.
fn only_context(doc: &Doc, c: &Candidate) -> bool {
    !c.words.iter().any(|w| LEXICON.is_org_word_lower(w))
        && LEXICON.org(doc.slice(c.name_span)).is_none()
        && no_actor_marks(c)
}

/// A candidate whose only evidence of a person is its given name ("York Minster"): no title, role,
/// courtesy title or organisation evidence.
fn only_given_name(c: &Candidate) -> bool {
    c.given
        && c.roles.is_empty()
        && !c.courtesy
        && c.person <= 2
        && c.group <= 0
        && c.org <= 1
        && c.alias_of.is_none()
}

/// Whether the name ending at token `end` is said to be a place: "Brisk is in the north-east region",
/// "Brisk is a small town", "Brisk lies in a valley" ([`PLACE_BY_PREDICATE`]): "is", "was" or "lies",
/// then an article, "in", "on", "located" or "situated", then a place noun in lower case within six
/// words of the same sentence, an aside in brackets allowed before the verb ("Piran (Italian: Pirano) is a
/// small town") (not "the town's mayor"; not "was defeated in this district"; not "was in
/// New York City", where the noun ends a place's name).
pub fn place_predicate(doc: &Doc, lower: &[&str], end: usize) -> bool {
    // "Piran (Italian: Pirano) is a small town", "Athens (Greek: Αθήνα, Athína), is the capital": an
    // aside in brackets, and a comma after it, may stand between the name and the verb.
    let end = after_aside(doc, lower, end);
    let opens = matches!(
        lower.get(end + 1),
        Some(&("a" | "an" | "the" | "in" | "on" | "located" | "situated" | "one"))
    );
    if !matches!(lower.get(end), Some(&("is" | "was" | "lies"))) || !opens {
        return false;
    }
    let sentence = doc.tokens[end].sentence;
    // The noun heads the predicate: no preposition comes before it but the opening "in" or "on" ("was a
    // schoolteacher from a village" speaks of a person).
    let preposition = |k: usize| {
        k > end + 1
            && matches!(
                lower[k],
                "from" | "of" | "near" | "with" | "for" | "at" | "by" | "to" | "who" | "whose" | "and"
            )
    };
    (end + 1..(end + 8).min(doc.tokens.len()))
        .take_while(|&k| {
            doc.tokens[k].sentence == sentence && doc.tokens[k].kind == TokenKind::Word && !preposition(k)
        })
        .any(|k| {
            // A common noun, not the last word of a name ("was in New York City").
            PLACE_NOUNS.contains(lower[k])
                && doc.word(k).starts_with(char::is_lowercase)
                && !matches!(lower.get(k + 1), Some(&("'s" | "’s")))
        })
}

/// The token after an aside in brackets that opens at token `end` in its sentence, and after a comma
/// that follows it ("Pakse (Lao: Pakxe) is", "Athens (Greek: Athína), is"); `end` itself when none does.
fn after_aside(doc: &Doc, lower: &[&str], end: usize) -> usize {
    // "Hong Xiuquan (1814–1864) was": a person's years, no aside.
    let words = doc.tokens.get(end + 1).is_some_and(|t| t.kind == TokenKind::Word);
    if lower.get(end) != Some(&"(") || !words {
        return end;
    }
    let sentence = doc.tokens[end].sentence;
    let close = (end + 1..(end + 16).min(doc.tokens.len()))
        .take_while(|&k| doc.tokens[k].sentence == sentence && lower[k] != "(")
        .find(|&k| lower[k] == ")");
    match close {
        Some(k) if lower.get(k + 1) == Some(&",") => k + 2,
        Some(k) => k + 1,
        None => end,
    }
}

/// Whether the name ending at token `end` is said to be a product, a work or a thing: "Stardust is a
/// space capsule that...", "Quoddle was a board game" ([`THING_BY_PREDICATE`]): "is" or "was", an
/// article, then within six words of the same sentence a noun for a thing (`data/actors-thing-nouns.txt`)
/// that heads the phrase: no lower-case word other than a function word follows it ("a software
/// company", "a game developer" speak of a company).
pub fn thing_predicate(doc: &Doc, lower: &[&str], end: usize) -> bool {
    if !matches!(lower.get(end), Some(&("is" | "was")))
        || !matches!(lower.get(end + 1), Some(&("a" | "an" | "one")))
    {
        return false;
    }
    let sentence = doc.tokens[end].sentence;
    let same = |k: usize| doc.tokens.get(k).is_some_and(|t| t.sentence == sentence);
    (end + 2..(end + 8).min(doc.tokens.len()))
        .take_while(|&k| same(k) && doc.tokens[k].kind == TokenKind::Word)
        .find(|&k| super::names::thing_noun(lower[k]))
        .is_some_and(|k| {
            let next = k + 1;
            !same(next)
                || doc.tokens[next].kind != TokenKind::Word
                || LEXICON.is_stop(lower[next])
                || !doc.word(next).starts_with(char::is_lowercase)
        })
}

pub const LANGUAGE_NAME: Rule = Rule {
    name: "actors/language-name",
    description: "A name said to be a language (\"the Oskan language\", \"speakers of Oskan\") is not an actor, nor are its other mentions, unless one of them shows a person or an organisation.",
    details:
        "A name said to be a language (\"the Oskan language\", \"Oskan dialects\", \"speakers of Oskan\") is no actor, nor are its other mentions, also in headings and brackets, unless one of them shows an actor (a title, a given name, a known organisation, \"Oskan said\").",
    examples: &[(
        "Most speakers of Brisca Tarn also speak French, and Brisca Tarn dialects differ.",
        "no actor mention \"Brisca Tarn\"",
    )],
    counter_examples: &[
        "Ms Lena Oskan teaches the Oskan language at the school.",
        "Google said the Google language tools would improve.",
    ],
};

pub const THING_BY_PREDICATE: Rule = Rule {
    name: "actors/thing-by-predicate",
    description: "A name said to be a product, a work, a deal or another thing (\"Quoddle is a card game\", \"Harbor OS, the firmware that runs its routers\") is not an actor, nor are its other mentions.",
    details:
        "A name said to be a product, a work or a thing (\"Stardust is a space capsule\", \"Quoddle is a card game\"), or a document, a deal, a thing or a product in an apposition after \"a\", \"an\", \"its\" or \"their\" (\"Renaissance Night Complex, its $38 skin cream,\"; `data/actors-product-nouns.txt`) or after \"the\" before such a noun in lower case that no name or possessive follows (\"Harbor OS, the firmware that runs its routers,\"), whatever its words, the noun heading the apposition before any function word, the last of a compound (\"a battery-powered toy robot\"; not one joined to the next by \"and\": \"Merieux, a vaccine and bioresearch firm\") (\"the Vell Partnership, a 12-nation trade deal negotiated ...\", \"The Chatter Chum, a red plastic phone with ...\"; not \"Amdahl Corp., a maker of mainframe computers\", nor a noun for a business: \"Valmont Foods, a French processor\", nor the clause after a phrase that opens the sentence with the name, where no comma closes an apposition: \"According to Melo, a sponsorship deal collapsed\"; and a name after a document's noun and \"of\" is the document's (\"the Compact of Free Association\"); `data/actors-document-nouns.txt`; a name headed by a span of time before \"of\" or \"for\" is an observance: \"the International Year of Glaciers' Preservation\"), is no actor, nor are its other mentions, also where the context alone made it look like an organisation's (\"the director of Stardust\"); \"a software company\" still speaks of a company, and a title, a role or a given name still shows an actor.",
    examples: &[
        (
            "Under the Compact of Free Association, the U.S. pays aid.",
            "no actor mention \"Free Association\"",
        ),
        (
            "The United Nations declared 2025 the International Year of Glaciers' Preservation.",
            "no actor mention \"International Year of Glaciers' Preservation\"",
        ),
        (
            "Children love Quoddle. Quoddle is a card game for four players.",
            "no actor mention \"Quoddle\"",
        ),
        (
            "Pinecrest released an update for Harbor OS, the firmware that runs its routers, on Tuesday.",
            "no actor mention \"Harbor OS\"",
        ),
        (
            "Ada Lenz opposed the Vell Partnership, a 12-nation trade deal negotiated in secret.",
            "no actor mention \"Vell Partnership\"",
        ),
        (
            "Brightwater recalled the Galaxy Ranger, a battery-powered toy robot, on Monday.",
            "no actor mention \"Galaxy Ranger\"",
        ),
        (
            "The Chatter Chum, a red plastic phone with a smiling face, was sold at toy stores.",
            "no actor mention \"Chatter Chum\"",
        ),
        (
            "Stardust is a space capsule that collected dust. Stardust landed in Utah.",
            "no actor mention \"Stardust\"",
        ),
        (
            "Ada Roen is the director of Stardust. Stardust is a space capsule that collected dust.",
            "no actor mention \"Stardust\"",
        ),
    ],
    counter_examples: &[
        "Amdahl Corp., a maker of mainframe computers, reported lower profit.",
        "Investors like Merieux. Merieux, a vaccine and bioresearch firm based in Lyon, said it would bid.",
        "Investors like Orbix. Orbix is a software company in Oslo.",
        "Reporters asked Lindqvist twice. Lindqvist is a game designer.",
        "Ada Roen is the director of Orbix Labs. Orbix Labs is a research project.",
        "The club's president is Horacio Melo. According to Melo, a sponsorship deal collapsed last October.",
    ],
};

pub const THING_BY_CONTEXT: Rule = Rule {
    name: "actors/thing-by-context",
    description: "A name with no sign of a person or an organisation is not an actor when enough of its mentions stand where places and things do: \"hotels in Brisk\", \"USh 35,000\".",
    details:
        "A name with no evidence of a person or an organisation is no actor at all when one mention in three stands where places and things do (\"hotels in Brisk\", \"the ferry via Brisk\", \"on Brisk\", \"cheese from nearby Brisk\", \"Brisk, Conn.\"), or after \"the\" and an ordinal, an edition or an event (\"the first Ashes Test\"; not \"the second Bush administration\"), or a short word right before an amount with a thousands separator, a currency or a unit (\"USh 35,000\"; not \"ISO 639\" nor \"Hume 1777\"): all its mentions go; a name with no given name or title before \"'s Day\" is an observance's (\"World Alzheimer's Day\"), and one before \"No.\" and a number a numbered model's or ship's, the abbreviation no word of it (\"Felco No. 2\", \"the Seto Maru No. 8\").",
    examples: &[
        (
            "She was built in Onomichi as the Seto Maru No. 8 in 1979.",
            "no actor mention \"Seto Maru\"",
        ),
        (
            "On World Alzheimer's Day, a columnist reflects on a diagnosis.",
            "no actor mention \"World Alzheimer\"",
        ),
        ("A dorm bed costs USh 35,000 and a double room USh 120,000.", "no actor mention \"USh\""),
        (
            "The local speciality is a ripened cheese from nearby Brisk, served fried.",
            "no actor mention \"Brisk\"",
        ),
        (
            "The ferry reaches Brisk at noon. There are three hotels in Brisk.",
            "no actor mention \"Brisk\"",
        ),
        (
            "Brisk has a harbour. The ferry calls at Vellin, then sails on via Brisk.",
            "no actor mention \"Brisk\"",
        ),
        (
            "The Tarsbury, Conn.-based company cut jobs.",
            "no actor mention \"Tarsbury\"",
        ),
        (
            "England led after the first Vellmark Test. The second Test begins on Friday.",
            "no actor mention \"Vellmark Test\"",
        ),
    ],
    counter_examples: &[
        "The codes follow ISO 639, which ISO revised.","Reporters asked Lindqvist twice, and Lindqvist denied it; the staff in Lindqvist said nothing, and Lindqvist resigned."],
};

pub const ILLNESS_NAME: Rule = Rule {
    name: "actors/illness-name",
    description: "The name of an illness or of the virus or variant that causes it (\"Ebola\", \"Zika\", \"Omicron\") is not an actor, nor are its other mentions.",
    details: "A name of one word from the list of illnesses, viruses and variants that writers capitalise (`data/actors-illness-names.txt`) is no actor wherever it stands, as a name before \"virus\" or \"fever\" is not (`actors/thing-by-cue-noun`).",
    examples: &[
        (
            "Doctors said the fight against Ebola was not over. Ebola killed 11,000 people.",
            "no actor mention \"Ebola\"",
        ),
        (
            "Hospitals filled as Omicron spread. Officials said Omicron was milder.",
            "no actor mention \"Omicron\"",
        ),
    ],
    counter_examples: &["The Ebola Response Fund said it had raised $2 million."],
};

pub const THING_BY_CUE_NOUN: Rule = Rule {
    name: "actors/thing-by-cue-noun",
    description: "A name before a word for a language, a place, a period or an illness (\"the Oskan language\", \"the Tarvo virus\") is not an actor, nor are its other mentions.",
    details:
        "A name before \"language\", \"speakers\", \"area\", \"period\", \"hospital\", \"reservoir\", \"volcano\" or another noun of a place, a time or a people (\"the Oskan language\", \"the Late Vellmark period\", \"the Vella da Torre reservoir\"), or before \"virus\", \"outbreak\" or \"fever\" (an illness: \"the Tarvo virus\"), or before a possessive and \"disease\" or \"syndrome\" (\"Lindqvist's disease\"), is no actor, nor are its other mentions; a longer name only without a given name or an organisation word, not starting with a place and not before \"area\" (\"the Tulsa Metro area\").",
    examples: &[
        (
            "The basilica has views over the Hana plain.",
            "no actor mention \"Hana\"",
        ),
        (
            "The Oskan language has six vowels. Linguists study Oskan.",
            "no actor mention \"Oskan\"",
        ),
        (
            "It lived during the Late Vellmark period, the team said.",
            "no actor mention \"Late Vellmark\"",
        ),
        (
            "The victims were taken to the Alfred hospital.",
            "no actor mention \"Alfred\"",
        ),
        (
            "A drug for Lindqvist's disease was approved. Few people have Lindqvist's.",
            "no actor mention \"Lindqvist\"",
        ),
        (
            "Doctors fought the Tarvo virus for a year, and Tarvo spread fast.",
            "no actor mention \"Tarvo\"",
        ),
        (
            "Water came from the Vella da Torre reservoir, farmers said.",
            "no actor mention \"Vella da Torre\"",
        ),
    ],
    counter_examples: &[
        "The Oskan Party has six members. Oskan said it would grow.",
        "The Ada Lenz era ended. Ada Lenz said so.",
    ],
};

pub const IMPERATIVE_AT_START: Rule = Rule {
    name: "actors/imperative-at-start",
    description: "A capitalised word at the start of a sentence or a numbered step, followed by an object (\"Wash the glasses\"), is an imperative verb, not a name.",
    details: "",
    examples: &[(
        "Rinse the pan.\n2 Wash the glasses and dry them.",
        "no actor mention \"Wash\"",
    )],
    counter_examples: &["Rinse the pan. Wash said the leaves were dry."],
};

pub const PLACE_BY_PREDICATE: Rule = Rule {
    name: "actors/place-by-predicate",
    description: "A name said to be a place (\"Brisk is a small town\") is not an actor, nor are its other mentions.",
    details:
        "A name said to be a place (\"Brisk is a small town\", \"Brisk is in the north-east region\"), also across a gloss in brackets (\"Piran (Italian: Pirano) is a small town\"), is no actor, nor are its other mentions; the place's noun heads the predicate, before any preposition (\"was a schoolteacher from a village\" speaks of a person).",
    examples: &[
        (
            "Visitors love Brisk. Brisk is a small town on the coast.",
            "no actor mention \"Brisk\"",
        ),
        (
            "Brisk (Italian: Brisco) is a small medieval town. Buses stop at Brisk hourly.",
            "no actor mention \"Brisk\"",
        ),
    ],
    counter_examples: &[
        "Visitors love Brisk. Brisk is a small company. Brisk said it would grow.",
        "Ada Brisk was an engineer. While Brisk was in New York City, she joined a lodge.",
        "Hong Xiuquan (1814–1864) was a schoolteacher from a village near Guangzhou.",
    ],
};

pub const HEAD_BEFORE_NUMERAL: Rule = Rule {
    name: "actors/head-before-numeral",
    description: "A name for an event, a law or a class that ends in a Roman numeral or a number in words (\"Title VI\", \"World War Two\") is not an actor.",
    details:
        "A name that ends in a Roman numeral or a number in words after a noun for an event, a law, a part of a law, a place or a class (\"the Border War II\", \"Title VI\", \"World War Two\", \"a Class I recall\", \"Part II\", \"Year VIII\") is no actor, as without the numeral; a regnal number after a person's name is no such noun (\"Queen Ada II\").",
    examples: &[
        (
            "After the Border War II the port grew. Funds under Title VI were cut.",
            "no actor mention \"Title VI\"",
        ),
        (
            "It was the worst blow since the Border War Two.",
            "no actor mention \"Border War Two\"",
        ),
        (
            "The agency classified it as a Class I recall.",
            "no actor mention \"Class I\"",
        ),
    ],
    counter_examples: &["Queen Ada II opened the port. Ada II said it would grow."],
};

pub const RELATIVE_OF_NAME: Rule = Rule {
    name: "actors/relative-of-name",
    description: "A name with a relative after its possessive (\"Lindqvist's parents\", \"Moen's first wife\") is a person, with all its mentions; not before a noun for an organisation (\"Orbix's sister company\").",
    details: "",
    examples: &[(
        "Lindqvist walked home. Lindqvist's parents were waiting, and Lindqvist waved.",
        "actor person \"Lindqvist\": \"Lindqvist\"",
    )],
    counter_examples: &["Orbix grew fast. Orbix's sister company was sold."],
};

pub const PERSONAL_NOUN_OF_NAME: Rule = Rule {
    name: "actors/personal-noun-of-name",
    description: "A single unknown name with a noun for what only a person has after its possessive (\"Lindqvist's childhood\", \"Moen's general theory\") is a person, with all its mentions.",
    details: "",
    examples: &[(
        "Moen walked home. Moen's general theory was ignored, and Moen waved.",
        "actor person \"Moen\": \"Moen\"",
    )],
    counter_examples: &["Orbix grew fast. Orbix's new headquarters opened."],
};

pub const OTHER_NAME_OF_PLACE: Rule = Rule {
    name: "actors/other-name-of-place",
    description: "A name given as another name of a place after \"known as\", \"renamed\" or \"called\" (\"the town was renamed Brisca\") is that place, not an actor, nor are its other mentions.",
    details:
        "A name after \"known as\", \"renamed (to)\", \"called\" or \"named\" whose subject is a known place, a noun for a place or a name whose head makes it a place (\"Paris, known as Lutecia\", \"the town was renamed Brisca\", \"a Maya city called T'ho\", \"an Armenian Quarter called Jolfa\") is the place's other name, no actor, nor are its other mentions; so is a name in brackets given as a word of a language (\"Brisk (Brisca in the Oskan language)\").",
    examples: &[
        (
            "In 1900 the town was renamed Brisca. Brisca grew fast.",
            "no actor mention \"Brisca\"",
        ),
        (
            "The hotel stands on a Maya city called Tarho. Tarho had ten thousand people.",
            "no actor mention \"Tarho\"",
        ),
        (
            "The city has an Oskan Quarter called Tarvo, and Tarvo has many shops.",
            "no actor mention \"Tarvo\"",
        ),
        (
            "The Vellin Islands (Brisca in the old Oskan language) lie far east. Visit Brisca in spring.",
            "no actor mention \"Brisca\"",
        ),
    ],
    counter_examples: &[
        "Anna Berg, known as Brisca to her friends, spoke. Brisca said no.",
        "A company called Orbix bought the plant, and Orbix said it would hire.",
    ],
};

pub const TERM_BY_EXPANSION: Rule = Rule {
    name: "actors/term-by-expansion",
    description: "An acronym in brackets after the capitalised words it stands for (\"System Under Test (SUT)\") is a term, not an actor, and so are its other mentions.",
    details:
        "An acronym in brackets after capitalised words it spells, none of them an organisation word (\"System Under Test (SUT)\"), or before a bracket that opens with them (\"ROS [Reactive Oxygen Species, ...]\"), is a term, and so are its other mentions.",
    examples: &[
        (
            "We test the System Under Test (SUT) twice. The SUT failed.",
            "no actor mention \"SUT\"",
        ),
        (
            "Ants die sooner when they eat ROS [Reactive Oxygen Species, a group of chemicals]. The ROS harm spores.",
            "no actor mention \"ROS\"",
        ),
    ],
    counter_examples: &[
        "Shares of Harbour Airlines (HAL) fell. HAL said it would recover.",
        "Shares of HAL (Harbour Airlines) fell. HAL said it would recover.",
    ],
};

pub const THING_BY_VERB: Rule = Rule {
    name: "actors/thing-by-verb",
    description: "A name right after \"visit\", \"launch\", \"tap\", \"won the\" or a verb giving an instruction (\"we visited Brisk\", \"Press Windows + I\", \"she won the Orla\") is a place or a thing, unless another mention shows it acting.",
    details:
        "A name right after \"visit\", \"launch\" or \"unveil\" (\"they visited Brisk\"), or an interface's \"click\" or \"tap\" (\"tap Brisk in the menu\"), or after \"sold as\" or \"marketed as\" (a product's name), or after \"won the\", \"clinched the\" or \"shortlisted for the\" (a prize, a title or a contest: \"won the Booker\"; `data/actors-prize-verbs.txt`; not \"a win for the\" and a team), or after a capitalised verb of an instruction that opens a sentence (\"Press Windows + I\", \"Choose Create\", \"Pay GST\"; `data/actors-interface-verbs.txt`), or after such a verb in lower case that goes on the instruction after \"and\", \"then\", \"or\" or a comma (\"Right-click any date and choose Group\"), which is no word of the name, is a place or a thing, and so are its other mentions unless they show it acting.",
    examples: &[
        (
            "Tourists like Brisk. Last year we visited Brisk.",
            "no actor mention \"Brisk\"",
        ),
        (
            "The pill, to be sold as Veltrix, will cost $50. Doctors say Veltrix works.",
            "no actor mention \"Veltrix\"",
        ),
        ("To finish, tap Brisk in the menu and wait.", "no actor mention \"Brisk\""),
        (
            "Right-click any date in the table and choose Group, then select Months.",
            "no actor mention \"Group\"",
        ),
        ("Press Windows + I to open the settings.", "no actor mention \"Windows\""),
        ("Pay GST at the counter before you leave.", "no actor mention \"Pay GST\""),
        (
            "Her second novel won the Orla in 2004 and was shortlisted for the Vell Medal.",
            "no actor mention \"Orla\"",
        ),
    ],
    counter_examples: &[
        "Tourists like Brisk. Last year we visited Brisk. Brisk said it was glad, and Brisk hired staff.",
        "Voters who press Ada Lenz on taxes get no answer, Lenz said.",
        "The party met on Monday and will choose Ada Lenz as its leader, Lenz said.",
        "Press officers said the board would meet and choose Tarsby. Tarsby said it was glad.",
        "It was a third win for the Tarsk Lions, who face Orvik next.",
        "In 1998 she won the Vell Forensic League national championship.",
        "His market hall won the Vell Architects' Association (VAA) prize this autumn.",
    ],
};

pub const HALF_OF_PHRASE: Rule = Rule {
    name: "actors/half-of-phrase",
    description: "A capitalised word joined by \"of\" to another (\"Tides of Vellmark\", \"read The Orchard of Lanterns\") that is not an organisation's name nor a name from a known place is a title or a term: neither half is an actor by itself.",
    details: "",
    examples: &[
        ("We watched Tides of Vellmark again.", "no actor mention \"Tides\""),
        (
            "She reread The Orchard of Lanterns last winter.",
            "no actor mention \"Orchard\"",
        ),
    ],
    counter_examples: &[
        "Shares of Vellmark rose on Monday.",
        "We met Lindqvist of Orbix Partners. Lindqvist said no.",
        "The plan was praised by The Courier of Paris on Monday.",
    ],
};

pub const COORDINATED_ADJECTIVE: Rule = Rule {
    name: "actors/coordinated-adjective",
    description: "A capitalised describing word joined by \"and\" or \"or\" to a lower-case one before a noun describes that noun, not an actor: \"Catholic and evangelical churches\".",
    details:
        "A single capitalised word with an adjective's ending (\"-ist\", \"-ic\", \"-ian\", \"-al\", \"-ish\", \"-ese\", \"-ite\") joined by \"and\" or \"or\" to an adjective in lower case before a noun qualifies that noun, no actor: \"in which Islamist and tribal opposition groups won\", \"Catholic and evangelical churches\"; not a given name (\"Sebastian and local officials\").",
    examples: &[(
        "The court annulled the election, in which Islamist and tribal opposition groups won a majority.",
        "no actor mention \"Islamist\"",
    )],
    counter_examples: &["The deal was backed by Vellmark and rival firms, Sebastian and local officials said."],
};

pub const RANGE_OF_PLACES: Rule = Rule {
    name: "actors/range-of-places",
    description: "A name after \"to\" that ends a range starting \"from\" a known place is a place too: \"from Niamey to Zinder\".",
    details:
        "A single name after \"to\" that closes a range opened by \"from\" and a known place is a place too (\"reading results region by region from Niamey to Zinder\"), and so are its other mentions unless they show it acting; not after a name no list knows as a place (\"power passed from Kohl to Schroeder\").",
    examples: &[(
        "He read the figures region by region from Niamey to Zinder. Zinder has a market.",
        "no actor mention \"Zinder\"",
    )],
    counter_examples: &["Power passed from Varga to Lindqvist, who said little."],
};

pub const PLACE_IN_LIST: Rule = Rule {
    name: "actors/place-in-list",
    description: "A name in a list with a known place, or in a list of places (\"Paris, Brisk and Vellin\", \"Gwinnett and Cobb counties\"), is a place too, unless another mention shows it acting.",
    details:
        "A single name in a list that holds a known place or a name whose head makes it a place or a thing (\"Paris, Brisk and Vellin\", \"Cliffside Park, Brisk and Vellin\"), or in a list after a plural noun for places (\"cities served are Brisk, Vellin and Orsk\", \"the towns of ...\", \"the states of ...\", \"other provinces, including Brisk and Vellin\") or before one (\"Gwinnett and Cobb counties\"; so too names of two or three words and names that open with a given name: \"Soc Trang, Tra Vinh and Kien Giang provinces\", \"the Alfred Nzo and Chris Hani districts\"), or after a preposition of place (\"near Jalal-Abad and Batken\"; not \"on\", \"in\" or \"through\", which as often open topics, works and cases: \"set out in Moran and Pyle\"; but \"in\" before three names or more with no year or bracket after them and no word of holding before it: \"schools in Airai, Melekeok and on Babeldaob\", not \"stakes in Orvik, Tarsk and Brenn\"), is a place too, and so are its other mentions unless they show it acting; so is a name with no evidence of an actor beside a name the article shows to be a place or a thing, when one mention in three stands so (\"Brisk (Italian: Brisco) is a small town. Bus 1 connects Brisk, Vellin and Tarsby\"); not the subject after a fronted phrase (\"Speaking in Paris, Tolvan said\"), also before its apposition (\"near Hatton, Tolvan, a plucker, said\"); a function word that opens the sentence is no word of an item (\"For Scotland or Brittany, ...\"). Each item may repeat the preposition before the name after its comma, \"and\" or \"or\" (\"we went to Belfast, to Brisk, to Vellin\"; not \"born in San Antonio, Texas, to Gerald and Sherri Vance\").",
    examples: &[
        (
            "Buses serve Paris, Brisk and Vellin. Brisk has a market.",
            "no actor mention \"Brisk\"",
        ),
        (
            "Brisk (Italian: Brisco) is a small town. Bus 1 connects Brisk, Vellin and Tarsby.",
            "no actor mention \"Tarsby\"",
        ),
        (
            "For Scotland or Brittany, mackerel is an important fishery.",
            "no actor mention \"Brittany\"",
        ),
        (
            "Trains stop at Vellin, Brisk, Tarsby and Paris. Vellin has a market.",
            "no actor mention \"Vellin\"",
        ),
        (
            "Buses serve Cliffside Park, Vellin and Tarsby. Vellin has a market.",
            "no actor mention \"Vellin\"",
        ),
        ("Cities served are Brasko, Jenks and Okmulgee.", "no actor mention \"Jenks\""),
        (
            "Floods closed roads in Marion and Jasper counties.",
            "no actor mention \"Jasper\"",
        ),
        (
            "Floods hit 12,000 households in Soc Trang, Tra Vinh and Kien Giang provinces.",
            "no actor mention \"Tra Vinh\"",
        ),
        (
            "Schools across the OR Tambo, Alfred Nzo and Chris Hani districts were closed.",
            "no actor mention \"Alfred Nzo\"",
        ),
        (
            "Two crossings near Vell-Abad and Tarsk will reopen.",
            "no actor mention \"Tarsk\"",
        ),
        (
            "Schools in Airai, Melekeok and on Babeldaob will get time on the track.",
            "no actor mention \"Melekeok\"",
        ),
        (
            "The scheme could be extended to other provinces, including Övörkhangai and Gobi-Altai, next spring.",
            "no actor mention \"Övörkhangai\"",
        ),
    ],
    counter_examples: &[
        "At an estate near Hatton, Muthulakshmi, a plucker, said she earned little.",
        "Brisk, Orbix and Tulsa Partners said they would merge. Brisk said so twice, and Brisk hired staff.",
        "Speaking in Paris, Tolvan said the talks had failed.",
        "The cities' investors are Brasko, Jenks and Okmulgee.",
        "The rule is set out in Orvik and Tarsk.",
        "The fund holds stakes in Orvik, Tarsk and Brenn.",
        "The effect is shown in Orvik, Tarsk and Brenn (2004).",
        "The Tom Berg and Ana Ruiz families said they would sue.",
    ],
};

pub const PLACE_OVER_GIVEN_NAME: Rule = Rule {
    name: "actors/place-over-given-name",
    description: "A name said to be a place, or always standing where places do, is a place even if it is also a first name: \"York is a small city\", \"across Queensland, Victoria and Tasmania\".",
    details:
        "A name said to be a place (\"York is a small city\") is no actor even when it is also a given name and another mention looks like a full name (\"York Minster\"), unless a title, role or pronoun shows a person; so is a given name that is also a place's when every mention of it stands where places do (\"across Queensland, Victoria and Tasmania\", \"In Victoria, ...\").",
    examples: &[
        (
            "York is a small city in the north. Visitors see York Minster first, then walk around York.",
            "no actor mention \"York\"",
        ),
        (
            "Fires burned across Queensland, Victoria and Tasmania. In Victoria, the premier declared a disaster.",
            "no actor mention \"Victoria\"",
        ),
    ],
    counter_examples: &["Mr York is a small man. York Minster said he was busy, and York left."],
};

pub const THING_AFTER_POSSESSIVE: Rule = Rule {
    name: "actors/thing-after-possessive",
    description: "A single capitalised word after \"my\", \"our\", \"her\" or another possessive determiner (\"her Labrador\") is a thing or a common noun, and so are its other mentions unless they show an actor.",
    details: "",
    examples: &[(
        "She fed her Labrador early. Later the Labrador slept.",
        "no actor mention \"Labrador\"",
    )],
    counter_examples: &["She called Lindqvist early. Lindqvist said he would come."],
};

pub const WORK_BY_YEAR: Rule = Rule {
    name: "actors/work-by-year",
    description: "A name that is not a person's, followed by a year alone in brackets (\"Silent Harbour (2005)\", \"The Driftwood (2007)\"), is the title of a work, not an actor.",
    details:
        "A name of several words that is no personal name, or one word after a capitalised article, followed by a year alone in brackets (\"Silent Harbour (2005)\", \"The Driftwood (2007)\"), is the title of a work, and so are its other mentions unless they show an actor.",
    examples: &[(
        "She starred in Silent Harbour (2005) and later in Blue Orchard (2009).",
        "no actor mention \"Silent Harbour\"",
    ), (
        "Her films include The Driftwood (2007), and critics praised her.",
        "no actor mention \"Driftwood\"",
    )],
    counter_examples: &["Ada Lenz (2005) argues that the harbour was small, as Vela Ortiz (2011) shows."],
};

pub const WORK_AFTER_CAPITAL_ARTICLE: Rule = Rule {
    name: "actors/work-after-capital-article",
    description: "A name after a capitalised \"The\" or \"A\" in the middle of a sentence (\"a role in The Silent Harbour\") is the title of a work, unless it names an organisation.",
    details:
        "A name after a capitalised \"The\" or \"A\" inside a sentence (\"a role in The Silent Harbour\"), also after a bracket or a comma (\"Ada Lenz (The Glass Orchard)\"), is the title of a work, unless it has an organisation word or is a known organisation; a single word needs a year in brackets after it or a name's possessive before the article (\"Malle's The Lovers\"), as \"told The Guardian\" names a paper.",
    examples: &[
        (
            "He had a small role in The Silent Harbour, then a lead in A Blue Orchard.",
            "no actor mention \"Silent Harbour\"",
        ),
        (
            "She worked with Ada Lenz (The Glass Orchard) and later with Tom Reyes.",
            "no actor mention \"Glass Orchard\"",
        ),
        (
            "This was followed by Malle's The Lovers in 1959.",
            "no actor mention \"Lovers\"",
        ),
    ],
    counter_examples: &[
        "The report was published by The Orbix Foundation on Monday.",
        "He told The Guardian on Monday that he would run.",
    ],
};

pub const WORK_OF_AUTHOR: Rule = Rule {
    name: "actors/work-of-author",
    description: "A name of several words after someone's possessive (\"Ada Lenz's Silent Harbour\", \"his Harbour Suite\") is a work or a thing of theirs, not an actor.",
    details:
        "A name of several words, no personal name and no organisation, after another name's possessive (\"Ada Lenz's Silent Harbour\"), a possessive determiner (\"his Harbour Suite\") or a single name's possessive when a word of it is a common noun of the article (\"Lenz's Copper Suite, ... copper\"), is a work or a thing of theirs, not an actor.",
    examples: &[
        (
            "Critics praised Ada Lenz's Silent Harbour for its calm.",
            "no actor mention \"Silent Harbour\"",
        ),
        (
            "In 1901 he wrote his Harbour Suite for strings.",
            "no actor mention \"Harbour Suite\"",
        ),
        (
            "Critics praised Lenz's Copper Suite, a cycle of songs in copper and glass.",
            "no actor mention \"Copper Suite\"",
        ),
    ],
    counter_examples: &[
        "Critics praised Orbix Partners's Anna Berg for her calm.",
        "The party's list was led by Orbix's Tamsin Vale.",
    ],
};

pub const LABEL_OF_ENTRY: Rule = Rule {
    name: "actors/label-of-entry",
    description: "A name that opens a line as the label of an entry (\"Brisk: a quiet island\") is a place or a thing listed, not an actor, nor are its other mentions.",
    details:
        "A name that opens a line as the label of an entry, before a colon and a lower-case description (\"Brisk: a quiet island\") or alone before a full stop (\"Vellin Reserve. Open daily\"), is a place or a thing listed, not an actor, nor are its other mentions.",
    examples: &[(
        "Islands\nBrisk: a quiet island with two beaches.\nTarsby: the largest island.\nFerries call at Brisk twice a day.",
        "no actor mention \"Brisk\"",
    )],
    counter_examples: &["Interview\nLindqvist: We left at noon.\nReporter: Why?\nLindqvist: The ferry was late, Lindqvist said."],
};

pub const PLACE_BY_PREPOSITION: Rule = Rule {
    name: "actors/place-by-preposition",
    description: "A name of several words with no personal name and no organisation word right after \"in\", \"near\", \"across\" or another preposition of place (\"in Vellin Heath\") is a place: it counts only when another mention shows an actor.",
    details: "",
    examples: &[(
        "We walked for hours in Vellin Heath. Later we camped near Vellin Heath.",
        "no actor mention \"Vellin Heath\"",
    )],
    counter_examples: &["Investors bought shares in Orbix Partners, and Orbix Partners said it would grow."],
};

pub const TITLE_IN_PLURAL: Rule = Rule {
    name: "actors/title-in-plural",
    description: "A capitalised plural of a title (\"Senators\", \"Governors\") describes a group of holders, not a named actor.",
    details: "",
    examples: &[(
        "Senator Ada Lenz spoke first. Senators meet again on Friday.",
        "no actor mention \"Senators\"",
    )],
    counter_examples: &["Senator Ada Lenz spoke first, and Lenz said she would vote."],
};

pub const NOT_A_GIVEN_NAME: Rule = Rule {
    name: "actors/not-a-given-name",
    description: "A word on the first-name lists that is far more often an ordinary word (\"See\", \"Sterling\", \"Royal\") does not show a person: \"See Note 3\".",
    details:
        "A word of the given-name lists that is far more often a common word or a place's article (\"See\", \"Wait\", \"La\", \"El\", \"Sterling\", \"Royal\"; `data/actors-given-names-not.txt`) gives no evidence of a person: \"See Note 3\", \"La Morenta\" and \"the Royal Gold Medal\" are no people.",
    examples: &[
        (
            "Soak the beans first. See Note 3 for the water.",
            "no actor mention \"See Note\"",
        ),
        (
            "Sterling fell to a one-month low against the euro.",
            "no actor mention \"Sterling\"",
        ),
        (
            "She won the Royal Gold Medal in 2016.",
            "no actor mention \"Royal Gold\"",
        ),
    ],
    counter_examples: &["Ada Lenz called. Lenz said she would come."],
};

pub const INITIALS_ALONE: Rule = Rule {
    name: "actors/initials-alone",
    description:
        "Initials with no name after them (\"Lenz, A. D.; Ortiz, V. R.\") name no one by themselves.",
    details: "",
    examples: &[(
        "Lenz, A. D.; Ortiz, V. R. (2016). Harbours.",
        "no actor mention \"V. R.\"",
    )],
    counter_examples: &["V. R. Ortiz said the harbour was small."],
};

pub const SHOUTED_CLAUSE: Rule = Rule {
    name: "actors/shouted-clause",
    description: "A run of words in capitals with a pronoun, an auxiliary or a negation in it (\"NEVER LOCK THE GARDEN GATE\") is a shouted clause, not a name.",
    details: "",
    examples: &[(
        "Dear Ann, NEVER LOCK THE GARDEN GATE at night.",
        "no actor mention \"NEVER LOCK THE GARDEN GATE\"",
    )],
    counter_examples: &["Shares of ORBIX PARTNERS rose, and ORBIX PARTNERS said it would grow."],
};

pub const SHOUTED_SENTENCE: Rule = Rule {
    name: "actors/shouted-sentence",
    description: "In a sentence written mostly in capitals (\"SO COME ON UP AND VISIT US NEXT WEEK\"), words in capitals are the writer's voice, not a name, unless a given name, a title or a known name is among them.",
    details: "",
    examples: &[(
        "Dear Ann, SO COME ON UP AND VISIT, THE ROOM IS READY FOR YOU.",
        "no actor mention \"COME ON UP\"",
    )],
    counter_examples: &["So we all went down to the harbour with MARIA COSTA on Friday."],
};

pub const ABSTRACT_NOUN: Rule = Rule {
    name: "actors/abstract-noun",
    description: "A single capitalised word ending in \"-ism\", \"-ity\", \"-ness\" or \"-ics\" (\"Structuralism\", \"Linguistics\") names an idea, a quality or a field of study, not an actor.",
    details:
        "A single capitalised word ending as an abstract noun does (\"-ism\", \"-ity\", \"-ness\", \"-ics\": \"Structuralism\", \"Morality\", \"Linguistics\") names a doctrine, a quality or a field of study, not an actor, unless a list or an organisation word makes it one.",
    examples: &[
        (
            "It became a classic of American Structuralism in its time.",
            "no actor mention \"Structuralism\"",
        ),
        (
            "He received his degree in Linguistics from Tarsby.",
            "no actor mention \"Linguistics\"",
        ),
    ],
    counter_examples: &["She studied at the University, and Kessler said so."],
};

pub const ADVERB_OF_ADJECTIVE: Rule = Rule {
    name: "actors/adverb-of-adjective",
    description: "A single capitalised word that is an adverb made from a common adjective with \"-ly\" (\"Honestly?\", \"Officially,\") opens an answer or a clause: it is no name.",
    details: "The word less \"-ly\" is a common English adjective (`data/language-english-adjectives.txt`), also with \"-ily\" for \"-y\" (\"Happily\"), \"-bly\" for \"-ble\" (\"Probably\"), \"-ically\" for \"-ic\" (\"Basically\") and \"-lly\" for \"-ll\" (\"Fully\"); a given name (\"Emily\", \"Kelly\"), a title or a known name stays a name.",
    examples: &[
        (
            "Greiner: Why chemistry?\n\nRaghunathan: Honestly? Because the canteen was good.",
            "no actor mention \"Honestly\"",
        ),
        (
            "Did it give a reason?\n\nAydemir: Officially, \"technical deficiencies.\" Unofficially, nobody knows.",
            "no actor mention \"Officially\"",
        ),
    ],
    counter_examples: &["Kelly said the plan would work, and Emily agreed."],
};

pub const COMMON_NOUN: Rule = Rule {
    name: "actors/common-noun",
    description: "A single capitalised word that is an everyday English noun (\"the Trial\", \"Home\") is a title word or a common noun, not an actor, unless it speaks or acts.",
    details:
        "A single capitalised word that is a common English noun (\"the Trial\", \"Home\", \"Witches\") is a title word or a common noun capitalised, not an actor, unless it speaks (\"Water said\"), another mention shows it acting, or a list, a title or an organisation word makes it one.",
    examples: &[
        (
            "She starred in The Trial and in Close to Home before the war.",
            "no actor mention \"Trial\"",
        ),
        (
            "His next book, Hegemony or Survival, sold well.",
            "no actor mention \"Survival\"",
        ),
    ],
    counter_examples: &[
        "Tarsby Survival Trust said the fund was empty, and Kessler agreed.",
        "\"The river is rising,\" Water said.",
    ],
};

pub const CODE_IN_BRACKETS: Rule = Rule {
    name: "actors/code-in-brackets",
    description: "A code system and its code in brackets (\"Tarsby Airport (IATA: TBY)\") are a label and a value: neither is an actor, unless a list knows the name.",
    details: "",
    examples: &[
        (
            "Tarsby Airport (IATA: TBY) lies north of the town.",
            "no actor mention \"IATA\"",
        ),
        (
            "Tarsby Airport (IATA: TBY) lies north of the town.",
            "no actor mention \"TBY\"",
        ),
    ],
    counter_examples: &["The airport (see TBY) is run by Orvana Group (OG), and OG said so."],
};

pub const ANIMAL_NAME: Rule = Rule {
    name: "actors/animal-name",
    description: "A name in apposition to a noun for an animal (\"Sonia, our golden retriever\") or listed right after one (\"their four dogs, Marbles, Kermit and Bunny\") is an animal's, not an actor's, and so are its other mentions.",
    details: "",
    examples: &[
        (
            "I dreamed that Sonia, our golden retriever, was with me. Sonia barked.",
            "no actor mention \"Sonia\"",
        ),
        (
            "She lives with their four dogs, Kermit, Peach and Bunny.",
            "no actor mention \"Kermit\"",
        ),
    ],
    counter_examples: &["Sonia, our neighbour, walked the dog. Sonia said it was cold."],
};

pub const THING_BY_MENU_PATH: Rule = Rule {
    name: "actors/menu-path",
    description: "A name with \">\" between it and another capitalised word is a step on a path through a program's menus (\"Select Motion > Auto Home\", \"under Configuration > Probe Offset\"), a label, not an actor, and so are its other mentions.",
    details: "",
    examples: &[(
        "Home all axes: select Motion > Auto Home, then open Vellmark > Probe Offset.",
        "no actor mention \"Auto Home\"",
    )],
    counter_examples: &["Sales rose > 5% at Vellmark Foods, and Vellmark Foods said so."],
};

pub const PRODUCT_BY_NOUN: Rule = Rule {
    name: "actors/product-by-noun",
    description: "A name right after a word for a product, a ship or a vehicle (\"the vaccine Gardasil\", \"the tanker Vell Meridian\") is that product, unless another mention shows an actor.",
    details:
        "A name right after a lower-case noun for a product, a vehicle or a device, itself after a determiner or a possessive and at most two lower-case words or nationalities (\"its cholesterol drug Lipitor\", \"the vaccine Gardasil\", \"the Liberian-flagged tanker Vell Meridian\"; `data/actors-product-nouns.txt`), or after a known company's model number or one of three digits or more after \"its\" (\"Boeing's 787 Dreamliner\", \"its 787 Dreamliner\"), is that product: it counts only when another mention shows an actor; a name of several words so placed is that product too, with a place or a given name in it and wherever the article names it (\"the tanker Star Meridian\", \"the container vessel Pacific Harmony\", \"the lobster boat Marguerite Anne\"); so is a name in apposition with \"the\" after such a noun (\"a freighter, the Harbel Star\", \"the vessel, the 1998-built Marlene Aurora\").",
    examples: &[
        (
            "Tess stepped onto the lobster boat Marguerite Anne. The Marguerite Anne rolled.",
            "no actor mention \"Marguerite Anne\"",
        ),
        (
            "The rescue helicopter Kestrel Two landed at noon.",
            "no actor mention \"Kestrel Two\"",
        ),
        (
            "The Liberian-flagged tanker Vell Meridian ran aground. The Vell Meridian sank.",
            "no actor mention \"Vell Meridian\"",
        ),
        (
            "A freighter, the 1998-built Marlene Aurora, docked. The Marlene Aurora sails under the flag of Malta.",
            "no actor mention \"Marlene Aurora\"",
        ),
        (
            "Sales of its cholesterol drug Vellotor fell, and Vellotor lost its patent.",
            "no actor mention \"Vellotor\"",
        ),
        (
            "The jet competes with Boeing's 787 Vellotor, which has won 900 orders.",
            "no actor mention \"Vellotor\"",
        ),
        (
            "Orvana said demand for its 787 Vellotor remained strong.",
            "no actor mention \"Vellotor\"",
        ),
        (
            "The tanker Star Meridian hit the container vessel Pacific Harmony. The Star Meridian is owned by a Greek firm.",
            "no actor mention \"Star Meridian\"",
        ),
    ],
    counter_examples: &[
        "The airline, the Vell Group said, cut its fares.",
        "The drug maker Orvana said sales fell.",
        "The airline Tarsby Air said fares rose.",
    ],
};

pub const PLACE_BY_NOUN: Rule = Rule {
    name: "actors/place-by-noun",
    description: "A name right after, or described by, a word for a place (\"the river Main\", \"the town of Cerro Vellmark\", \"Laudat, a village\") is that place, unless another mention shows an actor.",
    details:
        "A single name right after a determiner and a common noun for a place (\"the river Main\", \"the villages Brin and Tarsby\"), or a longer one without a given name after such a noun and \"of\" (\"the town of Cerro Vellmark\"), or at the end of a list after a plural one and \"of\" (\"the cities of Cochabamba and Santa Vellmar\"), or in a list after a plural one and a colon (\"three volcanoes: El Vellmar, Tarsk and Pichu Lund\"), is that place: it counts only when another mention shows an actor; and a name that an apposition with \"a\" or \"an\" and such a noun as its head follows, given name or not (\"Pedro Juan Caballero, a city separated from ...\"; not \"Ana Berg, a town official\"), or with \"the\" and such a noun in lower case, no possessive after it (\"Malanville, the northern market town on the Niger River\"; not \"Ana Berg, the town's mayor\"), one word so described wherever the article names it (\"Residents of Laudat, a village of 300 people, ... nobody will come to Laudat\").",
    examples: &[
        (
            "The city lies beneath three volcanoes: El Vellmar, Tarsk and Pichu Lund.",
            "no actor mention \"Pichu Lund\"",
        ),
        (
            "Traders in Malanville, the northern market town on the Niger River, say business fell. Malanville traders want credit.",
            "no actor mention \"Malanville\"",
        ),
        (
            "Residents of Laudat, a village of about 300 people, have raised concerns. Nobody will come to Laudat.",
            "no actor mention \"Laudat\"",
        ),
        (
            "Agents burned plants near Pedro Juan Caballero, a city on the border.",
            "no actor mention \"Pedro Juan Caballero\"",
        ),
        (
            "The speakers live in the villages Brin and Tarsby, east of the river Main.",
            "no actor mention \"Tarsby\"",
        ),
        (
            "The fossils were found near the town of Cerro Vellmark.",
            "no actor mention \"Cerro Vellmark\"",
        ),
        (
            "Growers blocked the highway between the cities of Cochabamba and Santa Vellmar.",
            "no actor mention \"Santa Vellmar\"",
        ),
    ],
    counter_examples: &[
        "Ana Berg, the town's mayor, said the plan would fail.",
        "The company Orvana said the village was safe, and Orvana hired staff.",
    ],
};

pub const PLACE_BY_ROUTE: Rule = Rule {
    name: "actors/place-by-route",
    description: "A name at either end of a trip or a route (\"the bus from the station to Brisk\", \"moved south to Vellin\") is a place, unless another mention shows it acting.",
    details:
        "A name after \"to\", or between \"from\" and \"to\", near a word of travel or transport (\"the bus from the station to Brisk\"; `data/actors-route-words.txt`), or either end of \"from\" ... \"to\" after a plural noun for places (\"in villages from Gros Islet to Vieux Fort\"), or either end of \"between\" ... \"and\" after such a word (\"a motorway stretch between Mateševo and Andrijevica\"; not \"talks between Orbix and Tarsk\"), or either of two names joined by a dash before it (\"the Bar–Boljare motorway\"), or after a compass direction and \"to\" (\"moved south to Vellin\"), or before a journey's length in brackets (\"Micros leave for Dalcahue (40 minutes)\", \"Koper (30 min)\"), or after \"From\" that opens a sentence before \"there\" or a preposition of place and a name (\"From Vlorë there are six departures a day\"), is a place, and so are its other mentions unless they show it acting.",
    examples: &[
        (
            "Hotels are rare in Brisk. A bus runs from the station to Brisk, and ferries sail from Brisk to Vellin.",
            "no actor mention \"Brisk\"",
        ),
        (
            "When she was a girl, the family moved south to Vellin.",
            "no actor mention \"Vellin\"",
        ),
        (
            "The island celebrated with music and church services in villages from Gros Islet to Vieux Fort.",
            "no actor mention \"Vieux Fort\"",
        ),
        (
            "Work began on a 22-kilometre stretch between Mateševo and Andrijevica.",
            "no actor mention \"Mateševo\"",
        ),
        (
            "The first section of the Bar–Boljare motorway opened in 2022.",
            "no actor mention \"Bar\"",
        ),
        (
            "Micros leave the terminal for Dalcahue (40 minutes) every hour.",
            "no actor mention \"Dalcahue\"",
        ),
        (
            "From Vlorë there are around six departures a day.",
            "no actor mention \"Vlorë\"",
        ),
    ],
    counter_examples: &[
        "Ada Lenz moved from Orbix to Brisk Partners, and Brisk Partners said it was glad.",
        "From Orbix came no answer, and Orbix said later it had not seen the letter.",
        "Talks between Orbix and Tarsk failed, and Orbix said it would sue.",
    ],
};

pub const PLACE_BY_LOCATION_VERB: Rule = Rule {
    name: "actors/place-by-location-verb",
    description: "A name after words for lying or moving somewhere (\"located at Brisk\", \"spread to Brisk\", \"fled from Tarsby\") is a place there, and a hint that its other mentions are too.",
    details:
        "A name after a participle of lying or resting somewhere and \"at\", \"in\", \"near\" or \"on\" (\"located at Brisk\", \"buried at Tarsby\", \"landed at Vellin\"), or after a verb of going somewhere in the past and \"to\", \"from\" or \"into\" (\"spread to Brisk\", \"fled from Tarsby\", \"had never been to Tarsby\", maybe with \"back\" or a pronoun between: \"been back to Brisk\", \"flew them to Vellin\"; `data/actors-motion-verbs.txt`; the other names of a list it opens too), is a place there, and evidence that its other mentions are.",
    examples: &[
        (
            "Hotels are few, but the old temple is located at Quenmar.",
            "no actor mention \"Quenmar\"",
        ),
        (
            "The disease has not spread to Tarvel or Vellin, she said.",
            "no actor mention \"Tarvel\"",
        ),
        (
            "I had not been back to Ogbere in nineteen years.",
            "no actor mention \"Ogbere\"",
        ),
    ],
    counter_examples: &["The files were located at Orbix, and Orbix said it would help."],
};

pub const CONSTITUENCY_OF_MEMBER: Rule = Rule {
    name: "actors/constituency-of-member",
    description: "A name after a legislator's noun and \"for\" (\"the member for Douglas Central\", \"the MP for Hakupu\", \"MLA for\", \"TD for\") is the seat the legislator holds, a place, even with a given name in it; a person holds no seat.",
    details: "",
    examples: &[
        (
            "Kerrie Tarvel, the member for Douglas Central, said the plan was overdue.",
            "no actor mention \"Douglas Central\"",
        ),
        (
            "Fisa Ikiua, the MP for Hakupu, said there were too few jobs.",
            "no actor mention \"Hakupu\"",
        ),
    ],
    counter_examples: &["She voted for Douglas Central, and Douglas Central said he was pleased."],
};

pub const PLACE_OF_RESIDENTS: Rule = Rule {
    name: "actors/place-of-residents",
    description: "A name after a word for the people who live in a place or for its parts and \"of\" (\"residents of Dallington\", \"parts of Roscommon and Offaly\") is that place, unless another mention shows an actor.",
    details: "The nouns are listed in `data/actors-residents-nouns.txt` (\"residents\", \"inhabitants\", \"villagers\", \"parts\", \"outskirts\", \"suburbs\"), written in lower case; the name may end a short list after \"of\" (\"residents of Avonside and Dallington\"); not a name with a title, a known name or a full personal name.",
    examples: &[
        (
            "Frustrated residents of Avonside and Dallington packed the meeting last night.",
            "no actor mention \"Dallington\"",
        ),
        (
            "The hospital serves east Galway and parts of Roscommon and Tarsby.",
            "no actor mention \"Tarsby\"",
        ),
    ],
    counter_examples: &["Members of Tarsby Rovers met. Tarsby said it would appeal."],
};

pub const PLACE_OF_ORIGIN: Rule = Rule {
    name: "actors/place-of-origin",
    description: "A name of several words after a word for a person and \"from\" (\"a mechanic from Kajo Keji\", \"her cousin from Goz Beida\") is where the person comes from: a place.",
    details:
        "A name of several words with no given name, title or organisation's word after \"from\" that follows a noun for a person, a role or a relative (\"a 26-year-old mechanic from Kajo Keji\", \"her cousin from Goz Beida\") is where the person comes from: a place, and evidence that its other mentions are; not after a noun for a thing (\"a letter from Ada Vell\"), nor a name a given name opens (\"a nurse from Jordan Vell's ward\").",
    examples: &[(
        "Jordan Lokuru, a 26-year-old mechanic from Kajo Keji, arrived as a refugee himself.",
        "no actor mention \"Kajo Keji\"",
    )],
    counter_examples: &["A letter from Ada Vell arrived. Ada Vell later called."],
};

pub const PLACE_BESIDE_PLACE: Rule = Rule {
    name: "actors/place-beside-place",
    description: "A name joined by \"and\", \"or\" or a comma to a known place after a word such as \"near\" or \"in\" is a place too: \"projects near N'Djamena and Goz Beida\".",
    details:
        "A name of several words with no given name, title or organisation's word joined by \"and\", \"or\" or a comma to a known place after a preposition of place (\"projects near N'Djamena and Goz Beida\") is a place too, and evidence that its other mentions are; not after a person's name there (\"in Paris and Ada Vell\" is no list of places), nor a name after a comma that a verb or an apposition follows where the preposition opens the sentence, the subject of the clause the place's phrase opens (\"In Riga, Ilze Ozolina said\").",
    examples: &[
        (
            "The charity has projects near N'Djamena and Goz Beida. He was one of several hundred aid workers.",
            "no actor mention \"Goz Beida\"",
        ),
        (
            "The charity has projects near N'Djamena, Goz Beida in the east and Abeche.",
            "no actor mention \"Goz Beida\"",
        ),
    ],
    counter_examples: &[
        "She met officials in Paris and Jordan Vell said the talks went well.",
        "In Riga, Ilze Ozolina, an official of the party, said people were cautious.",
        "In Tartu, Mart Kivistik said the same.",
    ],
};

pub const HOME_TOWN_AFTER_AGE: Rule = Rule {
    name: "actors/home-town-after-age",
    description: "A name after a person's age and \"of\" (\"Ryan Vell, 36, of Quenmar\") is where the person lives: a place.",
    details:
        "A single name after a person's age between commas and \"of\" (\"Ryan Vell, 36, of Quenmar\") is where the person lives: a place, and evidence that its other mentions are; so is a name of several words with no organisation's word, though a given name opens it (\"Denver Banks, 42, of Coral Gables\").",
    examples: &[
        ("Ryan Vell, 36, of Quenmar, pleaded guilty.", "no actor mention \"Quenmar\""),
        (
            "Denver Banks, 42, of Coral Gables, was charged.",
            "no actor mention \"Coral Gables\"",
        ),
    ],
    counter_examples: &[
        "Ryan Vell, a trader at Orbix, pleaded guilty. Orbix said it would appeal.",
        "Ann Vell, 36, of Dallas Cole Associates, spoke.",
    ],
};

pub const MEETING_HELD: Rule = Rule {
    name: "actors/meeting-held",
    description: "A name ending in \"Conference\", \"Forum\", \"Symposium\" or \"Expo\" beside a year or after a word of attending or hosting (\"the 2020 Review Conference\") is a meeting, not an actor.",
    details:
        "A name that ends in \"Conference\", \"Forum\", \"Symposium\" or \"Expo\" next to a year or an ordinal (\"the 2020 Review Conference\", \"the Tarsby Forum 2019\"), or after a word of attending or hosting (\"a keynote at the Orbix Developers Conference\", \"we hosted the Vienna Energy Forum\"), is a meeting held, not a body: no actor.",
    examples: &[
        (
            "Ada Lenz gave a keynote at the Orbix Developers Conference in Tarsby.",
            "no actor mention \"Orbix Developers Conference\"",
        ),
        (
            "Delegates prepared for the 2020 Review Conference in May.",
            "no actor mention \"Review Conference\"",
        ),
    ],
    counter_examples: &["The Tarsby Episcopal Conference said the schools would stay open."],
};

pub const PLACE_BY_DIRECTION: Rule = Rule {
    name: "actors/place-by-direction",
    description: "A name after a compass direction (\"just west of Brisk\", \"across western Vellais\") or \"neighbouring\" is a place, unless another mention shows an actor.",
    details:
        "A name after a compass direction and \"of\" (\"just west of Brisk\", \"north-east of the Vellins\") or after a compass adjective in lower case (\"across western Vellais\") or \"neighbouring\", \"neighboring\" or \"nearby\" (\"neighbouring Sorsogon\") is a place, and so are its other mentions unless they show an actor; a compass adjective capitalised alone before a noun in lower case is no name (\"in six Southeastern states\", \"17 Midwestern and Plains states\"), unless a verb follows it (\"Southeastern said\").",
    examples: &[
        (
            "Storm signals were raised for neighbouring Sorsogon on Wednesday.",
            "no actor mention \"Sorsogon\"",
        ),
        (
            "The old market lies just west of Brisk. Walk along Brisk to the harbour.",
            "no actor mention \"Brisk\"",
        ),
        (
            "Avalanche danger was high across western Vellais after the storm.",
            "no actor mention \"Vellais\"",
        ),
        (
            "The chain operates 412 stores in six Southeastern states and 17 Midwestern and Plains states.",
            "no actor mention \"Southeastern\"",
        ),
    ],
    counter_examples: &[
        "The plant lies north of the town, and Orbix Partners said it would grow.",
        "The bank opened a branch in the west, and Western Vellais said it would grow.",
    ],
};

pub const UNIT_AFTER_NUMBER: Rule = Rule {
    name: "actors/unit-after-number",
    description: "A short capitalised word right after an amount or joined to a currency sign (\"150 Kr\", \"NZ$500,000\", \"47 degrees Celsius\") is a currency or a unit, not an actor.",
    details:
        "A capitalised word of at most three letters right after an amount that is no year (\"150 Kr\", \"20 DKK a day\") or glued to a dollar sign or another currency's sign (\"NZ$500,000\", \"GH¢100\") is a currency or a unit, not an actor, even where the body it abbreviates is named (\"EC$281 million\" beside \"the European Commission\"); so is the scale after an amount of degrees or right after an amount (\"47 degrees Celsius\", \"minus 36 Fahrenheit\").",
    examples: &[
        (
            "Temperatures dropped to minus 38 degrees Celsius (minus 36 Fahrenheit), officials said.",
            "no actor mention \"Fahrenheit\"",
        ),
        (
            "The map costs 150 Kr at the office, and a guided tour 400 Kr.",
            "no actor mention \"Kr\"",
        ),
        ("It was 47 degrees Celsius in Delhi.", "no actor mention \"Celsius\""),
        (
            "Canberra pledged A$1 million and Wellington NZ$500,000.",
            "no actor mention \"NZ\"",
        ),
        (
            "Fees brought in EC$281 million. The European Commission warned that visas could go.",
            "no actor mention \"EC\"",
        ),
        (
            "Traders were fined between GH¢100 and GH¢200 each, and GH¢50 for a repeat offence.",
            "no actor mention \"GH\"",
        ),
    ],
    counter_examples: &["In 1987 Orbix sold the plant, and Orbix said it would grow."],
};

pub const WORK_IN_QUOTES: Rule = Rule {
    name: "actors/work-in-quotes",
    description: "A name inside a title in quotation marks (\"Meet the Press\", \"Man of the World\") is part of the title of a work, not an actor.",
    details:
        "A name inside a title in quotation marks, among capitalised words and the small words of titles (\"“Ghost in the Harbour”\"), is part of the title of a work, not an actor; so is a given name alone there (\"“Man of the World”\"), and an organisation word alone after a small word of the title (\"“Meet the Press”\", not \"“National Fund”\").",
    examples: &[
        (
            "Her essay “Letters from the Harbour” won a prize.",
            "no actor mention \"Harbour\"",
        ),
        (
            "Pence spoke to Chuck Todd on \"Meet the Press\" on Sunday.",
            "no actor mention \"Press\"",
        ),
        (
            "He was paid well, according to “Man of the World,” a book by a former aide.",
            "no actor mention \"Man\"",
        ),
    ],
    counter_examples: &["“Lindqvist is wrong,” said Ada Berg."],
};

pub const ACRONYM_IN_PLURAL: Rule = Rule {
    name: "actors/acronym-in-plural",
    description: "An acronym with a plural \"s\" (\"DVDs\", \"LEDs\"), alone or ending a name, counts things of a kind, not an actor.",
    details: "",
    examples: &[(
        "Most homes now use LEDs, and LEDs last for years.",
        "no actor mention \"LEDs\"",
    )],
    counter_examples: &["The LED maker Orbix cut prices, and Orbix said so."],
};

/// Nouns that label one of a set by a capital letter after them (`data/actors-label-nouns.txt`):
/// "Exhibit K", "Country B".
static LABEL_NOUNS: WordSet = word_set!("../data/actors-label-nouns.txt");

/// Whether the name over tokens `name` is a noun and one capital letter, the label of one of a set
/// ("Exhibit K", "Country B", "Plan B"; [`LETTERED_LABEL`]): a labelling noun or a common noun, no noun
/// for a person ("Witness K"), title or given name ("Malcolm X").
pub fn lettered_label(doc: &Doc, lower: &[&str], name: std::ops::Range<usize>) -> bool {
    if name.end != name.start + 2 {
        return false;
    }
    let (noun, letter) = (lower[name.start], doc.word(name.start + 1));
    letter.len() == 1
        && letter.starts_with(|c: char| c.is_ascii_uppercase())
        && (LABEL_NOUNS.contains(noun) || common_noun(noun))
        && !super::names::person_noun(noun)
        && LEXICON.title(noun).is_none()
        && LEXICON.given(doc.word(name.start)).is_none()
}

pub const LETTERED_LABEL: Rule = Rule {
    name: "actors/lettered-label",
    description: "A noun and one capital letter after it (\"Exhibit K\", \"Plan B\") label one of a set, not an actor, unless the noun is a word for a person (\"Witness K\").",
    details:
        "A noun and one capital letter after it label one of a set (\"Exhibit K\", \"Country B\", \"Plan B\"; `data/actors-label-nouns.txt`, or any common noun): no actor; a noun for a person so labelled is one (\"Witness K told the court\"), and so is a given name before a letter (\"Malcolm X\").",
    examples: &[
        (
            "The jury was shown Exhibit K, a text message sent that night.",
            "no actor mention \"Exhibit K\"",
        ),
        (
            "Suppose Country B devalues its currency; Country B's exports rise.",
            "no actor mention \"Country B\"",
        ),
    ],
    counter_examples: &["Witness K told the court he was afraid.", "Malcolm X spoke in Harlem."],
};

pub const LETTER_TERM: Rule = Rule {
    name: "actors/letter-term",
    description: "One capital letter joined by a hyphen to a lower-case word (\"X-ray\", \"K-band\", \"U-turn\") is a term, not a name.",
    details: "",
    examples: &[(
        "The K-band antenna failed, so the team used the X-ray data.",
        "no actor mention \"K-band\"",
    )],
    counter_examples: &["Jay-Z said he would come, and Jay-Z came."],
};
