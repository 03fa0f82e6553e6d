//! A given name addressed at the start of speech: alone at the start of a quotation before a comma or
//! "!" ("“Robert,” my mom says"), or after a greeting ("“Hey Ginny,”"). The one addressed is a person,
//! though the name opens a sentence and no surname or title follows it. (A name addressed at the end of
//! a quotation, "“Wait for me, Tamsin,”", is [`crate::analysis::actors::cluster::VOCATIVE_NAME`]'s.)

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, mark_in_role, Doc, TokenKind};

/// Greetings that come before the name of the one addressed.
const GREETINGS: &[&str] = &[
    "bye", "dear", "goodbye", "hello", "hey", "hi", "morning", "night", "thanks",
];

/// Adds the given names addressed at the start of quotations.
pub fn vocatives(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let n = doc.tokens.len();
    let mark = |i: usize, open: bool| {
        i < n && doc.tokens[i].kind != TokenKind::Word && mark_in_role(doc.word(i), open)
    };
    let mut found: Vec<Candidate> = Vec::new();
    for i in 1..n.saturating_sub(1) {
        // The cheap test first: most words are not followed by a comma or "!".
        let after = lower[i + 1];
        if !matches!(after, "," | "!" | "?" | ".")
            || doc.tokens[i].kind != TokenKind::Word
            || !is_capitalized(doc.word(i))
            || LEXICON.given(doc.word(i)).is_none()
        {
            continue;
        }
        let before = lower[i - 1];
        // An opening mark stands right before the word it opens; a mark a space or a line break away
        // closes the speech before, as when a paragraph opens with the name after one that ends in a
        // quotation ("Washington, which …").
        let opens = |k: usize| mark(k, true) && !doc.tokens[k + 1].space_before;
        let opening = opens(i - 1) && after != ".";
        let greeted = GREETINGS.contains(&before) && i >= 2 && (opens(i - 2) || lower[i - 2] == ",");
        // A relative pronoun after the comma makes the name a subject, not one addressed.
        let relative = after == "," && i + 2 < n && matches!(lower[i + 2], "which" | "who" | "whose");
        if !(opening || greeted) || relative {
            continue;
        }
        // A word the article also writes in lower case is a common word addressed ("“Man, he’s
        // useless”"), no name.
        let seen = doc.lower_seen();
        if seen.contains(lower[i]) {
            continue;
        }
        let mut c = Candidate::person(doc, doc.tokens[i].span(), NAME_ADDRESSED_FIRST.name);
        // Weaker than a title or a surname: an animal's name addressed ("“Sonia, up!”" beside "Sonia,
        // our golden retriever") stays the animal's.
        c.person = 2;
        found.push(c);
    }
    merge_found(found, false, cands);
}

pub const NAME_ADDRESSED_FIRST: Rule = Rule {
    name: "actors/name-addressed-first",
    description: "A known given name spoken to at the start of a quotation is a person, though it opens the sentence (\"Robert,\" my mom says; \"Hey Ginny,\" the nurse said).",
    details:
        "A known given name addressed at the start of a quotation is a person, though it opens a sentence: alone before a comma, \"!\" or \"?\" (\"“Robert,” my mom says\") or after a greeting (\"“Hey Ginny,”\"); not a given name that runs on into a surname or a sentence (\"“Robert Lunde is late,” she said\"), a word the article also writes in lower case (\"“Man, he’s useless”\"), an animal's name (\"Sonia, our golden retriever\"), a name after a mark that closes the speech before it, a space or a line away (a new paragraph that opens with \"Washington,\" after a quotation), nor one before \", which\", \", who\" or \", whose\", a relative clause's antecedent.",
    examples: &[
        (
            "“Robert,” my mom says, irritated. She crouches down.",
            "actor person \"Robert\": \"Robert\"",
        ),
        (
            "“Hey Ginny,” the nurse said into the phone.",
            "actor person \"Ginny\": \"Ginny\"",
        ),
        (
            "“Renata,” my mother says. “It’s okay.”",
            "actor person \"Renata\": \"Renata\"",
        ),
    ],
    counter_examples: &[
        "“Robert Lunde is late,” she said. “Rain, rain and more rain,” he sighed.",
        "“Man, he’s useless,” she said of the man at the desk.",
        "“Sonia, up!” I said to Sonia, our golden retriever.",
        "“We are not done,” he said. “Not by one man.”\n\nWashington, long a critic of Iran, said the move was wrong.",
        "“Washington, which has long accused Iran, is wrong,” he said.",
    ],
};
