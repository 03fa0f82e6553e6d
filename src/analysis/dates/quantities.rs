//! Quantities of time: durations ("three weeks"), dates counted from now ("two years ago"), rates,
//! sets ("every Monday", "weekly") and vague references ("recently", "for weeks").

use super::*;

/// Words between "the" and a counted period: "the first nine months", "the past 90 years".
const PERIOD_ADJECTIVES: &[&str] = &[
    "first",
    "last",
    "past",
    "next",
    "final",
    "entire",
    "whole",
    "year-earlier",
    "year-ago",
];

impl Scanner<'_, '_> {
    /// "about two years", "more than four hours", "nearly four years ago", "up to 180 days".
    pub(super) fn modified_at(&self, i: usize) -> Option<Hit> {
        let n = match (self.w(i), self.w(i + 1), self.w(i + 2)) {
            ("no", "more" | "less", "than") => 3,
            ("more" | "less" | "fewer", "than", _) => 2,
            ("at", "least" | "most", _) => 2,
            ("up", "to", _) => 2,
            ("nearly" | "almost" | "approximately" | "roughly", _, _) => 1,
            ("around", _, _) => {
                return self
                    .time_at(i + 1)
                    .map(|h| Hit { start: i, ..h }.by(APPROXIMATE_QUANTITY.name))
            }
            _ => return None,
        };
        let inner = self.quantity_at(i + n)?.or_by(DURATION_QUANTITY.name);
        Some(Hit { start: i, ..inner }.by(APPROXIMATE_QUANTITY.name))
    }

    /// Quantities of units: durations ("three weeks", "18 months", "12-hour", "the nine months"),
    /// and dates counted from the reference ("two years ago", "a week earlier").
    /// A quantity of days, weeks, months or years counted from a weekday or a relative day, as that
    /// day: "two weeks from Monday" (the coming Monday), "three days from tomorrow", "two days
    /// before yesterday", "a week after tomorrow".
    fn counted_from_day(&self, start: usize, end: usize, q: Option<f64>, unit: Unit) -> Option<Hit> {
        let from = self.w(end) == "from";
        if !(from || self.is(end, &["before", "after"])) || !self.same_sentence(start, end + 1) {
            return None;
        }
        let n = q.filter(|n| n.fract() == 0.0 && (1.0..=1000.0).contains(n))? as i64;
        let n = if self.w(end) == "before" { -n } else { n };
        let day = match timex::weekday_of(self.w(end + 1)) {
            Some((wd, false)) if from => self.resolve_weekday(wd, Tense::Future),
            Some(_) => return None,
            None => {
                // "two days before yesterday", "a week after tomorrow"; not "a day after
                // yesterday's vote" (the day of an event).
                let h = self.relative_day_at(end + 1)?;
                if h.end != end + 2 || self.is(end + 2, &["'s", "’s", "'", "’"]) {
                    return None;
                }
                h.value.as_deref().and_then(Date::parse_iso)
            }
        };
        let value = match day {
            None => None,
            Some(d) => Some(
                match unit {
                    Unit::Day => d.add_days(n),
                    Unit::Week => d.add_days(7 * n),
                    Unit::Month | Unit::Year => {
                        let months = if unit == Unit::Year { 12 * n } else { n };
                        let (y, m) = timex::shift_month(d.year, d.month, months);
                        Date::new(y, m, d.day.min(crate::analysis::calendar::days_in_month(y, m)))?
                    }
                    _ => return None,
                }
                .to_string(),
            ),
        };
        Some(Hit::date(start, end + 2, value).rel().by(QUANTITY_AGO.name))
    }

