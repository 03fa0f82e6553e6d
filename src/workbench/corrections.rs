//! Corrections: a teacher's fixes to a report, kept apart from it and applied on top of it.
//!
//! A correction names findings by their byte spans in the text (a quote by its span, an actor by the
//! span of any of its named mentions), never by list positions or ids, so the same corrections apply
//! again when the same text is analysed anew (after a reload). [`apply`] runs them in order on a copy
//! of the report; one whose finding is no longer there does nothing. Findings a correction adds or
//! relinks name a `correction/…` rule ([`RULES`]), so they read as corrections everywhere.
//!
//! [`encode`] and [`decode`] write corrections as a short line of text (`speaker 10 20 -;remove date
//! 5 9`) for storage and links; the types also derive serde for the JSON export.
//!
//! ```
//! use lede::workbench::corrections::{apply, At, Correction, Finding};
//! let text = "Ms Ada Lund said on Friday that the plan works.";
//! let report = lede::analyse(text, &lede::Options::default());
//! assert_eq!(report.dates.len(), 1);
//! let friday = At::new(20, 26); // the byte span of "Friday"
//! let fixed = apply(&report, text, &[Correction::Remove { finding: Finding::Date, at: friday }]);
//! assert!(fixed.dates.is_empty());
//! ```

use crate::analysis::sort::CompactSort;
use serde::{Deserialize, Serialize};

use crate::analysis::report::{
    Actor, ActorKind, Country, CountryMention, DateKind, DateMention, Mention, Quote, QuoteKind, Report,
    RuleName, Via,
};

/// The rule of a finding a teacher added.
pub const ADDED: &str = "correction/added";
/// The rule of a speaker a teacher chose.
pub const SPEAKER: &str = "correction/speaker";
/// The rule of a mention a teacher split off into an actor of its own.
pub const SPLIT: &str = "correction/split";

/// The `correction/…` rules with their plain descriptions.
pub const RULES: &[(&str, &str)] = &[
    (ADDED, "You added this by hand: Lede had missed it."),
    (SPEAKER, "You chose this speaker by hand."),
    (SPLIT, "You split this name off into an actor of its own."),
];

/// A byte span of the text: the key of a finding.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct At {
    pub start: usize,
    pub end: usize,
}

impl At {
    pub const fn new(start: usize, end: usize) -> At {
        At { start, end }
    }
}

/// A finding that can be removed. `Actor` removes the whole actor (named by any of its mentions);
/// `Country` removes one country mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Finding {
    Actor,
    Quote,
    Date,
    Country,
    /// An anonymous or vague source phrase.
    Source,
    /// A hedge in the writer's voice.
    Hedge,
}

/// A finding that can be added from a selection of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Added {
    Person,
    Organization,
    Quote,
    Date,
    Country,
}

/// One fix.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Correction {
    /// The quote at `quote` is spoken by the actor with a mention at `speaker`, or by nobody named.
    Speaker {
        quote: At,
        speaker: Option<At>,
    },
    /// The actor with a mention at `actor` is the actor with a mention at `into`.
    Merge {
        actor: At,
        into: At,
    },
    /// The actor mention at `mention` is an actor of its own.
    Split {
        mention: At,
    },
    Remove {
        finding: Finding,
        at: At,
    },
    /// A finding Lede missed. `value`: a date's TIMEX3 value (optional), a country's ISO code
    /// (required for a country).
    Add {
        finding: Added,
        at: At,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        value: Option<String>,
    },
}

/// `report` with `corrections` applied in order (those that find nothing to fix are skipped).
pub fn apply(report: &Report, text: &str, corrections: &[Correction]) -> Report {
    let mut out = report.clone();
    for c in corrections {
        apply_one(&mut out, text, c);
    }
    out
}

/// Applies one correction; false when it found nothing to fix (and changed nothing).
pub fn apply_one(report: &mut Report, text: &str, correction: &Correction) -> bool {
    match correction {
        Correction::Speaker { quote, speaker } => set_speaker(report, *quote, *speaker),
        Correction::Merge { actor, into } => merge(report, *actor, *into),
        Correction::Split { mention } => split(report, text, *mention),
        Correction::Remove { finding, at } => remove(report, *finding, *at),
        Correction::Add { finding, at, value } => add(report, text, *finding, *at, value.as_deref()),
    }
}

