//! The lines of broadcast transcripts that are no running text: stage directions in brackets ("(BEGIN
//! VIDEOTAPE)", "(COMMERCIAL BREAK)") name no one, and in a speaker's label the words between the name
//! and the colon are a role ("JOHN MERRITT, FORMER CIA OPERATIONS OFFICER:"), in which only a known
//! organisation is an actor.

use crate::analysis::actors::lexicon::LEXICON;
use crate::analysis::actors::model::{merge_found, Candidate};
use crate::analysis::actors::names::{CAPITALISED_NAME, KNOWN_ORGANISATION};
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::report::ActorKind;
use crate::analysis::rules::Rule;
use crate::analysis::text::{Doc, TokenKind};

/// The most tokens a speaker's label holds before its colon.
const LABEL_TOKENS: usize = 16;

/// Drops the names of stage directions and of labels' roles, keeping the known organisations of the
/// roles ("CIA" in "FORMER CIA OPERATIONS OFFICER").
pub fn transcript_lines(doc: &Doc, cands: &mut Vec<Candidate>) {
    let mut found = Vec::new();
    for c in cands.iter_mut() {
        let first = doc.token_at_or_after(c.name_span.start);
        let after = doc.token_at_or_after(c.name_span.end);
        // "Mr. GARY NORDSTROM (Commercial Fisherman):": a role in brackets names no one, though a body
        // in it does ("(Vellmark Water Board)"); a name after its comma is the employer ("(Chief
        // Executive, Brightway Toys)"), unless it is a place.
        // "SOPHAL (THROUGH INTERPRETER):": words in capitals that only their capitals make a name.
        let body = c.org > c.person && c.rule != CAPITALISED_NAME.name;
        if let Some(open) = role_in_brackets(doc, first, after).filter(|_| !body) {
            if (open..first).any(|k| doc.word(k) == ",") && !c.place {
                c.org = c.person + 2;
                c.rule = LABEL_OR_STAGE_DIRECTION.name;
            } else {
                c.dismiss();
            }
            continue;
        }
        // Labels and stage directions are written in capitals.
        if doc.slice(c.name_span).chars().any(char::is_lowercase) {
            continue;
        }
        let role = in_label_role(doc, first);
        if !(role || stage_direction(doc, first, after) || unnamed_speaker(doc, first, after)) {
            continue;
        }
        if role {
            for k in first..after {
                let known = LEXICON
                    .org(doc.word(k))
                    .is_some_and(|kind| kind != ActorKind::Person);
                if doc.tokens[k].kind == TokenKind::Word && known {
                    found.push(Candidate::organisation(
                        doc,
                        doc.tokens[k].span(),
                        KNOWN_ORGANISATION.name,
                    ));
                }
            }
        }
        c.dismiss();
    }
    merge_found(found, true, cands);
}

/// Whether tokens `first..after` (a name in capitals) fill a line's brackets: "(BEGIN VIDEOTAPE)".
fn stage_direction(doc: &Doc, first: usize, after: usize) -> bool {
    first > 0
        && doc.word(first - 1) == "("
        && doc.tokens[first - 1].line_start
        && doc.word(after) == ")"
        && doc.tokens.get(after + 1).is_none_or(|t| t.line_start)
}

/// Whether tokens `first..after` stand in brackets that close right before a speaker's label's colon,
/// after a name in capitals that opens the line, maybe with a courtesy title: the speaker's role, as
/// public radio writes it ("Mr. GARY NORDSTROM (Commercial Fisherman):"); returns the opening bracket.
fn role_in_brackets(doc: &Doc, first: usize, after: usize) -> Option<usize> {
    let open = (first.saturating_sub(LABEL_TOKENS)..first)
        .rev()
        .find(|&k| doc.word(k) == "(")?;
    let on_line = |k: usize| k == open || !doc.tokens[k].line_start;
    let close = doc.bracket_close(open, LABEL_TOKENS, on_line)?;
    // The name before the bracket is short: the walk back stops within a label's length.
    let mut s = open;
    while s > 0 && !doc.tokens[s].line_start && open - s < LABEL_TOKENS {
        s -= 1;
    }
    let name = (s..open).filter(|&k| doc.tokens[k].kind == TokenKind::Word);
    let capitals = |k: usize| !doc.word(k).chars().any(char::is_lowercase);
    let courtesy = |k: usize| k == s && LEXICON.title(doc.lower(k)).is_some();
    let label = close >= after
        && doc.word(close + 1) == ":"
        && doc.tokens[s].line_start
        && s < open
        && name.clone().any(capitals)
        && name.into_iter().all(|k| capitals(k) || courtesy(k));
    label.then_some(open)
}

