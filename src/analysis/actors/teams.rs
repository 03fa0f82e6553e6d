//! National teams beyond the fixture: once two countries have met as sides in a text
//! (`actors/national-team`), the text is about a contest, and a country in a side's role there is a team
//! too (`actors/team-role`): the opponent after "against" or a verb of a contest ("a point against
//! Wales", "they beat Myanmar"), and, for a country already known as a side, the subject of a finite
//! verb ("Belgium need only a point", "Scotland led 19-12"), a possessor ("Belgium's manager") or the
//! side after "for" or "by" ("her debut for Barbados", "capped 14 times by Serbia"). A country after
//! another preposition is a place ("played in Germany", "flew to Porto").

use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};
use crate::analysis::Span;

/// Verbs whose object is the other side, besides the verbs of a contest: "France host Wales",
/// "beating Ireland".
const OBJECT_VERBS: &[&str] = &[
    "beating", "face", "faces", "facing", "host", "hosted", "hosting", "hosts", "meet", "meets", "met",
];

/// The tests of the words around a country that the caller knows.
pub(super) struct Grammar<'g> {
    /// A verb of a contest: "beat", "drew".
    pub contest_verb: fn(&str) -> bool,
    /// A preposition after which a name is a place: "in", "to".
    pub preposition: fn(&str) -> bool,
    /// A finite verb phrase starts at the token, with a side as its subject: "need", "led".
    pub acts: &'g dyn Fn(usize) -> bool,
}

/// Whether the country at `span` plays a side's role in a text where sides have met; `known`: the
/// country is already a side there.
pub(super) fn plays(doc: &Doc, lower: &[&str], span: Span, known: bool, grammar: &Grammar) -> bool {
    let first = doc.token_at_or_after(span.start);
    let article = usize::from(first > 1 && lower[first - 1] == "the");
    let prev = first.checked_sub(1 + article).map_or("", |i| lower[i]);
    let before = first.checked_sub(2 + article).map_or("", |i| lower[i]);
    if matches!(prev, "against" | "v" | "versus" | "vs")
        || OBJECT_VERBS.contains(&prev)
        || (grammar.contest_verb)(prev)
        || prev == "to" && matches!(before, "lose" | "loses" | "losing" | "lost")
    {
        return true;
    }
    if !known {
        return false;
    }
    if matches!(prev, "for" | "by") {
        return true;
    }
    if (grammar.preposition)(prev) {
        return false;
    }
    let after = doc.token_at_or_after(span.end);
    let possessive = lower.get(after).is_some_and(|w| matches!(*w, "'s" | "’s"))
        || doc.slice(span).ends_with("'s")
        || doc.slice(span).ends_with("’s");
    possessive || (grammar.acts)(after) || score_at(doc, lower, after + 1)
}

/// Whether a score starts at token `i`: "19-12", "2–1"; not a range of years ("2014-15").
fn score_at(doc: &Doc, lower: &[&str], i: usize) -> bool {
    // Scores run to three digits ("113-110"); four make years ("2014-15").
    let points = |w: &str| !w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
    let points_at = |k: usize| {
        doc.tokens.get(k).is_some_and(|t| t.kind != TokenKind::Punct)
            && lower.get(k).is_some_and(|w| points(w))
    };
    let joined = lower.get(i).is_some_and(|w| {
        let parts: Vec<&str> = w.split(['-', '–']).collect();
        parts.len() == 2 && parts.iter().all(|p| points(p))
    });
    joined || points_at(i) && lower.get(i + 1).is_some_and(|w| matches!(*w, "-" | "–")) && points_at(i + 2)
}

pub const TEAM_ROLE: Rule = Rule {
    name: "actors/team-role",
    description: "Once two countries have met as sides in a text, a country in a side's role there is a national team too (\"a point against Wales\", \"Belgium need only a point\").",
    details: "In a text where two countries have met as sides (actors/national-team), the country after \"against\" or a verb of a contest is the other side (\"a point against Wales\", \"they beat Myanmar\"); a country already known as a side is the team too as the subject of a finite verb (\"Belgium need only a point\", \"Scotland led 19-12\"), as a possessor (\"Belgium's manager\") and after \"for\" or \"by\" (\"her debut for Barbados\"). After another preposition it is a place (\"played in Germany\").",
    examples: &[
        (
            "Belgium beat Portugal 2-1. Belgium need only a point against Wales.",
            "actor organization \"Wales\": \"Wales\"",
        ),
        (
            "Scotland drew with France. Scotland led 19-12 at the break.",
            "actor organization \"Scotland\": \"Scotland\"",
        ),
        (
            "India beat England by five wickets. India's captain was pleased.",
            "actor organization \"India\": \"India\"",
        ),
        (
            "Chile beat Peru in March. Fans hope to see them beating Bolivia.",
            "actor organization \"Bolivia\": \"Bolivia\"",
        ),
    ],
    counter_examples: &[
        "The talks with Wales ended. Belgium need only a point.",
        "Chile beat Peru 2-0. The fans flew to Germany and stayed in Italy.",
        "Chile beat Peru 2-0. She visited Peru in 2014-15.",
    ],
};
