//! Team line-ups as match reports print them: a line that opens with the team's name and a colon, then
//! the players' surnames between commas and semicolons, a substitute in brackets with the minute he came
//! on ("Sweden: Andersson; Nyberg, Lindqvist, Hedström; Holmqvist (Ekdahl 41), Svensson."). Each surname
//! is a person, though no given name shows it and most stand nowhere else in the text.

use std::collections::HashSet;
use std::ops::Range;

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
        let Some(line) = line_up_players(doc, lower, colon + 1) else {
            i = colon + 1;
            continue;
        };
        // Evidence that the names are players: a substitute in brackets with his minute, or two players
        // of one word whom the text names in full elsewhere (their surnames gathered once, at the first
        // line-up).
        let surnames = surnames.get_or_insert_with(|| {
            cands
                .iter()
                .filter(|c| c.words.len() > 1 && c.person > c.org)
                .filter_map(|c| c.words.last().map(String::as_str))
                .collect::<HashSet<&str>>()
        });
        let known = line
            .players
            .iter()
            .filter(|p| p.len() == 1 && surnames.contains(lower[p.start]))
            .count();
        // A list of places is no line-up, though a player may bear a place's name ("Holland").
        let places = line
            .players
            .iter()
            .filter(|p| p.len() == 1 && LEXICON.place(doc.word(p.start)).is_some())
            .count();
        let enough = line.players.len() >= MIN_PLAYERS && places * 2 < line.players.len();
        if enough && (line.substitute || known >= 2) {
            // The team's name is an organisation's ("BLYTH SPARTANS:", not a person in capitals).
            found.push(Candidate::organisation(doc, doc.span_of(i..colon), LINE_UP.name));
            for p in &line.players {
                found.push(Candidate::person(doc, doc.span_of(p.clone()), LINE_UP.name));
            }
        }
        i = line.end;
    }
    merge_found(found, true, cands);
}

/// The colon after a team's name that opens the line at token `start`: one to four words, capitalised
/// but for "of", "and" and "the" inside ("Republic of Ireland:").
fn team_label(doc: &Doc, start: usize) -> Option<usize> {
    let n = doc.tokens.len();
    let word = |k: usize| {
        doc.tokens[k].kind == TokenKind::Word
            && (is_capitalized(doc.word(k)) || k > start && matches!(doc.word(k), "of" | "and" | "the"))
    };
    let mut k = start;
    while k < n && k - start < MAX_LABEL && word(k) {
        k += 1;
    }
    let capitalised_last = k > start && is_capitalized(doc.word(k - 1));
    (capitalised_last && k < n && doc.word(k) == ":" && !doc.tokens[k].line_start).then_some(k)
}

/// A line-up's players: each one's tokens, whether a substitute in brackets stands among them, and
/// where the line ends.
struct LineUp {
    players: Vec<Range<usize>>,
    substitute: bool,
    end: usize,
}

/// The players listed from token `start` to the end of the line; `None` when anything but names,
/// commas, semicolons, substitutes and a closing period stands on the line.
fn line_up_players(doc: &Doc, lower: &[&str], start: usize) -> Option<LineUp> {
    let n = doc.tokens.len();
    let mut players = Vec::new();
    let mut substitute = false;
    let mut k = start;
    loop {
        let player_at = player(doc, lower, k)?;
        k = player_at.end;
        players.push(player_at);
        // "Holmqvist (Ekdahl 41)": the one who came on, and the minute.
        if k + 3 < n && doc.word(k) == "(" && !doc.tokens[k].line_start {
            let on = player(doc, lower, k + 1)?;
            let minute = doc
                .tokens
                .get(on.end)
                .is_some_and(|t| t.kind == TokenKind::Number);
            if !minute || doc.word(on.end + 1) != ")" {
                return None;
            }
            k = on.end + 2;
            players.push(on);
            substitute = true;
        }
        if k >= n || doc.tokens[k].line_start {
            return Some(LineUp {
                players,
                substitute,
                end: k,
            });
        }
        match doc.word(k) {
            "," | ";" => k += 1,
            "." if k + 1 >= n || doc.tokens[k + 1].line_start => {
                return Some(LineUp {
                    players,
                    substitute,
                    end: k + 1,
                })
            }
            // "... Watson. Sub: Hedley.": the substitutes after the side, on the same line.
            "." if substitutes_label(doc, k + 1) => {
                substitute = true;
                k += 3;
            }
            _ => return None,
        }
        if k >= n || doc.tokens[k].line_start {
            return None;
        }
    }
}

/// Whether the substitutes' label and its colon stand at token `k`: "Sub:", "Subs:", "Substitutes:".
fn substitutes_label(doc: &Doc, k: usize) -> bool {
    k + 2 < doc.tokens.len()
        && !doc.tokens[k].line_start
        && matches!(doc.word(k), "Sub" | "Subs" | "Substitute" | "Substitutes")
        && doc.word(k + 1) == ":"
}

/// One player's name at token `k`: a surname, maybe after an initial ("B Moody", "B. Moody") or a
/// given name; no function word.
fn player(doc: &Doc, lower: &[&str], k: usize) -> Option<Range<usize>> {
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
    // "Pearson R.": a surname before an initial, which tells two players of one name apart.
    if e > k + 1 && doc.word(e - 1).chars().count() == 1 && e < n && doc.word(e) == "." {
        e += 1;
    }
    (e > k).then_some(k..e)
}

pub const LINE_UP: Rule = Rule {
    name: "actors/line-up",
    description: "A team's line-up, its name and a colon before seven or more players' surnames, names each player as a person and the team as an organisation: \"Sweden: Andersson; Nyberg, ...\".",
    details:
        "A line that opens with a team's name and a colon and lists seven players or more between commas and semicolons (\"Sweden: Andersson; Nyberg, Lindqvist, Hedström; Holmqvist (Ekdahl 41), Svensson, ...\", \"Republic of Ireland: ...\"), a surname maybe before an initial (\"Pearson R.\"), lists persons, each surname one (a place's name too: \"Holland\"), after the team's name, an organisation's, when a substitute stands in brackets with the minute he came on or after the side's full stop and \"Sub:\" on the same line (\"... Watson. Sub: Hedley.\"), or two of the names, of one word each, are the surnames of persons the text names in full; not a list of places, half or more of its names known places (\"Stops: Leeds; York, Hull, ...\").",
    examples: &[
        (
            "Sweden were held.\n\nSweden: Andersson; Nyberg, Lindqvist, Hedström, Karlsson; Holmqvist (Ekdahl 41), Svensson, Wallin, Berg; Norén (Falk 65), Åhlund.",
            "actor person \"Nyberg\": \"Nyberg\"",
        ),
        (
            "Ireland drew.\n\nRepublic of Ireland: Kenny; Carr, Dunne, Breen, Harte; Duff (Reid 70), Kinsella, Holland, Kilbane; Keane, Doyle.",
            "actor person \"Kinsella\": \"Kinsella\"",
        ),
    ],
    counter_examples: &[
        "The tour was long.\n\nStops: Leeds; York, Hull, Bath, Derby, Ely; Wells, Ripon, Truro.",
        "The board met.\n\nPresent: Ames, Boyd, Cole, Dunn, Egan, Frey, Gale.",
        "The board met.\n\nPresent: Ames, Boyd, Lars Holm, Cole, Anna Dunn, Frey, Gale.",
    ],
};
