//! States as actors: a country, capital or seat of power that speaks as a state ("Russia denies",
//! "Moscow says", "the Kremlin warned") is an organisation actor with its country code, besides being a
//! country mention, so that what it says can be attributed to it; in a place role ("troops in
//! Ukraine", "flights to Moscow") it is only a country mention.
//!
//! A mention speaks when a verb of saying in a form a subject takes (`data/actors-state-verbs.txt`)
//! follows it, maybe after one adverb ("Chile also said"), an auxiliary ("Moscow has denied") or a
//! relative clause on "which" ("Norway, which brokered the truce, said"), or when it is in a list of
//! such mentions joined by commas and "and" before that verb ("the US and Russia say", "Chile, Peru and
//! a dozen other states said"); never after a preposition, and
//! never inside another actor's name ("the US Treasury Department"). So does a verb of an act only a
//! state's power does (`data/actors-state-power-verbs.txt`: "Iran fired", "Russia invaded", "China
//! vetoed"). Other verbs of action ("Austria decided", "Mexico sends") are left out: in the genres
//! measured beyond news they name the country as a place as often as the state.
//!
//! Two countries on either side of a verb of a contest or a fixture's "v" ("Brazil beat Germany",
//! "Spain lost to Italy", "England v Wales") are national teams (`actors/national-team`): organisation
//! actors named as the text names them, so that England and Wales stay two sides.
//!
//! Once a state has spoken in a document, the document is about states: any country, capital or seat
//! of power there that is the subject of a finite verb is the state too (`actors/state-acts`): a modal
//! or auxiliary ("Russia could close", "Moscow has warships"), "is" before an -ing form or a word of
//! readiness ("Chile is willing to"), a past form ("the US dropped", "Tokyo issued a statement"), or a
//! present verb of will, knowledge or action ("the US fears"); "has" before what is had or a passive
//! ("Moscow has warships", "Lima has been flooded") only where that country has spoken itself, for
//! places have and suffer things too; and a side of a match stays a side. Without that licence such a
//! subject is left a place: in
//! the genres measured beyond news, subjects such as "Chile exports" or "Peru tried" are annotated as
//! places.

use crate::analysis::actors::{cases, teams};
use crate::analysis::countries;
use crate::analysis::gazetteer::{word_set, WordSet};
use crate::analysis::report::{Country, Via};
use crate::analysis::rules::Rule;
use crate::analysis::sort::CompactSort;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::timex::{self, Unit};
use crate::analysis::verbs::{self, PastForm};
use crate::analysis::Span;

/// Nations within a state that the country list maps to the state (`GB`), but that act for
/// themselves: "Scotland said" is Scotland's government speaking, not the United Kingdom's.
const CONSTITUENT_NATIONS: &[&str] = &["England", "Northern Ireland", "Scotland", "Wales"];

/// Verbs of saying in the forms that follow a subject: "denies", "said", "warn".
static VERBS: WordSet = word_set!("../data/actors-state-verbs.txt");

/// Adverbs between a subject and its verb: "Chile also said".
static ADVERBS: WordSet = word_set!("../data/actors-state-adverbs.txt");

/// Words after which a name is a place or an object, not a subject.
static PREPOSITIONS: WordSet = word_set!("../data/actors-state-prepositions.txt");

/// Modals and auxiliaries that start a finite verb phrase: "could", "has", "did".
static AUXILIARIES: WordSet = word_set!("../data/actors-state-auxiliaries.txt");

/// Whether `word` (in lower case) is a modal or an auxiliary that starts a finite verb phrase: what
/// follows it is a verb ("would judge Iraq").
pub(super) fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(word)
}

/// Words after a form of "be" that make the state the doer: "prepared", "ready".
static READINESS: WordSet = word_set!("../data/actors-state-readiness.txt");

/// Present forms of verbs of will, knowledge and action: "knows", "sees", "wants".
static ACTION_VERBS: WordSet = word_set!("../data/actors-state-action-verbs.txt");

/// Verbs of acts only a state's power does: "fired", "invaded", "vetoed".
static POWER_VERBS: WordSet = word_set!("../data/actors-state-power-verbs.txt");

/// Verbs of a contest and the words of a fixture between two sides: "beat", "lost", "v".
static CONTEST_WORDS: WordSet = word_set!("../data/actors-contest-verbs.txt");

/// One state acting: the mention, its country and the rule that found it.
pub struct StateMention {
    pub span: Span,
    pub code: String,
    pub name: String,
    pub rule: &'static str,
}

/// How a country mention acts as the subject of the verb after it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Act {
    /// A verb of saying, or of an act only a state's power does: "Russia denies", "Iran fired".
    Speaks,
    /// Another finite verb: "Russia could close", "the US dropped".
    Does,
    /// "has" before what it has, or a passive: "Moscow has warships", "Lima has been flooded". The
    /// state only where that country speaks in the text: places have and suffer things too.
    Has,
}

