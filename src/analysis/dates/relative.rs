//! Dates named relative to the reference date or an earlier mention: weekdays, "yesterday",
//! "next week", "last summer", "that day", "the next day".

use super::words;
use super::*;

impl Scanner<'_, '_> {
    /// "today", "yesterday", "tomorrow" (day-precise relative words).
    pub(super) fn relative_day_at(&self, i: usize) -> Option<Hit> {
        if !matches!(self.w(i), "today" | "yesterday" | "tomorrow") || self.in_title(i) {
            return None;
        }
        // "the Today programme", "NBC's Today show": a programme's name, capitalised inside a sentence.
        if self.cap(i)
            && !self.doc.is_sentence_start(i)
            && self.is(i + 1, &["programme", "program", "show", "newspaper"])
        {
            return None;
        }
        let offset = match self.w(i) {
            // "today's youth": the present, not the day.
            "today" if self.w(i + 1) == "'s" && !words::EVENT_NOUNS.contains(self.w(i + 2)) => {
                return Some(Hit::date(i, i + 1, Some("PRESENT_REF".into())).by(TODAY_AS_PRESENT.name));
            }
            "today" if self.today_compared(i) || self.today_after_distant_past(i) => {
                return Some(Hit::date(i, i + 1, Some("PRESENT_REF".into())).by(TODAY_AS_PRESENT.name));
            }
            "today" => 0,
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => return None,
        };
        let value = self.reference.map(|r| r.add_days(offset).to_string());
        Some(Hit::date(i, i + 1, value).rel().by(RELATIVE_DAY.name))
    }

    /// Whether the "today" at token `i` is the present compared with another time: "than" shortly
    /// before it in its sentence ("faster than can be done today", "than it is today"); not the "than"
    /// of a quantity ("a study of more than 9,000 patients published today").
    fn today_compared(&self, i: usize) -> bool {
        (i.saturating_sub(6)..i).any(|k| {
            self.w(k) == "than"
                && self.kind(k + 1) != Some(TokenKind::Number)
                && self.sentence_of(k) == self.sentence_of(i)
        })
    }

    /// Whether the "today" at token `i` opens its sentence (maybe after "But", "And" or "Yet") right
    /// after a sentence of its paragraph that names a past years away: "years ago", "decades ago", or
    /// a year three or more before the reference year ("Five years ago the town had one clinic. Today
    /// it has four"; not "Yesterday the council met. Today it voted").
    fn today_after_distant_past(&self, i: usize) -> bool {
        let Some(r) = self.reference else {
            return false;
        };
        let opens = |k: usize| self.doc.is_sentence_start(k);
        let first = if opens(i) {
            i
        } else if i >= 1 && opens(i - 1) && self.is(i - 1, &["but", "and", "yet"]) {
            i - 1
        } else {
            return false;
        };
        let before = self.sentence_of(first).wrapping_sub(1);
        let paragraph = self.paragraph_of(first);
        let mut k = first;
        // The sentence before, read back a bounded stretch.
        while k > 0 && first - k < 60 {
            k -= 1;
            if self.sentence_of(k) != before || self.paragraph_of(k) != paragraph {
                break;
            }
            let long_ago = self.w(k) == "ago"
                && self.is(
                    k.wrapping_sub(1),
                    &[
                        "years",
                        "decades",
                        "decade",
                        "generation",
                        "generations",
                        "centuries",
                        "century",
                    ],
                );
            if long_ago || self.year_num(k).is_some_and(|y| y <= r.year - 3) {
                return true;
            }
        }
        false
    }

