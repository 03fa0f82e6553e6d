//! Credit lines of pictures: "Image: Ada Park.", "Photo by Tom Veck", "(credit: modification of work
//! by Jo Lunde)", "“Harbour at dawn” by Ada Park is licensed under ...". The name after the credit's
//! cue, up to the end of the credit, is its maker: a person, or an organisation when it has an
//! organisation word ("Image: Tervik Rowing Club").

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::Span;

/// The most words a credited name holds.
const MAX_WORDS: usize = 5;

/// Licences that stand where a credit's maker does, lower case.
const LICENCES: &[&str] = &["creative commons", "public domain"];

/// Adds the makers named in picture credits.
pub fn credits(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    let n = doc.tokens.len();
    let mut found: Vec<Candidate> = Vec::new();
    let mut i = 0;
    while i + 1 < n {
        let start = match (lower[i], lower[i + 1]) {
            ("image" | "photo" | "credit" | "picture", ":") => Some((i + 2, false)),
            ("photo" | "photograph" | "picture" | "work", "by") => Some((i + 2, false)),
            // "“Harbour at dawn” by Ada Park is licensed under ...".
            (_, "by") if matches!(doc.word(i), "”" | "\"") => Some((i + 2, true)),
            _ => None,
        };
        if let Some((from, licensed)) = start {
            if let Some((span, org)) = credited(doc, lower, from, licensed) {
                let mut c = Candidate::person(doc, span, CREDIT_LINE.name);
                if org {
                    c.person = 0;
                    c.org = 3;
                    c.given = false;
                }
                found.push(c);
            }
        }
        i += 1;
    }
    merge_found(found, true, cands);
}

/// The name credited from token `from`: one to five capitalised words or initials, ended by the end
/// of the credit (a full stop, a bracket, a slash, a comma, "under" or the end of the line), or by
/// "is licensed" when `licensed`, and no licence ("Public Domain"); and whether it has an organisation word.
fn credited(doc: &Doc, lower: &[&str], from: usize, licensed: bool) -> Option<(Span, bool)> {
    let n = doc.tokens.len();
    if from >= n || doc.tokens[from].line_start {
        return None;
    }
    let mut end = from;
    let mut words = 0;
    while end < n && (end == from || !doc.tokens[end].line_start) {
        let w = doc.word(end);
        let initial = w == "." && end > from && doc.word(end - 1).chars().count() == 1 && words > 0;
        let name_word =
            doc.tokens[end].kind == TokenKind::Word && is_capitalized(w) && !LEXICON.is_stop(lower[end]);
        if !(name_word || initial) {
            break;
        }
        words += usize::from(name_word);
        end += 1;
    }
    if words == 0 || words > MAX_WORDS {
        return None;
    }
    let closed = if licensed {
        lower.get(end) == Some(&"is") && lower.get(end + 1) == Some(&"licensed")
    } else {
        end >= n || doc.tokens[end].line_start || matches!(lower[end], "." | ")" | "(" | "/" | "," | "under")
    };
    // "Image credit: Public Domain": a licence, no maker.
    let name = (from..end).map(|k| lower[k]).collect::<Vec<_>>().join(" ");
    if !closed || LICENCES.contains(&name.as_str()) {
        return None;
    }
    let org = (from..end).any(|k| LEXICON.is_org_word(doc.word(k)));
    Some((doc.span_of(from..end), org))
}

pub const CREDIT_LINE: Rule = Rule {
    name: "actors/credit-line",
    description: "The name after a picture credit's cue (\"Image: Ada Park.\", \"Photo by Tom Veck\", \"” by Jo Lunde is licensed\") is its maker: a person, or an organisation with an organisation word.",
    details: "",
    examples: &[
        (
            "The harbour at dawn. Image: Ada Lunde.\n\nThe port reopened.",
            "actor person \"Ada Lunde\": \"Ada Lunde\"",
        ),
        (
            "“Harbour at dawn” by Tom Brekke is licensed under a free licence.\n\nThe port reopened.",
            "actor person \"Tom Brekke\": \"Tom Brekke\"",
        ),
        (
            "The boats at rest. Image: Tervik Rowing Club.\n\nThe port reopened.",
            "actor organization \"Tervik Rowing Club\": \"Tervik Rowing Club\"",
        ),
    ],
    counter_examples: &["The image: a boat at rest.", "Photo by Tom Brekke and friends."],
};
