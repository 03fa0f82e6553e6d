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
//! Every expression is found by a named rule ([`RULES`], in `rules.rs`, each with its examples) and
//! carries its name. The grammar is split by family: `absolute.rs` (written calendar dates),
//! `clock.rs` (times of day), `relative.rs` (weekdays, "yesterday", "next week", anaphora),
//! `periods.rs` (quarters, holidays, seasons, parts of a period), `quantities.rs` (durations, "ago",
//! sets, vague references), `tense.rs` (the tense of a clause). Rules give what the text fixes as a
//! `resolve::Partial` where it needs the reference date; `resolve.rs` anchors it. Word lists are data
//! (`data/dates-*.tsv`, read by `timex.rs` and `words.rs`).
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

use crate::analysis::sort::CompactSort;
use serde::{Deserialize, Serialize};

use crate::analysis::calendar::Date;
use crate::analysis::report::RuleName;
use crate::analysis::report::{DateKind, DateMention, Mention};
use crate::analysis::text::{is_capitalized, Doc, TokenKind};
use crate::analysis::timex::{self, Unit};
use crate::analysis::{Diagnostics, Span};

mod absolute;
mod clock;
mod periods;
mod quantities;
mod relative;
mod resolve;
mod rules;
mod tense;
mod words;

use resolve::{Partial, Tense};

use rules::*;

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
    entries.compact_sort_by(|a, b| {
        a.first_day
            .cmp(&b.first_day)
            .then(a.value.len().cmp(&b.value.len()))
            .then(a.value.cmp(&b.value))
    });
    entries
}

/// The publication date from a byline or dateline near the top of the text, if any: the first
/// complete date ("Published: 08:17 PM, 21 January 2022", "March 3, 2013", "2022-01-21") near the
/// start of one of the first lines, not one a lower-case word of a sentence governs ("The debentures,
/// due Nov. 15, 2014, ..."). A dateline without a year ("WASHINGTON, Jan. 21 (Reuters) -") takes the
/// year of a complete date or a lone year elsewhere in the header; without one it gives no date.
pub fn detect_reference_date(doc: &Doc) -> Option<Date> {
    Scanner::new(doc, None).header_date().reference()
}

/// The first date of the header ([`Scanner::header_date`]): a complete one, else the month and day
/// of the first without a year and the first lone year; and the token where the first date with a
/// month and a day starts (a lone year does not count), with whether it stands as a dateline's.
#[derive(Default)]
struct HeaderDate {
    complete: Option<Date>,
    month_day: Option<(u8, u8)>,
    year: Option<i32>,
    at: Option<usize>,
    /// Whether the date at `at` stands as a dateline's does ([`Scanner::dateline_form`]).
    dateline: bool,
}

/// The most days a dateline's date may lie before the publication date and still anchor the story
/// ([`DATELINE_DATE`]): a weekly's dateline, or a story held over a long weekend.
const DATELINE_DAYS_BEFORE: i64 = 7;

impl HeaderDate {
    /// The publication date it gives: the complete date, else the month and day in the lone year.
    fn reference(&self) -> Option<Date> {
        self.complete.or_else(|| {
            let (m, d) = self.month_day?;
            Date::new(self.year?, m, d)
        })
    }

    /// The day the story was written when the header dates it one to [`DATELINE_DAYS_BEFORE`] days
    /// before the publication date `given` ("MOSCOW, July 20 —" in a paper of July 21), and the
    /// token where that date starts; a month and day without a year take the year that puts them
    /// before `given`.
    fn dateline_before(&self, given: Date) -> Option<(Date, usize)> {
        let date = match (self.complete, self.month_day) {
            (Some(d), _) => d,
            (None, Some((m, d))) => {
                let this_year = Date::new(given.year, m, d)?;
                if this_year > given {
                    Date::new(given.year - 1, m, d)?
                } else {
                    this_year
                }
            }
            (None, None) => return None,
        };
        let days = given.to_days() - date.to_days();
        (self.dateline && (1..=DATELINE_DAYS_BEFORE).contains(&days)).then_some((date, self.at?))
    }
}