/// Which of `corrections` still fix something, in order (false: the finding is gone).
pub fn effective(report: &Report, text: &str, corrections: &[Correction]) -> Vec<bool> {
    if corrections.is_empty() {
        return Vec::new();
    }
    let mut r = report.clone();
    corrections.iter().map(|c| apply_one(&mut r, text, c)).collect()
}

fn same(start: usize, end: usize, at: At) -> bool {
    start == at.start && end == at.end
}

/// The index of the actor with a named mention at `at`.
pub fn actor_at(report: &Report, at: At) -> Option<usize> {
    report
        .actors
        .iter()
        .position(|a| a.mentions.iter().any(|m| same(m.start, m.end, at)))
}

fn quote_at(report: &Report, at: At) -> Option<usize> {
    report.quotes.iter().position(|q| same(q.start, q.end, at))
}

fn set_speaker(report: &mut Report, quote: At, speaker: Option<At>) -> bool {
    let Some(q) = quote_at(report, quote) else {
        return false;
    };
    let id = match speaker {
        Some(at) => match actor_at(report, at) {
            Some(a) => Some(report.actors[a].id.clone()),
            None => return false,
        },
        None => None,
    };
    let q = &mut report.quotes[q];
    q.speaker = id;
    q.speaker_mention = None;
    q.speaker_rule = RuleName::Borrowed(SPEAKER);
    true
}

fn merge(report: &mut Report, actor: At, into: At) -> bool {
    let (Some(from), Some(to)) = (actor_at(report, actor), actor_at(report, into)) else {
        return false;
    };
    if from == to {
        return false;
    }
    let gone = report.actors[from].clone();
    let target = &mut report.actors[to];
    target.mentions.extend(gone.mentions);
    target.mentions.compact_sort_by_key(|m| (m.start, m.end));
    target.references.extend(gone.references);
    target.references.compact_sort_by_key(|m| (m.start, m.end));
    for role in gone.roles {
        if !target.roles.contains(&role) {
            target.roles.push(role);
        }
    }
    if target.country.is_none() {
        target.country = gone.country;
    }
    let new_id = target.id.clone();
    for q in &mut report.quotes {
        if q.speaker.as_deref() == Some(gone.id.as_str()) {
            q.speaker = Some(new_id.clone());
        }
    }
    report.actors.remove(from);
    true
}

/// An actor id no actor of `report` has: `a` and one more than the largest number in use.
fn fresh_id(report: &Report) -> String {
    let max = report
        .actors
        .iter()
        .filter_map(|a| a.id.strip_prefix('a')?.parse::<usize>().ok())
        .max()
        .unwrap_or(0);
    format!("a{}", max + 1)
}

fn split(report: &mut Report, text: &str, at: At) -> bool {
    let Some(a) = actor_at(report, at) else {
        return false;
    };
    if report.actors[a].mentions.len() < 2 {
        return false;
    }
    let id = fresh_id(report);
    let actor = &mut report.actors[a];
    actor.mentions.retain(|m| !same(m.start, m.end, at));
    let kind = actor.kind;
    let name = text.get(at.start..at.end).unwrap_or_default().to_string();
    let mention = Mention {
        start: at.start,
        end: at.end,
        text: name.clone(),
        rule: RuleName::Borrowed(SPLIT),
    };
    for q in &mut report.quotes {
        if q.speaker_mention
            .as_ref()
            .is_some_and(|m| same(m.start, m.end, at))
        {
            q.speaker = Some(id.clone());
        }
    }
    report.actors.push(new_actor(id, name, kind, mention));
    true
}

fn new_actor(id: String, name: String, kind: ActorKind, mention: Mention) -> Actor {
    Actor {
        id,
        name,
        kind,
        roles: Vec::new(),
        country: None,
        mentions: vec![mention],
        references: Vec::new(),
        source_kind: None,
    }
}

