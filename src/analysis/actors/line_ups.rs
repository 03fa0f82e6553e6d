//! Team line-ups as match reports print them: a line that opens with the team's name and a colon, then
//! the players' surnames between commas and semicolons, a substitute in brackets with the minute he came
//! on ("Sweden: Andersson; Nyberg, Lindqvist, Hedström; Holmqvist (Ekdahl 41), Svensson."). Each surname
//! is a person, though no given name shows it and most stand nowhere else in the text.

use std::collections::HashSet;

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};

/// The fewest players that make a line-up (a side of five plays indoor football and basketball; a list
/// as long is rare elsewhere with the evidence asked for below).
const MIN_PLAYERS: usize = 7;

/// The most words of a team's name before the colon ("Republic of Ireland:").
const MAX_LABEL: usize = 4;

/// Adds the players of line-ups.
pub fn line_ups(doc: &Doc, lower: &[&str], cands: &mut Vec<Candidate>) {
    // Line-ups bracket their substitutes or name players found elsewhere; most texts have no line that
    // opens with a name and a colon at all.
    if !doc.text.contains(':') {
        return;
    }
    let n = doc.tokens.len();
    let mut found: Vec<Candidate> = Vec::new();
    let mut surnames: Option<HashSet<&str>> = None;
    let mut i = 0;
    while i < n {
        if !doc.tokens[i].line_start {
            i += 1;
            continue;
        }
        let Some(colon) = team_label(doc, i) else {
            i += 1;
            continue;
        };
        let Some((players, substitute, end)) = players(doc, lower, colon + 1) else {
            i = colon + 1;
            continue;
        };
        // Evidence that the names are players: a substitute in brackets with his minute, or two players
        // the text names as persons elsewhere (their surnames gathered once, at the first line-up).
        let surnames = surnames.get_or_insert_with(|| {
            cands
                .iter()
                .filter(|c| c.words.len() > 1 && c.person > c.org)
                .filter_map(|c| c.words.last().map(String::as_str))
                .collect::<HashSet<&str>>()
        });
        let known = players
            .iter()
            .filter(|p| surnames.contains(lower[p.1 - 1]))
            .count();
        if players.len() >= MIN_PLAYERS && (substitute || known >= 2) {
            for &(s, e) in &players {
                found.push(Candidate::person(doc, doc.span_of(s..e), LINE_UP.name));
            }
        }
        i = end;
    }
    merge_found(found, true, cands);
}

/// The colon after a team's name that opens the line at token `start`: one to four capitalised words.
fn team_label(doc: &Doc, start: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let mut k = start;
    while k < n
        && k - start < MAX_LABEL
        && doc.tokens[k].kind == TokenKind::Word
        && is_capitalized(doc.word(k))
    {
        k += 1;
    }
    (k > start && k < n && doc.word(k) == ":" && !doc.tokens[k].line_start).then_some(k)
}

/// The players listed from token `start` to the end of the line, as token ranges, with whether a
/// substitute in brackets stands among them and where the line ends; `None` when anything but names,
/// commas, semicolons, substitutes and a closing period stands on the line.
#[allow(clippy::type_complexity)]
fn players(doc: &Doc, lower: &[&str], start: usize) -> Option<(Vec<(usize, usize)>, bool, usize)> {
    let n = doc.tokens.len();
    let mut out = Vec::new();
    let mut substitute = false;
    let mut k = start;
    loop {
        let (s, e) = player(doc, lower, k)?;
        out.push((s, e));
        k = e;
        // "Holmqvist (Ekdahl 41)": the one who came on, and the minute.
        if k + 3 < n && doc.word(k) == "(" && !doc.tokens[k].line_start {
            let (ss, se) = player(doc, lower, k + 1)?;
            if doc.tokens.get(se).is_none_or(|t| t.kind != TokenKind::Number) || doc.word(se + 1) != ")" {
                return None;
            }
            out.push((ss, se));
            substitute = true;
            k = se + 2;
        }
        let at_end = k >= n || doc.tokens[k].line_start;
        if at_end {
            return Some((out, substitute, k));
        }
        match doc.word(k) {
            "," | ";" => k += 1,
            "." if k + 1 >= n || doc.tokens[k + 1].line_start => return Some((out, substitute, k + 1)),
            _ => return None,
        }
        if k >= n || doc.tokens[k].line_start {
            return None;
        }
    }
}

/// One player's name at token `k`: a surname, maybe after an initial ("B Moody", "B. Moody") or a
/// given name; no function word, no known place.
fn player(doc: &Doc, lower: &[&str], k: usize) -> Option<(usize, usize)> {
    let n = doc.tokens.len();
    let name_word = |j: usize| {
        j < n
            && doc.tokens[j].kind == TokenKind::Word
            && is_capitalized(doc.word(j))
            && !LEXICON.is_stop(lower[j])
            && (j == k || !doc.tokens[j].line_start)
    };
    let mut e = k;
    while e < n && e - k < 3 && name_word(e) {
        e += 1;
        // "B. Moody": an initial's period.
        if e < n && doc.word(e) == "." && doc.word(e - 1).chars().count() == 1 && name_word(e + 1) {
            e += 1;
        }
    }
    let one_place = e == k + 1 && LEXICON.place(doc.word(k)).is_some();
    (e > k && !one_place).then_some((k, e))
}

pub const LINE_UP: Rule = Rule {
    name: "actors/line-up",
    description: "A line that opens with a team's name and a colon and lists seven players or more between commas and semicolons (\"Sweden: Andersson; Nyberg, Lindqvist, Hedström; Holmqvist (Ekdahl 41), Svensson, ...\") lists persons, each surname one, when a substitute stands in brackets with the minute he came on or two of the names are persons the text names in full elsewhere; not a list of places (\"Stops: Leeds, York, Hull, ...\").",
    examples: &[(
        "Sweden were held.\n\nSweden: Andersson; Nyberg, Lindqvist, Hedström, Karlsson; Holmqvist (Ekdahl 41), Svensson, Wallin, Berg; Norén (Falk 65), Åhlund.",
        "actor person \"Nyberg\": \"Nyberg\"",
    )],
    counter_examples: &[
        "The tour was long.\n\nStops: Leeds; York, Hull, Bath, Derby, Ely; Wells, Ripon, Truro.",
        "The board met.\n\nPresent: Ames, Boyd, Cole, Dunn, Egan, Frey, Gale.",
    ],
};