/// The mentions of `countries` (names, aliases, capitals, seats of power) that act as a state, in text
/// order, leaving out those that overlap `taken` (names of other actors).
pub fn find(doc: &Doc, lower: &[&str], countries: &[Country], taken: &[Span]) -> Vec<StateMention> {
    let taken = Taken::new(taken);
    let mut cands: Vec<(Span, &Country)> = countries
        .iter()
        .flat_map(|c| c.mentions.iter().map(move |m| (m, c)))
        .filter(|(m, _)| matches!(m.via, Via::Name | Via::Alias | Via::Capital))
        .map(|(m, c)| (Span::new(m.start, m.end), c))
        .filter(|(s, _)| !taken.overlaps(*s))
        .collect();
    cands.compact_sort_by_key(|(s, _)| (s.start, s.end));
    let subjects: Vec<(Option<Act>, Option<usize>)> = (0..cands.len())
        .map(|k| subject_act(doc, lower, &cands, k))
        .collect();
    let acts: Vec<Option<Act>> = subjects.iter().map(|(act, _)| *act).collect();
    // A country that speaks somewhere is a state wherever it is the subject of a verb, and so is the
    // country it shares a verb with ("the US and Canada don't want").
    let mut speaking: Vec<&str> = cands
        .iter()
        .zip(&acts)
        .filter(|(_, a)| **a == Some(Act::Speaks))
        .map(|((_, c), _)| c.code.as_str())
        .collect();
    // One entry per country, so that asking it stays bounded however many mentions there are.
    speaking.compact_sort();
    speaking.dedup();
    for (k, (act, partner)) in subjects.iter().enumerate() {
        if let (Some(_), Some(j)) = (act, partner) {
            if speaking.contains(&cands[*j].1.code.as_str()) && !speaking.contains(&cands[k].1.code.as_str())
            {
                speaking.push(cands[k].1.code.as_str());
            }
        }
    }
    let (teams, roles) = sides(doc, lower, &cands);
    cands
        .iter()
        .zip(&acts)
        .zip(teams.iter().zip(&roles))
        .filter_map(|(((span, country), act), (&team, &role))| {
            let rule = match *act {
                Some(Act::Speaks) => STATE_AS_ACTOR.name,
                Some(Act::Does | Act::Has) if speaking.contains(&country.code.as_str()) => STATE_ACTS.name,
                _ if team => NATIONAL_TEAM.name,
                _ if role => teams::TEAM_ROLE.name,
                // A text where a state speaks is about states: there, another country as the subject
                // of a finite verb of action is the state too ("India exploded five devices", "Tokyo
                // issued"), a side of a match staying a side.
                Some(Act::Does) if !speaking.is_empty() => STATE_ACTS.name,
                _ if cases::is_party(doc, lower, *span) => cases::CASE_PARTY.name,
                _ => return None,
            };
            // A team or a party is named as the text names it: "England" and "Wales" are two sides; so
            // is a nation of a union that acts for itself ("Scotland said"), no act of the union's state.
            let name = if rule == NATIONAL_TEAM.name
                || rule == teams::TEAM_ROLE.name
                || rule == cases::CASE_PARTY.name
                || CONSTITUENT_NATIONS.contains(&doc.slice(*span))
            {
                doc.slice(*span).to_string()
            } else {
                countries::country_name(&country.code).map_or_else(|| country.name.clone(), str::to_string)
            };
            Some(StateMention {
                span: *span,
                code: country.code.clone(),
                name,
                rule,
            })
        })
        .collect()
}

/// Which candidates are the two sides of a contest (`actors/national-team`), and which others play a
/// side's role in a text where sides have met (`actors/team-role`).
fn sides(doc: &Doc, lower: &[&str], cands: &[(Span, &Country)]) -> (Vec<bool>, Vec<bool>) {
    let mut teams = vec![false; cands.len()];
    for k in 1..cands.len() {
        if contest(doc, lower, cands, k) {
            teams[k - 1] = true;
            teams[k] = true;
        }
    }
    // Once two sides have met, another country before a verb of a contest is a side too ("France
    // beat them 23-20").
    if teams.contains(&true) {
        for k in 0..cands.len() {
            teams[k] = teams[k] || contest_verb_after(doc, lower, cands[k].0);
        }
    }
    // And a country in a side's role is a team too ("a point against Wales", "Belgium need a point").
    // One entry per country, so that asking it stays bounded however many mentions there are.
    let mut sides: Vec<&str> = cands
        .iter()
        .zip(&teams)
        .filter(|(_, &team)| team)
        .map(|((_, c), _)| c.code.as_str())
        .collect();
    sides.compact_sort();
    sides.dedup();
    // A side may take a plural verb: "Belgium need", "Scotland led".
    let grammar = teams::Grammar {
        contest_verb: is_contest_verb,
        preposition: |w| PREPOSITIONS.contains(w),
        acts: &|i| speaks(doc, lower, i, true) || does(doc, lower, i, true),
    };
    let roles: Vec<bool> = cands
        .iter()
        .zip(&teams)
        .map(|((span, c), &team)| {
            let known = sides.contains(&c.code.as_str());
            !team && !sides.is_empty() && teams::plays(doc, lower, *span, known, &grammar)
        })
        .collect();
    (teams, roles)
}