/// The publication date (the caller's, else [`detect_reference_date`]'s, with a note on where it
/// came from) and every temporal expression anchored at it: one scanner for both.
pub fn extract_with_reference(
    doc: &Doc,
    given: Option<Date>,
    diagnostics: &mut Diagnostics,
) -> (Option<Date>, Vec<DateMention>) {
    let mut scanner = Scanner::new(doc, None);
    let header = scanner.header_date();
    match given {
        Some(date) => {
            scanner.reference = Some(date);
            if let Some((written, at)) = header.dateline_before(date) {
                scanner.reference = Some(written);
                scanner.dateline = Some(at);
                diagnostics.info(format!(
                    "relative dates counted from the dateline's date {written}, before the publication date {date}"
                ));
            }
        }
        None => {
            scanner.reference = header.reference();
            match scanner.reference {
                Some(date) => diagnostics.info(format!("publication date {date} taken from the text")),
                None => {
                    diagnostics.info("no publication date given or found; relative dates stay unresolved")
                }
            }
        }
    }
    let reference = given.or(scanner.reference);
    let mut dates = scanner.extract(diagnostics);
    // The mentions stay in the report: no spare capacity from doubling.
    dates.shrink_to_fit();
    (reference, dates)
}

impl Scanner<'_, '_> {
    /// The first date of the header, found with this scanner made without a reference date (so that
    /// a month and day stay without a year): [`detect_reference_date`] and [`DATELINE_DATE`].
    fn header_date(&self) -> HeaderDate {
        let (scanner, doc) = (self, self.doc);
        let limit = header_limit(doc);
        let mut found = HeaderDate::default();
        let mut i = 0;
        while i < limit {
            // Bylines and datelines carry the date near the start of a line; a date deep in a line of
            // body text is about the story, not its publication.
            let line_start = (0..=i)
                .rev()
                .find(|&k| doc.tokens.get(k).is_some_and(|t| t.line_start))
                .unwrap_or(0);
            // Nor a date a lower-case word of the sentence governs ("The debentures, due Nov. 15,
            // 2014, carry ..."), unlike a byline's "on" or "updated".
            let governed =
                i > 0 && !doc.tokens[i].line_start && doc.tokens[i - 1].kind == TokenKind::Word && {
                    let prev = doc.token_text(&doc.tokens[i - 1]);
                    prev.starts_with(char::is_lowercase)
                        && !matches!(
                            prev,
                            "on" | "at" | "updated" | "posted" | "published" | "modified"
                        )
                };
            if i - line_start > 12 || governed {
                i += 1;
                continue;
            }
            if let Some(hit) = scanner.absolute_at(i) {
                if let Some(d) = hit.value.as_deref().and_then(|v| Date::parse_iso(v.get(0..10)?)) {
                    found.complete = Some(d);
                    if found.at.is_none() {
                        found.at = Some(hit.start);
                        found.dateline = scanner.dateline_form(line_start, hit.start, hit.end);
                    }
                    return found;
                }
                if let Some(md) = hit.month_day {
                    if found.month_day.is_none() {
                        found.month_day = Some(md);
                    }
                    if found.at.is_none() {
                        found.at = Some(hit.start);
                        found.dateline = scanner.dateline_form(line_start, hit.start, hit.end);
                    }
                }
                if let Some(y) = hit
                    .value
                    .as_deref()
                    .filter(|v| v.len() == 4)
                    .and_then(|v| v.parse().ok())
                {
                    found.year.get_or_insert(y);
                }
                i = hit.end.max(i + 1);
            } else {
                i += 1;
            }
        }
        found
    }
}

impl Scanner<'_, '_> {
    /// Whether the date of tokens `start..end` stands as a dateline's or a byline's date does: after
    /// nothing on its line but capitalised words, commas and brackets ("MOSCOW, July 20", "July 20,
    /// 1989", "By ANA RUIZ, Reuters, July 20"), and before a dash, a bracket or the line's end
    /// ("— The talks", "(Reuters) -"), not inside a sentence ("Talks began July 20 in Geneva").
    fn dateline_form(&self, line_start: usize, start: usize, end: usize) -> bool {
        let doc = self.doc;
        let plain = |k: usize| {
            let t = doc.token_text(&doc.tokens[k]);
            t.starts_with(char::is_uppercase) || matches!(t, "," | "(" | ")" | ":")
        };
        let after = doc.tokens.get(end);
        let closes = after.is_none_or(|t| {
            t.line_start || matches!(doc.token_text(t), "—" | "–" | "-" | "--" | "_" | "(" | ":")
        });
        (line_start..start).all(plain) && closes
    }
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
    Scanner::new(doc, reference).extract(diagnostics)
}