fn remove(report: &mut Report, finding: Finding, at: At) -> bool {
    match finding {
        Finding::Actor => {
            let Some(a) = actor_at(report, at) else {
                return false;
            };
            let gone = report.actors.remove(a);
            for q in &mut report.quotes {
                if q.speaker.as_deref() == Some(gone.id.as_str()) {
                    q.speaker = None;
                }
            }
            true
        }
        Finding::Quote => remove_where(&mut report.quotes, |q| same(q.start, q.end, at)),
        Finding::Date => remove_where(&mut report.dates, |d| same(d.start, d.end, at)),
        Finding::Source => remove_where(&mut report.sources, |s| same(s.start, s.end, at)),
        Finding::Hedge => remove_where(&mut report.hedges, |h| same(h.start, h.end, at)),
        Finding::Country => {
            let mut found = false;
            for c in &mut report.countries {
                found |= remove_where(&mut c.mentions, |m| same(m.start, m.end, at));
            }
            report.countries.retain(|c| !c.mentions.is_empty());
            found
        }
    }
}

fn remove_where<T>(list: &mut Vec<T>, hit: impl Fn(&T) -> bool) -> bool {
    let before = list.len();
    list.retain(|x| !hit(x));
    list.len() < before
}

/// The selection `at` without surrounding white space; `None` when it is empty or not a span of `text`.
pub fn trim(text: &str, at: At) -> Option<At> {
    let s = text.get(at.start..at.end)?;
    let lead = s.len() - s.trim_start().len();
    let trimmed = s.trim();
    (!trimmed.is_empty()).then(|| At::new(at.start + lead, at.start + lead + trimmed.len()))
}

fn add(report: &mut Report, text: &str, finding: Added, at: At, value: Option<&str>) -> bool {
    let Some(at) = trim(text, at) else { return false };
    let slice = &text[at.start..at.end];
    let mention = Mention {
        start: at.start,
        end: at.end,
        text: slice.to_string(),
        rule: RuleName::Borrowed(ADDED),
    };
    match finding {
        Added::Person | Added::Organization => {
            if actor_at(report, at).is_some() {
                return false;
            }
            let kind = if finding == Added::Person {
                ActorKind::Person
            } else {
                ActorKind::Organization
            };
            let id = fresh_id(report);
            report
                .actors
                .push(new_actor(id, slice.to_string(), kind, mention));
            true
        }
        Added::Quote => add_quote(report, text, at),
        Added::Date => add_date(report, slice, at, value),
        Added::Country => value.is_some_and(|code| add_country(report, slice, at, code)),
    }
}

const QUOTE_MARKS: &[char] = &['"', '“', '”', '„', '«', '»', '\'', '‘', '’'];

/// A quote from a selection: direct when the selection is wrapped in quotation marks (inside or
/// just outside it), reported otherwise.
fn add_quote(report: &mut Report, text: &str, at: At) -> bool {
    if quote_at(report, at).is_some() {
        return false;
    }
    let slice = &text[at.start..at.end];
    let inner = slice.trim_matches(QUOTE_MARKS);
    let lead = slice.len() - slice.trim_start_matches(QUOTE_MARKS).len();
    let before = text[..at.start].chars().next_back();
    let after = text[at.end..].chars().next();
    let marked = |c: Option<char>| c.is_some_and(|c| QUOTE_MARKS.contains(&c));
    let direct = inner.len() < slice.len() || (marked(before) && marked(after));
    let start = at.start + lead;
    let quote = Quote {
        start,
        end: start + inner.len(),
        text: inner.to_string(),
        kind: if direct {
            QuoteKind::Direct
        } else {
            QuoteKind::Indirect
        },
        speaker: None,
        speaker_mention: None,
        cue: None,
        rule: RuleName::Borrowed(ADDED),
        speaker_rule: RuleName::Borrowed(""),
        source_kind: None,
    };
    if inner.is_empty() {
        return false;
    }
    let i = report.quotes.partition_point(|q| q.start < quote.start);
    report.quotes.insert(i, quote);
    true
}

/// A date from a selection, with the value the correction gives it (if any): a duration when the
/// value is one (`P3D`), a time when it has a clock time, else a date.
fn add_date(report: &mut Report, slice: &str, at: At, value: Option<&str>) -> bool {
    if report.dates.iter().any(|d| same(d.start, d.end, at)) {
        return false;
    }
    let kind = match value {
        Some(v) if v.starts_with('P') => DateKind::Duration,
        Some(v) if v.contains('T') && v.contains(':') => DateKind::Time,
        _ => DateKind::Date,
    };
    let date = DateMention {
        start: at.start,
        end: at.end,
        text: slice.to_string(),
        kind,
        value: value.map(str::to_string),
        inferred: false,
        rule: RuleName::Borrowed(ADDED),
    };
    let i = report.dates.partition_point(|d| d.start < date.start);
    report.dates.insert(i, date);
    true
}