/// Candidates `k - 1` and `k` are two sides of a contest: a verb of a contest or a fixture's "v"
/// between them, maybe after an adverb and before "with", "to" or "against" ("Brazil beat Germany",
/// "France then drew with Chile", "England v Wales"), the first after no preposition.
fn contest(doc: &Doc, lower: &[&str], cands: &[(Span, &Country)], k: usize) -> bool {
    let Some(verb) = contest_word_after(doc, lower, cands[k - 1].0) else {
        return false;
    };
    let mut next = verb + 1;
    if lower.get(next).is_some_and(|w| *w == ".") {
        next += 1; // "vs."
    }
    if lower
        .get(next)
        .is_some_and(|w| matches!(*w, "with" | "to" | "against" | "out"))
    {
        next += 1;
    }
    // "lost to the Netherlands": the article may be outside the country's mention or inside it.
    let at = |i: usize| {
        doc.tokens
            .get(i)
            .is_some_and(|t| t.span().start == cands[k].0.start)
    };
    at(next) || lower.get(next).is_some_and(|w| *w == "the") && at(next + 1)
}

/// The token of a verb of a contest or a fixture's "v" after the country at `span`, maybe after an
/// adverb ("Brazil then lost to Spain"), when no preposition comes before the country ("France beat
/// them", not "fans in Brazil beat drums").
fn contest_word_after(doc: &Doc, lower: &[&str], span: Span) -> Option<usize> {
    let first = doc.token_at_or_after(span.start);
    if first > 0 && PREPOSITIONS.contains(lower[first - 1]) {
        return None;
    }
    let mut verb = doc.token_at_or_after(span.end);
    if lower.get(verb).is_some_and(|w| ADVERBS.contains(w)) {
        verb += 1;
    }
    lower
        .get(verb)
        .is_some_and(|w| CONTEST_WORDS.contains(w))
        .then_some(verb)
}

/// Whether a verb of a contest, no fixture's "v", follows the country at `span` ([`contest_word_after`]).
fn contest_verb_after(doc: &Doc, lower: &[&str], span: Span) -> bool {
    contest_word_after(doc, lower, span).is_some_and(|v| is_contest_verb(lower[v]))
}

/// Whether `word` (in lower case) is a verb of a contest, not a fixture's "v": "beat", "drew".
fn is_contest_verb(word: &str) -> bool {
    CONTEST_WORDS.contains(word) && !matches!(word, "v" | "versus" | "vs")
}

/// How candidate `k` acts as a subject: the verb after it (or after the second of two subjects joined
/// by "and"), unless a preposition comes before it; with the other subject of such a pair.
fn subject_act(
    doc: &Doc,
    lower: &[&str],
    cands: &[(Span, &Country)],
    k: usize,
) -> (Option<Act>, Option<usize>) {
    let span = cands[k].0;
    let after = doc.token_at_or_after(span.end);
    // "Norway and Kenya agree", "China, Russia and Cuba said": the list of subjects starts at its
    // first country and the verb follows its last.
    let (lo, hi, tail) = subject_list(doc, lower, cands, k);
    let second = lo < k;
    let first = doc.token_at_or_after(cands[lo].0.start);
    // "a study in the Seychelles reported": the article between the preposition and the name too.
    let article = usize::from(first > 1 && lower[first - 1] == "the");
    if first > article && PREPOSITIONS.contains(lower[first - 1 - article]) {
        return (None, None);
    }
    // "workers in New Jersey and Puerto Rico said": a preposition before another name joined by "and"
    // governs both.
    if !second && first >= 3 && lower[first - 1] == "and" && is_capitalized(doc.word(first - 2)) {
        let mut s = first - 2;
        while s > 0 && doc.tokens[s - 1].kind == TokenKind::Word && is_capitalized(doc.word(s - 1)) {
            s -= 1;
        }
        if s > 0 && PREPOSITIONS.contains(lower[s - 1]) {
            return (None, None);
        }
    }
    // "the US and Canada don't": the verb comes after the last subject.
    let mut verb_at = tail.unwrap_or_else(|| doc.token_at_or_after(cands[hi].0.end));
    let partner = if second {
        Some(lo)
    } else if hi > k {
        Some(hi)
    } else {
        None
    };
    let alone = partner.is_none() && tail.is_none();
    let plural = !alone;
    // "Norway, which brokered the truce, said": the verb after a relative clause; "Japan, Mongolia's
    // largest aid donor, said": after an apposition.
    let which = if alone {
        doc.after_which_clause(after)
    } else {
        None
    };
    if alone {
        verb_at = which
            .or_else(|| after_apposition(doc, lower, after))
            .unwrap_or(after);
    }
    let act_at = |v: usize| {
        let v = v + time_phrase(lower, v);
        if speaks(doc, lower, v, plural) {
            Some(Act::Speaks)
        } else if does(doc, lower, v, plural) {
            Some(if has_or_suffers(lower, v) {
                Act::Has
            } else {
                Act::Does
            })
        } else {
            None
        }
    };
    // "Moscow, which maintains an air base at Kant, just east of Bishkek, said": a phrase between
    // commas may end the relative clause; the verb follows the next comma.
    let act = act_at(verb_at).or_else(|| {
        which
            .and_then(|v| doc.after_closing_comma(v - 1, INNER_PHRASE))
            .and_then(act_at)
    });
    (act, partner)
}

