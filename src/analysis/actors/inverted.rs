//! Names written surname first, as reading lists and bibliographies do: "Austen, Jane. Pride and
//! Prejudice", "Marx, Karl and Engels, Friedrich." A capitalised word, a comma and a known given name,
//! at the start of a line, is one person, even when the surname is also a place ("London, Jack").

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_all_caps, is_capitalized, Doc, TokenKind};

/// The most capitalised words after the given name ("Macaulay, Thomas Babington.").
const MAX_MORE: usize = 2;

/// Adds the persons named surname first at the start of a line, and after "and" or ";" that follows one
/// (after initials also "," and ", &": "Lenz, A. D., Ortiz, V. R., & Berg, T.").
pub fn inverted_names(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let n = doc.tokens.len();
    let mut found: Vec<Candidate> = Vec::new();
    let mut i = 0;
    // Whether the name before, on the same line, ended with "and" or ";": the next may start there.
    let mut chained = false;
    while i < n {
        if !(doc.tokens[i].line_start || chained) {
            i += 1;
            continue;
        }
        chained = false;
        match inverted_at(doc, lower, i) {
            Some(end) => {
                let initials = lower[i + 2].len() == 1;
                let mut c = Candidate::person(doc, doc.span_of(i..end), INVERTED_NAME.name);
                if initials {
                    // Initials say too little to tell two people of one surname apart: the surname
                    // alone, which joins the full name found elsewhere ("Angela Duckworth").
                    c.words = vec![lower[i].to_string()];
                } else {
                    // In the order the person's name is said: given names, then the surname.
                    c.words = (i + 2..end)
                        .chain([i])
                        .map(|k| lower[k].to_string())
                        .filter(|w| w != ".")
                        .collect();
                    c.given = true;
                    c.gender = LEXICON.given(doc.word(i + 2)).unwrap_or_default();
                }
                found.push(c);
                let joins = |k: usize| match lower.get(k) {
                    Some(&("and" | ";")) => true,
                    Some(&("," | "&")) => initials,
                    _ => false,
                };
                chained = end < n && !doc.tokens[end].line_start && joins(end);
                i = end + usize::from(chained);
                // "Peterson, C., & Matthews, M. D.": a comma, then "&" or "and".
                if chained && lower[end] == "," && matches!(lower.get(i), Some(&("&" | "and"))) {
                    i += 1;
                }
            }
            None => i += 1,
        }
    }
    merge_found(found, true, cands);
}

/// The end (exclusive) of a name written surname first from token `i`: a capitalised word that is no
/// stop word, a comma, a known given name that is no place, up to [`MAX_MORE`] more capitalised words or
/// initials, then a full stop, ";", "and" or a bracket on the same line; or a surname that is no place,
/// a comma and initials ([`initials_after`]).
fn inverted_at(doc: &Doc, lower: &[&str], i: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let word = |k: usize| k < n && doc.tokens[k].kind == TokenKind::Word && is_capitalized(doc.word(k));
    if lower.get(i + 1) != Some(&",") || !word(i) || !word(i + 2) || LEXICON.is_stop(lower[i]) {
        return None;
    }
    if let Some(end) = initials_after(doc, lower, i + 2) {
        // "Peterson, C.;", "Matthews, M. D. (2007)": a reference list's authors, surname first.
        return (LEXICON.place(doc.word(i)).is_none()).then_some(end);
    }
    let given = doc.word(i + 2);
    if LEXICON.given(given).is_none() || LEXICON.place(given).is_some() || doc.tokens[i + 2].line_start {
        return None;
    }
    // "HARTFORD, Conn. —": a dateline's town and its state's abbreviation, no person ("Conn" is a given
    // name too).
    if lower.get(i + 3) == Some(&".") && crate::analysis::countries::abbreviated_region(given) {
        return None;
    }
    // "CONAKRY, Jan. 20 —": a dateline's town in capitals and its date, no person ("Jan" is a given
    // name too).
    let day_after = |k: usize| doc.tokens.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    if is_all_caps(doc.word(i))
        && crate::analysis::timex::is_month_abbreviation(lower[i + 2])
        && (day_after(i + 3) || lower.get(i + 3) == Some(&".") && day_after(i + 4))
    {
        return None;
    }
    let mut end = i + 3;
    let mut more = 0;
    while more < MAX_MORE && word(end) && !doc.tokens[end].line_start && !LEXICON.is_stop(lower[end]) {
        // An initial: "Smith, John R."
        if doc.word(end).chars().count() == 1 && lower.get(end + 1) == Some(&".") {
            end += 1;
        }
        end += 1;
        more += 1;
    }
    // A full stop, not the end of the line: "Respectfully, George Chriss" closes a letter.
    let closed = end < n && !doc.tokens[end].line_start && matches!(lower[end], "." | ";" | "and" | "(");
    // "N'DJAMENA, Chad (AP) --": a dateline's town in capitals and its country, no person.
    let dateline = lower.get(end) == Some(&"(") && doc.tokens[i].line_start && is_all_caps(doc.word(i));
    (closed && !dateline).then_some(end)
}