/// A country mention of `code` (ISO 3166-1 alpha-2) from a selection.
fn add_country(report: &mut Report, slice: &str, at: At, code: &str) -> bool {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return false;
    }
    let known = report
        .countries
        .iter()
        .flat_map(|c| &c.mentions)
        .any(|m| same(m.start, m.end, at));
    if known {
        return false;
    }
    let mention = CountryMention {
        start: at.start,
        end: at.end,
        text: slice.to_string(),
        via: Via::Name,
        rule: RuleName::Borrowed(ADDED),
    };
    match report.countries.iter_mut().find(|c| c.code == code) {
        Some(c) => {
            let i = c.mentions.partition_point(|m| m.start < at.start);
            c.mentions.insert(i, mention);
        }
        None => report.countries.push(Country {
            code: code.to_string(),
            name: code.to_string(),
            mentions: vec![mention],
        }),
    }
    true
}

/// The value a new finding of the selected words should carry, taken from the report: for a date,
/// the value of a date with the same words; for a country, the code of a country named with the
/// same words (letter case aside). `None` when the report has no such finding.
pub fn suggest_value(report: &Report, text: &str, finding: Added, at: At) -> Option<String> {
    let words = text.get(at.start..at.end)?.trim();
    match finding {
        Added::Date => report
            .dates
            .iter()
            .find(|d| d.text.eq_ignore_ascii_case(words))
            .and_then(|d| d.value.clone()),
        Added::Country => report
            .countries
            .iter()
            .find(|c| {
                c.name.eq_ignore_ascii_case(words)
                    || c.mentions.iter().any(|m| m.text.eq_ignore_ascii_case(words))
            })
            .map(|c| c.code.clone()),
        _ => None,
    }
}

impl Finding {
    pub fn as_str(self) -> &'static str {
        match self {
            Finding::Actor => "actor",
            Finding::Quote => "quote",
            Finding::Date => "date",
            Finding::Country => "country",
            Finding::Source => "source",
            Finding::Hedge => "hedge",
        }
    }

    fn parse(s: &str) -> Option<Finding> {
        [
            Finding::Actor,
            Finding::Quote,
            Finding::Date,
            Finding::Country,
            Finding::Source,
            Finding::Hedge,
        ]
        .into_iter()
        .find(|f| f.as_str() == s)
    }
}

impl Added {
    pub fn as_str(self) -> &'static str {
        match self {
            Added::Person => "person",
            Added::Organization => "organization",
            Added::Quote => "quote",
            Added::Date => "date",
            Added::Country => "country",
        }
    }

    fn parse(s: &str) -> Option<Added> {
        [
            Added::Person,
            Added::Organization,
            Added::Quote,
            Added::Date,
            Added::Country,
        ]
        .into_iter()
        .find(|f| f.as_str() == s)
    }
}