/// The first and the last of the candidates that form one list of subjects with candidate `k`: names
/// right after one another, joined by commas and an "and" before the last ("China, Russia and Cuba",
/// "Norway and Kenya", "France, Italy, and Spain"), and the token after "and other states" that may
/// close it ("China, Russia and a dozen other states"); `(k, k, None)` when `k` stands alone. Commas
/// alone join no list: "Moscow, Russia" is a city and its country.
fn subject_list(
    doc: &Doc,
    lower: &[&str],
    cands: &[(Span, &Country)],
    k: usize,
) -> (usize, usize, Option<usize>) {
    // How candidates `a` and `a + 1` are joined: Some(true) by "and" (or ", and"), Some(false) by a
    // comma.
    let joint = |a: usize| -> Option<bool> {
        let next = cands.get(a + 1)?.0.start;
        let end = doc.token_at_or_after(cands[a].0.end);
        let starts_at = |t: usize| doc.tokens.get(t).is_some_and(|t| t.span().start == next);
        match lower.get(end).copied() {
            Some("and") if starts_at(end + 1) => Some(true),
            Some(",") if lower.get(end + 1) == Some(&"and") && starts_at(end + 2) => Some(true),
            Some(",") if starts_at(end + 1) => Some(false),
            _ => None,
        }
    };
    let mut hi = k;
    while hi - k < LIST_MOST && joint(hi) == Some(false) {
        hi += 1;
    }
    let anded = joint(hi) == Some(true);
    if anded {
        hi += 1;
    }
    let tail = other_states_after(lower, doc.token_at_or_after(cands[hi].0.end));
    // Commas with no "and" join no list; `k` may be the last of one.
    let in_list = anded || tail.is_some();
    let last = !in_list && hi == k && k > 0 && joint(k - 1) == Some(true);
    if !in_list && !last {
        return (k, k, None);
    }
    let mut lo = if last { k - 1 } else { k };
    while lo > 0 && k - lo < LIST_MOST && joint(lo - 1) == Some(false) {
        lo -= 1;
    }
    (lo, hi, tail)
}

/// The most countries of a list of subjects on either side of one of them ([`subject_list`]): a
/// bound that keeps a page of names joined by commas linear.
const LIST_MOST: usize = 12;

/// Nouns for states that close a list of subjects after "other": "a dozen other states".
const OTHER_STATES: &[&str] = &["allies", "countries", "governments", "nations", "states"];

/// The token after "and" and a phrase of up to five words with "other" that a noun for states ends,
/// from token `t` ("and a dozen other states", ", and several other countries"): where the verb of a
/// list of subjects that ends so stands.
fn other_states_after(lower: &[&str], t: usize) -> Option<usize> {
    let start = match lower.get(t).copied() {
        Some("and") => t + 1,
        Some(",") if lower.get(t + 1) == Some(&"and") => t + 2,
        _ => return None,
    };
    let mut other = false;
    for (x, &w) in lower.iter().enumerate().skip(start).take(5) {
        match w {
            "other" => other = true,
            _ if other && OTHER_STATES.contains(&w) => return Some(x + 1),
            _ if !w.starts_with(char::is_alphanumeric) => return None,
            _ => {}
        }
    }
    None
}

/// The most tokens of a phrase between commas at the end of a relative clause ("..., just east of
/// Bishkek,").
const INNER_PHRASE: usize = 8;