/// The end (exclusive) of one to three initials from token `k` ("C.", "M. D.", "A. L. R."), when a
/// reference list's separator follows them on the same line: ";", ",", "&" or a bracket.
fn initials_after(doc: &Doc, lower: &[&str], k: usize) -> Option<usize> {
    let initial = |j: usize| {
        doc.tokens
            .get(j)
            .is_some_and(|t| t.kind == TokenKind::Word && !t.line_start)
            && doc.word(j).len() == 1
            && doc.word(j).starts_with(|c: char| c.is_ascii_uppercase())
            && lower.get(j + 1) == Some(&".")
    };
    let mut end = k;
    while end < k + 6 && initial(end) {
        end += 2;
    }
    let closed = end > k
        && doc.tokens.get(end).is_some_and(|t| !t.line_start)
        && matches!(lower[end], ";" | "," | "&" | "(");
    closed.then_some(end)
}

/// An actor's name as it is said: "Jane Austen" for "Austen, Jane" found by [`INVERTED_NAME`]; any other
/// name as written.
pub fn spoken_order(name: &str, rule: &str) -> String {
    match name.split_once(", ") {
        Some((surname, given)) if rule == INVERTED_NAME.name => format!("{given} {surname}"),
        _ => name.to_string(),
    }
}

pub const INVERTED_NAME: Rule = Rule {
    name: "actors/inverted-name",
    description: "A surname, a comma and then a given name or initials, as in a reading list, name one person: \"Austen, Jane\", \"Ortiz, V. R.\".",
    details:
        "A surname, a comma and a known given name at the start of a line, as reading lists write them (\"Austen, Jane. Pride and Prejudice\"), is one person, even when the surname is also a place (\"London, Jack.\"); so is a surname with initials before \";\", \",\", \"&\" or a bracket (\"Peterson, C.; Matthews, M. D. (2007)\"); not a dateline's town and its state's abbreviation (\"HARTFORD, Conn. —\"), nor a dateline's town in capitals and its country before a bracket (\"N'DJAMENA, Chad (AP) --\") or its date (\"CONAKRY, Jan. 20 —\").",
    examples: &[
        (
            "Good ones to start with:\n\nLondon, Jack. White Fang\n\nAusten, Jane. Emma",
            "actor person \"Jack London\": \"London, Jack\"",
        ),
        (
            "Read these:\n\nMarx, Karl and Engels, Friedrich. The Manifesto",
            "actor person \"Friedrich Engels\": \"Engels, Friedrich\"",
        ),
        (
            "It helps.\n\nLenz, A. D., Ortiz, V. R., & Berg, T. (2016). Harbours.",
            "actor person \"V. R. Ortiz\": \"Ortiz, V. R.\"",
        ),
    ],
    counter_examples: &[
        "N'DJAMENA, Chad (AP) -- Troops moved.",
        "CONAKRY, Jan. 20 — The federation denied the reports.",
        "Charleston, Virginia.\n\nThe port reopened, Ada Lunde said.",
        "Yesterday, Anna said the port reopened.",
        "With thanks,\nRespectfully, George Lunde\n",
        "Vell Sees Loss\n\nHARTFORD, Conn. — Vell Group Inc. said claims rose.",
        "They flew on.\nWashington, D. C., was hot.",
    ],
};