impl Scanner<'_, '_> {
    /// [`extract`] with this scanner, anchored at its reference date.
    fn extract(mut self, diagnostics: &mut Diagnostics) -> Vec<DateMention> {
        let (doc, reference) = (self.doc, self.reference);
        let scanner = &mut self;
        let mut out: Vec<DateMention> = Vec::new();
        let mut unresolved = 0;
        let mut i = 0;
        while i < doc.tokens.len() {
            // A year range in one token ("2009-2010") gives two years.
            if let Some(pair) = scanner.year_range_at(i) {
                for (span, year) in pair {
                    let value = Some(year.to_string());
                    out.push(mention(doc, span, DateKind::Date, value, false, YEAR_RANGE.name));
                }
                i += 1;
                continue;
            }
            let Some(hit) = scanner.best_at(i) else {
                i += 1;
                continue;
            };
            // "on ABC's “This Week”", "told “Fox News Sunday”": the title of a show, no date.
            if scanner.quoted_title(hit.start, hit.end) {
                i = hit.end.max(i + 1);
                continue;
            }
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
            let rule = if scanner.dateline == Some(hit.start) {
                DATELINE_DATE.name
            } else {
                hit.rule
            };
            out.push(mention(doc, span, hit.kind, hit.value, hit.inferred, rule));
            i = hit.end.max(i + 1);
        }

        if unresolved > 0 && reference.is_none() {
            diagnostics.info(format!(
                "{unresolved} relative date expression(s) left unresolved: no publication date"
            ));
        }
        out
    }
}