/// The length of a time phrase of two words at token `k` between a subject and its verb ("Germany last
/// week asked", "Norway on Monday said"): "last", "this", "next" or "on", then a weekday, or a week,
/// a weekend, a month or a year; 0 when there is none. One time word is an adverb
/// (`data/actors-state-adverbs.txt`: "Kenya yesterday said").
fn time_phrase(lower: &[&str], k: usize) -> usize {
    let opens = lower
        .get(k)
        .is_some_and(|w| matches!(*w, "last" | "this" | "next" | "on"));
    let when = lower.get(k + 1).is_some_and(|w| {
        timex::weekday_of(w).is_some()
            || timex::Unit::of(w).is_some_and(|(unit, plural)| {
                !plural && matches!(unit, Unit::Week | Unit::Weekend | Unit::Month | Unit::Year)
            })
    });
    if opens && when {
        2
    } else {
        0
    }
}

/// The most tokens of an apposition between a state and its verb ("Macedonia, a nation of 2 million
/// with a large ethnic Albanian minority of its own, has said").
const APPOSITION: usize = 16;

/// The token after an apposition between commas that starts at the comma at token `comma` and opens
/// with an article or a possessive name ("Japan, Mongolia's largest aid donor, said", "Norway, the
/// mediator, said"), within the sentence and [`APPOSITION`] tokens, or after a sentence adverb or a phrase of
/// reply ("India, for its part, says", "Poland, in turn, said", "Seoul, meanwhile, said").
fn after_apposition(doc: &Doc, lower: &[&str], comma: usize) -> Option<usize> {
    let open = comma + 1;
    let possessive = || is_capitalized(doc.word(open)) && matches!(doc.word(open + 1), "'s" | "’s");
    if doc.word(comma) != "," {
        return None;
    }
    // "India, for its part, says", "Mexico, in turn, has agreed": a sentence adverb or a phrase of
    // reply between commas (not a time or a place: "Taiwan, in 2014, infected").
    let word = |k: usize| lower.get(k).copied().unwrap_or("");
    let reply = match word(open) {
        "however" | "meanwhile" | "too" | "though" | "instead" | "likewise" | "similarly" => Some(open + 1),
        "in" if matches!(word(open + 1), "turn" | "response" | "return") => Some(open + 2),
        "for" if matches!(word(open + 1), "its" | "their" | "his" | "her") && word(open + 2) == "part" => {
            Some(open + 3)
        }
        _ => None,
    };
    if let Some(close) = reply {
        return (doc.word(close) == ",").then_some(close + 1);
    }
    if !(matches!(lower.get(open), Some(&("the" | "a" | "an"))) || possessive()) {
        return None;
    }
    doc.after_closing_comma(comma, APPOSITION)
}

/// Spans sorted by start with the running maximum of their ends, to tell in O(log n) whether a span
/// overlaps any of them (a scan of all of them per country mention was quadratic on long texts).
struct Taken {
    starts: Vec<usize>,
    max_end: Vec<usize>,
}

impl Taken {
    fn new(spans: &[Span]) -> Taken {
        let mut sorted = spans.to_vec();
        sorted.compact_sort_by_key(|s| s.start);
        let mut max = 0;
        Taken {
            starts: sorted.iter().map(|s| s.start).collect(),
            max_end: sorted
                .iter()
                .map(|s| {
                    max = max.max(s.end);
                    max
                })
                .collect(),
        }
    }

    /// Some span starts before `s` ends and ends after `s` starts ([`Span::overlaps`]).
    fn overlaps(&self, s: Span) -> bool {
        let before_end = self.starts.partition_point(|&start| start < s.end);
        before_end > 0 && self.max_end[before_end - 1] > s.start
    }
}

/// Whether token `i` starts a verb phrase of saying or of a state's power ([`POWER_VERBS`]): a verb
/// form, or an adverb and a verb form. A base form
/// ("need", "join") only agrees with two subjects (`plural`); a past form before "by" is passive
/// ("Germany backed by its allies").
fn speaks(doc: &Doc, lower: &[&str], i: usize, plural: bool) -> bool {
    // A verb form at `k`; after an auxiliary any form will do ("Moscow has denied", "Dublin had
    // insisted", "Beijing will respond").
    let verb = |k: usize, after_auxiliary: bool| {
        let word = lower.get(k).copied().unwrap_or("");
        doc.tokens
            .get(k)
            .is_some_and(|t| t.kind == TokenKind::Word && (t.space_before || after_auxiliary))
            && [&VERBS, &POWER_VERBS]
                .iter()
                .any(|list| list.contains(word) && (after_auxiliary || plural || !is_base_form(list, word)))
            && lower.get(k + 1).is_none_or(|w| *w != "by")
    };
    // The verb at `k`, maybe after one adverb ("Chile also said"); after an auxiliary any adverb in
    // "-ly" will do ("Moscow has consistently denied").
    let adverb = |k: usize, after_auxiliary: bool| {
        lower.get(k).is_some_and(|w| {
            ADVERBS.contains(w)
                || after_auxiliary
                    && w.len() > 4
                    && w.ends_with("ly")
                    && doc.word(k).starts_with(char::is_lowercase)
        })
    };
    let verb_phrase = |k: usize, after_auxiliary: bool| {
        verb(k, after_auxiliary) || adverb(k, after_auxiliary) && verb(k + 1, after_auxiliary)
    };
    verb_phrase(i, false) || lower.get(i).is_some_and(|w| AUXILIARIES.contains(w)) && verb_phrase(i + 1, true)
}