/// The corrections as one line of text: `;` between corrections, spaces between fields, spans as
/// two numbers, `-` for "nobody": `speaker 120 160 -;merge 10 20 30 40;split 50 60;remove date 5 9;
/// add person 70 80`.
pub fn encode(corrections: &[Correction]) -> String {
    let at = |a: At| format!("{} {}", a.start, a.end);
    corrections
        .iter()
        .map(|c| match c {
            Correction::Speaker { quote, speaker } => {
                format!("speaker {} {}", at(*quote), speaker.map_or("-".to_string(), at))
            }
            Correction::Merge { actor, into } => format!("merge {} {}", at(*actor), at(*into)),
            Correction::Split { mention } => format!("split {}", at(*mention)),
            Correction::Remove { finding, at: a } => format!("remove {} {}", finding.as_str(), at(*a)),
            Correction::Add {
                finding,
                at: a,
                value,
            } => {
                let value = value.as_deref().filter(|v| plain_value(v));
                let value = value.map(|v| format!(" {v}")).unwrap_or_default();
                format!("add {} {}{value}", finding.as_str(), at(*a))
            }
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// A value that the one-line form can carry: letters, digits and `-:._`, as TIMEX3 values and
/// country codes are.
fn plain_value(v: &str) -> bool {
    !v.is_empty()
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"-:._".contains(&b))
}

/// Reads what [`encode`] wrote; entries it cannot read are skipped.
pub fn decode(line: &str) -> Vec<Correction> {
    line.split(';').filter_map(decode_one).collect()
}

fn decode_one(entry: &str) -> Option<Correction> {
    let fields: Vec<&str> = entry.split_whitespace().collect();
    let num = |i: usize| fields.get(i).and_then(|f| f.parse::<usize>().ok());
    let span = |i: usize| Some(At::new(num(i)?, num(i + 1)?)).filter(|a| a.start < a.end);
    let correction = match *fields.first()? {
        "speaker" if fields.len() == 4 && fields[3] == "-" => Correction::Speaker {
            quote: span(1)?,
            speaker: None,
        },
        "speaker" if fields.len() == 5 => Correction::Speaker {
            quote: span(1)?,
            speaker: Some(span(3)?),
        },
        "merge" if fields.len() == 5 => Correction::Merge {
            actor: span(1)?,
            into: span(3)?,
        },
        "split" if fields.len() == 3 => Correction::Split { mention: span(1)? },
        "remove" if fields.len() == 4 => Correction::Remove {
            finding: Finding::parse(fields[1])?,
            at: span(2)?,
        },
        "add" if fields.len() == 4 || fields.len() == 5 => Correction::Add {
            finding: Added::parse(fields[1])?,
            at: span(2)?,
            value: match fields.get(4) {
                Some(v) if plain_value(v) => Some(v.to_string()),
                Some(_) => return None,
                None => None,
            },
        },
        _ => return None,
    };
    Some(correction)
}

/// A short line for the list of corrections: `Speaker of “We were close…” → “Mr Otieno”`.
pub fn describe(text: &str, correction: &Correction) -> String {
    let words = |a: At| {
        let s = text.get(a.start..a.end).unwrap_or("?").trim();
        let short: String = s.chars().take(40).collect();
        if short.len() < s.len() {
            format!("“{short}…”")
        } else {
            format!("“{short}”")
        }
    };
    match correction {
        Correction::Speaker { quote, speaker } => format!(
            "Speaker of {} → {}",
            words(*quote),
            speaker.map_or("unattributed".to_string(), words)
        ),
        Correction::Merge { actor, into } => format!("Merged {} into {}", words(*actor), words(*into)),
        Correction::Split { mention } => format!("Split {} off as a new actor", words(*mention)),
        Correction::Remove { finding, at } => format!("Removed {} {}", finding.as_str(), words(*at)),
        Correction::Add { finding, at, value } => {
            let value = value.as_deref().map(|v| format!(" ({v})")).unwrap_or_default();
            format!("Added {} as {}{value}", words(*at), added_label(*finding))
        }
    }
}

fn added_label(finding: Added) -> &'static str {
    match finding {
        Added::Person => "a person",
        Added::Organization => "an organisation",
        Added::Quote => "a quote",
        Added::Date => "a date",
        Added::Country => "a country",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A self-written article: two people, quotes, a date and countries.
    const TEXT: &str = "Ms Ada Lund met Mr Per Holm in Oslo on Friday. \"We are ready,\" she said. \
                        Mr Holm said the plan would help Kenya. \"It is a start,\" Lund said.";

    fn report() -> Report {
        let options = crate::Options {
            reference_date: crate::Date::parse_iso("2022-01-21"),
        };
        crate::analyse(TEXT, &options)
    }

    /// The span of the `n`-th (0-based) occurrence of `words` in TEXT.
    fn at(words: &str, n: usize) -> At {
        let start = TEXT.match_indices(words).nth(n).map(|(i, _)| i).expect(words);
        At::new(start, start + words.len())
    }

    fn speaker_of(r: &Report, quote: &str) -> Option<String> {
        let q = r.quotes.iter().find(|q| q.text.contains(quote)).expect(quote);
        q.speaker
            .as_deref()
            .and_then(|id| r.actors.iter().find(|a| a.id == id))
            .map(|a| a.name.clone())
    }

    fn quote_at_words(r: &Report, words: &str) -> At {
        let q = r.quotes.iter().find(|q| q.text.contains(words)).expect(words);
        At::new(q.start, q.end)
    }

    #[test]
    fn the_article_reads_as_expected() {
        let r = report();
        assert_eq!(speaker_of(&r, "We are ready"), Some("Ada Lund".into()));
        assert_eq!(speaker_of(&r, "It is a start"), Some("Ada Lund".into()));
        assert!(actor_at(&r, at("Mr Per Holm", 0)).is_some());
    }

    #[test]
    fn change_a_speaker_to_another_actor_or_to_nobody() {
        let r = report();
        let quote = quote_at_words(&r, "We are ready");
        let to_holm = Correction::Speaker {
            quote,
            speaker: Some(at("Mr Per Holm", 0)),
        };
        let fixed = apply(&r, TEXT, std::slice::from_ref(&to_holm));
        assert_eq!(speaker_of(&fixed, "We are ready"), Some("Per Holm".into()));
        let q = fixed.quotes.iter().find(|q| q.start == quote.start).unwrap();
        assert_eq!(q.speaker_rule, SPEAKER);
        let nobody = Correction::Speaker { quote, speaker: None };
        assert_eq!(
            speaker_of(&apply(&r, TEXT, &[to_holm.clone(), nobody]), "We are ready"),
            None
        );
    }

    #[test]
    fn merge_moves_mentions_and_quotes() {
        let r = report();
        let before = r.actors.len();
        let merge = Correction::Merge {
            actor: at("Ms Ada Lund", 0),
            into: at("Mr Per Holm", 0),
        };
        let fixed = apply(&r, TEXT, &[merge]);
        assert_eq!(fixed.actors.len(), before - 1);
        assert_eq!(speaker_of(&fixed, "We are ready"), Some("Per Holm".into()));
        let holm = &fixed.actors[actor_at(&fixed, at("Mr Per Holm", 0)).unwrap()];
        assert!(holm.mentions.iter().any(|m| m.text == "Ms Ada Lund"));
        assert!(holm.mentions.windows(2).all(|w| w[0].start <= w[1].start));
    }

    #[test]
    fn split_makes_a_new_actor_and_moves_its_quotes() {
        let r = report();
        let lund = at("Lund", 1);
        let fixed = apply(&r, TEXT, &[Correction::Split { mention: lund }]);
        let new = &fixed.actors[actor_at(&fixed, lund).unwrap()];
        assert_eq!(new.name, "Lund");
        assert_eq!(new.mentions[0].rule, SPLIT);
        assert!(r.actors.iter().all(|a| a.id != new.id), "a fresh id");
        assert_eq!(speaker_of(&fixed, "It is a start"), Some("Lund".into()));
        assert_eq!(speaker_of(&fixed, "We are ready"), Some("Ada Lund".into()));
        // An actor of one mention has nothing to split off.
        let once = at("Ms Ada Lund", 0);
        let twice = [
            Correction::Split { mention: lund },
            Correction::Split { mention: lund },
        ];
        assert_eq!(effective(&r, TEXT, &twice), vec![true, false]);
        assert!(effective(&r, TEXT, &[Correction::Split { mention: once }])[0]);
    }

    /// (finding, words, occurrence): each is found, then removed.
    const REMOVALS: &[(Finding, &str, usize)] = &[
        (Finding::Actor, "Mr Per Holm", 0),
        (Finding::Date, "Friday", 0),
        (Finding::Country, "Kenya", 0),
        (Finding::Country, "Oslo", 0),
    ];

    #[test]
    fn remove_findings() {
        let r = report();
        for &(finding, words, n) in REMOVALS {
            let fixed = apply(
                &r,
                TEXT,
                &[Correction::Remove {
                    finding,
                    at: at(words, n),
                }],
            );
            let spans = |r: &Report| -> Vec<(usize, usize)> {
                match finding {
                    Finding::Actor => r
                        .actors
                        .iter()
                        .flat_map(|a| &a.mentions)
                        .map(|m| (m.start, m.end))
                        .collect(),
                    Finding::Quote => r.quotes.iter().map(|q| (q.start, q.end)).collect(),
                    Finding::Date => r.dates.iter().map(|d| (d.start, d.end)).collect(),
                    Finding::Source => r.sources.iter().map(|s| (s.start, s.end)).collect(),
                    Finding::Hedge => r.hedges.iter().map(|h| (h.start, h.end)).collect(),
                    Finding::Country => r
                        .countries
                        .iter()
                        .flat_map(|c| &c.mentions)
                        .map(|m| (m.start, m.end))
                        .collect(),
                }
            };
            let key = (at(words, n).start, at(words, n).end);
            assert!(spans(&r).contains(&key), "{words}: not found before");
            assert!(!spans(&fixed).contains(&key), "{words}: still there");
        }
        // Removing the speaker's actor leaves the quote unattributed.
        let quote = quote_at_words(&r, "We are ready");
        let gone = apply(
            &r,
            TEXT,
            &[Correction::Remove {
                finding: Finding::Actor,
                at: at("Ms Ada Lund", 0),
            }],
        );
        assert_eq!(speaker_of(&gone, "We are ready"), None);
        let no_quote = apply(
            &r,
            TEXT,
            &[Correction::Remove {
                finding: Finding::Quote,
                at: quote,
            }],
        );
        assert_eq!(no_quote.quotes.len(), r.quotes.len() - 1);
        // A country without mentions is gone.
        let no_kenya = apply(
            &r,
            TEXT,
            &[Correction::Remove {
                finding: Finding::Country,
                at: at("Kenya", 0),
            }],
        );
        assert!(no_kenya.countries.iter().all(|c| c.code != "KE"));
    }

    fn add(finding: Added, at: At, value: Option<&str>) -> Correction {
        Correction::Add {
            finding,
            at,
            value: value.map(str::to_string),
        }
    }

    #[test]
    fn add_actors_and_quotes_from_a_selection() {
        let r = report();
        // The selection is trimmed of white space.
        let plan = at("plan", 0);
        let person = apply(
            &r,
            TEXT,
            &[add(Added::Person, At::new(plan.start - 1, plan.end), None)],
        );
        let a = &person.actors[actor_at(&person, plan).expect("trimmed span")];
        assert_eq!(
            (a.name.as_str(), a.kind, &*a.mentions[0].rule),
            ("plan", ActorKind::Person, ADDED)
        );
        assert!(r.actors.iter().all(|b| b.id != a.id), "a fresh id");
        // Words between quotation marks make a direct quote, others reported speech.
        let no_start = apply(
            &r,
            TEXT,
            &[Correction::Remove {
                finding: Finding::Quote,
                at: quote_at_words(&r, "It is a start"),
            }],
        );
        let marked = apply(
            &no_start,
            TEXT,
            &[add(Added::Quote, at("\"It is a start,\"", 0), None)],
        );
        let q = marked
            .quotes
            .iter()
            .find(|q| q.text == "It is a start,")
            .expect("direct quote added");
        assert_eq!(
            (q.kind, &*q.rule, q.speaker.as_deref()),
            (QuoteKind::Direct, ADDED, None)
        );
        let reported = apply(&r, TEXT, &[add(Added::Quote, at("met Mr Per Holm", 0), None)]);
        let q = reported
            .quotes
            .iter()
            .find(|q| q.text == "met Mr Per Holm")
            .expect("reported added");
        assert_eq!(q.kind, QuoteKind::Indirect);
        assert!(
            reported.quotes.windows(2).all(|w| w[0].start <= w[1].start),
            "text order"
        );
    }

    #[test]
    fn add_dates_and_countries_with_their_values() {
        let r = report();
        let friday = at("Friday", 0);
        let no_friday = apply(
            &r,
            TEXT,
            &[Correction::Remove {
                finding: Finding::Date,
                at: friday,
            }],
        );
        let value = suggest_value(&r, TEXT, Added::Date, friday);
        assert_eq!(value.as_deref(), Some("2022-01-21"));
        let back = apply(&no_friday, TEXT, &[add(Added::Date, friday, value.as_deref())]);
        let d = &back.dates[0];
        assert_eq!(
            (d.value.as_deref(), d.kind, &*d.rule),
            (Some("2022-01-21"), DateKind::Date, ADDED)
        );
        let unknown = apply(&r, TEXT, &[add(Added::Date, at("plan", 0), None)]);
        assert_eq!(unknown.dates.len(), r.dates.len() + 1, "a date without a value");
        let three = apply(&r, TEXT, &[add(Added::Date, at("plan", 0), Some("P3D"))]);
        assert!(three.dates.iter().any(|d| d.kind == DateKind::Duration));

        let kenya = at("Kenya", 0);
        let code = suggest_value(&r, TEXT, Added::Country, kenya);
        assert_eq!(code.as_deref(), Some("KE"));
        let without = apply(
            &r,
            TEXT,
            &[Correction::Remove {
                finding: Finding::Country,
                at: kenya,
            }],
        );
        assert!(without.countries.iter().all(|c| c.code != "KE"));
        let back = apply(&without, TEXT, &[add(Added::Country, kenya, Some("KE"))]);
        let ke = back
            .countries
            .iter()
            .find(|c| c.code == "KE")
            .expect("Kenya added back");
        assert_eq!(&*ke.mentions[0].rule, ADDED);
        // Another mention of a country already found joins it, in text order.
        let oslo_too = apply(&r, TEXT, &[add(Added::Country, at("Holm", 0), Some("NO"))]);
        let no = oslo_too.countries.iter().find(|c| c.code == "NO").unwrap();
        assert_eq!(no.mentions.len(), 2);
        assert!(no.mentions.windows(2).all(|w| w[0].start <= w[1].start));
        // A country needs a code.
        let bad = [
            add(Added::Country, at("plan", 0), None),
            add(Added::Country, at("plan", 0), Some("xx")),
        ];
        assert_eq!(effective(&r, TEXT, &bad), vec![false, false]);
    }

    #[test]
    fn stale_and_bad_corrections_change_nothing() {
        let r = report();
        let nowhere = At::new(1, 2);
        let stale = [
            Correction::Speaker {
                quote: nowhere,
                speaker: None,
            },
            Correction::Merge {
                actor: nowhere,
                into: at("Mr Per Holm", 0),
            },
            Correction::Split { mention: nowhere },
            Correction::Remove {
                finding: Finding::Date,
                at: nowhere,
            },
            add(Added::Person, At::new(5, 500), None),
            add(Added::Quote, At::new(2, 3), None),
            add(Added::Date, At::new(0, 0), None),
            add(Added::Country, At::new(0, 2), Some("Norway")),
        ];
        assert_eq!(apply(&r, TEXT, &stale), r);
        assert!(effective(&r, TEXT, &stale).iter().all(|e| !e));
    }

    #[test]
    fn encode_and_decode_round_trip() {
        let all = vec![
            Correction::Speaker {
                quote: At::new(1, 9),
                speaker: None,
            },
            Correction::Speaker {
                quote: At::new(1, 9),
                speaker: Some(At::new(20, 24)),
            },
            Correction::Merge {
                actor: At::new(3, 4),
                into: At::new(5, 6),
            },
            Correction::Split {
                mention: At::new(7, 8),
            },
            Correction::Remove {
                finding: Finding::Country,
                at: At::new(9, 10),
            },
            add(Added::Organization, At::new(11, 12), None),
            add(Added::Date, At::new(13, 14), Some("2022-W04")),
            add(Added::Country, At::new(15, 16), Some("KE")),
        ];
        let line = encode(&all);
        assert_eq!(
            line,
            "speaker 1 9 -;speaker 1 9 20 24;merge 3 4 5 6;split 7 8;remove country 9 10;add organization 11 12;\
             add date 13 14 2022-W04;add country 15 16 KE"
        );
        assert_eq!(decode(&line), all);
        assert_eq!(decode(""), vec![]);
        assert_eq!(
            decode("split 9 3;remove ghost 1 2;add person 1;nonsense;add date 1 2 a,b;split 1 2"),
            vec![Correction::Split {
                mention: At::new(1, 2)
            }]
        );
    }

    #[test]
    fn descriptions_quote_the_text() {
        let c = Correction::Speaker {
            quote: at("We are ready", 0),
            speaker: Some(at("Mr Per Holm", 0)),
        };
        assert_eq!(describe(TEXT, &c), "Speaker of “We are ready” → “Mr Per Holm”");
        let c = add(Added::Organization, at("Oslo", 0), None);
        assert_eq!(describe(TEXT, &c), "Added “Oslo” as an organisation");
        let c = add(Added::Country, at("Oslo", 0), Some("NO"));
        assert_eq!(describe(TEXT, &c), "Added “Oslo” as a country (NO)");
    }
}