    /// Weekdays: "Friday", "last Friday", "next Monday", "this Thursday".
    /// The TIMEX3 code of a plural part of the day: "nights" → `NI`.
    pub(super) fn plural_day_part(&self, i: usize) -> Option<&'static str> {
        let w = self.w(i);
        let singular = w.strip_suffix('s').filter(|s| *s != "overnight")?;
        timex::part_of_day(singular)
    }

    pub(super) fn weekday_at(&self, i: usize) -> Option<Hit> {
        let (dir, j) = match self.w(i) {
            "last" | "past" | "previous" => (-1, i + 1),
            "next" | "coming" => (1, i + 1),
            // "this coming Friday", "this past Monday".
            "this" if self.is(i + 1, &["coming", "past"]) => {
                (if self.w(i + 1) == "coming" { 1 } else { -1 }, i + 2)
            }
            "this" => (0, i + 1),
            _ => (0, i),
        };
        let (wd, plural, end) = match timex::weekday_of(self.w(j)) {
            Some((wd, plural)) => (wd, plural, j + 1),
            None => {
                let (wd, end) = self.weekday_abbreviation_in_time(j)?;
                (wd, false, end)
            }
        };
        if j == i && self.named_day(i) {
            return None;
        }
        // "Tuesday nights", "Sunday mornings", "Mondays": every such day (or part of it).
        if let Some(code) = self.plural_day_part(j + 1) {
            return Some(
                Hit::new(i, j + 2, DateKind::Set, Some(format!("XXXX-WXX-{wd}T{code}")))
                    .by(WEEKDAY_PLURAL.name),
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
                        .by(WEEKDAY_PLURAL.name),
                );
            }
        }
        if plural {
            let value = Some(format!("XXXX-WXX-{wd}"));
            return Some(Hit::new(i, j + 1, DateKind::Set, value).by(WEEKDAY_PLURAL.name));
        }
        if !self.cap(j) && self.raw(j).chars().any(|c| c.is_uppercase()) {
            return None;
        }
        if j == i && dir == 0 {
            if let Some(h) = self
                .weekday_ordinal_day_at(i, end, wd)
                .or_else(|| self.weekday_of_week_at(i, end, wd))
            {
                return Some(h);
            }
        }
        // "open on a Sunday", "on a Monday morning": any such day, none of them in particular.
        if j == i && self.w(i.wrapping_sub(1)) == "a" && self.w(i.wrapping_sub(2)) == "on" {
            let value = Some(format!("XXXX-WXX-{wd}"));
            return Some(Hit::date(i, end, value).by(WEEKDAY_INDEFINITE.name));
        }
        let (partial, rule) = if j == i || (self.w(i) == "this" && j == i + 1) {
            let mut tense = self.tense(i, j + 1);
            // "announced a march for this Sunday" (on a Wednesday): a day of this week still to come is
            // the coming one, whatever tense reports it.
            if j == i + 1 && tense == Tense::Past && self.reference.is_some_and(|r| wd > r.weekday()) {
                tense = Tense::Future;
            }
            match self.weekday_without_tense(i, end, wd, tense) {
                Some(step) => step,
                None => (Partial::Weekday { weekday: wd, tense }, WEEKDAY_BY_TENSE.name),
            }
        } else {
            (Partial::WeekdayStep { weekday: wd, dir }, LAST_NEXT_WEEKDAY.name)
        };
        let h = Hit::date(i, end, self.resolve(partial)).rel();
        Some(h.by(rule))
    }

    /// A weekday's abbreviation at `j` that a word of time stands before or a clock time after ("on
    /// Thu", "next Sat.", "Thu at noon"), or alone; not one a name goes on with ("on Sun Microsystems'
    /// servers"): the weekday and the end of the abbreviation.
    fn weekday_abbreviation_in_time(&self, j: usize) -> Option<(u8, usize)> {
        let (wd, end) = self.weekday_abbreviation_at(j)?;
        let time_before = self.is(
            j.wrapping_sub(1),
            &[
                "on", "by", "until", "till", "from", "next", "last", "this", "before", "after",
            ],
        );
        let clock_after = self.w(end) == "at" && self.clock_at(end + 1).is_some();
        let name_goes_on = end == j + 1 && self.kind(end) == Some(TokenKind::Word) && self.cap(end);
        ((time_before || clock_after || self.alone(j, end)) && !name_goes_on).then_some((wd, end))
    }

    /// Whether the weekday at `i` names a day of its own: "Black Monday", "Good Friday", "Super
    /// Tuesday", "Monday Night Football".
    fn named_day(&self, i: usize) -> bool {
        let qualified = self.cap(i.wrapping_sub(1))
            && self.is(
                i.wrapping_sub(1),
                &[
                    "black", "good", "super", "ash", "bloody", "cyber", "holy", "maundy", "palm", "easter",
                ],
            );
        qualified
            || self.raw(i + 1) == "Night" && self.kind(i + 2) == Some(TokenKind::Word) && self.cap(i + 2)
    }

    /// A weekday in a clause without tense: "this Saturday" is the day of the reference date's
    /// week; a weekday standing alone ("Thu", "on Monday", with a clock time: "Friday, 4pm", "at
    /// 4pm on Friday") the nearest such day.
    fn weekday_without_tense(
        &self,
        i: usize,
        end: usize,
        wd: u8,
        tense: Tense,
    ) -> Option<(Partial, &'static str)> {
        let r = self.reference?;
        if tense != Tense::Unknown {
            return None;
        }
        let this = self.w(i) == "this";
        let from = if self.w(i.wrapping_sub(1)) == "on" {
            i - 1
        } else {
            i
        };
        // "Friday morning", "Sunday at 9": a part of the day or a clock time may follow.
        let mut k = end;
        if words::WEEKDAY_PARTS.contains(self.w(k)) || self.w(k) == "night" {
            k += 1;
        }
        if self.w(k) == "at" {
            k = self.clock_at(k + 1).map_or(k + 2, |c| c.end);
        } else if self.w(k) == "," {
            // "Friday, 4pm".
            k = self.clock_at(k + 1).map_or(k, |c| c.end);
        }
        // "at 4pm on Friday", "noon Friday": a clock time may come first.
        let from = self.clock_ending_at(from).unwrap_or(from);
        if !this && !self.alone(from, end) && !self.alone(from, k) {
            return None;
        }
        let ahead = (i64::from(wd) - i64::from(r.weekday())).rem_euclid(7);
        let tense = if ahead == 0 || (this && wd < r.weekday()) || (!this && ahead > 3) {
            Tense::Past
        } else {
            Tense::Future
        };
        Some((
            Partial::Weekday { weekday: wd, tense },
            WEEKDAY_WITHOUT_TENSE.name,
        ))
    }

    /// A weekday and the week it falls in: "Thursday next week", "Monday, next week", "Friday of
    /// last week", "Tuesday of this week" (`k` is the token after the weekday).
    fn weekday_of_week_at(&self, i: usize, k: usize, wd: u8) -> Option<Hit> {
        let k = if self.w(k) == "," { k + 1 } else { k };
        let k = if self.w(k) == "of" { k + 1 } else { k };
        let dir: i64 = match self.w(k) {
            "next" => 1,
            "last" => -1,
            "this" => 0,
            _ => return None,
        };
        if self.w(k + 1) != "week" || !self.same_sentence(i, k + 1) {
            return None;
        }
        let value = self.reference.map(|r| {
            r.add_days(7 * dir + i64::from(wd) - i64::from(r.weekday()))
                .to_string()
        });
        Some(Hit::date(i, k + 2, value).rel().by(WEEKDAY_OF_WEEK.name))
    }

    /// A weekday and a day of the month by its numeral ordinal: "Monday the 14th" (`k` is the token
    /// after the weekday). It is the nearest day of that number falling on that weekday, in the
    /// months after the reference date in a future clause, before it in a past one.
    fn weekday_ordinal_day_at(&self, i: usize, k: usize, wd: u8) -> Option<Hit> {
        let k = if self.w(k) == "," { k + 1 } else { k };
        if self.w(k) != "the" || self.kind(k + 1) != Some(TokenKind::Number) || !self.same_sentence(i, k + 1)
        {
            return None;
        }
        let day = timex::ordinal_of(self.w(k + 1)).filter(|d| (1..=31).contains(d))? as u8;
        // "Monday the 14th of March" is left to the month; "the 14th century" is no day.
        if self.w(k + 2) == "of"
            || self.kind(k + 2) == Some(TokenKind::Word)
                && !self.is(k + 2, &["at", "and", "or", "from", "until", "when"])
        {
            return None;
        }
        let tense = self.tense(i, k + 2);
        let value = self
            .reference
            .and_then(|r| resolve::weekday_day_of_month(r, day, wd, tense))
            .map(|d| d.to_string());
        Some(Hit::date(i, k + 2, value).rel().by(WEEKDAY_ORDINAL_DAY.name))
    }

    /// A weekday abbreviation with its capital ("Thu", "Sat.", "Tues"), or a longer one in lower
    /// case standing alone ("thurs"): the weekday and the token after it (its period included).
    pub(super) fn weekday_abbreviation_at(&self, j: usize) -> Option<(u8, usize)> {
        let raw = self.raw(j);
        let mut chars = raw.chars();
        let title =
            chars.next().is_some_and(|c| c.is_ascii_uppercase()) && chars.all(|c| c.is_ascii_lowercase());
        // "tues", "thurs" in lower case: only the longer forms, which are no English words, and
        // standing alone.
        let lower = !title && raw.len() >= 4 && raw.bytes().all(|b| b.is_ascii_lowercase());
        if !title && !lower {
            return None;
        }
        let wd = *words::WEEKDAY_ABBREVIATIONS.get(self.w(j))?;
        if lower && !self.alone(j, j + 1) {
            return None;
        }
        Some((wd, self.after_abbrev(j)))
    }

    /// Relative expressions anchored at the reference date.
    pub(super) fn relative_at(&self, i: usize) -> Option<Hit> {
        self.mid_part_of_day_at(i)
            .or_else(|| self.consecutive_unit_at(i))
            .or_else(|| self.early_late_relative_at(i))
            .or_else(|| self.rest_of_unit_at(i))
            .or_else(|| self.day_before_yesterday_at(i))
            .or_else(|| self.relative_day_at(i))
            .or_else(|| self.tonight_at(i))
            .or_else(|| self.that_unit_at(i))
            .or_else(|| self.the_weekend_at(i))
            .or_else(|| self.the_next_unit_at(i))
            .or_else(|| self.this_next_last_at(i))
    }

    /// "mid-afternoon yesterday", "mid-morning Friday": a part of that day.
    fn mid_part_of_day_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if let Some(part) = w.strip_prefix("mid-").and_then(timex::part_of_day) {
            let day = self
                .relative_day_at(i + 1)
                .or_else(|| self.weekday_at(i + 1))
                .filter(|h| h.kind == DateKind::Date && h.value.as_deref().is_none_or(|v| v.len() == 10));
            if let Some(h) = day {
                let value = h.value.map(|v| format!("{v}T{part}"));
                return Some(
                    Hit::new(i, h.end, DateKind::Time, value)
                        .rel()
                        .by(PART_OF_DAY.name),
                );
            }
        }
        None
    }

    /// "a second consecutive day", "the third straight week": the current one.
    fn consecutive_unit_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
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
                    return Some(Hit::date(i, i + 4, value).rel().by(CONSECUTIVE_UNIT.name));
                }
            }
        }
        None
    }

    /// "earlier today", "later this week", "early next year", "late last week", "so far this year".
    fn early_late_relative_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
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
        None
    }

    /// "for the rest of the week": the unit as a duration.
    fn rest_of_unit_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
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
                    return Some(Hit::new(i, i + 2, DateKind::Duration, Some(value)).by(REST_OF_UNIT.name));
                }
            }
        }
        None
    }

    /// "the day before yesterday", "the day after tomorrow".
    fn day_before_yesterday_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        if w == "the"
            && self.w(i + 1) == "day"
            && self.is(i + 2, &["before", "after"])
            && self.is(i + 3, &["yesterday", "tomorrow"])
        {
            let off = if self.w(i + 2) == "before" { -2 } else { 2 };
            let value = r.map(|r| r.add_days(off).to_string());
            return Some(Hit::date(i, i + 4, value).rel().by(RELATIVE_DAY.name));
        }
        None
    }

    /// "tonight": the night of the reference day ("overnight" is no date).
    fn tonight_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        match w {
            "tonight" => {
                let value = r.map(|r| format!("{r}TNI"));
                Some(
                    Hit::new(i, i + 1, DateKind::Time, value)
                        .rel()
                        .by(PART_OF_DAY.name),
                )
            }
            _ => None,
        }
    }

    /// "that day", "that same year", "that month": the period of the last date named.
    fn that_unit_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
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
                    .by(THAT_UNIT.name),
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
                .by(THAT_UNIT.name),
            );
        }
        None
    }

    /// "over the weekend": the last one in a past clause, the next one in a future clause.
    fn the_weekend_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
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
            return Some(Hit::date(i, i + 2, value).rel().by(THE_WEEKEND.name));
        }
        None
    }

    /// "the next day", "the following week", "the previous year", "the following spring":
    /// anaphoric, anchored at the last time named that is as fine as the unit (a year for a year or
    /// a season, a month for a month), else the last day named, else the reference date.
    fn the_next_unit_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        if w == "the" && self.is(i + 1, &["next", "following", "previous", "preceding"]) {
            let dir = if self.is(i + 1, &["next", "following"]) {
                1
            } else {
                -1
            };
            let point = |finest: usize| self.last_point.filter(|&(_, precision)| precision >= finest);
            // "closed in 2016 ... reopened the following spring": the season after the last time
            // named, in the next year when only a year was named.
            if let Some(code) = timex::season_of(self.w(i + 2)) {
                let value = match point(4) {
                    Some((d, 4)) => Some(format!("{:04}-{code}", d.year + dir as i32)),
                    Some((d, _)) => Some(format!("{:04}-{code}", resolve::season_year(d, code, dir))),
                    None => self.resolve(Partial::SeasonStep { code, dir }),
                };
                return Some(Hit::date(i, i + 3, value).rel().by(THE_NEXT_UNIT.name));
            }
            if let Some((unit, false)) = Unit::of(self.w(i + 2)) {
                if matches!(unit, Unit::Day | Unit::Week | Unit::Month | Unit::Year) {
                    let finer = match unit {
                        Unit::Year => point(4),
                        Unit::Month => point(7),
                        _ => None,
                    };
                    let anchor = finer.map(|(d, _)| d).or(self.last_day.map(|(_, d)| d)).or(r);
                    let value = anchor.map(|a| resolve::offset_value(a, unit, dir));
                    return Some(Hit::date(i, i + 3, value.flatten()).rel().by(THE_NEXT_UNIT.name));
                }
            }
        }
        None
    }

    /// this / last / next / past / coming + unit, month, season, weekend or part of the day.
    fn this_next_last_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
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
        if the || self.w(j) == "past" {
            if let Some(hit) = self.past_units(i, j, k, the, dir) {
                return Some(hit);
            }
            if self.w(j) == "current" && self.w(k) == "fiscal" && self.w(k + 1) == "year" {
                let value = r.map(|r| r.year.to_string());
                return Some(Hit::date(i, k + 2, value).rel().by(THIS_NEXT_LAST_UNIT.name));
            }
        }
        if self.w(j) == "current" && !the {
            return None;
        }
        // this/last/next + fiscal year
        if self.w(k) == "fiscal" && self.w(k + 1) == "year" {
            let value = r.map(|r| (r.year + dir as i32).to_string());
            return Some(Hit::date(i, k + 2, value).rel().by(THIS_NEXT_LAST_UNIT.name));
        }
        let k_word = self.w(k);
        if let Some((unit, false)) = Unit::of(k_word) {
            return self.unit_step(i, j, k, unit, dir);
        }
        if let Some((m, e, _)) = self.month_at(k) {
            if self.day_num(e).is_some() {
                return None;
            }
            let value = self.resolve(Partial::MonthStep { month: m, dir });
            return Some(Hit::date(i, e, value).rel().by(THIS_NEXT_LAST_MONTH.name));
        }
        if let Some(code) = timex::season_of(k_word) {
            let this_past = self.w(j) == "this" && dir < 0;
            let value = self.resolve(if this_past {
                Partial::SeasonRecent { code }
            } else {
                Partial::SeasonStep { code, dir }
            });
            return Some(Hit::date(i, k + 1, value).rel().by(THIS_NEXT_LAST_SEASON.name));
        }
        let code = timex::part_of_day(k_word)?;
        // "this morning", "last night", "this afternoon"; not "last morning".
        let days = match (dir, k_word) {
            (-1, "night" | "evening") => -1,
            (0, _) => 0,
            (1, _) => 1,
            _ => return None,
        };
        let value = r.map(|r| format!("{}T{code}", r.add_days(days)));
        Some(
            Hit::new(i, k + 1, DateKind::Time, value)
                .rel()
                .by(PART_OF_DAY.name),
        )
    }

    /// "the past three months", "the next several days", "the last couple of years", "the past
    /// year", "the coming weeks": durations (`j` at "past", `k` after it).
    fn past_units(&self, i: usize, j: usize, k: usize, the: bool, dir: i64) -> Option<Hit> {
        if let Some((q, e)) = self.quantity(k) {
            if let Some((unit, _)) = Unit::of(self.w(e)) {
                if e > k && !self.is(k, &["a", "an"])
                    || self.is(k, &["several", "few", "many"])
                    || q.is_none()
                {
                    // "in each of the last three years": every one of them, a set.
                    if self.w(i.wrapping_sub(1)) == "of" && self.is(i.wrapping_sub(2), &["each", "every"]) {
                        let value = Some(timex::duration_value(1.0, unit));
                        return Some(Hit::new(i, e + 1, DateKind::Set, value).by(EACH_OF_UNITS.name));
                    }
                    let value = match q {
                        Some(n) => timex::duration_value(n, unit),
                        None => timex::vague_duration_value(unit),
                    };
                    return Some(Hit::new(i, e + 1, DateKind::Duration, Some(value)).by(PAST_UNITS.name));
                }
            }
        }
        // "the past year", "the last week", "the coming weeks" → a duration of one unit.
        let (unit, plural) = Unit::of(self.w(k))?;
        if dir != 0 && (the || self.w(j) == "past") && unit != Unit::Weekend && self.w(k + 1) != "of" {
            let value = if plural {
                timex::vague_duration_value(unit)
            } else {
                timex::duration_value(1.0, unit)
            };
            return Some(Hit::new(i, k + 1, DateKind::Duration, Some(value)).by(PAST_UNITS.name));
        }
        None
    }

    /// "next week", "last year", "this quarter"; "the last week of March" (a part of a month).
    fn unit_step(&self, i: usize, j: usize, k: usize, unit: Unit, dir: i64) -> Option<Hit> {
        if matches!(unit, Unit::Hour | Unit::Minute | Unit::Second) {
            return None;
        }
        let value = self.resolve(Partial::UnitStep { unit, dir });
        let mut hit = Hit::date(i, k + 1, value).rel().by(THIS_NEXT_LAST_UNIT.name);
        if self.w(k + 1) == "of" {
            if let Some((m, e, _)) = self.month_at(k + 2) {
                let tense = self.tense(i, e);
                let last = self.w(j) == "last";
                hit.value = self
                    .reference
                    .and_then(|r| resolve::week_of_month(resolve::month_year(r, m, tense), m, last, unit));
                hit.end = e;
            }
        }
        Some(hit)
    }
}