/// Whether token `i` (after one adverb, or after an opening quotation mark: the US and Canada "don't
/// want") starts a finite verb phrase other than one of saying: a modal or auxiliary, "is" before an
/// -ing form or a word of readiness, a present verb of will or action, or a past form not followed by
/// "by" (a passive: "Norway backed by its neighbours").
fn does(doc: &Doc, lower: &[&str], i: usize, plural: bool) -> bool {
    let mut i = i;
    if lower.get(i).is_some_and(|w| ADVERBS.contains(w)) {
        i += 1;
    }
    let quoted =
        doc.tokens.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && matches!(lower[i], "\"" | "“");
    if quoted {
        i += 1;
    }
    let Some(token) = doc.tokens.get(i) else {
        return false;
    };
    let text = doc.slice(token.span());
    if token.kind != TokenKind::Word
        || !(token.space_before || quoted)
        || !text.starts_with(|c: char| c.is_lowercase())
    {
        return false;
    }
    let word = lower[i].replace('’', "'");
    let next = lower.get(i + 1).copied().unwrap_or("");
    match word.as_str() {
        "is" | "was" => readiness(next),
        "are" | "were" => plural && readiness(next),
        _ if AUXILIARIES.contains(&word) => true,
        _ if ACTION_VERBS.contains(&word) => plural || !is_base_form(&ACTION_VERBS, &word),
        _ => is_past(&word) && next != "by",
    }
}

/// Whether the verb phrase at `i` is "has" (or "had", "have") before what is had or a passive, not
/// before a verb of action: "Tokyo has 14 million residents", "Lima has been flooded", "Tokyo has been
/// here"; but "Beijing has begun lending", "Beijing has been pushing".
fn has_or_suffers(lower: &[&str], i: usize) -> bool {
    if !lower.get(i).is_some_and(|w| matches!(*w, "has" | "had" | "have")) {
        return false;
    }
    let mut k = i + 1;
    // "has always been", "has not yet": adverbs between.
    while k < i + 4
        && lower.get(k).is_some_and(|w| {
            ADVERBS.contains(w)
                || matches!(*w, "not" | "never" | "always" | "long" | "yet")
                || (w.len() > 4 && w.ends_with("ly"))
        })
    {
        k += 1;
    }
    let next = lower.get(k).copied().unwrap_or("");
    if next == "been" {
        return !lower.get(k + 1).is_some_and(|w| readiness(w));
    }
    next.starts_with(|c: char| c.is_ascii_digit()) || HAD_THINGS.contains(&next)
}

/// Words that open what a subject has: "has a port", "has 14 million", "has no army".
const HAD_THINGS: &[&str] = &[
    "a",
    "an",
    "the",
    "no",
    "many",
    "more",
    "most",
    "some",
    "its",
    "their",
    "few",
    "several",
    "much",
    "one",
    "two",
    "three",
    "four",
    "five",
    "ten",
    "hundreds",
    "thousands",
    "millions",
];

/// What follows a form of "be" when the state is the doer: "prepared", "sending".
fn readiness(word: &str) -> bool {
    READINESS.contains(word) || (word.len() > 5 && word.ends_with("ing") && word != "being")
}

/// A past form: an irregular one that is not also a base form ("sent", "took"), or a regular one.
fn is_past(word: &str) -> bool {
    verbs::irregular_past(word) == Some(PastForm::Past)
        || (word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_lowercase()))
}

/// A verb's base form: the list also has its third person ("need" and "needs", "deny" and "denies").
fn is_base_form(list: &WordSet, word: &str) -> bool {
    list.contains(format!("{word}s").as_str())
        || list.contains(format!("{word}es").as_str())
        || word
            .strip_suffix('y')
            .is_some_and(|stem| list.contains(format!("{stem}ies").as_str()))
}

