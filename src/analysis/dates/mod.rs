//! Temporal expressions: detection and TIMEX3 normalisation against the reference date.
//!
//! A hand-written scanner walks the [`Doc`] tokens once, left to right, and at each token tries a small
//! grammar of temporal expressions (absolute and partial dates, weekdays, relative and anaphoric
//! expressions, times, durations, sets and vague references), keeping the longest match. Values are
//! anchored at the reference date (the publication date); weekdays, bare months and month-days are
//! resolved by the tense of the surrounding clause ("on Thursday, the US warned" → the Thursday
//! before, "will meet on Thursday" → the one after). Without a reference date relative expressions
//! keep their kind but get no value.
//!
//! Span conventions follow TimeML as annotated in TimeBank and MEANTIME: prepositions are left out
//! ("on Friday" → "Friday"), determiners and modifiers that belong to the expression are kept
//! ("the third quarter", "more than four hours", "two years ago", "early 2009").
//!
//! ```
//! use lede::analysis::{dates, text::Doc, Date, Diagnostics};
//! let doc = Doc::new("The ministers met on Thursday and will meet again next week.");
//! let found = dates::extract(&doc, Date::parse_iso("2022-01-21"), &mut Diagnostics::default());
//! let values: Vec<_> = found.iter().map(|d| (d.text.as_str(), d.value.as_deref())).collect();
//! assert_eq!(values, [("Thursday", Some("2022-01-20")), ("next week", Some("2022-W04"))]);
//! ```

use serde::{Deserialize, Serialize};

use crate::analysis::calendar::Date;
use crate::analysis::report::RuleName;
use crate::analysis::report::{DateKind, DateMention, Mention};
use crate::analysis::rules::Rule;
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::timex::{self, Unit};
use crate::analysis::{Diagnostics, Span};

mod resolve;
mod rules;
mod words;

use resolve::{Partial, Tense};

use rules::*;
use words::Cue;

pub use rules::RULES;

/// One resolved point or period of the story's timeline with every mention of it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimelineEntry {
    /// The TIMEX3 value shared by the mentions ("2022-01-20", "2022-W04", "2019").
    pub value: String,
    /// The first day the value covers (`YYYY-MM-DD`), the sort key of the timeline.
    pub first_day: String,
    pub kind: DateKind,
    pub mentions: Vec<Mention>,
}

/// The resolved dates in calendar order, each with its mentions. Durations, sets, vague references
/// and unresolved mentions are left out; values covering the same first day are ordered coarse grain
/// first ("2022", "2022-01", "2022-01-01").
pub fn timeline(dates: &[DateMention]) -> Vec<TimelineEntry> {
    let mut entries: Vec<TimelineEntry> = Vec::new();
    for d in dates {
        if matches!(d.kind, DateKind::Duration | DateKind::Set) {
            continue;
        }
        let Some(value) = d.value.as_deref() else { continue };
        let Some(first) = timex::first_day(value) else {
            continue;
        };
        let mention = Mention {
            start: d.start,
            end: d.end,
            text: d.text.clone(),
            rule: d.rule.clone(),
        };
        match entries.iter_mut().find(|e| e.value == value) {
            Some(e) => e.mentions.push(mention),
            None => entries.push(TimelineEntry {
                value: value.to_string(),
                first_day: first.to_string(),
                kind: d.kind,
                mentions: vec![mention],
            }),
        }
    }
    entries.sort_by(|a, b| {
        a.first_day
            .cmp(&b.first_day)
            .then(a.value.len().cmp(&b.value.len()))
            .then(a.value.cmp(&b.value))
    });
    entries
}

/// The publication date from a byline or dateline near the top of the text, if any: the first
/// complete date ("Published: 08:17 PM, 21 January 2022", "March 3, 2013", "2022-01-21") among the
/// first lines. A dateline without a year ("WASHINGTON, Jan. 21 (Reuters) -") takes the year of a
/// complete date or a lone year elsewhere in the header; without one it gives no date.
pub fn detect_reference_date(doc: &Doc) -> Option<Date> {
    let scanner = Scanner::new(doc, None);
    let limit = header_limit(doc);
    let mut partial: Option<(u8, u8)> = None;
    let mut year: Option<i32> = None;
    let mut i = 0;
    while i < limit {
        // Bylines and datelines carry the date near the start of a line; a date deep in a line of
        // body text is about the story, not its publication.
        let line_start = (0..=i)
            .rev()
            .find(|&k| doc.tokens.get(k).is_some_and(|t| t.line_start))
            .unwrap_or(0);
        if i - line_start > 12 {
            i += 1;
            continue;
        }
        if let Some(hit) = scanner.absolute_at(i) {
            if let Some(d) = hit.value.as_deref().and_then(|v| Date::parse_iso(v.get(0..10)?)) {
                return Some(d);
            }
            if let Some(md) = hit.month_day {
                partial.get_or_insert(md);
            }
            if let Some(y) = hit
                .value
                .as_deref()
                .filter(|v| v.len() == 4)
                .and_then(|v| v.parse().ok())
            {
                year.get_or_insert(y);
            }
            i = hit.end.max(i + 1);
        } else {
            i += 1;
        }
    }
    let ((m, d), y) = (partial?, year?);
    Date::new(y, m, d)
}

/// The tokens that make up the header: the first lines up to the second paragraph of body text.
fn header_limit(doc: &Doc) -> usize {
    let mut lines = 0;
    for (i, t) in doc.tokens.iter().enumerate() {
        if t.line_start {
            lines += 1;
            if lines > 8 {
                return i;
            }
        }
        if i >= 120 {
            return i;
        }
    }
    doc.tokens.len()
}

/// Every temporal expression in the text, in text order, without overlaps.
pub fn extract(doc: &Doc, reference: Option<Date>, diagnostics: &mut Diagnostics) -> Vec<DateMention> {
    let mut scanner = Scanner::new(doc, reference);
    let mut out: Vec<DateMention> = Vec::new();
    let mut unresolved = 0;
    let mut i = 0;
    while i < doc.tokens.len() {
        // A year range in one token ("2009-2010") gives two years.
        if let Some(pair) = scanner.year_range_at(i) {
            for (span, year) in pair {
                let m = mention(doc, span, DateKind::Date, Some(year.to_string()), false);
                out.push(m.by(&YEAR_RANGE));
            }
            i += 1;
            continue;
        }
        let Some(hit) = scanner.best_at(i) else {
            i += 1;
            continue;
        };
        let mut span = doc.span_of(hit.start..hit.end);
        // "at 6 a.m." closing a sentence: the period ends the sentence, not the time.
        let last = hit.end.saturating_sub(1);
        if hit.kind == DateKind::Time
            && matches!(scanner.w(last), "a.m." | "p.m.")
            && doc
                .tokens
                .get(last + 1)
                .is_none_or(|t| t.line_start || (is_capitalized(doc.token_text(t)) && t.space_before))
        {
            span.end -= 1;
        }
        if span.is_empty() {
            i += 1;
            continue;
        }
        if hit.value.is_none() && hit.relative {
            unresolved += 1;
        }
        scanner.remember(&hit);
        if let Some(note) = scanner.numeric_ambiguity(&hit) {
            diagnostics.warning(note);
        }
        let rule = hit.rule;
        let found = mention(doc, span, hit.kind, hit.value, hit.inferred);
        out.push(DateMention {
            rule: RuleName::Borrowed(rule),
            ..found
        });
        i = hit.end.max(i + 1);
    }

    if unresolved > 0 && reference.is_none() {
        diagnostics.info(format!(
            "{unresolved} relative date expression(s) left unresolved: no publication date"
        ));
    }
    out
}

trait ByRule {
    fn by(self, rule: &'static Rule) -> Self;
}

impl ByRule for DateMention {
    fn by(self, rule: &'static Rule) -> DateMention {
        DateMention {
            rule: RuleName::Borrowed(rule.name),
            ..self
        }
    }
}

fn mention(doc: &Doc, span: Span, kind: DateKind, value: Option<String>, inferred: bool) -> DateMention {
    DateMention {
        start: span.start,
        end: span.end,
        text: doc.slice(span).to_string(),
        kind,
        value,
        inferred,
        rule: Default::default(),
    }
}

/// A match: tokens `start..end`.
#[derive(Clone, Debug)]
struct Hit {
    start: usize,
    end: usize,
    kind: DateKind,
    value: Option<String>,
    /// The value depended on context.
    inferred: bool,
    /// The expression needs the reference date (relative or partial).
    relative: bool,
    /// A month and day without a year (for datelines).
    month_day: Option<(u8, u8)>,
    /// The value was derived from an earlier mention ("a year earlier"): it sets no new anchor.
    anaphoric: bool,
    /// The name of the rule that recognised the expression (empty until one is given).
    rule: &'static str,
}

impl Hit {
    fn new(start: usize, end: usize, kind: DateKind, value: Option<String>) -> Hit {
        Hit {
            start,
            end,
            kind,
            value,
            inferred: false,
            relative: false,
            month_day: None,
            anaphoric: false,
            rule: "",
        }
    }

    /// The hit, produced by `rule`.
    fn by(mut self, rule: &'static Rule) -> Hit {
        self.rule = rule.name;
        self
    }

    /// The hit, produced by `rule` unless a more specific rule already named it.
    fn or_by(mut self, rule: &'static Rule) -> Hit {
        if self.rule.is_empty() {
            self.rule = rule.name;
        }
        self
    }

    fn date(start: usize, end: usize, value: Option<String>) -> Hit {
        Hit::new(start, end, DateKind::Date, value)
    }

    /// Marks the hit as anchored at context.
    fn rel(mut self) -> Hit {
        self.inferred = true;
        self.relative = true;
        self
    }
}

/// Which clock time a token sequence names.
struct Clock {
    end: usize,
    hour: u32,
    minute: u32,
    utc: bool,
}

struct Scanner<'d, 'a> {
    doc: &'d Doc<'a>,
    low: Vec<String>,
    reference: Option<Date>,
    /// "21/01/2022" is read day first.
    day_first: bool,

    /// The last quarter mentioned ("third-quarter" → 1989-Q3), for "the quarter", "a year earlier".
    last_quarter: Option<(i32, u8)>,
    /// The last day-precise date and its sentence, to anchor clock times and "the next day".
    last_day: Option<(usize, Date)>,
    /// The last calendar date or period named, with its precision in characters of the value
    /// (10 = day, 7 = month, 4 = year), for "that day", "later that year".
    last_point: Option<(Date, usize)>,
    /// The sentence and first day of the last date written with its year ("Aug. 7, 1998"), whose
    /// year a later month or month-day in the same sentence shares ("and on Aug. 20").
    last_explicit: Option<(usize, Date)>,
}

/// Parts of the day that join a day into one time ("Friday evening"); "Friday night" stays a date,
/// as the corpora annotate it.
const WEEKDAY_PARTS: &[&str] = &["morning", "afternoon", "evening"];

/// Words that open a new clause, whose verb no longer governs an expression before them.
const CLAUSE_BREAKS: &[&str] = &[
    "and", "but", "while", "whereas", "because", "although", "though", "which", "who",
];

impl<'d, 'a> Scanner<'d, 'a> {
    fn new(doc: &'d Doc<'a>, reference: Option<Date>) -> Scanner<'d, 'a> {
        let low: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| doc.token_text(t).to_lowercase())
            .collect();
        let mut s = Scanner {
            doc,
            low,
            reference,
            day_first: false,

            last_quarter: None,
            last_day: None,
            last_point: None,
            last_explicit: None,
        };
        s.day_first = s.prefers_day_first();
        s
    }

    /// Whether the text writes "21 January" more often than "January 21".
    fn prefers_day_first(&self) -> bool {
        let (mut dm, mut md) = (0, 0);
        for i in 0..self.low.len() {
            if timex::month_of(self.w(i)).is_some() && self.cap(i) {
                if i > 0 && self.day_num(i - 1).is_some() {
                    dm += 1;
                }
                if self.day_num(self.after_abbrev(i)).is_some() {
                    md += 1;
                }
            }
        }
        dm > md
    }

    // ----------------------------------------------------------------- token helpers

    fn w(&self, i: usize) -> &str {
        self.low.get(i).map_or("", String::as_str)
    }