fn mention(
    doc: &Doc,
    span: Span,
    kind: DateKind,
    value: Option<String>,
    inferred: bool,
    rule: &'static str,
) -> DateMention {
    DateMention {
        start: span.start,
        end: span.end,
        text: doc.slice(span).to_string(),
        kind,
        value,
        inferred,
        rule: RuleName::Borrowed(rule),
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
    fn by(mut self, rule: &'static str) -> Hit {
        self.rule = rule;
        self
    }

    /// The hit, produced by `rule` unless a more specific rule already named it.
    fn or_by(mut self, rule: &'static str) -> Hit {
        if self.rule.is_empty() {
            self.rule = rule;
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

/// The grain `last_point` records for a season ("2019-SP"): finer than a year's (4), coarser than a
/// month's (7); rules that need a month or a day read it as a year.
const SEASON_GRAIN: usize = 5;

struct Scanner<'d, 'a> {
    doc: &'d Doc<'a>,
    /// The doc's lower-case forms, one slice per token: the rules read them many times per token.
    low: Vec<&'d str>,
    reference: Option<Date>,
    /// "21/01/2022" is read day first.
    day_first: bool,

    /// The last quarter mentioned ("third-quarter" → 1989-Q3), for "the quarter", "a year earlier".
    last_quarter: Option<(i32, u8)>,
    /// A fiscal year named after the last quarter ("the first nine months of fiscal 1992 ... a year
    /// earlier"): the period in view, whose year before "a year earlier" names.
    fiscal_in_view: Option<i32>,
    /// The last day-precise date and its sentence, to anchor clock times and "the next day".
    last_day: Option<(usize, Date)>,
    /// The last calendar date or period named, with its precision in characters of the value
    /// (10 = day, 7 = month, 4 = year; a season [`SEASON_GRAIN`]), for "that day", "later that year".
    last_point: Option<(Date, usize)>,
    /// The sentence and first day of the last date written with its year ("Aug. 7, 1998"), whose
    /// year a later month or month-day in the same sentence shares ("and on Aug. 20").
    last_explicit: Option<(usize, Date)>,
    /// The paragraph and first day of the last date written with its year, whose year a month or
    /// month-day without one shares in a narrative of past years.
    last_written: Option<(usize, Date)>,
    /// Whether a date counted from the reference date has been found ("today", "on Tuesday", "last
    /// week", "two years ago"): the text speaks from its own date, no narrative of past years.
    deictic: bool,
    /// The sentence and year of the last year counted from the reference date ("last year", "next
    /// year"), which a bare month or season later in that sentence falls in ("Last year the carrier
    /// inspected its fleet in the spring").
    last_counted_year: Option<(usize, i32)>,
    /// The day-precise dates named so far, each with its sentence, for the day of an event told
    /// again later ("attacked last Oct. 23" … "attacked at 10 p.m.").
    days: Vec<(usize, Date)>,
    /// The last [`Scanner::quantity`] asked for and its answer (it depends on the tokens only).
    last_quantity: std::cell::Cell<Option<(usize, Quantity)>>,
    /// The token where the dateline's date starts when the story is counted from it
    /// ([`DATELINE_DATE`]).
    dateline: Option<usize>,
}

/// A quantity's value (none for "several", "a few") and the token after it.
type Quantity = Option<(Option<f64>, usize)>;

impl<'d, 'a> Scanner<'d, 'a> {
    fn new(doc: &'d Doc<'a>, reference: Option<Date>) -> Scanner<'d, 'a> {
        let mut s = Scanner {
            doc,
            low: doc.lower_forms().collect(),
            reference,
            day_first: false,

            last_quarter: None,
            fiscal_in_view: None,
            last_day: None,
            last_point: None,
            last_explicit: None,
            last_written: None,
            deictic: false,
            last_counted_year: None,
            days: Vec::new(),
            last_quantity: std::cell::Cell::new(None),
            dateline: None,
        };
        s.day_first = s.prefers_day_first();
        s
    }

    /// Whether the text writes "21 January" more often than "January 21".
    fn prefers_day_first(&self) -> bool {
        let (mut dm, mut md) = (0, 0);
        for i in 0..self.len() {
            // Most tokens are not capitalised: that test first, the month table after.
            if self.cap(i) && timex::month_of(self.w(i)).is_some() {
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

    /// The lower-case form of token `i` (the doc's), or `""` past the end.
    fn w(&self, i: usize) -> &'d str {
        self.low.get(i).copied().unwrap_or("")
    }

    /// The number of tokens.
    fn len(&self) -> usize {
        self.doc.tokens.len()
    }

    fn raw(&self, i: usize) -> &'a str {
        self.doc.word(i)
    }

    fn kind(&self, i: usize) -> Option<TokenKind> {
        self.doc.tokens.get(i).map(|t| t.kind)
    }

    /// Token `i` starts with an upper-case letter; an ASCII first byte decides without slicing the
    /// token or decoding a character (most tokens).
    fn cap(&self, i: usize) -> bool {
        let first = self
            .doc
            .tokens
            .get(i)
            .and_then(|t| self.doc.text.as_bytes().get(t.span().start));
        match first {
            Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
            _ => is_capitalized(self.raw(i)),
        }
    }

    /// Token `i` follows the previous one without a space.
    fn glued(&self, i: usize) -> bool {
        self.doc.tokens.get(i).is_some_and(|t| !t.space_before)
    }

    /// A capitalised word inside a name, after another capitalised word mid-sentence: "USA Today",
    /// "the Business Daily", "LA Weekly". All-capital headlines don't count.
    fn in_title(&self, i: usize) -> bool {
        // Both cases below need a capitalised token after the first.
        if i == 0 || !self.cap(i) {
            return false;
        }
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

    /// Whether tokens `start..end` lie inside quotation marks around a short title in capitals (a
    /// counter-example of [`THIS_NEXT_LAST_UNIT`] and [`WEEKDAY_BY_TENSE`]): “This Week”, “Fox News
    /// Sunday”, a subtitle after a colon (“The Beatles: Eight Days a Week”); the title has a
    /// capitalised word besides the date's, or the date's first word is one written in lower case in
    /// running text ("This", "Next"), so that a weekday alone in quotation marks still counts.
    pub(super) fn quoted_title(&self, start: usize, end: usize) -> bool {
        const MOST: usize = 6;
        let mark = |k: usize| {
            self.kind(k) == Some(TokenKind::Punct)
                && self
                    .raw(k)
                    .chars()
                    .next()
                    .is_some_and(crate::analysis::text::is_quote_mark)
        };
        let titled = |k: usize| {
            self.kind(k) == Some(TokenKind::Word)
                && (self.cap(k) || matches!(self.w(k), "of" | "the" | "and" | "a" | "in" | "on"))
        };
        // A subtitle after a colon: “The Beatles: Eight Days a Week”.
        let titled_or_colon = |k: usize| titled(k) || self.w(k) == ":";
        let Some(open) = (start.saturating_sub(MOST)..start)
            .rev()
            .find(|&k| !titled_or_colon(k))
        else {
            return false;
        };
        if !mark(open) {
            return false;
        }
        // The title may end on a period or a comma inside the closing mark: “This Week.”
        let mut close = end;
        while close < end + MOST && titled(close) {
            close += 1;
        }
        if matches!(self.w(close), "." | ",") {
            close += 1;
        }
        if !mark(close) {
            return false;
        }
        let other_word = (open + 1..close).any(|k| (k < start || k >= end) && self.cap(k));
        let lower_word_first = matches!(self.w(start), "this" | "next" | "last" | "that");
        (start..end).all(titled) && (other_word || lower_word_first)
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
        if i < self.doc.tokens.len() {
            self.doc.paragraph_of(i)
        } else {
            usize::MAX
        }
    }

    fn sentence_of(&self, i: usize) -> usize {
        self.doc.tokens.get(i).map_or(usize::MAX, |t| t.sentence as usize)
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
        // Several families ask for the quantity at the same token: the last answer is kept.
        if let Some((at, found)) = self.last_quantity.get() {
            if at == i {
                return found;
            }
        }
        let found = self.quantity_uncached(i);
        self.last_quantity.set(Some((i, found)));
        found
    }

    fn quantity_uncached(&self, i: usize) -> Option<(Option<f64>, usize)> {
        let w = self.w(i);
        if self.kind(i) == Some(TokenKind::Number) {
            let n: f64 = if w.contains(',') {
                w.chars().filter(|&c| c != ',').collect::<String>().parse().ok()?
            } else {
                w.parse().ok()?
            };
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
                        // "a quarter of a century", "a quarter century" (but "a quarter" alone is
                        // three months).
                        "quarter" if self.quarter_of_long_unit(i) => return Some((Some(0.25), i + 4)),
                        "quarter" if matches!(self.w(i + 2), "century" | "decade") => {
                            return Some((Some(0.25), i + 2))
                        }
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
        self.deictic |= DEICTIC_RULES.contains(&hit.rule);
        if v.len() == 7 && v.as_bytes().get(5) == Some(&b'Q') {
            if let (Ok(y), Ok(q)) = (v[0..4].parse(), v[6..7].parse()) {
                self.last_quarter = Some((y, q));
                self.fiscal_in_view = None;
            }
        }
        if hit.rule == FISCAL_YEAR.name && v.len() == 4 {
            self.fiscal_in_view = v.parse().ok();
        }
        if let Some(d) = v.get(0..10).and_then(Date::parse_iso) {
            self.last_day = Some((self.paragraph_of(hit.start), d));
            self.days.push((self.sentence_of(hit.start), d));
        }
        // Not "a year ago", which compares ("fell in January from the same month a year ago").
        if hit.kind == DateKind::Date && hit.rule == THIS_NEXT_LAST_UNIT.name && v.len() == 4 {
            if let Ok(year) = v.parse() {
                self.last_counted_year = Some((self.sentence_of(hit.start), year));
            }
        }
        if hit.kind == DateKind::Date && !hit.relative && v.len() >= 7 && v.as_bytes()[4] == b'-' {
            if let Some(first) = timex::first_day(v) {
                self.last_explicit = Some((self.sentence_of(hit.start), first));
                self.last_written = Some((self.paragraph_of(hit.start), first));
            }
        }
        if hit.kind == DateKind::Date || hit.kind == DateKind::Time {
            if let Some(first) = timex::first_day(v) {
                let precision = if v.len() >= 10 && first.to_string() == v[..10] {
                    10
                } else if v.len() == 7 && v.as_bytes()[4] == b'-' && v.as_bytes()[5].is_ascii_digit() {
                    7
                } else if v.len() == 7 && matches!(&v[5..], "SP" | "SU" | "FA" | "WI") {
                    // A season: finer than its year, for "the following summer" after "last spring".
                    SEASON_GRAIN
                } else {
                    4
                };
                self.last_point = Some((first, precision));
            }
        }
    }

    // ----------------------------------------------------------------- the grammar

    /// Whether an expression may start at token `i`: false for a plain lower-case word or an ASCII
    /// punctuation mark that no rule and no temporal word list names ([`words::FIRST_WORDS`]),
    /// which most tokens of a text are. Anything else (numbers, hyphenated or non-ASCII words) may.
    /// A leading word ("the", "a", "for": [`words::LEADING_WORDS`]) may start one only before a word
    /// or mark of the rules' vocabulary, or anything that is not plain.
    fn may_start(&self, i: usize) -> bool {
        let w = self.w(i);
        if !plain(w) {
            return true;
        }
        if !words::FIRST_WORDS.contains(w) {
            return false;
        }
        let next = self.w(i + 1);
        !words::LEADING_WORDS.contains(w) || !plain(next) || words::DATE_VOCABULARY.contains(next)
    }

    /// The longest expression starting at token `i`: none where no expression may start
    /// ([`Self::may_start`]; debug builds check that the rule families agree).
    fn best_at(&self, i: usize) -> Option<Hit> {
        if self.may_start(i) {
            return self.best_of_families(i);
        }
        debug_assert!(
            self.best_of_families(i).is_none(),
            "a date rule starts at {:?}, which data/dates-first-words.txt lacks: regenerate it \
             (UPDATE_GOLDEN=1 cargo test --lib dates::words) or take the word out of NEIGHBOURS_ONLY or \
             data/dates-leading-words.txt",
            self.w(i)
        );
        None
    }

    /// The longest expression starting at token `i`, asking every rule family.
    fn best_of_families(&self, i: usize) -> Option<Hit> {
        // Each family is tried in this order and the first longest match kept, one candidate at
        // a time (no array of sixteen hits to fill and move).
        let mut best: Option<Hit> = None;
        let mut keep = |c: Option<Hit>| {
            if let Some(c) = c.filter(|c| c.end > c.start) {
                if best.as_ref().is_none_or(|b| c.end > b.end) {
                    best = Some(c);
                }
            }
        };
        keep(self.modified_at(i));
        keep(self.time_at(i));
        keep(self.absolute_at(i));
        keep(self.weekday_at(i));
        keep(self.relative_at(i));
        keep(self.quarter_at(i));
        keep(self.nth_weekday_at(i));
        keep(self.ordinal_day_at(i));
        keep(self.coordinated_day_at(i));
        keep(self.week_of_at(i));
        keep(self.weekdays_counted_at(i));
        keep(self.quantity_at(i).map(|h| h.or_by(DURATION_QUANTITY.name)));
        keep(self.set_at(i).map(|h| h.or_by(SET_EVERY.name)));
        keep(self.vague_at(i));
        keep(self.holiday_at(i).map(|h| h.or_by(HOLIDAY.name)));
        keep(self.season_at(i).map(|h| h.or_by(SEASON.name)));
        keep(self.part_of_period_at(i));
        let mut hit = best?;
        if self.named_event(&hit) {
            return None;
        }
        // A weekday, "today" or a date followed by a part of the day: "Friday morning".
        if hit.kind == DateKind::Date
            && words::WEEKDAY_PARTS.contains(self.w(hit.end))
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
        if let Some(timed) = self.day_then_clock(&hit).or_else(|| self.set_then_clock(&hit)) {
            hit = timed;
        }
        Some(hit)
    }

    /// Whether a duration is the opening of a named event after "the", its words capitalised and a
    /// capitalised word after it: "the Thirty Years' War", "the Six-Day War", "The Hundred Years War"
    /// ([`DURATION_QUANTITY`]); not "the thirty years of war".
    fn named_event(&self, hit: &Hit) -> bool {
        let the = self.w(hit.start) == "the" || self.w(hit.start.wrapping_sub(1)) == "the";
        let unit = (hit.start..hit.end)
            .rev()
            .find(|&k| self.kind(k) == Some(TokenKind::Word));
        hit.kind == DateKind::Duration
            && the
            && unit.is_some_and(|k| self.cap(k))
            && self.kind(hit.end) == Some(TokenKind::Word)
            && self.cap(hit.end)
            && self.same_sentence(hit.start, hit.end)
    }
}

/// A plain lower-case ASCII word or a single ASCII punctuation mark (but `#`): the tokens
/// [`Scanner::may_start`] can rule out by the word lists.
fn plain(w: &str) -> bool {
    match w.as_bytes() {
        [] => false,
        [b] if b.is_ascii_punctuation() => *b != b'#',
        bytes => bytes.iter().all(u8::is_ascii_lowercase),
    }
}

/// The rules whose dates are counted from the reference date ("today", "on Tuesday", "last week", "two
/// years ago"): a text that has one speaks of its present, no narrative of past years.
const DEICTIC_RULES: [&str; 7] = [
    RELATIVE_DAY.name,
    TODAY_AS_PRESENT.name,
    WEEKDAY_BY_TENSE.name,
    LAST_NEXT_WEEKDAY.name,
    THIS_NEXT_LAST_UNIT.name,
    THIS_NEXT_LAST_MONTH.name,
    QUANTITY_AGO.name,
];