pub const STATE_AS_ACTOR: Rule = Rule {
    name: "actors/state-as-actor",
    description: "A country or its capital before a verb of saying (\"Russia denies\", \"Moscow says\") or an act only a state can do (\"Iran fired\") is the state acting: an organisation.",
    details:
        "A country, capital or seat of power followed by a verb of saying or of judging aloud (\"Russia denies\", \"Moscow says\", \"Chile criticised\"), maybe after an auxiliary and an adverb (\"Moscow has denied\", \"Moscow has consistently denied\") or a time phrase (\"Kenya yesterday said\", \"Germany last week asked\", \"Norway on Monday said\") or a relative clause on \"which\" or \"whose\" (\"Norway, which brokered the truce, said\", \"Italy, whose coast lies close, said\"; a short phrase between commas may end it: \"Moscow, which keeps a base at Kant, just east of Bishkek, said\") or an apposition of up to 16 words that an article or a possessive opens (\"Japan, Mongolia's largest aid donor, said\", \"Macedonia, a nation of 2 million with a large ethnic Albanian minority of its own, has said\"), or of an act only a state's power does (\"Iran fired\", \"China vetoed\", \"Iran executed\", \"Cambodia ordered\", \"Oman banned\"; `data/actors-state-power-verbs.txt`) acts as a state: an organisation actor; not after a preposition (with \"the\" between too: \"a study in the Seychelles reported\"), also one before another name joined to it by \"and\" (\"workers in New Jersey and Puerto Rico said\"). A sentence adverb or a phrase of reply between commas may stand between the name and its verb (\"India, for its part, says\", \"Mexico, in turn, has agreed\", \"Seoul, meanwhile, said\"); a time or a place there leaves no actor (\"Taiwan, in 2014, infected\"). Countries in a list joined by commas and a final \"and\" share the verb after the last (\"Chile, Peru and Bolivia said\", \"Italy and Spain have banned\"), and so do those before \"and\" and a phrase of other states (\"Cuba, Peru and a dozen other countries banned\"); a preposition before the list's first name governs them all (\"ministers from Chile, Peru and Bolivia said\"), and commas with no \"and\" join no list (\"Moscow, Russia\"). A nation within a union that the country list maps to the union's state (England, Scotland, Wales, Northern Ireland) acts for itself, an actor of its own name: \"Scotland said\" is not the United Kingdom.",
    examples: &[
        (
            "Macedonia, a nation of 2 million with a large ethnic Albanian minority of its own, has said that it cannot absorb them.",
            "actor organization \"North Macedonia\": \"Macedonia\"",
        ),
        ("Kenya yesterday said the border would reopen.", "actor organization \"Kenya\": \"Kenya\""),
        (
            "The tariffs hurt growers. India, for its part, says Washington started it.",
            "actor organization \"India\": \"India\"",
        ),
        ("Norway and Germany last week asked the government for a full report.", "actor organization \"Germany\": \"Germany\""),
        (
            "Russia denies any plan to invade.",
            "actor organization \"Russia\": \"Russia\"",
        ),
        (
            "Japan, Mongolia's largest aid donor, said it was considering a shipment of feed.",
            "actor organization \"Japan\": \"Japan\"",
        ),
        (
            "Officials met on Friday. Moscow says the talks failed.",
            "actor organization \"Russia\": \"Moscow\"",
        ),
        (
            "The US and Russia say a deal is near.",
            "actor organization \"United States\": \"US\"",
        ),
        (
            "Norway and Kenya agree to cut tariffs.",
            "actor organization \"Kenya\": \"Kenya\"",
        ),
        (
            "The United States criticised the vote.",
            "actor organization \"United States\": \"United States\"",
        ),
        (
            "Iran executed two men on Tuesday.",
            "actor organization \"Iran\": \"Iran\"",
        ),
        (
            "Chile also said it would send ships.",
            "actor organization \"Chile\": \"Chile\"",
        ),
        (
            "Officials met on Friday. Moscow has consistently denied any role in the attacks.",
            "actor organization \"Russia\": \"Moscow\"",
        ),
        (
            "Cambodia on Tuesday ordered 14 Thai logging companies to leave the country.",
            "actor organization \"Cambodia\": \"Cambodia\"",
        ),
        (
            "Iran fired a missile at the base.",
            "actor organization \"Iran\": \"Iran\"",
        ),
        (
            "Norway, which brokered the truce, said it was concerned.",
            "actor organization \"Norway\": \"Norway\"",
        ),
        (
            "Moscow, which keeps a base at Kant, just east of Bishkek, said it was concerned.",
            "actor organization \"Russia\": \"Moscow\"",
        ),
        (
            "Italy, whose coast lies barely 50 miles away, said it was following events.",
            "actor organization \"Italy\": \"Italy\"",
        ),
        (
            "Officials met on Friday. Moscow has denied the report.",
            "actor organization \"Russia\": \"Moscow\"",
        ),
        (
            "Chile, Peru and Bolivia said they would appeal.",
            "actor organization \"Chile\": \"Chile\"",
        ),
        (
            "Cuba, Peru and a dozen other countries banned the imports.",
            "actor organization \"Cuba\": \"Cuba\"",
        ),
        (
            "Italy and Spain have banned the imports.",
            "actor organization \"Italy\": \"Italy\"",
        ),
        (
            "Scotland said it would hold a vote. Britain said it would not allow one.",
            "actor organization \"Scotland\": \"Scotland\"",
        ),
    ],
    counter_examples: &[
        "Ministers from Chile, Peru and Bolivia said they would appeal.",
        "Officials in Lima, Peru, Quito and Bogota said they would appeal.",
        "The last major outbreak in southern Taiwan, in 2014, infected about 15,000 people.",
        "Officials in Germany last week said the talks had failed.",
        "Troops in Ukraine are ready.",
        "A long-term study in the Seychelles reported that most corals recovered.",
        "The talks with Russia ended.",
        "Russia's economy is growing.",
        "Flights to Moscow resumed.",
        "They want a united Germany say yes.",
        "Austria decided to build a dam.",
        "Chile exports copper, and the fire in France spread.",
        "Only citizens of China and Russia need no visa.",
        "Unions of workers in New Jersey and Puerto Rico said they would strike.",
        "Poland, backed by Germany, agreed. Germany backed by its allies agreed.",
        "Norway, which has many fjords, is cold.",
    ],
};

