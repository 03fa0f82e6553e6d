//! Calendar dates written out: month-day-year, day-month-year, month-year, bare months, years,
//! decades, centuries, ISO and slashed dates.

use super::words;
use super::*;

impl Scanner<'_, '_> {
    /// A month token (capitalised; abbreviations with their period or before a day): `(month, end)`.
    pub(super) fn month_at(&self, i: usize) -> Option<(u8, usize, bool)> {
        let w = self.w(i);
        let m = timex::month_of(w)?;
        if !self.cap(i) && !self.lower_month_in_context(i) {
            return None;
        }
        if timex::is_month_abbreviation(w) {
            // "Jan." or "Jan 21"; never a bare "Mar" or "Dec".
            if self.w(i + 1) == "." && self.glued(i + 1) {
                return Some((m, i + 2, true));
            }
            if self.day_num(i + 1).is_some()
                || self.year_num(i + 1).is_some()
                || self.day_range_at(i + 1).is_some()
            {
                return Some((m, i + 1, true));
            }
            // "3 Feb at 17:00": after its day.
            if i > 0 && self.day_num(i - 1).is_some() && self.cap(i) {
                return Some((m, i + 1, true));
            }
            return None;
        }
        Some((m, i + 1, false))
    }

    /// A month name in lower case ("april 9", "on 9 april", "next april") where the context is
    /// clearly temporal: a day or year after it, a day before it, or a preposition of time or
    /// "next" / "last" before it. "may" and "march", also verbs, need both a preposition before and
    /// a number after ("on may 5"); abbreviations need their capital.
    fn lower_month_in_context(&self, i: usize) -> bool {
        let w = self.w(i);
        // A day and a year after it ("may 5, 2021"), or a day after it standing alone ("sept 9").
        let year_after =
            self.year_num(i + 2).is_some() || (self.w(i + 2) == "," && self.year_num(i + 3).is_some());
        if self.day_num(i + 1).is_some() && (year_after || self.alone(i, i + 2)) {
            return true;
        }
        if timex::is_month_abbreviation(w) {
            return false;
        }
        let preposition = self.is(
            i.wrapping_sub(1),
            &[
                "on", "in", "since", "from", "until", "till", "by", "before", "after", "during", "through",
            ],
        );
        let number_after = self.day_num(i + 1).is_some() || self.year_num(i + 1).is_some();
        if matches!(w, "may" | "march") {
            return number_after && preposition;
        }
        let day_before = i > 0
            && (self.day_num(i - 1).is_some()
                || (self.prev(i) == "of" && i > 1 && self.day_num(i - 2).is_some()));
        number_after || day_before || preposition || self.is(i.wrapping_sub(1), &["next", "last"])
    }