    fn raw(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    fn cap(&self, i: usize) -> bool {
        is_capitalized(self.raw(i))
    }

    /// Token `i` follows the previous one without a space.
    fn glued(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// A capitalised word inside a name, after another capitalised word mid-sentence: "USA Today",
    /// "the Business Daily", "LA Weekly". All-capital headlines don't count.
    fn in_title(&self, i: usize) -> bool {
        let upper = |t: &str| t.len() > 1 && t.chars().all(|c| c.is_ascii_uppercase());
        // "USA TODAY revealed": a capitalised name in running text.
        if i > 0
            && upper(self.raw(i))
            && upper(self.raw(i - 1))
            && self.kind(i + 1) == Some(TokenKind::Word)
            && self.raw(i + 1).chars().next().is_some_and(char::is_lowercase)
        {
            return true;
        }
        i > 0
            && self.cap(i)
            && self.raw(i).chars().any(|c| c.is_lowercase())
            && !self.doc.is_sentence_start(i)
            && !self.doc.tokens.get(i).is_some_and(|t| t.line_start)
            && self.kind(i - 1) == Some(TokenKind::Word)
            && self.cap(i - 1)
            && !self.doc.is_sentence_start(i - 1)
    }

    fn same_sentence(&self, a: usize, b: usize) -> bool {
        match (self.doc.tokens.get(a), self.doc.tokens.get(b)) {
            (Some(x), Some(y)) => x.sentence == y.sentence,
            _ => false,
        }
    }

    /// The token after `i`, skipping a glued abbreviation period ("Jan" ".").
    fn after_abbrev(&self, i: usize) -> usize {
        if self.w(i + 1) == "." && self.glued(i + 1) {
            i + 2
        } else {
            i + 1
        }
    }

    fn is(&self, i: usize, words: &[&str]) -> bool {
        words.contains(&self.w(i))
    }

    fn prev(&self, i: usize) -> &str {
        if i == 0 {
            ""
        } else {
            self.w(i - 1)
        }
    }

    fn paragraph_of(&self, i: usize) -> usize {
        self.doc.tokens.get(i).map_or(usize::MAX, |t| t.paragraph)
    }

    fn sentence_of(&self, i: usize) -> usize {
        self.doc.tokens.get(i).map_or(usize::MAX, |t| t.sentence)
    }

    // ----------------------------------------------------------------- numbers

    /// A day of the month: "21", "21st", "2nd".
    fn day_num(&self, i: usize) -> Option<u8> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.w(i);
        let n: u32 = if w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()) {
            w.parse().ok()?
        } else {
            timex::ordinal_of(w)?
        };
        (1..=31).contains(&n).then_some(n as u8)
    }

