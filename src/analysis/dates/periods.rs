//! Periods of the year: quarters and halves, "a year earlier", holidays, seasons, parts of a period
//! ("the end of the year").

use super::*;

/// The year step of "last", "this" or "next" before "year": -1, 0, 1.
fn year_step(word: &str) -> Option<i32> {
    match word {
        "last" => Some(-1),
        "this" => Some(0),
        "next" => Some(1),
        _ => None,
    }
}

/// Quarter `q` (or half, `half`) of `year`, over tokens `span`: "2009-Q3", "2009-H1".
fn quarter_or_half(
    span: std::ops::Range<usize>,
    year: Option<i32>,
    q: u8,
    half: bool,
    relative: bool,
) -> Hit {
    let value = year.map(|y| {
        if half {
            format!("{y:04}-H{q}")
        } else {
            timex::quarter_value(y, q)
        }
    });
    let rule = if half {
        HALF_OF_YEAR.name
    } else {
        QUARTER_OF_YEAR.name
    };
    let hit = Hit::date(span.start, span.end, value).by(rule);
    if relative {
        hit.rel()
    } else {
        hit
    }
}

impl Scanner<'_, '_> {
    /// Quarters and halves: "the third quarter", "third-quarter", "the first quarter of 2009",
    /// "Q3", "the quarter", "the year-earlier quarter", "fiscal 1989".
    pub(super) fn quarter_at(&self, i: usize) -> Option<Hit> {
        self.quarter_token_at(i)
            .or_else(|| self.quarter_phrase_at(i))
            .or_else(|| self.quarters_set_at(i))
            .or_else(|| self.possessive_year_quarter_at(i))
    }

    /// A quarter or half of a year named in the possessive: "1989's third quarter", "this year's
    /// first half", "last year's fourth quarter".
    fn possessive_year_quarter_at(&self, i: usize) -> Option<Hit> {
        let (year, k, relative) = match self.year_num(i) {
            Some(y) => (Some(y), i + 1, false),
            None => {
                let dir = year_step(self.w(i))?;
                if self.w(i + 1) != "year" {
                    return None;
                }
                (self.reference.map(|r| r.year + dir), i + 2, true)
            }
        };
        if !self.is(k, &["'s", "’s"]) {
            return None;
        }
        let j = if self.w(k + 1) == "fiscal" { k + 2 } else { k + 1 };
        let q = timex::ordinal_of(self.w(j)).filter(|q| (1..=4).contains(q))? as u8;
        let half = match self.w(j + 1) {
            "quarter" => false,
            "half" if q <= 2 => true,
            _ => return None,
        };
        Some(quarter_or_half(i..j + 2, year, q, half, relative))
    }

    /// Quarters in the plural without a year are every such quarter: "in the second and fourth
    /// quarters" → "second" `XXXX-Q2`, "fourth quarters" `XXXX-Q4`. With a year ("the first and
    /// second quarters of 2009") they are no set.
    fn quarters_set_at(&self, i: usize) -> Option<Hit> {
        let ordinal = |k: usize| {
            let q = timex::ordinal_of(self.w(k)).filter(|q| (1..=4).contains(q))?;
            (self.kind(k) == Some(TokenKind::Word)).then_some(q as u8)
        };
        let q = ordinal(i)?;
        let (end, last) = if self.w(i + 1) == "quarters" {
            (i + 2, i + 2)
        } else if self.is(i + 1, &["and", "or", ","]) {
            // "second and fourth quarters", "first, second and third quarters".
            let mut k = i + 2;
            while ordinal(k).is_some() && self.is(k + 1, &["and", "or", ","]) && k < i + 12 {
                k += 2;
            }
            if ordinal(k).is_none() || self.w(k + 1) != "quarters" {
                return None;
            }
            (i + 1, k + 2)
        } else {
            return None;
        };
        if self.w(last) == "of" || self.year_num(last).is_some() {
            return None;
        }
        let value = Some(format!("XXXX-Q{q}"));
        Some(Hit::new(i, end, DateKind::Set, value).by(QUARTERS_SET.name))
    }