    /// Absolute and partial calendar dates: "21 January 2022", "Jan. 21", "March 3, 2013",
    /// "Friday, Oct. 23", "January 2022", "June", "2019", "the 1990s", "2022-01-21", "21/01/2022".
    pub(super) fn absolute_at(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        // A weekday before the date: "Friday, Oct. 23".
        let mut weekday_prefix = false;
        // "Wed 14 Feb", "Thu., March 3": an abbreviated weekday before a date.
        // A weekday in lower case only before a month: "thursday, october 7, 2021".
        let named = timex::weekday_of(self.w(j)).is_some_and(|(_, plural)| !plural)
            && (self.cap(j) || self.month_at(j + 1 + usize::from(self.w(j + 1) == ",")).is_some());
        let after = if named {
            Some(j + 1)
        } else {
            self.weekday_abbreviation_at(j).map(|(_, e)| e)
        };
        let mut slashed = false;
        if let Some(after) = after {
            let k = if self.w(after) == "," { after + 1 } else { after };
            // "Monday 5/15", "Tue, 3/14/2023".
            slashed = self.kind(k) == Some(TokenKind::Number) && self.w(k).contains('/');
            if slashed
                || self.month_at(k).is_some()
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
            .or_else(|| {
                if weekday_prefix && !slashed {
                    None
                } else {
                    self.numeric_at(j)
                }
            });
        match hit {
            Some(h) if weekday_prefix && h.value.as_deref().is_none_or(|v| v.len() == 10) => {
                let weekday = timex::weekday_of(self.w(i))
                    .map(|(wd, _)| wd)
                    .or_else(|| self.weekday_abbreviation_at(i).map(|(wd, _)| wd));
                let value = match (h.month_day, weekday) {
                    (Some(md), Some(wd)) => self.year_of_weekday(h.value, md, wd, self.tense(i, h.end)),
                    _ => h.value,
                };
                Some(Hit { start: i, value, ..h })
            }
            Some(h) if weekday_prefix => Some(h),
            Some(h) => Some(h),
            None => None,
        }
    }

    /// A month-day without a year after a weekday ("Wed 14 Feb") falls in the year nearest the one
    /// chosen where that day is that weekday (past years first in a past clause), up to six years
    /// away; otherwise the value stays as chosen.
    fn year_of_weekday(
        &self,
        value: Option<String>,
        (m, d): (u8, u8),
        wd: u8,
        tense: Tense,
    ) -> Option<String> {
        let chosen = Date::parse_iso(value.as_deref()?)?;
        if chosen.weekday() == wd {
            return value;
        }
        let order: [i32; 2] = if tense == Tense::Past { [-1, 1] } else { [1, -1] };
        for k in 1..=6 {
            for sign in order {
                if let Some(date) = Date::new(chosen.year + sign * k, m, d).filter(|x| x.weekday() == wd) {
                    return Some(date.to_string());
                }
            }
        }
        value
    }

    /// Month first: "January 21, 2022", "Jan. 21", "January 2022", "January of 2022", "June".
    pub(super) fn month_first_at(&self, i: usize) -> Option<Hit> {
        let (m, e, abbrev) = self.month_at(i)?;
        if let Some(hit) = self.month_day_range(i, m, e) {
            return Some(hit);
        }
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
                MONTH_DAY_YEAR.name
            } else {
                MONTH_DAY.name
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
            return Some(Hit::date(i, end, Some(timex::month_value(y, m))).by(MONTH_YEAR.name));
        }
        if let Some(y) = self.year_after_comma(e) {
            return Some(Hit::date(i, e + 2, Some(timex::month_value(y, m))).by(MONTH_YEAR.name));
        }
        if let Some((y, end)) = self.spelled_year(e) {
            return Some(Hit::date(i, end, Some(timex::month_value(y, m))).by(MONTH_YEAR.name));
        }
        if let Some(hit) = self.month_of_year_step(i, m, e) {
            return Some(hit);
        }
        if let Some(hit) = self.month_range_at(i, m, e) {
            return Some(hit);
        }
        if let Some(hit) = self.month_year_after(i, m, e) {
            return Some(hit);
        }
        if abbrev {
            return None;
        }
        // A bare month: ambiguous names ("May", "March", "June", "April", "August") need a cue.
        let cue = words::MONTH_CUES.contains(self.prev(i));
        // "in a June report", "an August speech": a month used as an adjective.
        let cue = cue
            || (self.is(i.wrapping_sub(1), &["a", "an"])
                && self.cap(i)
                && self.kind(e) == Some(TokenKind::Word)
                && !self.cap(e));
        // "crude for December delivery", "the March contract": a month of delivery lies ahead.
        let delivery = self.is(e, &["delivery", "contract", "contracts", "futures"]);
        let ambiguous = matches!(m, 3..=6 | 8);
        if ambiguous && !cue && !delivery {
            return None;
        }
        if !cue && self.w(e) == "'s" {
            return None;
        }
        let tense = if delivery { Tense::Future } else { self.tense(i, e) };
        let value = self
            .sentence_year(i, m, 1)
            .map(|y| timex::month_value(y, m))
            .or_else(|| self.resolve(Partial::Month { month: m, tense }));
        Some(Hit::date(i, e, value).rel().by(BARE_MONTH.name))
    }

    /// A month with the year named relative to the reference date, one expression: "May last year",
    /// "March of next year", "June this year"; not before a possessive ("May last year's winner").
    fn month_of_year_step(&self, i: usize, m: u8, e: usize) -> Option<Hit> {
        let k = if self.w(e) == "of" { e + 1 } else { e };
        let dir = match self.w(k) {
            "last" => -1,
            "next" => 1,
            "this" => 0,
            _ => return None,
        };
        if self.w(k + 1) != "year" || self.w(k + 2) == "'s" || self.sentence_of(k + 1) != self.sentence_of(i)
        {
            return None;
        }
        let value = self.resolve(Partial::MonthOfYearStep { month: m, dir });
        Some(Hit::date(i, k + 2, value).rel().by(MONTH_OF_YEAR_STEP.name))
    }

    /// A month before a range's last month and its year ("March to August 2011", "Nov - Feb 2020"):
    /// the month of that year, or of the year before when it comes later in the calendar.
    fn month_range_at(&self, i: usize, m: u8, e: usize) -> Option<Hit> {
        if !self.is(e, &["to", "through", "until", "-", "–"]) {
            return None;
        }
        let (last, e2, _) = self.month_at(e + 1)?;
        let y = self.year_num(e2)?;
        let y = if m > last { y - 1 } else { y };
        Some(Hit::date(i, e, Some(timex::month_value(y, m))).by(MONTH_RANGE.name))
    }