    /// A four-digit year.
    fn year_num(&self, i: usize) -> Option<i32> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.w(i);
        if w.len() != 4 || !w.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        let y: i32 = w.parse().ok()?;
        (1000..=2199).contains(&y).then_some(y)
    }

    /// A year written out: "nineteen ninety-six", "two thousand and one".
    fn spelled_year(&self, i: usize) -> Option<(i32, usize)> {
        let century = match self.w(i) {
            "nineteen" => 1900,
            "eighteen" => 1800,
            "twenty" => 2000,
            "two" if self.w(i + 1) == "thousand" => {
                let mut j = i + 2;
                if self.w(j) == "and" {
                    j += 1;
                }
                return match timex::number_word(self.w(j)) {
                    Some(n) if n < 100 => Some((2000 + n as i32, j + 1)),
                    _ => Some((2000, i + 2)),
                };
            }
            _ => return None,
        };
        let n = timex::number_word(self.w(i + 1))?;
        if !(10..100).contains(&n) {
            return None;
        }
        if n % 10 == 0 && n >= 20 {
            if let Some(o) = timex::number_word(self.w(i + 2)).filter(|o| (1..10).contains(o)) {
                return Some((century + (n + o) as i32, i + 3));
            }
        }
        Some((century + n as i32, i + 2))
    }

    /// A quantity: "three", "18", "2 1/2", "two and a half", "a", "a couple of", "several" (vague).
    /// Returns `(value, end)`; `None` value means vague.
    fn quantity(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let w = self.w(i);
        if self.kind(i) == Some(TokenKind::Number) {
            let clean: String = w.chars().filter(|&c| c != ',').collect();
            let n: f64 = clean.parse().ok()?;
            // "2 1/2"
            if let Some((a, b)) = self.w(i + 1).split_once('/') {
                if let (Ok(a), Ok(b)) = (a.parse::<f64>(), b.parse::<f64>()) {
                    if b > 0.0 && a < b {
                        return Some((Some(n + a / b), i + 2));
                    }
                }
            }
            if self.is(i + 1, &["million", "billion", "thousand", "hundred"]) {
                return None;
            }
            return Some((Some(n), i + 1));
        }
        match w {
            "a" | "an" | "one" => {
                if w != "one" {
                    match self.w(i + 1) {
                        "few" => return Some((None, i + 2)),
                        "couple" if self.w(i + 2) == "of" => return Some((Some(2.0), i + 3)),
                        // "a couple days" (informal).
                        "couple" if Unit::of(self.w(i + 2)).is_some_and(|(_, p)| p) => {
                            return Some((Some(2.0), i + 2))
                        }
                        "dozen" => return Some((Some(12.0), i + 2)),
                        "half" => return Some((Some(0.5), i + 2)),
                        "hundred" => return Some((Some(100.0), i + 2)),
                        "number" if self.w(i + 2) == "of" => return Some((None, i + 3)),
                        _ => {}
                    }
                }
                if self.w(i + 1) == "and" && self.is(i + 2, &["a", "one"]) && self.w(i + 3) == "half" {
                    return Some((Some(1.5), i + 4));
                }
                Some((Some(1.0), i + 1))
            }
            "several" | "few" | "many" | "some" => Some((None, i + 1)),
            "couple" if self.w(i + 1) == "of" => Some((Some(2.0), i + 2)),
            "couple" if Unit::of(self.w(i + 1)).is_some_and(|(_, p)| p) => Some((Some(2.0), i + 1)),
            "half" if self.is(i + 1, &["a", "an"]) => Some((Some(0.5), i + 2)),
            _ => {
                let mut n = f64::from(timex::number_word(w)?);
                let mut j = i + 1;
                if n >= 20.0 && n % 10.0 == 0.0 {
                    if let Some(o) = timex::number_word(self.w(j)).filter(|o| (1..10).contains(o)) {
                        n += f64::from(o);
                        j += 1;
                    }
                }
                if self.w(j) == "hundred" {
                    n *= 100.0;
                    j += 1;
                }
                if self.w(j) == "and" && self.is(j + 1, &["a", "one"]) && self.w(j + 2) == "half" {
                    return Some((Some(n + 0.5), j + 3));
                }
                Some((Some(n), j))
            }
        }
    }

    // ----------------------------------------------------------------- tense

    /// The tense of the clause around tokens `start..end`: the nearest tense cue wins.
    fn tense(&self, start: usize, end: usize) -> Tense {
        // Right before the expression: "until Friday", "as early as Tuesday".
        if (self.is(start.wrapping_sub(1), &["until", "till"]) && !self.doc.is_sentence_start(start - 1))
            || (self.w(start.wrapping_sub(1)) == "as" && self.is(start.wrapping_sub(2), &["early", "soon"]))
        {
            return Tense::Future;
        }
        let sentence = self.sentence_of(start);
        let mut best: Option<(usize, Tense)> = None;
        let back_limit = start.saturating_sub(15);
        let mut j = start;
        while j > back_limit {
            j -= 1;
            if self.sentence_of(j) != sentence {
                break;
            }
            if let Some(t) = self.tense_cue(j) {
                best = Some((start - j, t));
                break;
            }
        }
        // Cues after the expression count double: the governing verb usually comes first, except
        // after an opening adverbial ("On Tuesday, the league plans to ..."), where it follows the
        // subject.
        let opening = (start..end).contains(
            &self
                .doc
                .sentences
                .get(sentence)
                .map_or(usize::MAX, |s| s.tokens.start),
        ) || (start > 0 && self.doc.is_sentence_start(start - 1));
        let (window, weight) = if opening && best.is_none() {
            (14, 1)
        } else {
            (6, 2)
        };
        let mut k = end;
        while k < end + window && k < self.low.len() && self.sentence_of(k) == sentence {
            // A new clause has its own tense: "planned a rally on Saturday and were ...".
            if self.is(k, CLAUSE_BREAKS) && !self.cap(k + 1) {
                break;
            }
            if let Some(t) = self.tense_cue(k) {
                let dist = weight * (k + 1 - end);
                if best.is_none_or(|(d, _)| dist < d) {
                    best = Some((dist, t));
                }
                break;
            }
            k += 1;
        }
        best.map_or(Tense::Unknown, |(_, t)| t)
    }

    fn tense_cue(&self, i: usize) -> Option<Tense> {
        let w = self.w(i);
        let cue = words::cue(w);
        let future = matches!(cue, Some(Cue::Future | Cue::Scheduled))
            // "expects to return to profit in June", "hopes to finish by March".
            || (cue == Some(Cue::Intention) && self.w(i + 1) == "to")
            // "the law takes effect in April", "comes into force".
            || (matches!(w, "takes" | "take") && self.w(i + 1) == "effect")
            || (matches!(w, "comes" | "come") && self.w(i + 1) == "into" && self.w(i + 2) == "force")
            || (matches!(w, "is" | "are") && self.w(i + 1) == "to" && !self.is(i + 2, &["be", "blame"]))
            || (w == "next" && self.w(i + 1) != "to")
            || (w == "going" && self.w(i + 1) == "to")
            || (w == "set" && self.w(i + 1) == "to")
            || (w == "to" && self.w(i + 1) == "be");
        if future {
            // "had been scheduled to expire", "was due": a future seen from the past.
            if self.is(i.wrapping_sub(1), &["been", "was", "were", "had"]) {
                return Some(Tense::Past);
            }
            return Some(Tense::Future);
        }
        let past = cue == Some(Cue::Past)
            || (cue == Some(Cue::BarePast)
                && !self.is(
                    i.wrapping_sub(1),
                    &[
                        "will", "would", "could", "can", "may", "might", "must", "should", "to", "not",
                        "n't", "did", "does", "do", "a", "an", "the",
                    ],
                ));
        // "is held", "are sold": a present passive; "to hit": an infinitive.
        if (past || w.ends_with("ed"))
            && self.is(i.wrapping_sub(1), &["is", "are", "be", "being", "am", "to"])
        {
            return None;
        }
        if past {
            return Some(Tense::Past);
        }
        if w.len() >= 5
            && w.ends_with("ed")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && cue != Some(Cue::NotPast)
            && !w.starts_with("un")
            && !self.is(
                i.wrapping_sub(1),
                &[
                    "be", "is", "are", "being", "the", "a", "an", "its", "their", "his", "her", "our",
                    "still", "very", "most", "more", "less", "well", "fully", "newly", "so",
                ],
            )
        {
            return Some(Tense::Past);
        }
        None
    }

    // ----------------------------------------------------------------- resolution

    /// The value of `partial` anchored at the reference date (none without one).
    fn resolve(&self, partial: Partial) -> Option<String> {
        partial.resolve(self.reference?)
    }

    fn resolve_weekday(&self, weekday: u8, tense: Tense) -> Option<Date> {
        Some(resolve::weekday_by_tense(self.reference?, weekday, tense))
    }

    fn remember(&mut self, hit: &Hit) {
        let Some(v) = hit.value.as_deref() else { return };
        if hit.anaphoric {
            return;
        }
        if v.len() == 7 && v.as_bytes().get(5) == Some(&b'Q') {
            if let (Ok(y), Ok(q)) = (v[0..4].parse(), v[6..7].parse()) {
                self.last_quarter = Some((y, q));
            }
        }
        if let Some(d) = v.get(0..10).and_then(Date::parse_iso) {
            self.last_day = Some((self.paragraph_of(hit.start), d));
        }
        if hit.kind == DateKind::Date && !hit.relative && v.len() >= 7 && v.as_bytes()[4] == b'-' {
            if let Some(first) = timex::first_day(v) {
                self.last_explicit = Some((self.sentence_of(hit.start), first));
            }
        }
        if hit.kind == DateKind::Date || hit.kind == DateKind::Time {
            if let Some(first) = timex::first_day(v) {
                let precision = if v.len() >= 10 && first.to_string() == v[..10] {
                    10
                } else if v.len() == 7 && v.as_bytes()[4] == b'-' && v.as_bytes()[5].is_ascii_digit() {
                    7
                } else {
                    4
                };
                self.last_point = Some((first, precision));
            }
        }
    }

    // ----------------------------------------------------------------- the grammar

    /// The longest expression starting at token `i`.
    fn best_at(&self, i: usize) -> Option<Hit> {
        let candidates = [
            self.modified_at(i),
            self.time_at(i),
            self.absolute_at(i),
            self.weekday_at(i),
            self.relative_at(i),
            self.quarter_at(i),
            self.quantity_at(i).map(|h| h.or_by(&DURATION_QUANTITY)),
            self.set_at(i).map(|h| h.or_by(&SET_EVERY)),
            self.vague_at(i),
            self.holiday_at(i).map(|h| h.or_by(&HOLIDAY)),
            self.season_at(i).map(|h| h.or_by(&SEASON)),
            self.part_of_period_at(i),
        ];
        let mut best: Option<Hit> = None;
        for c in candidates.into_iter().flatten() {
            if c.end > c.start && best.as_ref().is_none_or(|b| c.end > b.end) {
                best = Some(c);
            }
        }
        let mut hit = best?;
        // A weekday, "today" or a date followed by a part of the day: "Friday morning".
        if hit.kind == DateKind::Date
            && self.is(hit.end, WEEKDAY_PARTS)
            && self.same_sentence(hit.start, hit.end)
            && hit.value.as_deref().is_none_or(|v| v.len() == 10)
        {
            if let Some(v) = hit.value.as_deref().filter(|v| v.len() == 10) {
                let code = timex::part_of_day(self.w(hit.end)).unwrap_or("NI");
                hit.value = Some(format!("{v}T{code}"));
            }
            hit.kind = DateKind::Time;
            hit.end += 1;
            hit.rule = DAY_AND_PART_OF_DAY.name;
        } else if hit.kind == DateKind::Date
            && self.w(hit.end) == "night"
            && hit.value.as_deref().is_none_or(|v| v.len() == 10)
            && self.same_sentence(hit.start, hit.end)
        {
            // "Friday night" is annotated as the day.
            hit.end += 1;
        }
        Some(hit)
    }

    /// "about two years", "more than four hours", "nearly four years ago", "up to 180 days".
    fn modified_at(&self, i: usize) -> Option<Hit> {
        let n = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("no", "more" | "less", "than") => 3,
            ("more" | "less" | "fewer", "than", _) => 2,
            ("at", "least" | "most", _) => 2,
            ("up", "to", _) => 2,
            ("nearly" | "almost" | "approximately" | "roughly", _, _) => 1,
            ("around", _, _) => {
                return self
                    .time_at(i + 1)
                    .map(|h| Hit { start: i, ..h }.by(&APPROXIMATE_QUANTITY))
            }
            _ => return None,
        };
        let inner = self.quantity_at(i + n)?.or_by(&DURATION_QUANTITY);
        Some(Hit { start: i, ..inner }.by(&APPROXIMATE_QUANTITY))
    }

    /// A clock time: "08:17 PM", "6:40 p.m.", "18:00 UTC", "8 pm", "noon", optionally followed by the
    /// day: "12:00 UTC Monday", "08:17 PM, 21 January 2022".
    fn clock_at(&self, i: usize) -> Option<Clock> {
        let w = self.w(i);
        if matches!(w, "noon" | "midday" | "midnight") && self.prev(i) != "high" {
            let hour = if w == "midnight" { 24 } else { 12 };
            // "midnight EST", "noon GMT".
            let (end, utc) = match self.w(i + 1) {
                "utc" | "gmt" => (i + 2, true),
                "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "bst" | "cet" | "et"
                    if self.raw(i + 1).chars().all(|c| c.is_ascii_uppercase()) =>
                {
                    (i + 2, false)
                }
                _ => (i + 1, false),
            };
            return Some(Clock {
                end,
                hour,
                minute: 0,
                utc,
            });
        }
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let (hour, minute, colon) = match w.split_once([':', '.']) {
            Some((h, m)) if !h.is_empty() && h.len() <= 2 && m.len() == 2 => {
                (h.parse::<u32>().ok()?, m.parse::<u32>().ok()?, w.contains(':'))
            }
            None if w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()) => {
                (w.parse::<u32>().ok()?, 0, false)
            }
            // "0600 GMT", "1430 hours": a four-digit clock needs a zone or "hours" after it.
            None if w.len() == 4
                && w.bytes().all(|b| b.is_ascii_digit())
                && (self.is(i + 1, &["gmt", "utc", "hours", "hrs"])
                    || (self.w(i + 1) == "local" && self.w(i + 2) == "time")) =>
            {
                (w[..2].parse::<u32>().ok()?, w[2..].parse::<u32>().ok()?, true)
            }
            _ => return None,
        };
        if hour > 24 || minute > 59 {
            return None;
        }
        let mut j = i + 1;
        let mut hour = hour;
        let mut marked = false;
        // am / pm in its spellings: "PM", "p.m.", "p.m", "pm."
        let ampm = match self.w(j) {
            "am" | "a.m." => Some((false, 1)),
            "pm" | "p.m." => Some((true, 1)),
            "a" | "p" if self.w(j + 1) == "." && self.w(j + 2) == "m" => Some((self.w(j) == "p", 3)),
            _ => None,
        };
        if let Some((pm, n)) = ampm {
            if hour == 0 || hour > 12 {
                return None;
            }
            if pm && hour < 12 {
                hour += 12;
            } else if !pm && hour == 12 {
                hour = 0;
            }
            j += n;
            marked = true;
        } else if self.w(j) == "o'clock" {
            j += 1;
            marked = true;
        }
        // "4 in the morning", "8 in the evening".
        if !colon
            && (1..=12).contains(&hour)
            && self.w(j) == "in"
            && self.w(j + 1) == "the"
            && self.is(j + 2, &["morning", "afternoon", "evening"])
        {
            if self.w(j + 2) != "morning" && hour < 12 {
                hour += 12;
            } else if self.w(j + 2) == "morning" && hour == 12 {
                hour = 0;
            }
            j += 3;
            marked = true;
        }
        let mut utc = false;
        match self.w(j) {
            "utc" | "gmt" | "z" => {
                utc = true;
                marked = true;
                j += 1;
            }
            "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "mst" | "mdt" | "bst" | "cet" | "cest" | "et"
                if self.raw(j).chars().all(|c| c.is_ascii_uppercase()) =>
            {
                marked = true;
                j += 1;
            }
            _ => {}
        }
        if !marked {
            // A bare "14:58" needs a clue that it is a time of day.
            let cue = colon
                && (self.is(
                    i.wrapping_sub(1),
                    &[
                        "at",
                        "around",
                        "about",
                        "by",
                        "until",
                        "till",
                        "from",
                        "since",
                        "before",
                        "after",
                        "approximately",
                        "between",
                    ],
                ) || self.w(j) == "hours"
                    || (self.w(j) == "local" && self.w(j + 1) == "time"));
            if !cue {
                return None;
            }
            if self.w(j) == "hours" {
                j += 1;
            }
        }
        if self.w(j) == "local" && self.w(j + 1) == "time" {
            j += 2;
        }
        Some(Clock {
            end: j,
            hour,
            minute,
            utc,
        })
    }

    fn time_at(&self, i: usize) -> Option<Hit> {
        let clock = self.clock_at(i)?;
        let mut end = clock.end;
        // The day it belongs to: right after ("12:00 UTC Monday", "08:17 PM, 21 January 2022").
        let mut day: Option<Date> = None;
        let mut inferred = true;
        let k = if self.w(end) == "," && self.same_sentence(i, end + 1) {
            end + 1
        } else {
            end
        };
        let after = self
            .absolute_at(k)
            .or_else(|| self.weekday_at(k))
            .or_else(|| self.relative_day_at(k));
        // "8 p.m. tonight", "9 a.m. this morning": the reference day.
        let tonight = match (self.w(k), self.w(k + 1)) {
            ("tonight", _) => Some(k + 1),
            ("this", "morning" | "afternoon" | "evening") => Some(k + 2),
            _ => None,
        };
        if let (Some(e), Some(r)) = (tonight.filter(|_| self.same_sentence(i, k)), self.reference) {
            day = Some(r);
            end = e;
        } else if let Some(h) = after.filter(|h| h.value.as_deref().is_some_and(|v| v.len() == 10)) {
            day = h.value.as_deref().and_then(Date::parse_iso);
            // "until 9 a.m. Tuesday": the deadline word before the clock governs the weekday too.
            if let Some((wd, false)) = timex::weekday_of(self.w(k)) {
                if h.end == k + 1 && self.is(i.wrapping_sub(1), &["until", "till"]) {
                    day = self.resolve_weekday(wd, Tense::Future).or(day);
                }
            }
            inferred = h.inferred;
            end = h.end;
        }
        // "midnight on Sunday", "at 9 a.m. on Jan. 3": the day that follows names the day.
        if day.is_none() && self.w(end) == "on" {
            let next = self.absolute_at(end + 1).or_else(|| self.weekday_at(end + 1));
            if let Some(h) = next.filter(|h| h.value.as_deref().is_some_and(|v| v.len() == 10)) {
                day = h.value.as_deref().and_then(Date::parse_iso);
                inferred = h.inferred;
            }
        }
        if day.is_none() {
            // The last day named in the same paragraph, else the reference date.
            day = match self.last_day {
                Some((p, d)) if p == self.paragraph_of(i) => Some(d),
                _ => self.reference,
            };
        }
        let zone = if clock.utc { "Z" } else { "" };
        let value = day.map(|d| format!("{d}T{:02}:{:02}{zone}", clock.hour, clock.minute));
        let rule = if end > clock.end {
            &CLOCK_TIME_AND_DAY
        } else {
            &CLOCK_TIME
        };
        Some(
            Hit {
                inferred,
                relative: inferred,
                ..Hit::new(i, end, DateKind::Time, value)
            }
            .by(rule),
        )
    }

    /// "today", "yesterday", "tomorrow" (day-precise relative words).
    fn relative_day_at(&self, i: usize) -> Option<Hit> {
        if self.in_title(i) {
            return None;
        }
        let offset = match self.w(i) {
            // "today's youth": the present, not the day.
            "today"
                if self.w(i + 1) == "'s"
                    && !self.is(
                        i + 2,
                        &[
                            "meeting",
                            "talks",
                            "vote",
                            "session",
                            "game",
                            "match",
                            "announcement",
                            "decision",
                            "ruling",
                            "hearing",
                            "statement",
                            "speech",
                            "event",
                            "deadline",
                            "edition",
                            "editions",
                            "issue",
                            "paper",
                            "newspaper",
                            "session",
                            "trading",
                            "close",
                            "announcement",
                        ],
                    ) =>
            {
                return Some(Hit::date(i, i + 1, Some("PRESENT_REF".into())).by(&TODAY_AS_PRESENT));
            }
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        let value = self.reference.map(|r| r.add_days(offset).to_string());
        Some(Hit::date(i, i + 1, value).rel().by(&RELATIVE_DAY))
    }

    /// A month token (capitalised; abbreviations with their period or before a day): `(month, end)`.
    fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let w = self.w(i);
        let m = timex::month_of(w)?;
        if !self.cap(i) {
            return None;
        }
        if timex::is_month_abbreviation(w) {
            // "Jan." or "Jan 21"; never a bare "Mar" or "Dec".
            if self.w(i + 1) == "." && self.glued(i + 1) {
                return Some((m, i + 2, true));
            }
            if self.day_num(i + 1).is_some() || self.year_num(i + 1).is_some() {
                return Some((m, i + 1, true));
            }
            return None;
        }
        Some((m, i + 1, false))
    }

    /// Absolute and partial calendar dates: "21 January 2022", "Jan. 21", "March 3, 2013",
    /// "Friday, Oct. 23", "January 2022", "June", "2019", "the 1990s", "2022-01-21", "21/01/2022".
    fn absolute_at(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        // A weekday before the date: "Friday, Oct. 23".
        let mut weekday_prefix = false;
        if timex::weekday_of(self.w(j)).is_some_and(|(_, plural)| !plural) && self.cap(j) {
            let k = if self.w(j + 1) == "," { j + 2 } else { j + 1 };
            if self.month_at(k).is_some()
                || (self.day_num(k).is_some()
                    && self
                        .month_at(k + 1 + usize::from(self.w(k + 1) == "of"))
                        .is_some())
            {
                j = k;
                weekday_prefix = true;
            }
        }
        let hit = self
            .month_first_at(j)
            .or_else(|| self.day_first_at(j))
            .or_else(|| if weekday_prefix { None } else { self.numeric_at(j) });
        match hit {
            Some(h) if weekday_prefix && h.value.as_deref().is_none_or(|v| v.len() == 10) => {
                Some(Hit { start: i, ..h })
            }
            Some(h) if weekday_prefix => Some(h),
            Some(h) => Some(h),
            None => None,
        }
    }

    /// Month first: "January 21, 2022", "Jan. 21", "January 2022", "January of 2022", "June".
    fn month_first_at(&self, i: usize) -> Option<Hit> {
        let (m, e, abbrev) = self.month_at(i)?;
        if let Some(day) = self.day_num(e) {
            // Not "June 2 million" or a time "May 5:30"; a day then optional year.
            let mut end = e + 1;
            let mut year = None;
            if self.w(end) == "," {
                if let Some(y) = self.year_num(end + 1) {
                    year = Some(y);
                    end += 2;
                }
            } else if let Some(y) = self.year_num(end) {
                year = Some(y);
                end += 1;
            }
            let rule = if year.is_some() {
                &MONTH_DAY_YEAR
            } else {
                &MONTH_DAY
            };
            return Some(self.month_day_hit(i, end, m, day, year).by(rule));
        }
        if let Some(y) = self.year_num(e).or_else(|| {
            if self.w(e) == "of" {
                self.year_num(e + 1)
            } else {
                None
            }
        }) {
            let end = if self.w(e) == "of" { e + 2 } else { e + 1 };
            return Some(Hit::date(i, end, Some(timex::month_value(y, m))).by(&MONTH_YEAR));
        }
        if let Some((y, end)) = self.spelled_year(e) {
            return Some(Hit::date(i, end, Some(timex::month_value(y, m))).by(&MONTH_YEAR));
        }
        if abbrev {
            return None;
        }
        // A bare month: ambiguous names ("May", "March", "June", "April", "August") need a cue.
        let cue = self.is(
            i.wrapping_sub(1),
            &[
                "in",
                "since",
                "until",
                "till",
                "by",
                "last",
                "next",
                "this",
                "early",
                "late",
                "mid",
                "of",
                "during",
                "from",
                "through",
                "before",
                "after",
                "between",
                "and",
                "to",
                "each",
                "every",
                "that",
                "until",
                "or",
                "since",
                "the",
                "following",
                "previous",
                "coming",
                "as",
            ],
        );
        // "in a June report", "an August speech": a month used as an adjective.
        let cue = cue
            || (self.is(i.wrapping_sub(1), &["a", "an"])
                && self.cap(i)
                && self.kind(e) == Some(TokenKind::Word)
                && !self.cap(e));
        let ambiguous = matches!(m, 3..=6 | 8);
        if ambiguous && !cue {
            return None;
        }
        if !cue && self.w(e) == "'s" {
            return None;
        }
        let tense = self.tense(i, e);
        let value = self
            .sentence_year(i, m, 1)
            .map(|y| timex::month_value(y, m))
            .or_else(|| self.resolve(Partial::Month { month: m, tense }));
        Some(Hit::date(i, e, value).rel().by(&BARE_MONTH))
    }

    /// The year of a month (and day) written without one, taken from a date with its year earlier in
    /// the same sentence: "arrested on Aug. 7, 1998, and charged on Aug. 20" → 1998. After "to",
    /// "until" or "through" a day before that date falls in the following year ("Dec. 20, 1998, to
    /// Jan. 5").
    fn sentence_year(&self, start: usize, month: u8, day: u8) -> Option<i32> {
        let (sentence, anchor) = self.last_explicit?;
        if sentence != self.sentence_of(start) {
            return None;
        }
        let before = (month, day) < (anchor.month, anchor.day);
        if before && self.is(start.wrapping_sub(1), &["to", "until", "till", "through", "-"]) {
            Some(anchor.year + 1)
        } else {
            Some(anchor.year)
        }
    }

    fn month_day_hit(&self, start: usize, end: usize, m: u8, day: u8, year: Option<i32>) -> Hit {
        match year {
            Some(y) => {
                let value = Date::new(y, m, day).map(|d| d.to_string());
                Hit::date(start, end, value)
            }
            None => {
                let tense = self.tense(start, end);
                let partial = Partial::MonthDay { month: m, day, tense };
                let value = match self.sentence_year(start, m, day) {
                    Some(y) => Date::new(y, m, day)
                        .or_else(|| Date::new(y + 1, m, day))
                        .map(|d| d.to_string()),
                    None => self.resolve(partial),
                };
                Hit {
                    month_day: Some((m, day)),
                    ..Hit::date(start, end, value).rel()
                }
            }
        }
    }

    /// Day first: "21 January 2022", "21st of January", "11 December".
    fn day_first_at(&self, i: usize) -> Option<Hit> {
        let day = self.day_num(i)?;
        let k = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
        let (m, e, _) = self.month_at(k)?;
        let mut end = e;
        let mut year = None;
        if let Some(y) = self.year_num(e) {
            year = Some(y);
            end = e + 1;
        } else if self.w(e) == "," {
            if let Some(y) = self.year_num(e + 1) {
                year = Some(y);
                end = e + 2;
            }
        }
        let rule = if year.is_some() {
            &DAY_MONTH_YEAR
        } else {
            &DAY_MONTH
        };
        Some(self.month_day_hit(i, end, m, day, year).by(rule))
    }

    /// Numbers alone: years ("2019", "fiscal 1989", "nineteen ninety-six"), decades ("the 1990s",
    /// "the '80s"), centuries ("the 20th century"), ISO and slashed dates.
    fn numeric_at(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let the = self.w(j) == "the";
        if the {
            j += 1;
        }
        // Modifiers of a period: "early 2009", "the late 1990s", "mid-2011".
        let modifier = self.is(j, &["early", "late", "mid", "mid-", "the"]);
        if modifier && !the {
            if let Some(h) = self.numeric_core(j + 1).filter(|h| h.kind == DateKind::Date) {
                return Some(Hit { start: i, ..h }.by(&EARLY_MID_LATE));
            }
        }
        if the && self.is(j, &["early", "late", "mid"]) {
            if let Some(h) = self
                .numeric_core(j + 1)
                .filter(|h| h.value.as_deref().is_some_and(|v| v.len() == 3))
            {
                return Some(Hit { start: i, ..h }.by(&EARLY_MID_LATE));
            }
        }
        if self.w(j) == "fiscal" {
            let k = if self.w(j + 1) == "year" { j + 2 } else { j + 1 };
            if let Some(y) = self.year_num(k) {
                return Some(Hit::date(i, k + 1, Some(y.to_string())).by(&FISCAL_YEAR));
            }
        }
        let core = self.numeric_core(j)?;
        if the {
            // The article stays out, as the corpora annotate it: "the [1990s]", "the [2011] version".
            return None;
        }
        Some(core)
    }

    fn numeric_core(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // "mid-2011", "late-November", "mid-1990s".
        for prefix in ["mid-", "early-", "late-"] {
            if let Some(rest) = w.strip_prefix(prefix) {
                if let Some(m) = timex::month_of(rest) {
                    let tense = self.tense(i, i + 1);
                    let value = self.resolve(Partial::Month { month: m, tense });
                    return Some(Hit::date(i, i + 1, value).rel().by(&EARLY_MID_LATE));
                }
                if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
                    return Some(Hit::date(i, i + 1, Some(rest.to_string())).by(&EARLY_MID_LATE));
                }
                if rest.len() == 5
                    && rest.ends_with('s')
                    && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                {
                    return Some(Hit::date(i, i + 1, Some(rest[..3].to_string())).by(&EARLY_MID_LATE));
                }
            }
        }
        if let Some((y, end)) = self.spelled_year(i) {
            // "nineteen ninety-six" but not "nineteen people".
            if end > i + 1 && !self.is(end, &["people", "percent", "years", "days", "months"]) {
                return Some(Hit::date(i, end, Some(y.to_string())).by(&SPELLED_YEAR));
            }
        }
        // Centuries: "20th century", "the nineteenth century".
        if let Some(n) = timex::ordinal_of(w) {
            if self.w(i + 1) == "century" && (1..=21).contains(&n) {
                return Some(Hit::date(i, i + 2, Some(format!("{:02}", n - 1))).by(&CENTURY));
            }
        }
        if self.kind(i) != Some(TokenKind::Number) {
            // "'90s": an apostrophe then the decade.
            if matches!(w, "'" | "’" | "‘") {
                if let Some(h) = self.two_digit_decade(i + 1) {
                    return Some(Hit { start: i, ..h });
                }
            }
            return None;
        }
        if let Some(y) = self.year_num(i) {
            return self.year_hit(i, y);
        }
        // Decades: "1990s", "90s".
        if w.len() == 5
            && w.ends_with('s')
            && w.as_bytes()[..4].iter().all(u8::is_ascii_digit)
            && w.as_bytes()[3] == b'0'
        {
            return Some(Hit::date(i, i + 1, Some(w[..3].to_string())).by(&DECADE));
        }
        if let Some(h) = self.two_digit_decade(i) {
            return Some(h);
        }
        self.iso_or_slashed(i)
    }

    fn two_digit_decade(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if self.kind(i) == Some(TokenKind::Number)
            && w.len() == 3
            && w.ends_with('s')
            && w.as_bytes()[1] == b'0'
            && w.as_bytes()[0].is_ascii_digit()
        {
            // "in her early 20s", "men in their 40s": an age, not a decade.
            let k = if self.is(i.wrapping_sub(1), &["early", "mid", "mid-", "late"]) {
                i.wrapping_sub(2)
            } else {
                i.wrapping_sub(1)
            };
            if self.is(k, &["my", "his", "her", "their", "our", "your", "its"]) {
                return None;
            }
            let d = w.as_bytes()[0] - b'0';
            let century = if d <= 1 { "20" } else { "19" };
            return Some(
                Hit::date(i, i + 1, Some(format!("{century}{d}")))
                    .rel()
                    .by(&DECADE),
            );
        }
        None
    }

    /// A year, unless it is a quantity ("2000 troops"), money, a version or a score.
    fn year_hit(&self, i: usize, y: i32) -> Option<Hit> {
        let prev = self.prev(i);
        let prev_raw = if i == 0 { "" } else { self.raw(i - 1) };
        if matches!(prev_raw, "$" | "£" | "€" | "¥" | "#" | "№" | "+" | "-" | "(") && self.glued(i) {
            return None;
        }
        if matches!(
            prev,
            "version"
                | "v"
                | "release"
                | "build"
                | "no"
                | "number"
                | "flight"
                | "route"
                | "room"
                | "windows"
                | "office"
                | "model"
                | "iso"
                | "rs"
                | "us$"
                | "about"
                | "some"
                | "nearly"
                | "than"
                | "over"
                | "of"
                | "approximately"
                | "almost"
        ) && !(prev == "of" && self.year_context_before_of(i))
        {
            if prev != "of" {
                return None;
            }
            // "of 2009" is a year after a month or period noun, a quantity after "a total of".
            if self.is(i.wrapping_sub(2), &["total", "out", "score", "up", "all"]) {
                return None;
            }
        }
        let next = self.w(i + 1);
        if matches!(
            next,
            "people"
                | "troops"
                | "points"
                | "percent"
                | "%"
                | "km"
                | "kilometres"
                | "kilometers"
                | "miles"
                | "metres"
                | "meters"
                | "feet"
                | "men"
                | "women"
                | "children"
                | "soldiers"
                | "dollars"
                | "euros"
                | "pounds"
                | "yen"
                | "units"
                | "votes"
                | "jobs"
                | "cars"
                | "tonnes"
                | "tons"
                | "shares"
                | "barrels"
                | "workers"
                | "employees"
                | "residents"
                | "cases"
                | "deaths"
                | "kg"
                | "mph"
                | "m"
                | "ft"
                | "calories"
                | "acres"
                | "students"
                | "members"
                | "homes"
                | "houses"
                | "rooms"
                | "copies"
                | "visitors"
                | "delegates"
                | "seats"
                | "ships"
                | "planes"
                | "aircraft"
                | "police"
                | "officers"
                | "protesters"
                | "prisoners"
                | "years"
                | "hours"
                | "minutes"
                | "times"
                | "words"
                | "pages"
                | "miles."
                | "gallons"
                | "litres"
                | "liters"
                | "patients"
        ) {
            return None;
        }
        if matches!(next, ":" | "-")
            && self.kind(i + 2) == Some(TokenKind::Number)
            && self.glued(i + 1)
            && self.glued(i + 2)
        {
            return None;
        }
        if !(1900..=2100).contains(&y) {
            let cue = self.is(
                i.wrapping_sub(1),
                &[
                    "in", "since", "of", "by", "from", "until", "till", "before", "after", "between", "and",
                    "to", "during", "around", "circa", "c.", "year", "early", "late", "mid", "fiscal", ",",
                ],
            );
            if !cue {
                return None;
            }
        }
        Some(Hit::date(i, i + 1, Some(format!("{y:04}"))).by(&YEAR))
    }

    fn year_context_before_of(&self, i: usize) -> bool {
        // "the summer of 2009", "the end of 1990", "March of 2022".
        let w2 = if i >= 2 { self.w(i - 2) } else { "" };
        Unit::of(w2).is_some()
            || timex::season_of(w2).is_some()
            || timex::month_of(w2).is_some()
            || matches!(
                w2,
                "end" | "beginning" | "start" | "middle" | "half" | "class" | "spring" | "fall"
            )
    }

    /// "2022-01-21", "21/01/2022", "01/21/2022".
    fn iso_or_slashed(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let sep = if w.contains('/') {
            '/'
        } else if w.contains('-') {
            '-'
        } else {
            '.'
        };
        let parts: Vec<&str> = w.split(sep).collect();
        if parts.len() != 3
            || !parts
                .iter()
                .all(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()))
        {
            return None;
        }
        let nums: Vec<u32> = parts.iter().filter_map(|p| p.parse().ok()).collect();
        if nums.len() != 3 {
            return None;
        }
        let date = if parts[0].len() == 4 {
            Date::new(nums[0] as i32, nums[1] as u8, nums[2] as u8)
        } else if parts[2].len() == 4 || (parts[2].len() == 2 && sep != '-') {
            let year = if parts[2].len() == 2 {
                2000 + nums[2] as i32 - if nums[2] > 50 { 100 } else { 0 }
            } else {
                nums[2] as i32
            };
            let (a, b) = (nums[0], nums[1]);
            let (d, m) = if a > 12 {
                (a, b)
            } else if b > 12 {
                (b, a)
            } else if self.day_first {
                (a, b)
            } else {
                (b, a)
            };
            Date::new(year, m as u8, d as u8)
        } else {
            None
        }?;
        let rule = if parts[0].len() == 4 {
            &ISO_DATE
        } else {
            &SLASHED_DATE
        };
        Some(Hit::date(i, i + 1, Some(date.to_string())).by(rule))
    }

    /// A warning when a slashed date could be read either way ("03/04/2022").
    fn numeric_ambiguity(&self, hit: &Hit) -> Option<String> {
        if hit.end != hit.start + 1 {
            return None;
        }
        let w = self.w(hit.start);
        let sep = if w.contains('/') { '/' } else { '.' };
        let parts: Vec<u32> = w.split(sep).map(|p| p.parse().ok()).collect::<Option<_>>()?;
        if parts.len() != 3 || w.starts_with(|c: char| c.is_ascii_digit()) && w.split(sep).next()?.len() == 4
        {
            return None;
        }
        (parts[0] <= 12 && parts[1] <= 12 && parts[0] != parts[1]).then(|| {
            let order = if self.day_first {
                "day first, as the text writes its dates"
            } else {
                "month first"
            };
            format!(
                "the date {} is ambiguous; it was read {order} as {}",
                self.raw(hit.start),
                hit.value.as_deref().unwrap_or("?")
            )
        })
    }

    /// "2009-2010" as two years (byte sub-spans of one token).
    fn year_range_at(&self, i: usize) -> Option<[(Span, i32); 2]> {
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let w = self.raw(i);
        let (a, b) = w.split_once('-')?;
        // "2009-2010", and "1998-99" with the century of the first year.
        if a.len() != 4
            || !(b.len() == 4 || b.len() == 2)
            || !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
        {
            return None;
        }
        let ya: i32 = a.parse().ok()?;
        let yb: i32 = if b.len() == 2 {
            ya / 100 * 100 + b.parse::<i32>().ok()?
        } else {
            b.parse().ok()?
        };
        if !((1900..=2100).contains(&ya) && ya < yb && yb <= ya + 20) {
            return None;
        }
        let start = self.doc.tokens.get(i)?.span.start;
        Some([
            (Span::new(start, start + 4), ya),
            (Span::new(start + 5, start + 5 + b.len()), yb),
        ])
    }

    /// Weekdays: "Friday", "last Friday", "next Monday", "this Thursday".
    /// The TIMEX3 code of a plural part of the day: "nights" → `NI`.
    fn plural_day_part(&self, i: usize) -> Option<&'static str> {
        let w = self.w(i);
        let singular = w.strip_suffix('s').filter(|s| *s != "overnight")?;
        timex::part_of_day(singular)
    }

    fn weekday_at(&self, i: usize) -> Option<Hit> {
        let (dir, j) = match self.w(i) {
            "last" | "past" | "previous" => (-1, i + 1),
            "next" | "coming" => (1, i + 1),
            "this" => (0, i + 1),
            _ => (0, i),
        };
        let (wd, plural) = timex::weekday_of(self.w(j))?;
        // Named days: "Black Monday", "Good Friday", "Super Tuesday", "Monday Night Football".
        if j == i
            && ((self.cap(i.wrapping_sub(1))
                && self.is(
                    i.wrapping_sub(1),
                    &[
                        "black", "good", "super", "ash", "bloody", "cyber", "holy", "maundy", "palm",
                        "easter",
                    ],
                ))
                || (self.raw(i + 1) == "Night"
                    && self.kind(i + 2) == Some(TokenKind::Word)
                    && self.cap(i + 2)))
        {
            return None;
        }
        // "Tuesday nights", "Sunday mornings", "Mondays": every such day (or part of it).
        if let Some(code) = self.plural_day_part(j + 1) {
            return Some(
                Hit::new(i, j + 2, DateKind::Set, Some(format!("XXXX-WXX-{wd}T{code}"))).by(&WEEKDAY_PLURAL),
            );
        }
        // "on Monday and Tuesday nights": the part of the day distributes over both days.
        if dir == 0
            && j == i
            && self.is(j + 1, &["and", "or"])
            && timex::weekday_of(self.w(j + 2)).is_some_and(|(_, p)| !p)
        {
            if let Some(code) = self.plural_day_part(j + 3) {
                return Some(
                    Hit::new(i, j + 1, DateKind::Set, Some(format!("XXXX-WXX-{wd}T{code}")))
                        .by(&WEEKDAY_PLURAL),
                );
            }
        }
        if plural {
            let value = Some(format!("XXXX-WXX-{wd}"));
            return Some(Hit::new(i, j + 1, DateKind::Set, value).by(&WEEKDAY_PLURAL));
        }
        if !self.cap(j) && self.raw(j).chars().any(|c| c.is_uppercase()) {
            return None;
        }
        let (partial, rule) = if j == i || self.w(i) == "this" {
            let tense = self.tense(i, j + 1);
            (Partial::Weekday { weekday: wd, tense }, &WEEKDAY_BY_TENSE)
        } else {
            (Partial::WeekdayStep { weekday: wd, dir }, &LAST_NEXT_WEEKDAY)
        };
        let h = Hit::date(i, j + 1, self.resolve(partial)).rel();
        Some(h.by(rule))
    }

    /// Relative expressions anchored at the reference date.
    fn relative_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        // "mid-afternoon yesterday", "mid-morning Friday": a part of that day.
        if let Some(part) = w.strip_prefix("mid-").and_then(timex::part_of_day) {
            let day = self
                .relative_day_at(i + 1)
                .or_else(|| self.weekday_at(i + 1))
                .filter(|h| h.kind == DateKind::Date && h.value.as_deref().is_none_or(|v| v.len() == 10));
            if let Some(h) = day {
                let value = h.value.map(|v| format!("{v}T{part}"));
                return Some(Hit::new(i, h.end, DateKind::Time, value).rel().by(&PART_OF_DAY));
            }
        }
        // "a second consecutive day", "the third straight week": the current one.
        if matches!(w, "a" | "the")
            && timex::ordinal_of(self.w(i + 1)).is_some_and(|n| n >= 2)
            && self.is(i + 2, &["consecutive", "straight", "successive"])
        {
            if let Some((unit, false)) = Unit::of(self.w(i + 3)) {
                if matches!(
                    unit,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
                ) {
                    let value = r.and_then(|r| resolve::offset_value(r, unit, 0));
                    return Some(Hit::date(i, i + 4, value).rel().by(&CONSECUTIVE_UNIT));
                }
            }
        }
        // "earlier today", "later this week", "early next year", "late last week", "so far this year".
        if self.is(i, &["earlier", "later", "early", "late"]) || (w == "so" && self.w(i + 1) == "far") {
            let k = if w == "so" { i + 2 } else { i + 1 };
            let inner = self
                .relative_at(k)
                .or_else(|| self.relative_day_at(k))
                .or_else(|| self.month_first_at(k));
            if let Some(h) = inner.filter(|h| h.kind == DateKind::Date || h.kind == DateKind::Time) {
                // "so far this year" is just "this year".
                let rule = if w == "so" {
                    h.rule
                } else {
                    EARLY_LATE_RELATIVE.name
                };
                return Some(Hit {
                    start: if w == "so" { k } else { i },
                    rule,
                    ..h
                });
            }
        }
        // "for the rest of the week": the unit as a duration.
        if w == "the"
            && self.w(i.wrapping_sub(1)) == "of"
            && self.is(i.wrapping_sub(2), &["rest", "remainder", "balance"])
        {
            if let Some((unit, false)) = Unit::of(self.w(i + 1)) {
                if matches!(
                    unit,
                    Unit::Day | Unit::Week | Unit::Month | Unit::Year | Unit::Quarter
                ) {
                    let value = timex::duration_value(1.0, unit);
                    return Some(Hit::new(i, i + 2, DateKind::Duration, Some(value)).by(&REST_OF_UNIT));
                }
            }
        }
        // "the day before yesterday", "the day after tomorrow".
        if w == "the"
            && self.w(i + 1) == "day"
            && self.is(i + 2, &["before", "after"])
            && self.is(i + 3, &["yesterday", "tomorrow"])
        {
            let off = if self.w(i + 2) == "before" { -2 } else { 2 };
            let value = r.map(|r| r.add_days(off).to_string());
            return Some(Hit::date(i, i + 4, value).rel().by(&RELATIVE_DAY));
        }
        if let Some(h) = self.relative_day_at(i) {
            return Some(h);
        }
        match w {
            "tonight" => {
                let value = r.map(|r| format!("{r}TNI"));
                return Some(Hit::new(i, i + 1, DateKind::Time, value).rel().by(&PART_OF_DAY));
            }
            "overnight" => return None,
            _ => {}
        }
        // "that day", "that same year", "that month": the period of the last date named.
        if w == "that" {
            let k = if self.w(i + 1) == "same" { i + 2 } else { i + 1 };
            // "that afternoon", "that night": a part of the last day named.
            if let Some(code) = timex::part_of_day(self.w(k)).filter(|_| self.w(k) != "overnight") {
                let value = self
                    .last_point
                    .filter(|&(_, precision)| precision >= 10)
                    .map(|(d, _)| format!("{d}T{code}"));
                return Some(
                    Hit {
                        anaphoric: true,
                        ..Hit::new(i, k + 1, DateKind::Time, value).rel()
                    }
                    .by(&THAT_UNIT),
                );
            }
            let (unit, plural) = Unit::of(self.w(k))?;
            if plural {
                return None;
            }
            let value = self.last_point.and_then(|(d, precision)| match unit {
                Unit::Day if precision >= 10 => Some(d.to_string()),
                Unit::Month if precision >= 7 => Some(timex::month_value(d.year, d.month)),
                Unit::Year => Some(format!("{:04}", d.year)),
                Unit::Week if precision >= 10 => Some(timex::week_value(d)),
                _ => None,
            });
            return Some(
                Hit {
                    anaphoric: true,
                    ..Hit::date(i, k + 1, value).rel()
                }
                .by(&THAT_UNIT),
            );
        }
        // "over the weekend": the last one in a past clause, the next one in a future clause.
        if w == "the" && self.w(i + 1) == "weekend" {
            let tense = self.tense(i, i + 2);
            let value = r.map(|r| {
                let d = match (tense, r.weekday()) {
                    (Tense::Future, _) => r,
                    (_, 6 | 7) => r,
                    _ => r.add_days(-7),
                };
                format!("{}-WE", timex::week_value(d))
            });
            return Some(Hit::date(i, i + 2, value).rel().by(&THE_WEEKEND));
        }
        // "the next day", "the following week", "the previous year": anaphoric, anchored at the
        // last day named (else the reference date).
        if w == "the" && self.is(i + 1, &["next", "following", "previous", "preceding"]) {
            if let Some((unit, false)) = Unit::of(self.w(i + 2)) {
                if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    let anchor = self.last_day.map(|(_, d)| d).or(r);
                    let dir = if self.is(i + 1, &["next", "following"]) {
                        1
                    } else {
                        -1
                    };
                    let value = anchor.map(|a| resolve::offset_value(a, unit, dir));
                    return Some(Hit::date(i, i + 3, value.flatten()).rel().by(&THE_NEXT_UNIT));
                }
            }
        }
        // this / last / next / past / coming + unit, month, season, weekend.
        let (the, j) = if w == "the" { (true, i + 1) } else { (false, i) };
        let dir: i64 = match self.w(j) {
            "this" | "current" => 0,
            "last" | "past" | "previous" => -1,
            "next" | "coming" => 1,
            _ => return None,
        };
        if the && self.w(j) == "this" {
            return None;
        }
        // "this past spring" is the last one.
        let (dir, k) = if self.w(j) == "this" && self.w(j + 1) == "past" {
            (-1, j + 2)
        } else {
            (dir, j + 1)
        };
        // "the past three months", "the next several days", "the last couple of years" → durations.
        if the || self.w(j) == "past" {
            if let Some((q, e)) = self.quantity(k) {
                if let Some((unit, _)) = Unit::of(self.w(e)) {
                    if e > k && !self.is(k, &["a", "an"])
                        || self.is(k, &["several", "few", "many"])
                        || q.is_none()
                    {
                        let value = match q {
                            Some(n) => timex::duration_value(n, unit),
                            None => timex::vague_duration_value(unit),
                        };
                        return Some(Hit::new(i, e + 1, DateKind::Duration, Some(value)).by(&PAST_UNITS));
                    }
                }
            }
            // "the past year", "the last week", "the coming weeks" → a duration of one unit.
            if let Some((unit, plural)) = Unit::of(self.w(k)) {
                if dir != 0 && (the || self.w(j) == "past") && unit != Unit::Weekend && self.w(k + 1) != "of"
                {
                    let value = if plural {
                        timex::vague_duration_value(unit)
                    } else {
                        timex::duration_value(1.0, unit)
                    };
                    return Some(Hit::new(i, k + 1, DateKind::Duration, Some(value)).by(&PAST_UNITS));
                }
            }
            if self.w(j) == "current" && self.w(k) == "fiscal" && self.w(k + 1) == "year" {
                let value = r.map(|r| r.year.to_string());
                return Some(Hit::date(i, k + 2, value).rel().by(&THIS_NEXT_LAST_UNIT));
            }
        }
        if self.w(j) == "current" && !the {
            return None;
        }
        // this/last/next + fiscal year
        if self.w(k) == "fiscal" && self.w(k + 1) == "year" {
            let value = r.map(|r| (r.year + dir as i32).to_string());
            return Some(Hit::date(i, k + 2, value).rel().by(&THIS_NEXT_LAST_UNIT));
        }
        let k_word = self.w(k);
        if let Some((unit, false)) = Unit::of(k_word) {
            let value = self.resolve(Partial::UnitStep { unit, dir });
            let mut hit = Hit::date(i, k + 1, value).rel().by(&THIS_NEXT_LAST_UNIT);
            if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
                return None;
            }
            // "the last week of March": a part of a month.
            if self.w(k + 1) == "of" {
                if let Some((m, e, _)) = self.month_at(k + 2) {
                    let tense = self.tense(i, e);
                    let last = self.w(j) == "last";
                    hit.value = r.and_then(|r| {
                        resolve::week_of_month(resolve::month_year(r, m, tense), m, last, unit)
                    });
                    hit.end = e;
                }
            }
            return Some(hit);
        }
        if let Some((m, e, _)) = self.month_at(k) {
            if self.day_num(e).is_some() {
                return None;
            }
            let value = r.map(|r| {
                let y = match dir {
                    0 => r.year,
                    -1 => {
                        if m < r.month {
                            r.year
                        } else {
                            r.year - 1
                        }
                    }
                    _ => {
                        if m > r.month {
                            r.year
                        } else {
                            r.year + 1
                        }
                    }
                };
                timex::month_value(y, m)
            });
            return Some(Hit::date(i, e, value).rel().by(&THIS_NEXT_LAST_MONTH));
        }
        if let Some(code) = timex::season_of(k_word) {
            let this_past = self.w(j) == "this" && dir < 0;
            let value = self.resolve(if this_past {
                Partial::SeasonRecent { code }
            } else {
                Partial::SeasonStep { code, dir }
            });
            return Some(Hit::date(i, k + 1, value).rel().by(&THIS_NEXT_LAST_SEASON));
        }
        if let Some(code) = timex::part_of_day(k_word) {
            // "this morning", "last night", "this afternoon".
            let day = match (dir, k_word) {
                (-1, "night" | "evening") => r.map(|r| r.add_days(-1)),
                (0, _) => r,
                (1, _) => r.map(|r| r.add_days(1)),
                _ => return None,
            };
            let value = day.map(|d| format!("{d}T{code}"));
            return Some(Hit::new(i, k + 1, DateKind::Time, value).rel().by(&PART_OF_DAY));
        }
        if matches!(k_word, "decade" | "century") {
            return None;
        }
        None
    }

    /// Quarters and halves: "the third quarter", "third-quarter", "the first quarter of 2009",
    /// "Q3", "the quarter", "the year-earlier quarter", "fiscal 1989".
    fn quarter_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        // "Q3", "Q3 2021"
        if w.len() == 2 && w.starts_with('q') && self.cap(i) {
            let q = w[1..].parse::<u8>().ok().filter(|q| (1..=4).contains(q))?;
            if let Some(y) = self.year_num(i + 1) {
                return Some(Hit::date(i, i + 2, Some(timex::quarter_value(y, q))).by(&QUARTER_OF_YEAR));
            }
            let value = r.map(|r| timex::quarter_value(r.year, q));
            return Some(Hit::date(i, i + 1, value).rel().by(&QUARTER_OF_YEAR));
        }
        // "third-quarter", "first-half"
        if let Some((ord, rest)) = w.split_once('-') {
            if rest == "half" {
                let h = timex::ordinal_of(ord).filter(|h| (1..=2).contains(h))?;
                // A second half still ahead, named in a past clause, is last year's.
                let year = |r: Date| {
                    if h == 2 && r.month <= 6 && self.tense(i, i + 1) == Tense::Past {
                        r.year - 1
                    } else {
                        r.year
                    }
                };
                let value = r.map(|r| format!("{:04}-H{h}", year(r)));
                return Some(Hit::date(i, i + 1, value).rel().by(&HALF_OF_YEAR));
            }
            if rest == "quarter" {
                let q = timex::ordinal_of(ord).filter(|q| (1..=4).contains(q))? as u8;
                let tense = self.tense(i, i + 1);
                let value = self.resolve(Partial::Quarter { quarter: q, tense });
                return Some(Hit::date(i, i + 1, value).rel().by(&QUARTER_OF_YEAR));
            }
            if ord == "year" && matches!(rest, "earlier" | "ago") {
                return Some(self.year_earlier_hit(i, i + 1));
            }
            if ord == "year" && rest == "end" {
                let value = r.map(|r| format!("{:04}-12-31", r.year));
                return Some(Hit::date(i, i + 1, value).rel().by(&YEAR_END));
            }
        }
        // "next year's first quarter"
        if self.is(i, &["last", "this", "next"]) && self.w(i + 1) == "year" && self.w(i + 2) == "'s" {
            let q = timex::ordinal_of(self.w(i + 3)).filter(|q| (1..=4).contains(q))? as u8;
            if self.w(i + 4) != "quarter" {
                return None;
            }
            let dir = match self.w(i) {
                "last" => -1,
                "this" => 0,
                _ => 1,
            };
            let value = r.map(|r| timex::quarter_value(r.year + dir, q));
            return Some(Hit::date(i, i + 5, value).rel().by(&QUARTER_OF_YEAR));
        }
        let bare_ordinal =
            timex::ordinal_of(w.strip_prefix("fiscal-").unwrap_or(w)).is_some() || w == "fiscal";
        if w != "the" && w != "a" && !bare_ordinal {
            return None;
        }
        let mut j = if bare_ordinal { i } else { i + 1 };
        if w == "a" {
            // "a year earlier", "a year ago": the same period a year before the one in view.
            if self.w(j) == "year"
                && self.is(j + 1, &["earlier", "ago", "before"])
                && self.last_quarter.is_some()
            {
                return Some(self.year_earlier_hit(i, j + 2));
            }
            return None;
        }
        if self.is(j, &["year-earlier", "year-ago", "comparable", "same"]) {
            let anaphoric = self.w(j) != "same";
            j += 1;
            if self.is(j, &["quarter", "period"]) && anaphoric {
                return Some(self.year_earlier_hit(i, j + 1));
            }
            return None;
        }
        if self.is(j, &["latest", "current", "recent"]) && self.is(j + 1, &["quarter", "period"]) {
            let value = self
                .last_quarter
                .map(|(y, q)| timex::quarter_value(y, q))
                .or_else(|| r.map(|r| self.previous_quarter(r)));
            return Some(Hit::date(i, j + 2, value).rel().by(&THE_QUARTER));
        }
        if self.w(j) == "quarter" {
            let value = self
                .last_quarter
                .map(|(y, q)| timex::quarter_value(y, q))
                .or_else(|| r.map(|r| self.previous_quarter(r)));
            return Some(Hit::date(i, j + 1, value).rel().by(&THE_QUARTER));
        }
        if self.w(j) == "fiscal" {
            j += 1;
        }
        let word = self.w(j).strip_prefix("fiscal-").unwrap_or(self.w(j));
        let ord = word
            .strip_suffix("-quarter")
            .map(|s| (s, true))
            .unwrap_or((word, false));
        let q = timex::ordinal_of(ord.0).filter(|q| (1..=4).contains(q))? as u8;
        let end = if ord.1 {
            j + 1
        } else if self.w(j + 1) == "quarter" || self.w(j + 1) == "half" {
            j + 2
        } else {
            return None;
        };
        let half = self.w(j + 1) == "half";
        if half && q > 2 {
            return None;
        }
        // "... of 2009", "... of last year", "... of this year".
        let (year, end, relative) = if self.w(end) == "of" {
            if let Some(y) = self.year_num(end + 1) {
                (Some(y), end + 2, false)
            } else if let Some(y) = self.year_num(end + 2).filter(|_| self.w(end + 1) == "fiscal") {
                // "the first quarter of fiscal 1990".
                (Some(y), end + 3, false)
            } else if self.is(end + 1, &["last", "this", "next"]) && self.w(end + 2) == "year" {
                let dir = match self.w(end + 1) {
                    "last" => -1,
                    "this" => 0,
                    _ => 1,
                };
                (r.map(|r| r.year + dir), end + 3, true)
            } else if self.w(end + 1) == "the" && self.w(end + 2) == "year" {
                (r.map(|r| r.year), end + 3, true)
            } else {
                (
                    r.map(|r| resolve::quarter_year(r, q, self.tense(i, i + 1))),
                    end,
                    true,
                )
            }
        } else {
            (
                r.map(|r| {
                    if half {
                        r.year
                    } else {
                        resolve::quarter_year(r, q, self.tense(i, i + 1))
                    }
                }),
                end,
                true,
            )
        };
        let value = year.map(|y| {
            if half {
                format!("{y:04}-H{q}")
            } else {
                timex::quarter_value(y, q)
            }
        });
        // An adjective ("the third-quarter loss") leaves the article out.
        let start = if ord.1 { j } else { i };
        let rule = if half { &HALF_OF_YEAR } else { &QUARTER_OF_YEAR };
        let hit = Hit::date(start, end, value).by(rule);
        Some(if relative { hit.rel() } else { hit })
    }

    fn previous_quarter(&self, r: Date) -> String {
        let (y, q) = timex::shift_quarter(r.year, timex::quarter_of(r), -1);
        timex::quarter_value(y, q)
    }

    /// "a year earlier": the quarter in view a year before, else the previous year.
    fn year_earlier_hit(&self, start: usize, end: usize) -> Hit {
        Hit {
            anaphoric: true,
            ..Hit::date(start, end, self.year_earlier()).rel()
        }
        .by(&YEAR_EARLIER)
    }

    fn year_earlier(&self) -> Option<String> {
        match self.last_quarter {
            Some((y, q)) => Some(timex::quarter_value(y - 1, q)),
            None => self.reference.map(|r| format!("{:04}", r.year - 1)),
        }
    }

    /// Quantities of units: durations ("three weeks", "18 months", "12-hour", "the nine months"),
    /// and dates counted from the reference ("two years ago", "a week earlier").
    fn quantity_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        // "children aged 6 months and older": an age.
        if self.is(i.wrapping_sub(1), &["aged", "ages", "age"]) {
            return None;
        }
        // "about a quarter of its dealers", "cut by a quarter": a fraction, not three months.
        if w == "a"
            && self.w(i + 1) == "quarter"
            && (self.is(i + 2, &["of", ",", "."])
                || self.is(
                    i.wrapping_sub(1),
                    &[
                        "about", "nearly", "almost", "roughly", "than", "only", "just", "some", "by",
                        "around",
                    ],
                ))
        {
            return None;
        }
        // Hyphenated adjectives: "five-year", "12-hour", "day-long".
        if let Some((a, b)) = w.split_once('-') {
            if let (Some(n), Some((unit, false))) = (timex::number_word(a), Unit::of(b)) {
                if !self.is(i + 1, &["-old", "old"]) {
                    // "a three-year period" is one expression.
                    let (start, end) =
                        if self.is(i.wrapping_sub(1), &["a", "an"]) && self.w(i + 1) == "period" {
                            (i - 1, i + 2)
                        } else {
                            (i, i + 1)
                        };
                    return Some(
                        Hit::new(
                            start,
                            end,
                            DateKind::Duration,
                            Some(timex::duration_value(f64::from(n), unit)),
                        )
                        .by(&DURATION_ADJECTIVE),
                    );
                }
            }
            if let (Some((unit, false)), "long") = (Unit::of(a), b) {
                let value = Some(timex::duration_value(1.0, unit));
                return Some(Hit::new(i, i + 1, DateKind::Duration, value).by(&DURATION_ADJECTIVE));
            }
            return None;
        }
        if self.kind(i) == Some(TokenKind::Number)
            && self.w(i + 1) == "-"
            && self.glued(i + 1)
            && self.glued(i + 2)
        {
            if let (Ok(n), Some((unit, false))) = (w.parse::<f64>(), Unit::of(self.w(i + 2))) {
                if self.w(i + 3) == "-" || self.w(i + 3) == "old" {
                    return None;
                }
                let value = Some(timex::duration_value(n, unit));
                return Some(Hit::new(i, i + 3, DateKind::Duration, value).by(&DURATION_ADJECTIVE));
            }
            return None;
        }
        // "the nine months", "the first nine months", "the 90 years".
        let (start, j) = if w == "the" {
            let k = if self.is(
                i + 1,
                &[
                    "first",
                    "last",
                    "past",
                    "next",
                    "final",
                    "entire",
                    "whole",
                    "year-earlier",
                    "year-ago",
                ],
            ) {
                i + 2
            } else {
                i + 1
            };
            (i, k)
        } else {
            (i, i)
        };
        let (q, e) = self.quantity(j)?;
        if w == "the" && self.is(j, &["a", "an", "some", "many", "few", "several"]) {
            return None;
        }
        // "one" as a pronoun ("one day") reads as a date-less day; keep it a duration only with a unit.
        // An adjective may stand between: "the past five trading days".
        // "six more months", "three straight days" too.
        let e = if (self.is(e, &["trading", "business", "working", "calendar", "school"])
            || (e > j
                && self.is(
                    e,
                    &[
                        "more",
                        "additional",
                        "further",
                        "extra",
                        "straight",
                        "consecutive",
                        "full",
                    ],
                )))
            && Unit::of(self.w(e + 1)).is_some()
        {
            e + 1
        } else {
            e
        };
        let (unit, plural) = Unit::of(self.w(e))?;
        if q.is_some_and(|n| n == 1.0) && plural {
            return None;
        }
        if self.w(e + 1) == "-" && self.glued(e + 1) {
            return None;
        }
        // "a second consecutive day", "a second time": an ordinal, not a unit.
        if unit == Unit::Second
            && self.is(j, &["a", "an"])
            && self.kind(e + 1) == Some(TokenKind::Word)
            && !self.is(
                e + 1,
                &["later", "ago", "earlier", "before", "after", "or", "and"],
            )
        {
            return None;
        }
        let mut end = e + 1;
        // "a minute and a half", "an hour and a half".
        let mut q = q;
        if self.w(end) == "and" && self.is(end + 1, &["a", "one"]) && self.w(end + 2) == "half" {
            q = q.map(|n| n + 0.5);
            end += 3;
        }
        // "five years' probation" keeps its apostrophe.
        if plural
            && self.is(end, &["'", "’"])
            && self.glued(end)
            && self.kind(end + 1) == Some(TokenKind::Word)
        {
            end += 1;
        }
        // "a year earlier" in a results story: the same period a year before.
        if self.is(end, &["earlier", "before"]) && unit == Unit::Year && q == Some(1.0) && !plural {
            return Some(self.year_earlier_hit(start, end + 1));
        }
        // Dates counted from now: "two years ago", "a year from now". "Three days later" is
        // annotated as the duration alone, like "a day after".
        if self.w(end) == "ago" || (self.w(end) == "from" && self.w(end + 1) == "now") {
            let n = q;
            let dir: i64 = if self.w(end) == "later" || self.w(end) == "from" {
                1
            } else {
                -1
            };
            let anchor = if self.w(end) == "ago" || self.w(end) == "from" {
                r
            } else {
                self.last_day.map(|(_, d)| d).or(r)
            };
            let stop = if self.w(end) == "from" { end + 2 } else { end + 1 };
            let value = match n {
                None => Some(if dir < 0 { "PAST_REF" } else { "FUTURE_REF" }.to_string()),
                Some(n) => anchor.map(|a| {
                    let n = (n.floor() as i64).clamp(-100_000, 100_000) * dir;
                    match unit {
                        Unit::Day => a.add_days(n).to_string(),
                        Unit::Week => timex::week_value(a.add_days(7 * n)),
                        Unit::Month => {
                            let (y, m) = timex::shift_month(a.year, a.month, n);
                            timex::month_value(y, m)
                        }
                        Unit::Year => format!("{:04}", (i64::from(a.year) + n).clamp(1, 9999)),
                        Unit::Decade => format!("{:03}", ((i64::from(a.year) + 10 * n) / 10).clamp(0, 999)),
                        Unit::Quarter => {
                            let (y, qq) = timex::shift_quarter(a.year, timex::quarter_of(a), n);
                            timex::quarter_value(y, qq)
                        }
                        _ => a.to_string(),
                    }
                }),
            };
            return Some(Hit::date(start, stop, value).rel().by(&QUANTITY_AGO));
        }
        // A quantity "a year" after an amount is a rate: "$5 million a year"; not before "earlier",
        // "later" or "before" ("up from $25 a week earlier").
        if self.is(j, &["a", "an"])
            && j == i
            && !self.is(end, &["earlier", "later", "before", "after", "ago", "from"])
        {
            let before = self.prev(i);
            // "interviews a day", "three flights a week": a count of things per unit.
            let per_thing = before.len() > 3
                && before.ends_with('s')
                && !before.ends_with("ss")
                && self.kind(i - 1) == Some(TokenKind::Word)
                && !matches!(
                    before,
                    "was"
                        | "has"
                        | "is"
                        | "this"
                        | "as"
                        | "its"
                        | "his"
                        | "hers"
                        | "ours"
                        | "theirs"
                        | "yours"
                        | "does"
                        | "says"
                        | "plans"
                        | "takes"
                        | "lasts"
                        | "needs"
                        | "spends"
                );
            let amount = i > 0
                && (per_thing
                    || self.kind(i - 1) == Some(TokenKind::Number)
                    || matches!(
                        before,
                        "million"
                            | "billion"
                            | "thousand"
                            | "hundred"
                            | "times"
                            | "twice"
                            | "once"
                            | "percent"
                            | "dollars"
                            | "cents"
                            | "%"
                    ));
            if amount {
                let value = Some(timex::duration_value(1.0, unit));
                return Some(Hit::new(i, end, DateKind::Set, value).by(&RATE_PER_UNIT));
            }
            // "a day after", "a week later" are handled above; a lone "a day" is a duration.
        }
        if unit == Unit::Weekend {
            return None;
        }
        let value = match q {
            Some(n) => timex::duration_value(n, unit),
            None => timex::vague_duration_value(unit),
        };
        // A bare vague quantity ("some days") needs a plural unit.
        if q.is_none() && !plural {
            return None;
        }
        // "one day" / "one year" at the start of a clause are often narrative; keep them durations.
        Some(Hit::new(start, end, DateKind::Duration, Some(value)))
    }

    /// Sets: "daily", "weekly", "every Monday", "each season", "every two weeks", "per year".
    fn set_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let single = match w {
            "daily" => Some("P1D"),
            "weekly" => Some("P1W"),
            "monthly" => Some("P1M"),
            // TimeBank and TempEval-3 give "annually" the year-grain set value.
            "annually" | "yearly" => Some("XXXX"),
            "quarterly" => Some("P3M"),
            "semiannually" | "biannually" => Some("P6M"),
            "hourly" => Some("PT1H"),
            "nightly" => Some("XXXX-XX-XXTNI"),
            _ => None,
        };
        if let Some(v) = single {
            // "the Communist Party daily Granma" is a newspaper; "a quarterly dividend" an adjective.
            if self.in_title(i)
                || self.cap(i + 1)
                    && self.kind(i + 1) == Some(TokenKind::Word)
                    && !self.doc.is_sentence_start(i + 1)
            {
                return None;
            }
            if w == "quarterly" && self.kind(i + 1) == Some(TokenKind::Word) {
                return None;
            }
            return Some(Hit::new(i, i + 1, DateKind::Set, Some(v.to_string())).by(&SET_ADVERB));
        }
        // "open on weekends": every weekend.
        if w == "weekends" && self.is(i.wrapping_sub(1), &["on", "at", "during", "over"]) {
            let value = Some("XXXX-WXX-WE".into());
            return Some(Hit::new(i, i + 1, DateKind::Set, value).by(&WEEKDAY_PLURAL));
        }
        if !matches!(w, "every" | "each" | "per") {
            return None;
        }
        let mut j = i + 1;
        if self.w(j) == "other" {
            j += 1;
        }
        let every_other = j > i + 1;
        if let Some((wd, _)) = timex::weekday_of(self.w(j)) {
            return Some(Hit::new(i, j + 1, DateKind::Set, Some(format!("XXXX-WXX-{wd}"))));
        }
        if let Some((m, e, _)) = self.month_at(j) {
            return Some(Hit::new(i, e, DateKind::Set, Some(format!("XXXX-{m:02}"))));
        }
        if let Some(code) = timex::season_of(self.w(j)) {
            return Some(Hit::new(i, j + 1, DateKind::Set, Some(format!("XXXX-{code}"))));
        }
        if let Some(code) = timex::part_of_day(self.w(j)) {
            return Some(Hit::new(
                i,
                j + 1,
                DateKind::Set,
                Some(format!("XXXX-XX-XXT{code}")),
            ));
        }
        if self.w(j) == "season" {
            return Some(Hit::new(i, j + 1, DateKind::Set, Some("P1Y".into())));
        }
        // "every weekend".
        if matches!(Unit::of(self.w(j)), Some((Unit::Weekend, false))) {
            return Some(Hit::new(i, j + 1, DateKind::Set, Some("XXXX-WXX-WE".into())));
        }
        // "every few years", "every several months".
        if let Some((None, e)) = self.quantity(j) {
            if let Some((unit, true)) = Unit::of(self.w(e)).filter(|_| e > j) {
                return Some(Hit::new(
                    i,
                    e + 1,
                    DateKind::Set,
                    Some(timex::vague_duration_value(unit)),
                ));
            }
        }
        let (n, e) = match self.quantity(j) {
            Some((Some(n), e)) if e > j && Unit::of(self.w(e)).is_some() => (n, e),
            _ => (1.0, j),
        };
        let (unit, _) = Unit::of(self.w(e))?;
        let n = if every_other { 2.0 * n } else { n };
        let value = if unit == Unit::Quarter {
            format!("P{}Q", n as i64)
        } else {
            timex::duration_value(n, unit)
        };
        Some(Hit::new(i, e + 1, DateKind::Set, Some(value)))
    }

    /// Vague references: "now", "currently", "recently", "soon", "the past", "the future".
    fn vague_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let (value, end) = match w {
            "now" => {
                if self.w(i + 1) == "that" && !self.glued(i + 1) {
                    return None;
                }
                ("PRESENT_REF", i + 1)
            }
            "right" | "just" if self.w(i + 1) == "now" => ("PRESENT_REF", i + 2),
            "currently" | "nowadays" | "presently" => ("PRESENT_REF", i + 1),
            "these" if self.w(i + 1) == "days" => ("PRESENT_REF", i + 2),
            "recently" | "lately" => ("PAST_REF", i + 1),
            "more" | "most" | "only" if self.w(i + 1) == "recently" => ("PAST_REF", i + 2),
            "soon" => {
                if self.prev(i) == "as" || self.w(i + 1) == "after" || self.w(i + 1) == "as" {
                    return None;
                }
                ("FUTURE_REF", i + 1)
            }
            "very" if self.w(i + 1) == "soon" => ("FUTURE_REF", i + 2),
            // "until then", "by then": the last date named.
            "then" if self.is(i.wrapping_sub(1), &["until", "till", "by"]) => {
                let value = self.last_point.map(|(d, precision)| match precision {
                    10 => d.to_string(),
                    7 => timex::month_value(d.year, d.month),
                    _ => format!("{:04}", d.year),
                });
                return Some(
                    Hit {
                        anaphoric: true,
                        ..Hit::date(i, i + 1, value).rel()
                    }
                    .by(&UNTIL_THEN),
                );
            }
            // "in future quarters", "for future years".
            "future"
                if Unit::of(self.w(i + 1))
                    .is_some_and(|(u, plural)| plural && !matches!(u, Unit::Second | Unit::Minute)) =>
            {
                ("FUTURE_REF", i + 2)
            }
            "the" => match (self.w(i + 1), self.w(i + 2)) {
                ("future", _) => ("FUTURE_REF", i + 2),
                // "saying at the time he was willing": then, in the past.
                ("time", next)
                    if self.prev(i) == "at"
                        && !matches!(next, "of" | "being" | "when" | "that" | "'s" | "for" | "to" | "-")
                        && !(i.saturating_sub(8)..i)
                            .any(|k| self.same_sentence(k, i) && self.is(k, &["will", "'ll", "shall"])) =>
                {
                    ("PAST_REF", i + 2)
                }
                ("near" | "distant" | "foreseeable", "future") => ("FUTURE_REF", i + 3),
                ("near", "term") => ("FUTURE_REF", i + 3),
                ("past", next)
                    if Unit::of(next).is_none()
                        && self.quantity(i + 2).is_none()
                        && timex::weekday_of(next).is_none() =>
                {
                    ("PAST_REF", i + 2)
                }
                ("present", next) if !matches!(next, "day") => ("PRESENT_REF", i + 2),
                _ => return None,
            },
            "recent" => match Unit::of(self.w(i + 1)) {
                Some((unit, true)) => {
                    let value = Some(timex::vague_duration_value(unit));
                    return Some(Hit::new(i, i + 2, DateKind::Duration, value).by(&VAGUE_DURATION));
                }
                // "recent losses", "the recent sale": a vague past.
                _ if self.kind(i + 1) == Some(TokenKind::Word) && !self.cap(i + 1) => ("PAST_REF", i + 1),
                _ => return None,
            },
            // "current market conditions", "its current position"; not "current account".
            "current"
                if self.kind(i + 1) == Some(TokenKind::Word)
                    && !self.cap(i + 1)
                    && !self.is(
                        i + 1,
                        &["account", "accounts", "affairs", "events", "and", "or", "of"],
                    ) =>
            {
                ("PRESENT_REF", i + 1)
            }
            "as" if self.w(i + 1) == "soon" && self.w(i + 2) == "as" && self.w(i + 3) == "possible" => {
                ("FUTURE_REF", i + 4)
            }
            "over" if self.w(i + 1) == "the" && self.w(i + 2) == "years" => {
                return Some(Hit::new(i, i + 3, DateKind::Duration, Some("PXY".into())).by(&VAGUE_DURATION));
            }
            // "for weeks", "within months", "in coming years", "could take weeks", "lasted months".
            "for" | "within" | "coming" | "take" | "takes" | "took" | "taken" | "taking" | "last"
            | "lasted" | "lasts" | "lasting" | "spent" | "spend" | "spends" | "spending" | "waited"
            | "wait" | "waits" | "waiting" => match Unit::of(self.w(i + 1)) {
                Some((unit, true)) if !matches!(unit, Unit::Weekend | Unit::Quarter) => {
                    let start = if w == "coming" { i } else { i + 1 };
                    let value = Some(timex::vague_duration_value(unit));
                    return Some(Hit::new(start, i + 2, DateKind::Duration, value).by(&VAGUE_DURATION));
                }
                _ => return None,
            },
            // "Hours later", "days after the vote", "in the weeks before the election": an unknown
            // number of units.
            _ if self.is(i + 1, &["later", "earlier", "after", "before"])
                && Unit::of(w).is_some_and(|(unit, plural)| {
                    plural && !matches!(unit, Unit::Weekend | Unit::Quarter)
                })
                && self.quantity(i.wrapping_sub(1)).is_none()
                && !self.is(
                    i.wrapping_sub(1),
                    &["the", "of", "those", "these", "some", "many", "few", "several"],
                ) =>
            {
                let (unit, _) = Unit::of(w)?;
                let value = Some(timex::vague_duration_value(unit));
                return Some(Hit::new(i, i + 1, DateKind::Duration, value).by(&VAGUE_DURATION));
            }
            // "months ago", "years ago".
            _ if self.w(i + 1) == "ago" && Unit::of(w).is_some_and(|(_, plural)| plural) => {
                ("PAST_REF", i + 2)
            }
            "a" if self.w(i + 1) == "while" => {
                return Some(Hit::new(i, i + 2, DateKind::Duration, Some("PXX".into())).by(&VAGUE_DURATION));
            }
            _ => return None,
        };
        if w == "now" && self.prev(i) == "from" {
            return None;
        }
        Some(Hit::date(i, end, Some(value.to_string())).by(&VAGUE_REFERENCE))
    }

    /// Named days: "Christmas", "New Year's Day", "Thanksgiving", "Election Day", "Christmas 2021".
    fn holiday_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if !self.cap(i) {
            return None;
        }
        let holiday = words::HOLIDAY_TABLE.get(w)?.iter().find(|h| {
            h.tokens
                .iter()
                .enumerate()
                .all(|(k, t)| self.w(i + k) == *t && (k == 0 || !h.all_capitalised || self.cap(i + k)))
        })?;
        let (len, rule) = (holiday.tokens.len(), |y| holiday.rule.date(y));
        let end = i + len;
        if let Some(y) = self.year_num(end) {
            return Some(Hit::date(i, end + 1, rule(y).map(|d| d.to_string())));
        }
        // "the last release before Election Day": a limit, in a past clause the nearest one.
        let limit = self.is(i.wrapping_sub(1), &["before", "until", "till"])
            || (self.w(i.wrapping_sub(1)) == "of" && self.w(i.wrapping_sub(2)) == "ahead");
        let tense = match self.tense(i, end) {
            Tense::Past if limit => Tense::Unknown,
            t => t,
        };
        // A holiday is the one before in a past clause, the one after in a future clause.
        let value = self.resolve(Partial::Holiday {
            rule: holiday.rule,
            tense,
        });
        Some(Hit::date(i, end, value).rel())
    }
}