pub const STATE_ACTS: Rule = Rule {
    name: "actors/state-acts",
    description: "In a text where a state speaks, a country, capital or seat of power is the state too as the subject of a verb of action (\"the US dropped the rules\", \"Tokyo issued a statement\").",
    details: "In a text where a state speaks, a country, capital or seat of power is the state too as the subject of a finite verb of action (\"the US dropped the rules\", \"Tokyo issued a statement\", \"Russia could close the border\"); as the subject of \"has\" before what is had, or of a passive, only where that country has spoken itself (\"Moscow has warships\"), for places have and suffer things too (\"Tokyo has 14 million residents\"); a side of a match stays a side.",
    examples: &[
        (
            "Russia denied the plan. Russia could soon close the border.",
            "actor organization \"Russia\": \"Russia\"",
        ),
        (
            "Russia warned Kyiv. Moscow has two fleets in the region.",
            "actor organization \"Russia\": \"Moscow\"",
        ),
        (
            "The US denied it. The rules that the US dropped in 2018 were old.",
            "actor organization \"United States\": \"US\"",
        ),
        (
            "The US said it would help. Officials say the US is willing to negotiate.",
            "actor organization \"United States\": \"US\"",
        ),
        (
            "China said the tests were a threat. Tokyo issued a short statement.",
            "actor organization \"Japan\": \"Tokyo\"",
        ),
        (
            "Pakistan said it had no choice. India exploded five devices in May.",
            "actor organization \"India\": \"India\"",
        ),
        (
            "Britain said it would help. Beijing has been pushing for a deal.",
            "actor organization \"China\": \"Beijing\"",
        ),
    ],
    counter_examples: &[
        "Russia could soon close the border.",
        "France said it would help. France is a country in Europe.",
        "Russia denied it. Russia borders Ukraine.",
        "Russia denied it. Troops in Russia were sent home.",
        "Russia denied it. The capital of Russia has grown.",
        "Norway agreed. Norway backed by its neighbours was strong.",
        "Tokyo issued a short statement.",
        "Britain said it would help. Tokyo has been here before.",
    ],
};

pub const NATIONAL_TEAM: Rule = Rule {
    name: "actors/national-team",
    description: "Two countries on either side of a verb of a match (\"Brazil beat Germany\", \"England v Wales\") are national teams: organisations.",
    details:
        "Two countries on either side of a verb of a contest or a fixture's \"v\" (\"Brazil beat Germany\", \"Spain lost to Italy\") are national teams: organisation actors; once two have met, so is another country before such a verb (\"France beat them\").",
    examples: &[
        (
            "Brazil beat Germany in the semi-final.",
            "actor organization \"Germany\": \"Germany\"",
        ),
        (
            "Spain lost to Italy on penalties.",
            "actor organization \"Spain\": \"Spain\"",
        ),
        ("Tonight: England v Wales at 8pm.", "actor organization \"Wales\": \"Wales\""),
        (
            "Chile beat Peru 2-0. In 1994 France beat them 23-20.",
            "actor organization \"France\": \"France\"",
        ),
    ],
    counter_examples: &[
        "Fans in Brazil beat drums all night.",
        "She played in Germany and Italy.",
        "Brazil exports coffee to Germany.",
    ],
};

#[cfg(test)]
mod tests {
    use super::*;

    /// The index of taken spans answers as the plain scan over them does.
    #[test]
    fn taken_spans_overlap_as_spans_do() {
        let spans = [
            Span::new(10, 20),
            Span::new(2, 4),
            Span::new(15, 30),
            Span::new(40, 40),
        ];
        let taken = Taken::new(&spans);
        for start in 0..45 {
            for end in start..46 {
                let s = Span::new(start, end);
                assert_eq!(taken.overlaps(s), spans.iter().any(|t| t.overlaps(s)), "{s:?}");
            }
        }
        assert!(!Taken::new(&[]).overlaps(Span::new(0, 5)));
    }
}