    /// "in three weeks" in a future clause or standing alone: the point three weeks after the
    /// reference date, at the grain of its unit (TimeML); "finished in three weeks", "the worst in
    /// a decade" stay durations.
    fn in_quantity(&self, start: usize, end: usize, q: Option<f64>, unit: Unit) -> Option<Hit> {
        if self.w(start.wrapping_sub(1)) != "in"
            || !matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year)
            || self.w(start.wrapping_sub(2)).ends_with("est")
            || self.is(end, &["of", "and", "or", "to", "-", "from"])
        {
            return None;
        }
        // "the first open race in 16 years", "the highest level in 20 years": a first or a superlative
        // earlier in the phrase makes the span a stretch of time that ends now.
        let superlative = |k: usize| {
            let w = self.w(k);
            matches!(w, "first" | "only")
                || w.len() >= 6 && w.ends_with("est") && !words::FALSE_SUPERLATIVES.contains(w)
        };
        // In the same phrase, no auxiliary between: "The first phase will open in two years" looks ahead.
        let from = start.saturating_sub(7);
        if (from..start.saturating_sub(1)).any(|k| {
            self.same_sentence(k, start)
                && superlative(k)
                && !(k + 1..start - 1).any(|j| words::AUXILIARIES.contains(self.w(j)))
        }) {
            return None;
        }
        let n = q.filter(|n| n.fract() == 0.0 && (1.0..=1000.0).contains(n))? as i64;
        // "20 pins in a day": a rate, not tomorrow.
        if n == 1 && unit == Unit::Day {
            return None;
        }
        // "in three weeks' time".
        let end = if self.w(end) == "time" && self.is(end.wrapping_sub(1), &["'", "’"]) {
            end + 1
        } else {
            end
        };
        let ahead = match self.tense(start, end) {
            Tense::Future => true,
            Tense::Unknown => self.alone(start - 1, end),
            Tense::Past => false,
        };
        if !ahead {
            return None;
        }
        let value = self.resolve(Partial::Counted { unit, n });
        Some(Hit::date(start, end, value).rel().by(IN_QUANTITY.name))
    }

    /// Tokens `start..end` are the whole of their sentence, but for punctuation: an expression
    /// standing alone ("in three weeks", "Thu").
    pub(super) fn alone(&self, start: usize, end: usize) -> bool {
        let Some(s) = self.doc.tokens.get(start).map(|t| t.sentence as usize) else {
            return false;
        };
        let Some(range) = self.doc.sentences.get(s).map(|s| s.tokens.clone()) else {
            return false;
        };
        range
            .filter(|k| !(start..end).contains(k))
            .all(|k| self.kind(k) == Some(TokenKind::Punct))
    }

    pub(super) fn quantity_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if self.not_a_quantity(i) {
            return None;
        }
        let glued_hyphen = self.kind(i) == Some(TokenKind::Number)
            && self.w(i + 1) == "-"
            && self.glued(i + 1)
            && self.glued(i + 2);
        // "30-year", "two-week"; not a number word in two parts ("twenty-eight years").
        if w.contains('-') && timex::number_word(w).is_none() || glued_hyphen {
            return self.duration_adjective_at(i);
        }
        // "the nine months", "the first nine months", "the 90 years".
        let start = i;
        let j = if w == "the" {
            let adjective = self.is(i + 1, PERIOD_ADJECTIVES);
            i + 1 + usize::from(adjective)
        } else {
            i
        };
        let (q, e) = self.quantity(j)?;
        if w == "the" && self.is(j, &["a", "an", "some", "many", "few", "several"]) {
            return None;
        }
        // "one" as a pronoun ("one day") reads as a date-less day; keep it a duration only with a
        // unit.
        let e = self.unit_after_adjective(j, e);
        let (unit, plural) = Unit::of(self.w(e))?;
        if self.no_unit_here(j, e, q, unit, plural) {
            return None;
        }
        let (end, q) = self.quantity_end(e + 1, q, plural);
        // "a year earlier" in a results story: the same period a year before.
        if self.is(end, &["earlier", "before"]) && unit == Unit::Year && q == Some(1.0) && !plural {
            return Some(self.year_earlier_hit(start, end + 1));
        }
        // Counted from a named day: "two weeks from Monday", "three days from tomorrow".
        if let Some(hit) = self.counted_from_day(start, end, q, unit) {
            return Some(hit);
        }
        // Said of what is to come: "will reopen in three weeks".
        if let Some(hit) = self.in_quantity(start, end, q, unit) {
            return Some(hit);
        }
        if let Some(hit) = self.counted_from_reference(start, end, q, unit) {
            return Some(hit);
        }
        // A quantity "a year" after an amount is a rate: "$5 million a year"; not before "earlier",
        // "later" or "before" ("up from $25 a week earlier").
        if self.is(j, &["a", "an"])
            && j == i
            && !self.is(end, &["earlier", "later", "before", "after", "ago", "from"])
        {
            let amount = self.after_amount(i);
            if amount {
                let value = Some(timex::duration_value(1.0, unit));
                return Some(Hit::new(i, end, DateKind::Set, value).by(RATE_PER_UNIT.name));
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
        // "one hour and 48 minutes", "two years and three months": a whole number of a smaller unit
        // joined by "and" is part of one length of time.
        let (end, value) = match self
            .smaller_unit_joined(end, unit)
            .filter(|_| q.is_some_and(|n| n.fract() == 0.0))
        {
            Some((after, shorter)) => (after, timex::join_durations(&value, &shorter)),
            None => (end, value),
        };
        // "one day" / "one year" at the start of a clause are often narrative; keep them durations.
        Some(Hit::new(start, end, DateKind::Duration, Some(value)))
    }

    /// After a length of time in `unit` ending at token `end`: "and", a whole number and a smaller
    /// unit of the clock or the calendar ("and 48 minutes" after "one hour"), as the token after them
    /// and their value.
    fn smaller_unit_joined(&self, end: usize, unit: Unit) -> Option<(usize, String)> {
        if self.w(end) != "and" {
            return None;
        }
        let (Some(n), e) = self.quantity(end + 1)? else {
            return None;
        };
        let (smaller, _) = Unit::of(self.w(e))?;
        // "three years and six months ago": a point counted back, which the joined length would hide.
        if self.is(e + 1, &["ago", "later", "earlier", "before", "after", "hence"]) {
            return None;
        }
        let plain = !matches!(
            smaller,
            Unit::Weekend | Unit::Quarter | Unit::Decade | Unit::Century
        );
        (smaller < unit && plain && n.fract() == 0.0).then(|| (e + 1, timex::duration_value(n, smaller)))
    }

    /// Whether the unit word at `e` after the quantity at `j` is no unit of a duration here: one in the
    /// plural after "one", one glued to a hyphen, a school year before its number ("a Year 9 class"),
    /// an ordinal "second" ("a second consecutive day", "a second time").
    fn no_unit_here(&self, j: usize, e: usize, q: Option<f64>, unit: Unit, plural: bool) -> bool {
        q.is_some_and(|n| n == 1.0) && plural
            || self.w(e + 1) == "-" && self.glued(e + 1)
            || self.cap(e) && self.kind(e + 1) == Some(TokenKind::Number)
            || unit == Unit::Second
                && self.is(j, &["a", "an"])
                && self.kind(e + 1) == Some(TokenKind::Word)
                && !self.is(
                    e + 1,
                    &["later", "ago", "earlier", "before", "after", "or", "and"],
                )
    }

    /// Where a quantity's expression ends from `end`, with its quantity: "a minute and a half", "an
    /// hour and a half" add a half; "five years' probation" keeps its apostrophe.
    fn quantity_end(&self, end: usize, q: Option<f64>, plural: bool) -> (usize, Option<f64>) {
        let (mut end, mut q) = (end, q);
        if self.w(end) == "and" && self.is(end + 1, &["a", "one"]) && self.w(end + 2) == "half" {
            q = q.map(|n| n + 0.5);
            end += 3;
        }
        if plural
            && self.is(end, &["'", "’"])
            && self.glued(end)
            && self.kind(end + 1) == Some(TokenKind::Word)
        {
            end += 1;
        }
        (end, q)
    }

    /// A quantity counted from the reference date: "3 days later" standing alone (a note, no story to
    /// count from), "two years ago", "a year from now", "two months hence", "five weeks back".
    fn counted_from_reference(&self, start: usize, end: usize, q: Option<f64>, unit: Unit) -> Option<Hit> {
        // "3 days later" standing alone (a note, no story to count from): from the reference date.
        if self.is(end, &["later", "earlier"]) && self.alone(start, end + 1) {
            if let Some(n) = q.filter(|n| n.fract() == 0.0 && (1.0..=1000.0).contains(n)) {
                let n = n as i64 * if self.w(end) == "later" { 1 } else { -1 };
                let value = self.resolve(Partial::Counted { unit, n });
                return Some(Hit::date(start, end + 1, value).rel().by(QUANTITY_AGO.name));
            }
        }
        // Dates counted from now: "two years ago", "a year from now", "two months hence". "Three
        // days later" is annotated as the duration alone, like "a day after".
        let hence = self.w(end) == "hence";
        // "five weeks back", not "two years back to the start".
        let back =
            self.w(end) == "back" && !matches!(self.kind(end + 1), Some(TokenKind::Word | TokenKind::Number));
        if self.w(end) == "ago"
            || back
            || hence
            || (self.w(end) == "from" && self.is(end + 1, &["now", "today"]))
        {
            let from = !matches!(self.w(end), "ago" | "back");
            let stop = if hence || !from { end + 1 } else { end + 2 };
            let value = match q {
                None => Some(if from { "FUTURE_REF" } else { "PAST_REF" }.to_string()),
                // "half a century ago": five decades.
                Some(n) if unit == Unit::Century && n.fract() != 0.0 => {
                    let n = ((n * 10.0).floor() as i64).clamp(-100_000, 100_000) * if from { 1 } else { -1 };
                    self.resolve(Partial::Counted {
                        unit: Unit::Decade,
                        n,
                    })
                }
                Some(n) => {
                    let n = (n.floor() as i64).clamp(-100_000, 100_000) * if from { 1 } else { -1 };
                    self.resolve(Partial::Counted { unit, n })
                }
            };
            return Some(Hit::date(start, stop, value).rel().by(QUANTITY_AGO.name));
        }
        None
    }

    /// Whether "a quarter" at token `i` is a quarter of a decade or a century, one quantity of
    /// time: "a quarter of a century" (the quantity's unit is at `i + 4`).
    pub(super) fn quarter_of_long_unit(&self, i: usize) -> bool {
        self.w(i + 1) == "quarter"
            && self.w(i + 2) == "of"
            && self.is(i + 3, &["a", "an"])
            && self.is(i + 4, &["century", "decade"])
    }

    /// Not a quantity of time: an age ("children aged 6 months"), a fraction ("about a quarter of
    /// its dealers", "cut by a quarter").
    fn not_a_quantity(&self, i: usize) -> bool {
        // "children aged 6 months and older": an age.
        if self.is(i.wrapping_sub(1), &["aged", "ages", "age"]) {
            return true;
        }
        // "about a quarter of its dealers", "cut by a quarter": a fraction, not three months (but a
        // fraction of a unit of time is one: "nearly a quarter of a century").
        if self.w(i) == "a"
            && self.w(i + 1) == "quarter"
            && !self.quarter_of_long_unit(i)
            && (self.is(i + 2, &["of", ",", "."])
                || self.is(
                    i.wrapping_sub(1),
                    &[
                        "about", "nearly", "almost", "roughly", "than", "only", "just", "some", "by",
                        "around",
                    ],
                ))
        {
            return true;
        }
        false
    }

    /// The unit token of a quantity ending before `e` (its first token at `j`): after an adjective
    /// such as "the past five trading days", "six more months", "three straight days".
    fn unit_after_adjective(&self, j: usize, e: usize) -> usize {
        if (self.is(e, &["trading", "business", "working", "calendar", "school"])
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
        }
    }

    /// Hyphenated adjectives of duration: "five-year", "12-hour", "day-long", "a three-year period".
    fn duration_adjective_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
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
                        .by(DURATION_ADJECTIVE.name),
                    );
                }
            }
            if let (Some((unit, false)), "long") = (Unit::of(a), b) {
                let value = Some(timex::duration_value(1.0, unit));
                return Some(Hit::new(i, i + 1, DateKind::Duration, value).by(DURATION_ADJECTIVE.name));
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
                return Some(Hit::new(i, i + 3, DateKind::Duration, value).by(DURATION_ADJECTIVE.name));
            }
            return None;
        }
        None
    }

    /// Whether the token before `i` is an amount or a count of things, making "a year" at `i` a
    /// rate: "$5 million a year", "three flights a week".
    fn after_amount(&self, i: usize) -> bool {
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
        i > 0
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
                ))
    }

    /// Sets: "daily", "weekly", "every Monday", "each season", "every two weeks", "per year".
    pub(super) fn set_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if let Some(v) = set_adverb_value(w) {
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
            return Some(Hit::new(i, i + 1, DateKind::Set, Some(v.to_string())).by(SET_ADVERB.name));
        }
        // "open on weekends": every weekend.
        if w == "weekends" && self.is(i.wrapping_sub(1), &["on", "at", "during", "over"]) {
            let value = Some("XXXX-WXX-WE".into());
            return Some(Hit::new(i, i + 1, DateKind::Set, value).by(WEEKDAY_PLURAL.name));
        }
        if !matches!(w, "every" | "each" | "per") {
            return None;
        }
        // "accused each other Wednesday": the pronoun, and the day a date of its own.
        if w == "each" && self.w(i + 1) == "other" {
            return None;
        }
        let mut j = i + 1;
        // "every other week" (2), "every third year" (3): the step between the days or units named; an
        // ordinal counts only before a weekday or a unit ("every second" alone is each second).
        let mut step = 1.0;
        if self.w(j) == "other" {
            j += 1;
            step = 2.0;
        } else if let Some(k) = timex::ordinal_of(self.w(j)).filter(|&k| (2..=12).contains(&k)) {
            if timex::weekday_of(self.w(j + 1)).is_some() || Unit::of(self.w(j + 1)).is_some() {
                j += 1;
                step = f64::from(k);
            }
        }
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
        let n = step * n;
        let value = if unit == Unit::Quarter {
            format!("P{}Q", n as i64)
        } else {
            timex::duration_value(n, unit)
        };
        Some(Hit::new(i, e + 1, DateKind::Set, Some(value)))
    }

    /// Vague references and durations and "until then": "now", "recently", "the future", "for weeks".
    pub(super) fn vague_at(&self, i: usize) -> Option<Hit> {
        self.until_then_at(i)
            .or_else(|| self.vague_duration_at(i))
            .or_else(|| self.vague_reference_at(i))
    }

    /// "until then", "by then": the last date named.
    fn until_then_at(&self, i: usize) -> Option<Hit> {
        if self.w(i) != "then" || !self.is(i.wrapping_sub(1), &["until", "till", "by"]) {
            return None;
        }
        let value = self.last_point.map(|(d, precision)| match precision {
            10 => d.to_string(),
            7 => timex::month_value(d.year, d.month),
            _ => format!("{:04}", d.year),
        });
        Some(
            Hit {
                anaphoric: true,
                ..Hit::date(i, i + 1, value).rel()
            }
            .by(UNTIL_THEN.name),
        )
    }

    /// An unknown number of units: "for weeks", "in recent years", "hours later", "over the years",
    /// "a while".
    fn vague_duration_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        let (start, end, value) = match w {
            "recent" => match Unit::of(self.w(i + 1)) {
                Some((unit, true)) => (i, i + 2, timex::vague_duration_value(unit)),
                _ => return None,
            },
            "over" if self.w(i + 1) == "the" && self.w(i + 2) == "years" => (i, i + 3, "PXY".to_string()),
            // "for weeks", "within months", "in coming years", "could take weeks", "lasted months".
            "for" | "within" | "coming" | "take" | "takes" | "took" | "taken" | "taking" | "last"
            | "lasted" | "lasts" | "lasting" | "spent" | "spend" | "spends" | "spending" | "waited"
            | "wait" | "waits" | "waiting" => match Unit::of(self.w(i + 1)) {
                Some((unit, true)) if !matches!(unit, Unit::Weekend | Unit::Quarter) => {
                    let start = if w == "coming" { i } else { i + 1 };
                    (start, i + 2, timex::vague_duration_value(unit))
                }
                _ => return None,
            },
            // "Hours later", "days after the vote", "in the weeks before the election".
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
                (i, i + 1, timex::vague_duration_value(unit))
            }
            "a" if self.w(i + 1) == "while" => (i, i + 2, "PXX".to_string()),
            _ => return None,
        };
        Some(Hit::new(start, end, DateKind::Duration, Some(value)).by(VAGUE_DURATION.name))
    }

    /// Vague references: "now", "currently", "recently", "soon", "the past", "the future".
    fn vague_reference_at(&self, i: usize) -> Option<Hit> {
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
            // "recent losses", "the recent sale": a vague past.
            "recent" if self.kind(i + 1) == Some(TokenKind::Word) && !self.cap(i + 1) => ("PAST_REF", i + 1),
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
            // "months ago", "years ago".
            _ if self.w(i + 1) == "ago" && Unit::of(w).is_some_and(|(_, plural)| plural) => {
                ("PAST_REF", i + 2)
            }
            _ => return None,
        };
        if w == "now" && self.prev(i) == "from" {
            return None;
        }
        Some(Hit::date(i, end, Some(value.to_string())).by(VAGUE_REFERENCE.name))
    }
}

/// The value of an adverb of frequency: "daily" P1D, "weekly" P1W, "quarterly" P3M, "nightly" every
/// night; TimeBank and TempEval-3 give "annually" the year-grain set value (XXXX).
fn set_adverb_value(word: &str) -> Option<&'static str> {
    match word {
        "daily" => Some("P1D"),
        "weekly" => Some("P1W"),
        "monthly" => Some("P1M"),
        "annually" | "yearly" => Some("XXXX"),
        "quarterly" => Some("P3M"),
        "semiannually" | "biannually" => Some("P6M"),
        "hourly" => Some("PT1H"),
        "nightly" => Some("XXXX-XX-XXTNI"),
        _ => None,
    }
}