impl Scanner<'_, '_> {
    /// Parts of a period and periods named by their article: "the end of this year", "the
    /// beginning of the year", "late in the day", "earlier in the year", "the year ended March 31",
    /// "the full year", "the day".
    fn part_of_period_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        // "the end of 1990", "the beginning of the year", "a good part of 1990".
        let of_at = match (w, self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            ("the", "end" | "beginning" | "start" | "middle" | "close" | "turn", "of", _) => Some(i + 3),
            ("end" | "beginning" | "start" | "middle", "of", _, _) => Some(i + 2),
            ("a", "good" | "large", "part", "of") => Some(i + 4),
            _ => None,
        };
        if let Some(k) = of_at {
            if self.w(k) == "year" || (self.w(k) == "the" && self.w(k + 1) == "year") {
                let end = if self.w(k) == "year" { k + 1 } else { k + 2 };
                // "flu cases peaked by the end of the year" in a spring article: last year's end.
                let closing = self.is(k - 2, &["end", "close"]);
                let year = |r: Date| {
                    if closing && r.month <= 10 && self.tense(i, end) == Tense::Past {
                        r.year - 1
                    } else {
                        r.year
                    }
                };
                let value = r.map(|r| format!("{:04}", year(r)));
                return Some(Hit::date(i, end, value).rel().by(&PART_OF_PERIOD));
            }
            if self.w(k) == "the" && self.is(k + 1, &["month", "week", "day"]) {
                let unit = Unit::of(self.w(k + 1)).map(|(u, _)| u)?;
                let value = r.and_then(|r| resolve::offset_value(r, unit, 0));
                return Some(Hit::date(i, k + 2, value).rel().by(&PART_OF_PERIOD));
            }
            let inner = self
                .best_at(k)
                .filter(|h| h.kind == DateKind::Date && h.start == k)?;
            return Some(Hit { start: i, ..inner }.by(&PART_OF_PERIOD));
        }
        // "late in the day", "earlier in the year", "early in the week".
        if self.is(i, &["early", "late", "earlier", "later"])
            && self.w(i + 1) == "in"
            && self.w(i + 2) == "the"
        {
            if let Some((unit, false)) = Unit::of(self.w(i + 3)) {
                let value = r.and_then(|r| resolve::offset_value(r, unit, 0));
                return Some(Hit::date(i, i + 4, value).rel().by(&EARLY_LATE_IN_UNIT));
            }
        }
        if w != "the" {
            return None;
        }
        match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            ("year", "ended" | "ending" | "ends" | "to", _) => {
                Some(Hit::new(i, i + 2, DateKind::Duration, Some("P1Y".into())).by(&YEAR_ENDED))
            }
            ("fiscal", "year", "ended" | "ending" | "ends" | "to") => {
                Some(Hit::new(i, i + 3, DateKind::Duration, Some("P1Y".into())).by(&YEAR_ENDED))
            }
            ("full" | "whole" | "entire", "year", _) => {
                let value = r.map(|r| format!("{:04}", r.year));
                Some(Hit::date(i, i + 3, value).rel().by(&THE_UNIT))
            }
            ("day", next, _) => {
                // "the day" is the reference day; "the day before/after" an event is not resolvable.
                if matches!(next, "'s" | "-" | "of") || self.is(i.wrapping_sub(1), &["of", "all", "for"]) {
                    return None;
                }
                let value = if matches!(next, "before" | "after" | "when" | "that") {
                    None
                } else {
                    r.map(|r| r.to_string())
                };
                Some(Hit::date(i, i + 2, value).rel().by(&THE_UNIT))
            }
            _ => None,
        }
    }
}