    /// A bare month at `i..e` in the year written right after it with "in" ("born in June in 1950"), or
    /// after the month it is joined to by "and" or "or" ("between May and June in 1981", "May and June
    /// 1981", "May or June of 1981"; the year before when it comes later in the calendar: "December and
    /// January 2021"). The year stays a date of its own ([`MONTH_YEAR_AFTER`]).
    fn month_year_after(&self, i: usize, m: u8, e: usize) -> Option<Hit> {
        let year_in = |k: usize| {
            self.year_num(k + 1)
                .filter(|&y| self.w(k) == "in" && self.year_hit(k + 1, y).is_some())
        };
        let y = match year_in(e) {
            Some(y) => y,
            None => {
                if !self.is(e, &["and", "or"]) {
                    return None;
                }
                let (last, e2, _) = self.month_at(e + 1)?;
                let of = || self.year_num(e2 + 1).filter(|_| self.w(e2) == "of");
                let y = self.year_num(e2).or_else(of).or_else(|| year_in(e2))?;
                if m > last {
                    y - 1
                } else {
                    y
                }
            }
        };
        Some(Hit::date(i, e, Some(timex::month_value(y, m))).by(MONTH_YEAR_AFTER.name))
    }

    /// The year of a month (and day) written without one, taken from a date with its year earlier in
    /// the same sentence: "arrested on Aug. 7, 1998, and charged on Aug. 20" → 1998. After "to",
    /// "until" or "through" a day before that date falls in the following year ("Dec. 20, 1998, to
    /// Jan. 5").
    pub(super) fn sentence_year(&self, start: usize, month: u8, day: u8) -> Option<i32> {
        let here = self.sentence_of(start);
        let Some((_, anchor)) = self.last_explicit.filter(|&(s, _)| s == here) else {
            // "Last year the carrier inspected its fleet in March": the year counted in the sentence.
            return self.counted_year(start).or_else(|| self.narrative_year(start));
        };
        let before = (month, day) < (anchor.month, anchor.day);
        if before && self.is(start.wrapping_sub(1), &["to", "until", "till", "through", "-"]) {
            Some(anchor.year + 1)
        } else {
            Some(anchor.year)
        }
    }

    /// The year of a month or month-day written without one in a narrative of past years: the year of
    /// the last date written with its month and year, in the same paragraph or one of the two before,
    /// when that year lies two years or more before the reference year and the clause is not in the
    /// future ("the archduke was shot on 28 June 1914. ... On 23 July it sent Belgrade an ultimatum"
    /// → 1914-07-23); not in a text that has counted a date from its own ("today", "on Tuesday"), which
    /// speaks of its present ("the truce of August 1988 ... the invasion on Aug. 2").
    pub(super) fn narrative_year(&self, start: usize) -> Option<i32> {
        if self.deictic {
            return None;
        }
        let (paragraph, anchor) = self.last_written?;
        let r = self.reference?;
        let near = self.paragraph_of(start).saturating_sub(paragraph) <= 2;
        let past = anchor.year + 2 <= r.year;
        (near && past && self.tense(start, start + 1) != Tense::Future).then_some(anchor.year)
    }

    /// The year of a year counted from the reference date earlier in the sentence of token `start`
    /// ("last year", "next year"): a bare month, day or season there falls in it.
    pub(super) fn counted_year(&self, start: usize) -> Option<i32> {
        let (_, year) = self
            .last_counted_year
            .filter(|&(s, _)| s == self.sentence_of(start))?;
        // Not a year the expression's own clause points away from: "merged last year ..., and the unit
        // is due to begin flying on March 25" is this year's March.
        let fits = match (self.reference, self.tense(start, start + 1)) {
            (Some(r), Tense::Future) => year >= r.year,
            (Some(r), Tense::Past) => year <= r.year,
            _ => true,
        };
        fits.then_some(year)
    }

    /// The year of an event a month-day names, written after the event's noun: "the September 11
    /// attacks in 2001", "the July 4 parade of 1976" (one or two lower-case words, "in" or "of", a year).
    fn event_year_after(&self, end: usize) -> Option<i32> {
        let lower_word = |k: usize| self.kind(k) == Some(TokenKind::Word) && !self.cap(k);
        let nouns = (end..end + 2)
            .take_while(|&k| lower_word(k) && !self.is(k, &["in", "of"]))
            .count();
        let k = end + nouns;
        (nouns > 0 && self.is(k, &["in", "of"]))
            .then(|| self.year_num(k + 1))
            .flatten()
    }

    /// The year after a second day joined to a month-day by "and" or "or": "Nov. 12 and 13, 1998".
    fn coordinated_year_after(&self, end: usize) -> Option<i32> {
        (self.is(end, &["and", "or"]) && self.day_num(end + 1).is_some())
            .then(|| self.year_after(end + 2).map(|(y, _)| y))
            .flatten()
    }