    /// The value of a quarter written "3Q17" or "3Q2017" (capital Q in the text).
    fn analyst_quarter(&self, w: &str) -> Option<String> {
        let (q, y) = w.split_once('q')?;
        let q: u8 = q.parse().ok().filter(|q| (1..=4).contains(q))?;
        if !y.bytes().all(|b| b.is_ascii_digit()) || !matches!(y.len(), 2 | 4) {
            return None;
        }
        let y: i32 = y.parse().ok()?;
        let year = if y < 100 {
            2000 + y - if y > 50 { 100 } else { 0 }
        } else {
            y
        };
        Some(timex::quarter_value(year, q))
    }

    /// The n-th or last weekday of a month: "the second Tuesday of November", "the last Friday of
    /// the month", "the first Monday of next month", "the 3rd Sunday in May 2021".
    pub(super) fn nth_weekday_at(&self, i: usize) -> Option<Hit> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let n = match self.w(j) {
            "last" | "final" => 5,
            w => timex::ordinal_of(w).filter(|n| (1..=4).contains(n))? as u8,
        };
        let (wd, false) = timex::weekday_of(self.w(j + 1))? else {
            return None;
        };
        if !self.is(j + 2, &["of", "in"]) {
            return None;
        }
        let k = j + 3;
        let (month, end) = match (self.w(k), self.w(k + 1)) {
            ("the" | "this", "month") => (self.reference.map(|r| (r.year, r.month)), k + 2),
            ("next" | "last", "month") => {
                let dir = if self.w(k) == "next" { 1 } else { -1 };
                (
                    self.reference.map(|r| timex::shift_month(r.year, r.month, dir)),
                    k + 2,
                )
            }
            _ => {
                let h = self.month_first_at(k)?;
                let v = h.value.as_deref();
                if v.is_some_and(|v| v.len() != 7) {
                    return None;
                }
                let ym = v.and_then(|v| Some((v.get(0..4)?.parse().ok()?, v.get(5..7)?.parse().ok()?)));
                (ym, h.end)
            }
        };
        let value = month
            .and_then(|(y, m)| timex::nth_weekday(y, m, wd, n))
            .map(|d| d.to_string());
        Some(Hit::date(i, end, value).rel().by(NTH_WEEKDAY_OF_MONTH.name))
    }

    /// "the week of June 9th": the week of a day.
    pub(super) fn week_of_at(&self, i: usize) -> Option<Hit> {
        if self.w(i) != "the" || self.w(i + 1) != "week" || self.w(i + 2) != "of" {
            return None;
        }
        let day = self.absolute_at(i + 3)?;
        let value = match day.value.as_deref() {
            Some(v) if v.len() == 10 => Some(timex::week_value(Date::parse_iso(v)?)),
            Some(_) => return None,
            None => None,
        };
        Some(
            Hit {
                value,
                ..Hit::date(i, day.end, None)
            }
            .rel()
            .by(WEEK_OF_DAY.name),
        )
    }

    /// A number of weekdays counted from now: "two Sundays from now", "three Fridays ago".
    pub(super) fn weekdays_counted_at(&self, i: usize) -> Option<Hit> {
        let (Some(n), e) = self.quantity(i)? else {
            return None;
        };
        let (wd, true) = timex::weekday_of(self.w(e))? else {
            return None;
        };
        let (dir, end) = match (self.w(e + 1), self.w(e + 2)) {
            ("from", "now") => (1, e + 3),
            ("ago", _) => (-1, e + 2),
            _ => return None,
        };
        let n = n as i64;
        if !(2..=52).contains(&n) {
            return None;
        }
        let value = self.reference.map(|r| {
            let first = timex::weekday_near(r, wd, dir as i8);
            first.add_days(dir * 7 * (n - 1)).to_string()
        });
        Some(Hit::date(i, end, value).rel().by(QUANTITY_AGO.name))
    }

    /// One token: "Q3", "Q3 2021", "third-quarter", "first-half", "year-earlier", "year-end".
    fn quarter_token_at(&self, i: usize) -> Option<Hit> {
        let r = self.reference;
        let w = self.w(i);
        // "Q3", "Q3 2021"
        if w.len() == 2 && w.starts_with('q') && self.cap(i) {
            let q = w[1..].parse::<u8>().ok().filter(|q| (1..=4).contains(q))?;
            if let Some(y) = self.year_num(i + 1) {
                return Some(Hit::date(i, i + 2, Some(timex::quarter_value(y, q))).by(QUARTER_OF_YEAR.name));
            }
            // As "third-quarter": a quarter still ahead, named in a past clause, is last year's.
            let value = self.resolve(Partial::Quarter {
                quarter: q,
                tense: self.tense(i, i + 1),
            });
            return Some(Hit::date(i, i + 1, value).rel().by(QUARTER_OF_YEAR.name));
        }
        // "H1 2020": a half with its year (a bare "H1" is too often something else).
        if w.len() == 2 && w.starts_with('h') && self.cap(i) {
            let h = w[1..].parse::<u8>().ok().filter(|h| (1..=2).contains(h))?;
            let y = self.year_num(i + 1)?;
            return Some(Hit::date(i, i + 2, Some(format!("{y:04}-H{h}"))).by(HALF_OF_YEAR.name));
        }
        // "3Q17", "3Q2017": the analysts' quarter with its year.
        if let Some(q) = self.analyst_quarter(w) {
            return Some(Hit::date(i, i + 1, Some(q)).by(QUARTER_OF_YEAR.name));
        }
        // "third-quarter", "first-half"
        if let Some((ord, rest)) = w.split_once('-') {
            if rest == "half" {
                let h = timex::ordinal_of(ord).filter(|h| (1..=2).contains(h))?;
                // "a first-half try": a game's half.
                if self.game_period(i, true) {
                    return None;
                }
                // A second half still ahead, named in a past clause, is last year's.
                let year = |r: Date| {
                    if h == 2 && r.month <= 6 && self.tense(i, i + 1) == Tense::Past {
                        r.year - 1
                    } else {
                        r.year
                    }
                };
                let value = r.map(|r| format!("{:04}-H{h}", year(r)));
                return Some(Hit::date(i, i + 1, value).rel().by(HALF_OF_YEAR.name));
            }
            if rest == "quarter" {
                let q = timex::ordinal_of(ord).filter(|q| (1..=4).contains(q))? as u8;
                if self.game_period(i, false) {
                    return None;
                }
                let tense = self.tense(i, i + 1);
                let value = self.resolve(Partial::Quarter { quarter: q, tense });
                return Some(Hit::date(i, i + 1, value).rel().by(QUARTER_OF_YEAR.name));
            }
            if ord == "year" && matches!(rest, "earlier" | "ago") {
                return Some(self.year_earlier_hit(i, i + 1));
            }
            if ord == "year" && rest == "end" {
                let value = r.map(|r| format!("{:04}-12-31", r.year));
                return Some(Hit::date(i, i + 1, value).rel().by(YEAR_END.name));
            }
        }
        None
    }

    /// "the third quarter (of 2009)", "the first half", "the quarter", "the latest quarter", "a year
    /// earlier", "the year-earlier period".
    fn quarter_phrase_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
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
        if let Some(hit) = self.quarter_in_view(i, j) {
            return Some(hit);
        }
        // "the 1989 fourth quarter", "the 1990 fiscal first half": the year before the ordinal.
        let year_before = (w == "the").then(|| self.year_num(j)).flatten().filter(|_| {
            let k = if self.w(j + 1) == "fiscal" { j + 2 } else { j + 1 };
            timex::ordinal_of(self.w(k).trim_end_matches("-quarter")).is_some()
        });
        if year_before.is_some() {
            j += 1;
        }
        if self.w(j) == "fiscal" {
            j += 1;
        }
        let word = self.w(j).strip_prefix("fiscal-").unwrap_or(self.w(j));
        let ord = word
            .strip_suffix("-quarter")
            .map(|s| (s, true))
            .unwrap_or((word, false));
        // "the second fiscal quarter": "fiscal" may stand between the ordinal and its noun.
        let n = if !ord.1 && self.w(j + 1) == "fiscal" && self.is(j + 2, &["quarter", "half"]) {
            j + 2
        } else {
            j + 1
        };
        // "the last quarter of 2008", "the final half of the year": the last of the year it names
        // ("the last quarter" alone is the one before the present).
        let last_of_year = w == "the" && !ord.1 && self.is(j, &["last", "final"]) && self.w(n + 1) == "of";
        // "the July-September quarter": the three months of a calendar quarter, named.
        let q = match timex::ordinal_of(ord.0).filter(|q| (1..=4).contains(q)) {
            Some(q) => q as u8,
            None if last_of_year && self.w(n) == "quarter" => 4,
            None if last_of_year && self.w(n) == "half" => 2,
            None => months_of_quarter(ord.0).filter(|_| ord.1 || self.w(n) == "quarter")?,
        };
        let end = if ord.1 {
            j + 1
        } else if self.w(n) == "quarter" || self.w(n) == "half" {
            n + 1
        } else {
            return None;
        };
        let half = self.w(n) == "half";
        if half && q > 2 {
            return None;
        }
        let (year, end, relative) = self.quarter_year(i, end, q, half);
        // "the last quarter of the century": no year after "of", no quarter of one.
        if last_of_year && self.w(end) == "of" {
            return None;
        }
        // "equalised four minutes into the second half": near a game's words, a half with no year of
        // its own is the game's.
        if relative && year_before.is_none() && self.w(end) != "of" && self.game_period(i, half) {
            return None;
        }
        let (year, relative) = match year_before {
            Some(y) => (Some(y), false),
            None => (year, relative),
        };
        // An adjective ("the third-quarter loss") leaves the article out.
        let start = match (ord.1, year_before) {
            (true, Some(_)) => i + 1,
            (true, None) => j,
            (false, _) => i,
        };
        Some(quarter_or_half(start..end, year, q, half, relative))
    }

    /// "the latest quarter", "the current period", or "the quarter" after a quarter named before or a
    /// preposition of time (from token `i`, its noun phrase at `j`): the quarter in view, the last one
    /// named, else the one before the reference date's.
    fn quarter_in_view(&self, i: usize, j: usize) -> Option<Hit> {
        let end = if self.is(j, &["latest", "current", "recent"]) && self.is(j + 1, &["quarter", "period"]) {
            j + 2
        } else {
            // "the quarter" with no quarter named before: a period only after a preposition of time
            // ("in the quarter"), not a town's ("on the edges of the quarter").
            let of_time = i > 0 && self.is(i - 1, &["in", "for", "during", "over", "through"]);
            if self.w(j) != "quarter" || !(self.last_quarter.is_some() || of_time) {
                return None;
            }
            j + 1
        };
        let value = self
            .last_quarter
            .map(|(y, q)| timex::quarter_value(y, q))
            .or_else(|| self.reference.map(|r| self.previous_quarter(r)));
        Some(Hit::date(i, end, value).rel().by(THE_QUARTER.name))
    }

    /// Whether a half or a quarter at token `i` is a game's: a word of a game played in halves
    /// (`data/dates-game-words.txt`: "equalised four minutes into the second half") or in quarters
    /// (`data/dates-quarter-game-words.txt`: "trailed by 14 early in the third quarter" near
    /// "three-pointer") stands within 40 tokens of it.
    fn game_period(&self, i: usize, half: bool) -> bool {
        let words = if half {
            &words::GAME_WORDS
        } else {
            &words::QUARTER_GAME_WORDS
        };
        (i.saturating_sub(40)..(i + 40).min(self.len())).any(|k| words.contains(self.w(k)))
    }

    /// The year of a quarter or a half ending before token `end`, and where the phrase ends: written
    /// after "of" ("... of 2009", "... of fiscal 1990", "... of last year", "... of the year"), else
    /// the one its tense points to from the reference date (a half: the reference year); with whether
    /// the year is relative to the reference.
    fn quarter_year(&self, i: usize, end: usize, q: u8, half: bool) -> (Option<i32>, usize, bool) {
        let r = self.reference;
        if self.w(end) == "of" {
            if let Some(y) = self.year_num(end + 1) {
                (Some(y), end + 2, false)
            } else if let Some(y) = self.year_num(end + 2).filter(|_| self.w(end + 1) == "fiscal") {
                // "the first quarter of fiscal 1990".
                (Some(y), end + 3, false)
            } else if let Some(dir) = year_step(self.w(end + 1)).filter(|_| self.w(end + 2) == "year") {
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
        } else if let Some(year) = self.ended_year(end, q).filter(|_| !half) {
            (Some(year), end, true)
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
        }
    }

    /// The year of quarter `q` from the date it ends on, written after it ("ended Dec. 31", "ending June
    /// 30", "ended Sept. 30, 1989"): a calendar quarter's (the end is its last month) is its end's year
    /// ("the fourth quarter ended Dec. 31", in February 1990: 1989-Q4); a fiscal quarter's is the year
    /// of the report, as the news dates it ("the fiscal third quarter ended April 30", in May 1991:
    /// 1991-Q3), or the year written after the date.
    fn ended_year(&self, end: usize, q: u8) -> Option<i32> {
        let ending = match self.w(end) {
            "ended" => false,
            "ending" => true,
            _ => return None,
        };
        let (m, after, _) = self.month_at(end + 1)?;
        let k = if self.day_num(after).is_some() {
            after + 1
        } else {
            after
        };
        let k = if self.w(k) == "," { k + 1 } else { k };
        if let Some(y) = self.year_num(k) {
            return Some(y);
        }
        let r = self.reference?;
        if m != 3 * q {
            return Some(r.year);
        }
        Some(if ending || m <= r.month {
            r.year
        } else {
            r.year - 1
        })
    }

    pub(super) fn previous_quarter(&self, r: Date) -> String {
        let (y, q) = timex::shift_quarter(r.year, timex::quarter_of(r), -1);
        timex::quarter_value(y, q)
    }

    /// "a year earlier": the quarter in view a year before, else the previous year.
    pub(super) fn year_earlier_hit(&self, start: usize, end: usize) -> Hit {
        Hit {
            anaphoric: true,
            ..Hit::date(start, end, self.year_earlier()).rel()
        }
        .by(YEAR_EARLIER.name)
    }

    pub(super) fn year_earlier(&self) -> Option<String> {
        if let Some(y) = self.fiscal_in_view {
            return Some(timex::year_value(i64::from(y) - 1));
        }
        match self.last_quarter {
            Some((y, q)) => Some(timex::quarter_value(y - 1, q)),
            None => self.reference.map(|r| timex::year_value(i64::from(r.year) - 1)),
        }
    }

    /// Named days: "Christmas", "New Year's Day", "Thanksgiving", "Election Day", "Christmas 2021".
    pub(super) fn holiday_at(&self, i: usize) -> Option<Hit> {
        let w = self.w(i);
        if !self.cap(i) {
            return None;
        }
        let holiday = words::HOLIDAY_TABLE.get(w)?.iter().find(|h| {
            h.tokens.iter().enumerate().all(|(k, t)| {
                // The possessive's tokens ("Mother's Day", "Presidents' Day") have no capital.
                let letter = t.starts_with(char::is_alphabetic);
                self.w(i + k) == *t && (k == 0 || !h.all_capitalised || !letter || self.cap(i + k))
            })
        })?;
        let (len, rule) = (holiday.tokens.len(), |y| holiday.rule.date(y));
        let end = i + len;
        if self.name_goes_on(end) {
            return None;
        }
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

    /// Whether a capitalised word that is no word of time goes on the name of a holiday that ends before
    /// token `end` in running text ([`HOLIDAY`]): "the Good Friday Agreement", "the Easter Rising",
    /// "Christmas Island" name a treaty, a revolt and a place; not "Christmas Eve", "Easter Sunday",
    /// "the Christmas Holidays", nor a headline in capitals ("Shops Brace for Easter Rush"), whose
    /// sentence has no word in lower case but small ones within twenty tokens.
    fn name_goes_on(&self, end: usize) -> bool {
        const NEAR: usize = 20;
        const SMALL: &[&str] = &[
            "a", "an", "and", "as", "at", "by", "for", "from", "in", "into", "of", "on", "or", "the", "to",
            "with",
        ];
        let w = self.w(end);
        let of_time = timex::part_of_day(w).is_some()
            || timex::weekday_of(w).is_some()
            || timex::month_of(w).is_some()
            || matches!(
                w,
                "day" | "eve" | "weekend" | "week" | "holiday" | "holidays" | "season" | "break" | "period"
            );
        if self.kind(end) != Some(TokenKind::Word)
            || !self.cap(end)
            || of_time
            || self.doc.is_sentence_start(end)
        {
            return false;
        }
        // Within the sentence, a few words on either side: a bound that keeps the check linear.
        let sentence = self.doc.tokens[end].sentence as usize;
        let range = self.doc.sentences[sentence].tokens.clone();
        (range.start.max(end.saturating_sub(NEAR))..range.end.min(end + NEAR)).any(|k| {
            self.kind(k) == Some(TokenKind::Word)
                && self.raw(k).starts_with(char::is_lowercase)
                && !SMALL.contains(&self.w(k))
        })
    }

    /// "the last day of the month", "the first day of next month", "the last day of February 2024":
    /// that day of the month named.
    fn edge_day_of_month_at(&self, i: usize) -> Option<Hit> {
        let j = if self.w(i) == "the" { i + 1 } else { i };
        let last = match self.w(j) {
            "last" => true,
            "first" => false,
            _ => return None,
        };
        if self.w(j + 1) != "day" || self.w(j + 2) != "of" {
            return None;
        }
        let k = j + 3;
        let this_month = self.reference.map(|r| (r.year, r.month));
        let (month, end) = if self.is(k, &["the", "this"]) && self.w(k + 1) == "month" {
            (this_month, k + 2)
        } else if self.w(k) == "month" {
            (this_month, k + 1)
        } else {
            // "next month", "February 2024" (not the whole grammar: no chain of "the last day of").
            let inner = self
                .relative_at(k)
                .or_else(|| self.absolute_at(k))
                .filter(|h| h.kind == DateKind::Date && h.start == k)?;
            let month = match inner.value.as_deref() {
                Some(v) if v.len() == 7 && v.as_bytes()[4] == b'-' && v.as_bytes()[5].is_ascii_digit() => {
                    Some((v[..4].parse().ok()?, v[5..7].parse().ok()?))
                }
                Some(_) => return None,
                None => None,
            };
            (month, inner.end)
        };
        let day = |(y, m): (i32, u8)| {
            let d = if last {
                crate::analysis::calendar::days_in_month(y, m)
            } else {
                1
            };
            Date::new(y, m, d).map(|d| d.to_string())
        };
        Some(
            Hit::date(i, end, month.and_then(day))
                .rel()
                .by(EDGE_DAY_OF_MONTH.name),
        )
    }

    /// Parts of a period and periods named by their article: "the end of this year", "the
    /// beginning of the year", "late in the day", "earlier in the year", "the year ended March 31",
    /// "the full year", "the day".
    pub(super) fn part_of_period_at(&self, i: usize) -> Option<Hit> {
        if let Some(hit) = self.edge_day_of_month_at(i) {
            return Some(hit);
        }
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
                return Some(Hit::date(i, end, value).rel().by(PART_OF_PERIOD.name));
            }
            if self.w(k) == "the" && self.is(k + 1, &["month", "week", "day"]) {
                let unit = Unit::of(self.w(k + 1)).map(|(u, _)| u)?;
                let value = r.and_then(|r| resolve::offset_value(r, unit, 0));
                return Some(Hit::date(i, k + 2, value).rel().by(PART_OF_PERIOD.name));
            }
            let inner = self
                .best_at(k)
                .filter(|h| h.kind == DateKind::Date && h.start == k)?;
            return Some(Hit { start: i, ..inner }.by(PART_OF_PERIOD.name));
        }
        // "late in the day", "earlier in the year", "early in the week".
        if self.is(i, &["early", "late", "earlier", "later"])
            && self.w(i + 1) == "in"
            && self.w(i + 2) == "the"
        {
            // Not "early in the second": a clock's unit is no period the story is in.
            let clock = |u: &Unit| matches!(u, Unit::Second | Unit::Minute | Unit::Hour);
            if let Some((unit, false)) = Unit::of(self.w(i + 3)).filter(|(u, _)| !clock(u)) {
                // "later in the day": the day the story is at, as "that day" ("... on Monday. Trump,
                // later in the day, fired back").
                let anchor = match unit {
                    Unit::Day => self.last_day.map(|(_, d)| d).or(r),
                    _ => r,
                };
                let value = anchor.and_then(|a| resolve::offset_value(a, unit, 0));
                return Some(Hit::date(i, i + 4, value).rel().by(EARLY_LATE_IN_UNIT.name));
            }
        }
        if w != "the" {
            return None;
        }
        match (self.w(i + 1), self.w(i + 2), self.w(i + 3)) {
            ("year", "ended" | "ending" | "ends" | "to", _) => {
                Some(Hit::new(i, i + 2, DateKind::Duration, Some("P1Y".into())).by(YEAR_ENDED.name))
            }
            ("fiscal", "year", "ended" | "ending" | "ends" | "to") => {
                Some(Hit::new(i, i + 3, DateKind::Duration, Some("P1Y".into())).by(YEAR_ENDED.name))
            }
            ("full" | "whole" | "entire", "year", _) => {
                let value = r.map(|r| format!("{:04}", r.year));
                Some(Hit::date(i, i + 3, value).rel().by(THE_UNIT.name))
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
                Some(Hit::date(i, i + 2, value).rel().by(THE_UNIT.name))
            }
            _ => None,
        }
    }

    pub(super) fn season_at(&self, i: usize) -> Option<Hit> {
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
        // "fall" alone, or "the fall" after no word of time ("survived the fall", "the fall of the
        // wall"), is the noun of falling.
        let cue = if start == j { i } else { start };
        if code == "FA"
            && self.w(j) == "fall"
            && !self.is(
                cue.wrapping_sub(1),
                &[
                    "in", "by", "until", "since", "during", "early", "late", "through", "over", "before",
                    "after", "of",
                ],
            )
        {
            return None;
        }
        self.reference?;
        let tense = self.tense(i, j + 1);
        // "in spring": this year's, or the one before (after) when the clause looks back (ahead)
        // and this year's has not begun (is over).
        // "Over the summer a wave of panic spread", told of 1789: the year the narrative is in, as for
        // a bare month, in a past clause only ("In summer the ferry runs" in a guide is any summer).
        let narrative = || (tense == Tense::Past).then(|| self.narrative_year(i)).flatten();
        let value = match self.counted_year(i).or_else(narrative) {
            Some(y) => Some(format!("{y:04}-{code}")),
            None => self.resolve(Partial::Season { code, tense }),
        };
        Some(Hit::date(i, j + 1, value).rel())
    }
}

/// The calendar quarter that a hyphenated pair of months spans, first to last: "july-september" is
/// the third, "jan-march" the first; `None` for any other pair.
fn months_of_quarter(word: &str) -> Option<u8> {
    let (a, b) = word.split_once(crate::analysis::text::is_hyphen)?;
    let (a, b) = (timex::month_of(a)?, timex::month_of(b)?);
    (a % 3 == 1 && b == a + 2).then_some(a.div_ceil(3))
}