/// Seasons without this/last/next: "spring", "summer 2021", "the winter of 2009", "early spring".
impl Scanner<'_, '_> {
    fn season_at(&self, i: usize) -> Option<Hit> {
        let (start, j) = if self.w(i) == "the" { (i, i + 1) } else { (i, i) };
        let code = timex::season_of(self.w(j))?;
        if let Some(y) = self.year_num(j + 1) {
            return Some(Hit::date(start, j + 2, Some(format!("{y:04}-{code}"))));
        }
        if self.w(j + 1) == "of" {
            if let Some(y) = self.year_num(j + 2) {
                return Some(Hit::date(start, j + 3, Some(format!("{y:04}-{code}"))));
            }
        }
        // "the Spring Festival", "the Summer Games": a name.
        if self.cap(j) && self.kind(j + 1) == Some(TokenKind::Word) && self.cap(j + 1) {
            return None;
        }
        // A bare season needs a cue ("in spring", "this spring" is handled as relative); "fall" is a verb.
        if start == j
            && !self.is(
                i.wrapping_sub(1),
                &[
                    "in", "by", "until", "since", "during", "early", "late", "mid", "through", "next", "over",
                ],
            )
        {
            return None;
        }
        if start < j && self.w(j + 1) == "of" {
            return None;
        }
        if code == "FA"
            && self.w(j) == "fall"
            && start == j
            && !self.is(
                i.wrapping_sub(1),
                &["in", "by", "until", "since", "during", "early", "late"],
            )
        {
            return None;
        }
        self.reference?;
        let tense = self.tense(i, j + 1);
        // "in spring": this year's, or the one before (after) when the clause looks back (ahead)
        // and this year's has not begun (is over).
        let value = self.resolve(Partial::Season { code, tense });
        Some(Hit::date(i, j + 1, value).rel())
    }
}