/// Words of a label for a speaker the transcript does not name: "UNIDENTIFIED MALE", "CROWD"
/// (`data/actors-unnamed-speaker-words.txt`).
static UNNAMED_SPEAKER_WORDS: WordSet = word_set!("../data/actors-unnamed-speaker-words.txt");

/// Whether tokens `first..after` (a name in capitals) are a whole speaker's label at the start of a line
/// that names no one: "UNIDENTIFIED MALE:", "UNKNOWN SPEAKER (through translator):".
fn unnamed_speaker(doc: &Doc, first: usize, after: usize) -> bool {
    doc.tokens[first].line_start
        && matches!(doc.word(after), ":" | "(")
        && (first..after)
            .filter(|&k| doc.tokens[k].kind == TokenKind::Word)
            .all(|k| UNNAMED_SPEAKER_WORDS.contains(&doc.word(k).to_lowercase()))
}

/// Whether token `i` stands in the role of a speaker's label: a line that opens with words in capitals,
/// commas and periods up to a colon ("REP. THOMAS KEANE, DEMOCRAT, OHIO:"), after its first comma.
fn in_label_role(doc: &Doc, i: usize) -> bool {
    let mut s = i;
    while s > 0 && i - s < LABEL_TOKENS && !doc.tokens[s].line_start {
        s -= 1;
    }
    if !doc.tokens.get(s).is_some_and(|t| t.line_start) {
        return false;
    }
    let mut comma = None;
    let mut k = s;
    while k < doc.tokens.len() && k - s < LABEL_TOKENS && (k == s || !doc.tokens[k].line_start) {
        match doc.word(k) {
            ":" => return comma.is_some_and(|c| c < i) && i < k,
            "," => comma = comma.or(Some(k)),
            "." | "-" | "&" => {}
            // "RESIDENT (through translator):": an aside in brackets before the colon.
            "(" if comma.is_some() => match doc.aside_close(k) {
                Some(close) => k = close,
                None => return false,
            },
            w if doc.tokens[k].kind == TokenKind::Word && !w.chars().any(char::is_lowercase) => {}
            _ => return false,
        }
        k += 1;
    }
    false
}

pub const LABEL_OR_STAGE_DIRECTION: Rule = Rule {
    name: "actors/label-or-stage-direction",
    description: "In a transcript, a stage direction in brackets (\"(BEGIN VIDEOTAPE)\") or the role after a speaker's name names no actor, though a known organisation in the role does.",
    details:
        "In a transcript, words in capitals that fill a line's brackets are a stage direction (\"(BEGIN VIDEOTAPE)\"), and the words between the first comma of a speaker's label and its colon are a role (\"TOM VECK, FORMER HARBOUR POLICE OFFICER:\", also before an aside in brackets, \"(through translator):\"): neither names an actor, but a known organisation in the role does (\"CIA\"); nor does a label for a speaker the transcript does not name (\"UNIDENTIFIED MALE:\"; `data/actors-unnamed-speaker-words.txt`); a role in brackets before the colon, as public radio writes it, names no one either (\"Mr. TOM VECK (Commercial Fisherman):\", \"SOPHAL (THROUGH INTERPRETER):\"), but a body in it does, and so does a name after its comma that is no place, the employer (\"(Chief Executive, Brightway Toys)\").",
    examples: &[
        (
            "ANNA LIND: The talks went on.\n\n(BEGIN VIDEOTAPE)\n\nTOM VECK: We are ready.",
            "no actor mention \"BEGIN VIDEOTAPE\"",
        ),
        (
            "TOM VECK, FORMER HARBOUR POLICE OFFICER: We got them out.",
            "no actor mention \"FORMER HARBOUR POLICE\"",
        ),
        (
            "The quake hit.\n\nELENA MARQUEZ, SAN TEODORO RESIDENT (through translator): We dug.",
            "no actor mention \"SAN TEODORO RESIDENT\"",
        ),
        (
            "ANNA LIND: The storm passed.\n\nUNIDENTIFIED MALE: No paycheck, no house, no car.",
            "no actor mention \"UNIDENTIFIED MALE\"",
        ),
        (
            "ANNA LIND: Workers fainted.\n\nSOPHAL (THROUGH INTERPRETER): First I smelled paint.",
            "no actor mention \"THROUGH INTERPRETER\"",
        ),
        (
            "ANNA LIND, host: The season is bad.\n\nMr. TOM VECK (Commercial Fisherman): I fish.",
            "no actor mention \"Commercial Fisherman\"",
        ),
        (
            "ANNA LIND, host: The season is bad.\n\nMr. TOM VECK (Chief Executive, Brightway Toys): We let parents down.",
            "actor organization \"Brightway Toys\": \"Brightway Toys\"",
        ),
    ],
    counter_examples: &["ANNA LIND, FORMER CIA OPERATIONS OFFICER: We got them out."],
};