    pub(super) fn month_day_hit(&self, start: usize, end: usize, m: u8, day: u8, year: Option<i32>) -> Hit {
        match year {
            Some(y) => {
                let value = Date::new(y, m, day).map(|d| d.to_string());
                Hit::date(start, end, value)
            }
            None => {
                let tense = self.tense(start, end);
                let partial = Partial::MonthDay { month: m, day, tense };
                let value = match self
                    .sentence_year(start, m, day)
                    .or_else(|| self.event_year_after(end))
                    .or_else(|| self.coordinated_year_after(end))
                {
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

    /// A day of the month alone, by its numeral ordinal after a preposition of time: "on the 15th",
    /// "by the 3rd". It is in the reference month, or the month after (before) when the tense looks
    /// ahead (back) past it. "the 15th century", "the 3rd floor" are no days, nor is an ordinal shortly
    /// after "century" ("from the 16th century until the 18th").
    pub(super) fn ordinal_day_at(&self, i: usize) -> Option<Hit> {
        if self.w(i) != "the"
            || !self.is(
                i.wrapping_sub(1),
                &["on", "by", "until", "till", "from", "since", "before", "after"],
            )
            || self.kind(i + 1) != Some(TokenKind::Number)
            || self.kind(i + 2) == Some(TokenKind::Word)
        {
            return None;
        }
        // "from the late 16th century until the 18th": a century left out after one named just before in
        // the sentence.
        if (i.saturating_sub(8)..i)
            .rev()
            .take_while(|&k| self.w(k) != ".")
            .any(|k| self.is(k, &["century", "centuries"]))
        {
            return None;
        }
        let day = timex::ordinal_of(self.w(i + 1)).filter(|d| (1..=31).contains(d))? as u8;
        let value = self.reference.and_then(|r| {
            let shift = match self.tense(i, i + 2) {
                Tense::Future if day < r.day => 1,
                Tense::Past if day > r.day => -1,
                _ => 0,
            };
            let (y, m) = timex::shift_month(r.year, r.month, shift);
            Date::new(y, m, day).map(|d| d.to_string())
        });
        Some(Hit::date(i, i + 2, value).rel().by(ORDINAL_DAY.name))
    }

    /// A range of days of one month at `i`: "14-16", "5th - 8th", "5 to 8": its first day and the
    /// token after it.
    fn day_range_at(&self, i: usize) -> Option<(u8, usize)> {
        if let Some((a, b)) = self.w(i).split_once('-') {
            let (a, b): (u8, u8) = (a.parse().ok()?, b.parse().ok()?);
            return (self.kind(i) == Some(TokenKind::Number) && 1 <= a && a < b && b <= 31)
                .then_some((a, i + 1));
        }
        let a = self.day_num(i)?;
        if !self.is(i + 1, &["-", "–", "to", "through"]) || !self.same_sentence(i, i + 2) {
            return None;
        }
        let b = self.day_num(i + 2)?;
        (a < b).then_some((a, i + 3))
    }

    /// A day joined by "and" or "or" to a day of a month, in that month: "17" in "17 and 18 March
    /// 2025", "13" in "Nov. 12 and 13, 1998".
    pub(super) fn coordinated_day_at(&self, i: usize) -> Option<Hit> {
        let day = self.day_num(i)?;
        // "17 and 18 March 2025": the month and year after the second day.
        if self.is(i + 1, &["and", "or"]) && self.day_num(i + 2).is_some() {
            let k = if self.w(i + 3) == "of" { i + 4 } else { i + 3 };
            let (m, e, _) = self.month_at(k)?;
            let year = self.year_after(e).map(|(y, _)| y);
            return Some(
                self.month_day_hit(i, i + 1, m, day, year)
                    .by(COORDINATED_DAY.name),
            );
        }
        // "Nov. 12 and 13, 1998": the month before the first day, the year after the second.
        if i < 3 || !self.is(i - 1, &["and", "or"]) || self.day_num(i - 2).is_none() {
            return None;
        }
        let month =
            (i.saturating_sub(4)..i - 2).find_map(|j| self.month_at(j).filter(|&(_, e, _)| e == i - 2))?;
        // A number that counts something is no day: "Nov. 12 and 13 people".
        let ends = self.kind(i + 1).is_none_or(|k| k == TokenKind::Punct)
            || self.year_num(i + 1).is_some()
            || self.is(
                i + 1,
                &[
                    "in", "at", "on", "for", "to", "with", "before", "after", "when", "but",
                ],
            );
        if !ends {
            return None;
        }
        let (year, end) = self.year_or_none_after(i + 1);
        Some(
            self.month_day_hit(i, end, month.0, day, year)
                .by(COORDINATED_DAY.name),
        )
    }

    /// Whether the day at token `k` is followed by a dash and a day with no space between them ("3–5").
    fn glued_dash(&self, k: usize) -> bool {
        self.is(k + 1, &["-", "–"]) && self.glued(k + 1) && self.glued(k + 2)
    }

    /// A year after a day range (`k`): ", 2019" or "2019", and the token after it.
    fn year_after(&self, k: usize) -> Option<(i32, usize)> {
        if self.w(k) == "," {
            self.year_num(k + 1).map(|y| (y, k + 2))
        } else {
            self.year_num(k).map(|y| (y, k + 1))
        }
    }

    /// The year after a date's day and month (`k`), ", 2019" or "2019", with the token after it; none
    /// and `k` itself when no year follows.
    fn year_or_none_after(&self, k: usize) -> (Option<i32>, usize) {
        match self.year_after(k) {
            Some((y, end)) => (Some(y), end),
            None => (None, k),
        }
    }

    /// A month, then a range of its days and a year, as the first day: "March 14-16, 2019",
    /// "October 5 to 8, 2020" (`e` is the token after the month); "March 14-16" without a year.
    fn month_day_range(&self, i: usize, m: u8, e: usize) -> Option<Hit> {
        let (day, after) = self.day_range_at(e)?;
        match self.year_after(after) {
            Some((y, end)) => Some(self.month_day_hit(i, end, m, day, Some(y)).by(DAY_RANGE.name)),
            // "March 14-16", "Feb. 3–5": a range written as one word, or with a dash glued to its days.
            None if after == e + 1 || self.glued_dash(e) => {
                Some(self.month_day_hit(i, after, m, day, None).by(DAY_RANGE.name))
            }
            None => None,
        }
    }

    /// A range of days, then their month: "14-16 March 2019", "5th - 8th October", as the first day.
    fn day_range_first_at(&self, i: usize) -> Option<Hit> {
        let (day, after) = self.day_range_at(i)?;
        let (m, e, _) = self.month_at(after)?;
        let (year, end) = self.year_or_none_after(e);
        Some(self.month_day_hit(i, end, m, day, year).by(DAY_RANGE.name))
    }

    /// Day first: "21 January 2022", "21st of January", "11 December".
    pub(super) fn day_first_at(&self, i: usize) -> Option<Hit> {
        if let Some(hit) = self.day_range_first_at(i) {
            return Some(hit);
        }
        // "the first of March": an ordinal in words, with "of".
        let spelled = || {
            let n = timex::ordinal_of(self.w(i)).filter(|n| (1..=31).contains(n))?;
            (self.kind(i) == Some(TokenKind::Word) && self.w(i + 1) == "of" && self.prev(i) == "the")
                .then_some(n as u8)
        };
        let day = self.day_num(i).or_else(spelled)?;
        let k = if self.w(i + 1) == "of" { i + 2 } else { i + 1 };
        let (m, e, _) = self.month_at(k)?;
        let (year, end) = self.year_or_none_after(e);
        let rule = if year.is_some() {
            DAY_MONTH_YEAR.name
        } else {
            DAY_MONTH.name
        };
        Some(self.month_day_hit(i, end, m, day, year).by(rule))
    }

    /// Numbers alone: years ("2019", "fiscal 1989", "nineteen ninety-six"), decades ("the 1990s",
    /// "the '80s"), centuries ("the 20th century"), ISO and slashed dates.
    pub(super) fn numeric_at(&self, i: usize) -> Option<Hit> {
        let mut j = i;
        let the = self.w(j) == "the";
        if the {
            j += 1;
        }
        // Modifiers of a period: "early 2009", "the late 1990s", "mid-2011".
        let modifier = self.is(j, &["early", "late", "mid", "mid-", "the"]);
        if modifier && !the {
            if let Some(h) = self.numeric_core(j + 1).filter(|h| h.kind == DateKind::Date) {
                return Some(Hit { start: i, ..h }.by(EARLY_MID_LATE.name));
            }
        }
        if the && self.is(j, &["early", "late", "mid"]) {
            if let Some(h) = self
                .numeric_core(j + 1)
                .filter(|h| h.value.as_deref().is_some_and(|v| v.len() == 3))
            {
                return Some(Hit { start: i, ..h }.by(EARLY_MID_LATE.name));
            }
        }
        if self.w(j) == "fiscal" {
            let k = if self.w(j + 1) == "year" { j + 2 } else { j + 1 };
            if let Some(y) = self.year_num(k) {
                return Some(Hit::date(i, k + 1, Some(y.to_string())).by(FISCAL_YEAR.name));
            }
        }
        let core = self.numeric_core(j)?;
        if the {
            // The article stays out, as the corpora annotate it: "the [1990s]", "the [2011] version".
            return None;
        }
        Some(core)
    }

    pub(super) fn numeric_core(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        // "mid-2011", "late-November", "mid-1990s".
        for prefix in ["mid-", "early-", "late-"] {
            if let Some(rest) = w.strip_prefix(prefix) {
                if let Some(m) = timex::month_of(rest) {
                    // "mid-July 2017": the month of that year.
                    if let Some(y) = self.year_num(i + 1) {
                        let value = Some(format!("{y:04}-{m:02}"));
                        return Some(Hit::date(i, i + 2, value).by(EARLY_MID_LATE.name));
                    }
                    let tense = self.tense(i, i + 1);
                    let value = self.resolve(Partial::Month { month: m, tense });
                    return Some(Hit::date(i, i + 1, value).rel().by(EARLY_MID_LATE.name));
                }
                if rest.len() == 4 && rest.bytes().all(|b| b.is_ascii_digit()) {
                    return Some(Hit::date(i, i + 1, Some(rest.to_string())).by(EARLY_MID_LATE.name));
                }
                if rest.len() == 5
                    && rest.ends_with('s')
                    && rest.as_bytes()[..4].iter().all(u8::is_ascii_digit)
                {
                    return Some(Hit::date(i, i + 1, Some(rest[..3].to_string())).by(EARLY_MID_LATE.name));
                }
            }
        }
        if let Some((y, end)) = self.spelled_year(i) {
            // "nineteen ninety-six" but not "nineteen people".
            if end > i + 1 && !self.is(end, &["people", "percent", "years", "days", "months"]) {
                return Some(Hit::date(i, end, Some(y.to_string())).by(SPELLED_YEAR.name));
            }
        }
        // Centuries: "20th century", "the nineteenth century".
        if let Some(n) = timex::ordinal_of(w) {
            if self.w(i + 1) == "century" && (1..=21).contains(&n) {
                return Some(Hit::date(i, i + 2, Some(format!("{:02}", n - 1))).by(CENTURY.name));
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
            return Some(Hit::date(i, i + 1, Some(w[..3].to_string())).by(DECADE.name));
        }
        if let Some(h) = self.two_digit_decade(i) {
            return Some(h);
        }
        self.iso_or_slashed(i)
    }

    /// Whether the number at token `i` ("40s") follows a possessive, maybe with "early", "mid" or
    /// "late": a person's age ("in their 40s", "in her early 20s").
    fn age_in_decades(&self, i: usize) -> bool {
        let k = if self.is(i.wrapping_sub(1), &["early", "mid", "mid-", "late"]) {
            i.wrapping_sub(2)
        } else {
            i.wrapping_sub(1)
        };
        self.kind(i) == Some(TokenKind::Number)
            && self.w(i).ends_with('s')
            && self.is(k, &["my", "his", "her", "their", "our", "your", "its"])
    }

    pub(super) fn two_digit_decade(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if self.kind(i) == Some(TokenKind::Number)
            && w.len() == 3
            && w.ends_with('s')
            && w.as_bytes()[1] == b'0'
            && w.as_bytes()[0].is_ascii_digit()
        {
            // "in her early 20s", "men in their 40s": an age, not a decade; so is the second of two
            // ("women in their 20s and 30s").
            let second =
                self.is(i.wrapping_sub(1), &["and", "or", "to"]) && self.age_in_decades(i.wrapping_sub(2));
            if self.age_in_decades(i) || second {
                return None;
            }
            // "push temperatures back into the 80s", "highs in the 90s": a range of degrees.
            let sentence = self.sentence_of(i);
            let degrees = (i.saturating_sub(10)..i)
                .any(|j| self.sentence_of(j) == sentence && words::TEMPERATURE_WORDS.contains(self.w(j)));
            if degrees {
                return None;
            }
            let d = w.as_bytes()[0] - b'0';
            let century = if d <= 1 { "20" } else { "19" };
            return Some(
                Hit::date(i, i + 1, Some(format!("{century}{d}")))
                    .rel()
                    .by(DECADE.name),
            );
        }
        None
    }

    /// The year of "October, 1805," or "in March, 1861.": a comma at token `e`, then a year that
    /// ends the phrase (a punctuation mark or the end of the text after it), counting nothing ("In
    /// March, 1500 people marched" is a number of people).
    fn year_after_comma(&self, e: usize) -> Option<i32> {
        let y = self.year_num(e + 1).filter(|_| self.w(e) == ",")?;
        let ends = self.kind(e + 2).is_none_or(|k| k == TokenKind::Punct);
        (ends && self.year_hit(e + 1, y).is_some()).then_some(y)
    }

    /// A year, unless it is a quantity ("2000 troops"), money, a version or a score.
    pub(super) fn year_hit(&self, i: usize, y: i32) -> Option<Hit> {
        let prev = self.prev(i);
        let prev_raw = if i == 0 { "" } else { self.raw(i - 1) };
        if matches!(prev_raw, "$" | "£" | "€" | "¥" | "#" | "№" | "+" | "-") && self.glued(i) {
            return None;
        }
        // "of 2009" is a year after a month or period noun, a quantity after "a total of"; after
        // "all of", a year when a preposition of time opens the phrase ("in all of 2014", "For all
        // of 1993").
        let whole_year = self.is(i.wrapping_sub(2), &["all"])
            && self.is(
                i.wrapping_sub(3),
                &["in", "for", "during", "through", "throughout", "over"],
            );
        if prev == "of"
            && !self.year_context_before_of(i)
            && !whole_year
            && self.is(i.wrapping_sub(2), &["total", "out", "score", "up", "all"])
        {
            return None;
        }
        if words::NUMBER_LABELS.contains(prev) {
            return None;
        }
        let next = self.w(i + 1);
        if words::COUNT_NOUNS.contains(next) {
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
            // "(1821–1904)", "(1805)": an old year between brackets, alone or before a dash.
            let opens = prev_raw == "(" && self.glued(i) && self.is(i + 1, &[")", "-", "–"]);
            let closes = matches!(prev_raw, "-" | "–")
                && i >= 3
                && self.year_num(i - 2).is_some()
                && self.raw(i - 3) == "("
                && self.is(i + 1, &[")"]);
            let bracketed = opens || closes;
            if !cue && !bracketed {
                return None;
            }
        }
        Some(Hit::date(i, i + 1, Some(format!("{y:04}"))).by(YEAR.name))
    }

    pub(super) fn year_context_before_of(&self, i: usize) -> bool {
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
    /// A date and time in ISO 8601 in one token: "2019-03-14T09:30", "2019-03-14T09:30:00Z" (a
    /// fraction of a second is dropped; UTC keeps its "Z").
    fn iso_date_time(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let (day, time) = w.split_once('t')?;
        let date = match day.split('-').collect::<Vec<_>>()[..] {
            [y, m, d] if y.len() == 4 && m.len() == 2 && d.len() == 2 => {
                Date::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)?
            }
            _ => return None,
        };
        let (time, zone) = match time.strip_suffix('z') {
            Some(t) => (t, "Z"),
            None => (time, ""),
        };
        let time = time.split_once('.').map_or(time, |(t, _)| t);
        let fields: Vec<&str> = time.split(':').collect();
        let ok = (2..=3).contains(&fields.len())
            && fields
                .iter()
                .all(|f| f.len() == 2 && f.bytes().all(|b| b.is_ascii_digit()));
        let limits = [23, 59, 59];
        if !ok
            || fields
                .iter()
                .zip(limits)
                .any(|(f, l)| f.parse::<u32>().map_or(true, |n| n > l))
        {
            return None;
        }
        let value = format!("{date}T{}{zone}", fields.join(":"));
        Some(Hit::new(i, i + 1, DateKind::Time, Some(value)).by(ISO_DATE_TIME.name))
    }

    pub(super) fn iso_or_slashed(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if w.contains('t') {
            return self.iso_date_time(i);
        }
        let sep = if w.contains('/') {
            '/'
        } else if w.contains('-') {
            '-'
        } else {
            '.'
        };
        let parts: Vec<&str> = w.split(sep).collect();
        if parts.len() == 2 {
            return self.numeric_month_year(i, &parts, sep);
        }
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
            } else if self.day_first || sep == '.' {
                // Dots are the day-first way of writing dates: "12.07.2021".
                (a, b)
            } else {
                (b, a)
            };
            Date::new(year, m as u8, d as u8)
        } else {
            None
        }?;
        let rule = if parts[0].len() == 4 {
            ISO_DATE.name
        } else {
            SLASHED_DATE.name
        };
        Some(Hit::date(i, i + 1, Some(date.to_string())).by(rule))
    }

    /// A weekday before a yearless slashed month-day at `i` ("Monday 5/15", "Mon, 5/15") or a clock
    /// time with am / pm or a colon after it ("5/14 9am", "5/14 at 09:30").
    fn slashed_day_cue(&self, i: usize) -> bool {
        let mut before = i.wrapping_sub(1);
        if self.w(before) == "," {
            before = before.wrapping_sub(1);
        }
        if self.w(before) == "." {
            before = before.wrapping_sub(1);
        }
        let named = timex::weekday_of(self.w(before)).is_some_and(|(_, plural)| !plural) && self.cap(before);
        if named || self.weekday_abbreviation_at(before).is_some() {
            return true;
        }
        let k = if self.w(i + 1) == "at" { i + 2 } else { i + 1 };
        self.clock_at(k)
            .is_some_and(|c| c.end > k + 1 || !self.w(k).bytes().all(|b| b.is_ascii_digit()))
    }

    /// Whether a yearless numeric month-day at `i` follows a preposition of time ("on 3/17"; with a
    /// dash only "on 17-3"), or another such date and "and", "or" or "to" ("on 17/3 and 18/3"); with
    /// a slash also a weekday ("Monday 5/15") or before a clock time ("5/14 9am").
    fn month_day_cue(&self, i: usize, sep: char) -> bool {
        let words: &[&str] = if sep == '-' {
            &["on"]
        } else {
            &["on", "by", "until", "till", "since", "before", "after"]
        };
        // Standing alone: "3/17".
        if self.is(i.wrapping_sub(1), words) || (sep == '/' && self.alone(i, i + 1)) {
            return true;
        }
        if sep == '/' && self.slashed_day_cue(i) {
            return true;
        }
        let k = i.wrapping_sub(2);
        self.is(i.wrapping_sub(1), &["and", "or", "to"])
            && self.kind(k) == Some(TokenKind::Number)
            && self.w(k).split(sep).count() == 2
            && self.is(k.wrapping_sub(1), words)
    }

    /// A month and year in digits: "2016-11" (year first, with a dash; "2016-17" is a range of
    /// years), "3/2016", "11/2016" (month first, with a slash).
    fn numeric_month_year(&self, i: usize, parts: &[&str], sep: char) -> Option<Hit> {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        // A preposition of time before it: "ended 1998-12" may be a tally.
        let cue = &[
            "in", "on", "since", "from", "until", "till", "by", "before", "after", "during", "of", "to",
            "through",
        ];
        if !parts.iter().all(|p| digits(p))
            || !(self.is(i.wrapping_sub(1), cue) || self.month_day_cue(i, sep) || self.alone(i, i + 1))
        {
            return None;
        }
        let (year, month) = match (sep, parts[0].len(), parts[1].len()) {
            ('-', 4, 2) => (parts[0], parts[1]),
            ('/', 1 | 2, 4) => (parts[1], parts[0]),
            // "on 3/17", "on 17-3": a month and day, in the order the text writes its dates.
            // "after 9/11" names the 2001 attacks, not a day of this year; "won 17-3" is a score.
            ('/' | '-', 1 | 2, 1 | 2) if self.w(i) != "9/11" && self.month_day_cue(i, sep) => {
                let (a, b): (u8, u8) = (parts[0].parse().ok()?, parts[1].parse().ok()?);
                let (day, month) = if a > 12 || (self.day_first && b <= 12) {
                    (a, b)
                } else {
                    (b, a)
                };
                if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
                    return None;
                }
                return Some(
                    self.month_day_hit(i, i + 1, month, day, None)
                        .by(SLASHED_DATE.name),
                );
            }
            _ => return None,
        };
        let (year, month): (i32, u8) = (year.parse().ok()?, month.parse().ok()?);
        if !(1000..=2199).contains(&year) || !(1..=12).contains(&month) {
            return None;
        }
        Some(Hit::date(i, i + 1, Some(timex::month_value(year, month))).by(NUMERIC_MONTH_YEAR.name))
    }

    /// A warning when a slashed date could be read either way ("03/04/2022").
    pub(super) fn numeric_ambiguity(&self, hit: &Hit) -> Option<String> {
        if hit.end != hit.start + 1 {
            return None;
        }
        let w = self.w(hit.start);
        let sep = ['/', '-', '.'].into_iter().find(|&c| w.contains(c))?;
        let parts: Vec<u32> = w.split(sep).map(|p| p.parse().ok()).collect::<Option<_>>()?;
        if !(2..=3).contains(&parts.len())
            || w.starts_with(|c: char| c.is_ascii_digit()) && w.split(sep).next()?.len() == 4
        {
            return None;
        }
        (parts[0] <= 12 && parts[1] <= 12 && parts[0] != parts[1]).then(|| {
            let order = if self.day_first {
                "day first, as the text writes its dates"
            } else if sep == '.' {
                "day first, as dotted dates are written"
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
    pub(super) fn year_range_at(&self, i: usize) -> Option<[(Span, i32); 2]> {
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
        // A life between brackets may span a century: "(1936-2022)".
        let bracketed =
            i > 0 && self.raw(i - 1) == "(" && self.glued(i) && self.raw(i + 1) == ")" && self.glued(i + 1);
        let most = if bracketed { 120 } else { 20 };
        // Before 1900 only a life's span between brackets: "(1821-1904)", not "(1010-1011)".
        let old_life = bracketed && ya + 10 <= yb;
        if !((1000..=2100).contains(&ya) && (ya >= 1900 || old_life) && ya < yb && yb <= ya + most) {
            return None;
        }
        let start = self.doc.tokens.get(i)?.span().start;
        Some([
            (Span::new(start, start + 4), ya),
            (Span::new(start + 5, start + 5 + b.len()), yb),
        ])
    }
}
