//! Clock times ("6:40 p.m.", "18:00 GMT", "noon") and the day they belong to.

use super::words;
use super::*;

/// Which clock time a token sequence names.
pub(super) struct Clock {
    pub(super) end: usize,
    pub(super) hour: u32,
    pub(super) minute: u32,
    pub(super) utc: bool,
}

impl Scanner<'_, '_> {
    /// A clock time: "08:17 PM", "6:40 p.m.", "18:00 UTC", "8 pm", "noon", optionally followed by the
    /// day: "12:00 UTC Monday", "08:17 PM, 21 January 2022".
    pub(super) fn clock_at(&self, i: usize) -> Option<Clock> {
        if let Some(clock) = self.named_clock_at(i).or_else(|| self.spoken_clock_at(i)) {
            return Some(clock);
        }
        if self.kind(i) != Some(TokenKind::Number) {
            return self.clock_word_at(i);
        }
        if let Some(clock) = self.glued_clock_at(i) {
            return Some(clock);
        }
        // "12 noon", "12 midnight".
        if self.w(i) == "12" && self.is(i + 1, &["noon", "midday", "midnight"]) {
            return self.named_clock_at(i + 1);
        }
        let (hour, minute, colon) = self.clock_digits(i)?;
        if hour > 24 || minute > 59 {
            return None;
        }
        let mut j = i + 1;
        let mut hour = hour;
        let mut marked = false;
        if let Some((pm, n)) = self.ampm_at(j) {
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
        // "4 in the morning", "8 in the evening", "5:00 in the afternoon", "11 at night".
        if let Some((part, after)) = self.part_after(j).filter(|_| (1..=12).contains(&hour)) {
            hour = hour_in_part(hour, part);
            j = after;
            marked = true;
        }
        if let Some(h) = (!marked && !colon).then(|| self.range_hour(i, j, hour)).flatten() {
            hour = h;
            marked = true;
        }
        let mut utc = false;
        if let Some((after, is_utc)) = self.zone_after(j) {
            utc = is_utc;
            marked = true;
            j = after;
        }
        if let Some(h) = (!marked && !colon)
            .then(|| self.day_word_hour(i, j, hour))
            .flatten()
        {
            hour = h;
            marked = true;
        }
        // "2:30 this afternoon", "7:45 last night", "2:30 Tuesday afternoon": a colon time before the
        // day takes the part of the day the words after it name.
        if let Some(part) = (!marked && colon && (1..=12).contains(&hour))
            .then(|| self.part_of_named_day(j))
            .flatten()
        {
            hour = hour_in_part(hour, part);
            marked = true;
        }
        // "at 8", "at 12.30" standing alone: a time.
        if !marked && hour <= 24 && self.prev(i) == "at" && self.alone(i - 1, j) {
            marked = true;
        }
        if !marked {
            // A bare "14:58" needs a clue that it is a time of day.
            let cue = colon && self.time_cue(i, j);
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

    /// A time zone at `j` after a clock time: where it ends and whether the time is UTC ("UTC", "GMT",
    /// "Z"; "09:00 GMT+0200" is a local time with its offset, not UTC), or a zone's abbreviation in
    /// capitals ("EST", "CET").
    fn zone_after(&self, j: usize) -> Option<(usize, bool)> {
        match self.w(j) {
            "utc" | "gmt" | "z" => {
                let offset = self.offset_end(j + 1);
                Some((offset.unwrap_or(j + 1), offset.is_none()))
            }
            "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "mst" | "mdt" | "bst" | "cet" | "cest" | "et"
                if self.raw(j).chars().all(|c| c.is_ascii_uppercase()) =>
            {
                Some((j + 1, false))
            }
            _ => None,
        }
    }

    /// The hour of the first clock number of a range (`i` the number, `j` the token after it),
    /// marked by the second: "between 9 and 11 am", "from 7 to 9 pm" share the second's am or pm;
    /// "8 - 11pm", "10 - 11 at night" standing alone take the hour before the second's ("11 - 1pm"
    /// starts at 11 am).
    fn range_hour(&self, i: usize, j: usize, hour: u32) -> Option<u32> {
        if !(1..=12).contains(&hour) {
            return None;
        }
        if self.is(i.wrapping_sub(1), &["between", "from"]) && self.is(j, &["and", "to", "-", "–"]) {
            if let Some((pm, _)) = self.ampm_at(j + 2).filter(|_| self.clock_digits(j + 1).is_some()) {
                return twelve_hour(hour, pm);
            }
        }
        // Standing alone: nothing but punctuation before the first hour, a short range (this also
        // keeps the look at the second clock time from going down a chain "1 - 2 - 3 ...").
        let sentence = self.doc.sentences.get(self.sentence_of(i))?.tokens.clone();
        if !self.is(j, &["to", "-", "–"])
            || sentence.end.saturating_sub(i) > 8
            || (sentence.start..i).any(|k| self.kind(k) != Some(TokenKind::Punct))
        {
            return None;
        }
        let second = self.clock_at(j + 1).filter(|c| self.alone(i, c.end))?;
        Some(if second.hour >= 12 && hour < 12 && hour + 12 <= second.hour {
            hour + 12
        } else {
            hour
        })
    }

    /// The hour of a clock number (`i` the number, `j` the token after it) said with the day: "at 7
    /// tonight", "at 3 this afternoon" (the part of the day says am or pm), "at 9 tomorrow morning",
    /// "at 6 tomorrow" (the hour as written without a part), "11 tonight" standing alone.
    fn day_word_hour(&self, i: usize, j: usize, hour: u32) -> Option<u32> {
        let tonight_alone = self.w(j) == "tonight" && self.alone(i, j + 1);
        if !(1..=12).contains(&hour) || !(self.prev(i) == "at" || tonight_alone) {
            return None;
        }
        // "at 6 tomorrow": a day's word without a part leaves the hour as written.
        let part = self
            .day_word_part(j)
            .or_else(|| self.is(j, &["today", "tomorrow", "yesterday"]).then_some(""))?;
        Some(if part.is_empty() {
            hour
        } else {
            hour_in_part(hour, part)
        })
    }

    /// The part of the day (TIMEX3 code) that a word of the day from token `j` names with it: "tonight",
    /// "this afternoon", "tomorrow morning" (not "this night").
    fn day_word_part(&self, j: usize) -> Option<&'static str> {
        let part = |w: &str| timex::part_of_day(w).filter(|_| DAY_PARTS.contains(&w));
        match (self.w(j), self.w(j + 1)) {
            ("tonight", _) => Some("NI"),
            ("this", w) if w != "night" => part(w),
            ("today" | "tomorrow" | "yesterday", w) => part(w),
            _ => None,
        }
    }

    /// The part of the day (TIMEX3 code) that the words from token `j` name with a day: those of
    /// [`Self::day_word_part`], "last night", and a weekday's ("Tuesday evening").
    fn part_of_named_day(&self, j: usize) -> Option<&'static str> {
        self.day_word_part(j)
            .or_else(|| match (self.w(j), self.w(j + 1)) {
                ("last", "night") => Some("NI"),
                (d, w) if timex::weekday_of(d).is_some() => {
                    timex::part_of_day(w).filter(|_| DAY_PARTS.contains(&w))
                }
                _ => None,
            })
    }

    /// am / pm in its spellings after a clock number: "PM", "p.m.", "p.m", "pm.": whether it is pm,
    /// and its number of tokens.
    pub(super) fn ampm_at(&self, j: usize) -> Option<(bool, usize)> {
        match self.w(j) {
            "am" | "a.m." => Some((false, 1)),
            "pm" | "p.m." => Some((true, 1)),
            "a" | "p" if self.w(j + 1) == "." && self.w(j + 2) == "m" => Some((self.w(j) == "p", 3)),
            _ => None,
        }
    }

    /// A time zone after a clock time: whether it is UTC, and the token after it.
    fn zone_at(&self, j: usize) -> (bool, usize) {
        match self.w(j) {
            "utc" | "gmt" => match self.offset_end(j + 1) {
                Some(end) => (false, end),
                None => (true, j + 1),
            },
            "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "mst" | "mdt" | "bst" | "cet" | "cest" | "et"
                if self.raw(j).chars().all(|c| c.is_ascii_uppercase()) =>
            {
                (false, j + 1)
            }
            _ => (false, j),
        }
    }

    /// An offset glued to "UTC" or "GMT" at `j` ("+0200", "+02:00", "-5"): the token after it.
    fn offset_end(&self, j: usize) -> Option<usize> {
        if !self.glued(j) {
            return None;
        }
        let digits = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit() || b == b':');
        if self.is(j, &["+", "-", "−"]) && self.glued(j + 1) && digits(self.w(j + 1)) {
            return Some(j + 2);
        }
        let w = self.w(j);
        let rest = w.strip_prefix('+').or_else(|| w.strip_prefix('-'))?;
        digits(rest).then_some(j + 1)
    }

    /// A clock written as one token, with its am / pm, an "h" between hour and minute or a UTC "Z":
    /// "4pm", "4:45pm", "10.15am", "16h00", "16h30", "08:30Z".
    fn glued_clock_at(&self, i: usize) -> Option<Clock> {
        let w = self.w(i);
        // "08:30Z": a colon time in UTC.
        if let Some(d) = w.strip_suffix('z').filter(|d| d.contains(':')) {
            let (h, m) = d.split_once(':')?;
            let (hour, minute): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
            return (h.len() <= 2 && m.len() == 2 && hour < 24 && minute < 60).then_some(Clock {
                end: i + 1,
                hour,
                minute,
                utc: true,
            });
        }
        let (digits, pm) = if let Some(d) = w.strip_suffix("pm") {
            (d, Some(true))
        } else if let Some(d) = w.strip_suffix("am") {
            (d, Some(false))
        } else {
            (w, None)
        };
        let number = |s: &str| -> Option<u32> {
            (!s.is_empty() && s.len() <= 2 && s.bytes().all(|b| b.is_ascii_digit()))
                .then(|| s.parse().ok())
                .flatten()
        };
        let (hour, minute) = match (pm, digits.split_once([':', '.', 'h'])) {
            (None, Some((h, m))) if digits.contains('h') && m.len() == 2 => (number(h)?, number(m)?),
            (Some(_), Some((h, m))) if !digits.contains('h') && m.len() == 2 => (number(h)?, number(m)?),
            (Some(_), None) => (number(digits)?, 0),
            _ => return None,
        };
        let hour = match pm {
            Some(pm) => twelve_hour(hour, pm)?,
            None => hour,
        };
        if hour > 23 || minute > 59 {
            return None;
        }
        let (utc, end) = self.zone_at(i + 1);
        Some(Clock {
            end,
            hour,
            minute,
            utc,
        })
    }

    /// A clock time in words: "half past four", "a quarter to five", "quarter past 6 pm", "twenty
    /// past four in the afternoon".
    fn spoken_clock_at(&self, i: usize) -> Option<Clock> {
        let mut j = i;
        if self.w(j) == "a" {
            j += 1;
        }
        let minutes = match self.w(j) {
            "half" if j == i => 30,
            "quarter" => 15,
            // "twenty past four", "ten to six", "twenty-five minutes past three".
            w if j == i => timex::number_word(w).filter(|m| (5..30).contains(m) && m % 5 == 0)?,
            _ => return None,
        };
        let worded = !matches!(minutes, 15 | 30);
        if worded && self.w(j + 1) == "minutes" {
            j += 1;
        }
        let before = match self.w(j + 1) {
            "past" | "after" => false,
            "to" | "before" if minutes != 30 => true,
            _ => return None,
        };
        let hour = match self.w(j + 2) {
            w if w.len() <= 2 && w.bytes().all(|b| b.is_ascii_digit()) => w.parse().ok()?,
            w => timex::number_word(w)?,
        };
        if !(1..=12).contains(&hour) {
            return None;
        }
        let mut end = j + 3;
        let mut hour = hour;
        if let Some((pm, n)) = self.ampm_at(end) {
            hour = twelve_hour(hour, pm)?;
            end += n;
        } else if let Some((part, after)) = self.part_after(end) {
            // "half past seven in the evening".
            hour = hour_in_part(hour, part);
            end = after;
        } else if !self.time_cue(i, end) || (worded && self.kind(end) == Some(TokenKind::Word)) {
            // "a quarter to five people": without am / pm, only after "at", "until", "by" ...
            return None;
        }
        let (hour, minute) = if before {
            ((hour + 23) % 24, 60 - minutes)
        } else {
            (hour, minutes)
        };
        let (utc, end) = self.zone_at(end);
        Some(Clock {
            end,
            hour,
            minute,
            utc,
        })
    }

    /// An hour in words with "o'clock" or a part of the day: "five o'clock", "ten o'clock pm", "at
    /// ten in the morning", "four o'clock in the afternoon".
    fn clock_word_at(&self, i: usize) -> Option<Clock> {
        let hour = timex::number_word(self.w(i)).filter(|h| (1..=12).contains(h))?;
        // "at ten in the morning", "until two at night": a part of the day after a word of time.
        if let Some((part, end)) = self.part_after(i + 1).filter(|_| self.time_cue(i, i + 1)) {
            return Some(Clock {
                end,
                hour: hour_in_part(hour, part),
                minute: 0,
                utc: false,
            });
        }
        if self.w(i + 1) != "o'clock" {
            return None;
        }
        // "four o'clock in the afternoon": a part of the day after it sets the half of the day too.
        let (hour, end) = match self.ampm_at(i + 2) {
            Some((pm, n)) => (twelve_hour(hour, pm)?, i + 2 + n),
            None => match self.part_after(i + 2) {
                Some((part, after)) => (hour_in_part(hour, part), after),
                None => (hour, i + 2),
            },
        };
        let (utc, end) = self.zone_at(end);
        Some(Clock {
            end,
            hour,
            minute: 0,
            utc,
        })
    }

    /// A clock time written with a colon and nothing else ("17:00"), after a day and a comma, closing
    /// its clause: "Thu 13 Feb, 17:00".
    fn bare_colon_clock_at(&self, k: usize) -> Option<Clock> {
        if self.kind(k) != Some(TokenKind::Number) {
            return None;
        }
        let (hour, minute, true) = self.clock_digits(k)? else {
            return None;
        };
        if hour > 24 || minute > 59 || !self.w(k).contains(':') {
            return None;
        }
        let (utc, end) = self.zone_at(k + 1);
        // "Thursday, 12:30 was the score to beat": the clause goes on.
        if matches!(self.kind(end), Some(TokenKind::Word | TokenKind::Number)) {
            return None;
        }
        Some(Clock {
            end,
            hour,
            minute,
            utc,
        })
    }

    /// The day named by a restatement of a clock time in parentheses right after it: "at 4 in the
    /// morning (4 a.m. EDT Thursday)" is on that Thursday.
    fn restated_day(&self, end: usize) -> Option<Date> {
        if self.w(end) != "(" {
            return None;
        }
        let clock = self.clock_at(end + 1)?;
        let k = if self.w(clock.end) == "," {
            clock.end + 1
        } else {
            clock.end
        };
        let day = self
            .absolute_at(k)
            .or_else(|| self.weekday_at(k))
            .or_else(|| self.relative_day_at(k))?;
        day.value
            .as_deref()
            .filter(|v| v.len() == 10)
            .and_then(Date::parse_iso)
    }

    /// "noon", "midday", "midnight", with a zone: "midnight EST", "noon GMT".
    fn named_clock_at(&self, i: usize) -> Option<Clock> {
        let w = self.w(i);
        if !matches!(w, "noon" | "midday" | "midnight") || self.prev(i) == "high" {
            return None;
        }
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
        Some(Clock {
            end,
            hour,
            minute: 0,
            utc,
        })
    }

    /// The hour and minute of a clock number, and whether it has a colon (or is a four-digit
    /// military time): "6:40", "18.00", "8", "0600 GMT".
    fn clock_digits(&self, i: usize) -> Option<(u32, u32, bool)> {
        let w = self.w(i);
        // "11:15:30": the seconds are read by `seconds_at`.
        let w = match self.seconds_at(i) {
            Some(_) => &w[..w.len() - 3],
            None => w,
        };
        let digits = match w.split_once([':', '.']) {
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
        Some(digits)
    }

    /// The seconds of a clock number with two colons: "11:15:30" → 30.
    fn seconds_at(&self, i: usize) -> Option<u32> {
        let w = self.w(i);
        let (head, sec) = w.rsplit_once(':')?;
        let ok = head.matches(':').count() == 1 && sec.len() == 2 && sec.bytes().all(|b| b.is_ascii_digit());
        ok.then(|| sec.parse().ok()).flatten().filter(|s| *s < 60)
    }

    /// A clock value's time of day: "T11:15" or, with seconds, "T11:15:30".
    fn time_of_day(&self, i: usize, clock: &Clock) -> String {
        let zone = if clock.utc { "Z" } else { "" };
        match self.seconds_at(i) {
            Some(s) => format!("T{:02}:{:02}:{s:02}{zone}", clock.hour, clock.minute),
            None => format!("T{:02}:{:02}{zone}", clock.hour, clock.minute),
        }
    }

    /// A clue that a bare "14:58" at `i` (its words ending before `j`) is a time of day: "at",
    /// "until" before it, "hours" or "local time" after it.
    fn time_cue(&self, i: usize, j: usize) -> bool {
        self.is(
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
            || (self.w(j) == "local" && self.w(j + 1) == "time")
            || (j > i && self.alone(i, j))
            || self.colon_range(i, j)
    }

    /// A colon time at `i` (its words ending before `j`) in a range of two colon times standing
    /// alone ("10:00 to 13:00") or after "from", "at", "between" ("from 10:00 to 13:00"), not a
    /// tally ("the score was 2:10 to 3:15").
    fn colon_range(&self, i: usize, j: usize) -> bool {
        let dash = ["to", "-", "–", "until", "till"];
        let colon = |k: usize| self.w(k).contains(':') && self.clock_digits(k).is_some_and(|(_, _, c)| c);
        if self.is(j, &dash) && colon(j + 1) && j == i + 1 {
            return self.alone(i, j + 2);
        }
        let first = i.wrapping_sub(2);
        self.is(i.wrapping_sub(1), &dash)
            && colon(first)
            && (self.alone(first, i + 1) || self.is(first.wrapping_sub(1), &["from", "at", "between"]))
    }

    /// The first token of a clock time ending right before `e`, with its "at": "at 4pm" in "at 4pm
    /// on Friday", "noon" in "noon Friday".
    pub(super) fn clock_ending_at(&self, e: usize) -> Option<usize> {
        let s = (e.saturating_sub(4)..e).find(|&s| self.clock_at(s).is_some_and(|c| c.end == e))?;
        Some(if self.w(s.wrapping_sub(1)) == "at" {
            s - 1
        } else {
            s
        })
    }

    /// A part of the day after a clock time ("in the evening", "at night"): its code and the token
    /// after it.
    fn part_after(&self, j: usize) -> Option<(&'static str, usize)> {
        if self.w(j) == "at" && self.w(j + 1) == "night" {
            return Some(("NI", j + 2));
        }
        if self.w(j) != "in" || self.w(j + 1) != "the" {
            return None;
        }
        let code = match self.w(j + 2) {
            "morning" => "MO",
            "afternoon" => "AF",
            "evening" => "EV",
            _ => return None,
        };
        Some((code, j + 3))
    }

    /// A day, then the clock time on it: "tomorrow at 6pm", "on 3 May at 14:00", "Thursday 8:00
    /// GMT", "this morning at 9", "May 20, 8am", "tomorrow before 3pm". `hit` is the day (a date at day grain, or a part of a day); the
    /// result is one time spanning both, or `None` when no clock time follows in the sentence.
    pub(super) fn day_then_clock(&self, hit: &Hit) -> Option<Hit> {
        let (day, part) = match hit.value.as_deref() {
            Some(v) if v.len() == 10 => (Some(&v[..10]), None),
            Some(v) if v.len() == 13 && v.as_bytes()[10] == b'T' => (Some(&v[..10]), v.get(11..13)),
            None if hit.relative => (None, None),
            _ => return None,
        };
        if !matches!(hit.kind, DateKind::Date | DateKind::Time)
            || (hit.kind == DateKind::Time && part.is_none() && day.is_some())
        {
            return None;
        }
        // "Sunday night at 8 PM": the corpora keep the night (annotated as the day) and the clock
        // time apart.
        if part.is_none() && self.w(hit.end.wrapping_sub(1)) == "night" {
            return None;
        }
        let at = self.w(hit.end) == "at";
        // "tomorrow before 3pm", "Friday by 5 p.m.": the time the bound names, on that day.
        let bound = self.is(hit.end, &["before", "after", "by", "from", "between"]);
        let k = if at || bound { hit.end + 1 } else { hit.end };
        if !self.same_sentence(hit.start, k) {
            return None;
        }
        // "Thu 13 Feb, 17:00", "Friday, 4pm": a day, a comma and a clock time with a colon or
        // am / pm.
        let comma = (self.w(k) == "," && self.same_sentence(k, k + 1))
            .then(|| {
                self.bare_colon_clock_at(k + 1).or_else(|| {
                    self.clock_at(k + 1)
                        .filter(|c| c.end > k + 2 || !self.w(k + 1).bytes().all(|b| b.is_ascii_digit()))
                })
            })
            .flatten();
        // "2019-03-14 14:05", "tomorrow 14:00": a day and a colon clock time closing the clause.
        let iso = (!at && day.is_some() && part.is_none())
            .then(|| self.bare_colon_clock_at(k))
            .flatten();
        let after_iso = iso.is_some();
        let clock = match iso.or(comma).or_else(|| self.clock_at(k)) {
            // Without "at", only a time marked as one: "Thursday 8:00 GMT", "Friday 6pm".
            Some(c)
                if at
                    || after_iso
                    || c.utc
                    || !self.w(k).bytes().all(|b| b.is_ascii_digit() || b == b':')
                    || c.end > k + 1 =>
            {
                c
            }
            Some(_) => return None,
            // "this morning at 9", "tonight at 8": the part of the day says am or pm.
            None => {
                let hour: u32 = self.w(k).parse().ok().filter(|h| (1..=12).contains(h) && at)?;
                if self.kind(k) != Some(TokenKind::Number) {
                    return None;
                }
                // "July 12 at 10." closing its clause: the hour as written.
                let closing = matches!(self.kind(k + 1), None | Some(TokenKind::Punct))
                    && !self.is(k + 1, &["%", "-", "–", "/"]);
                let hour = match part {
                    Some(part) => hour_in_part(hour, part),
                    None if closing => hour,
                    None => return None,
                };
                Clock {
                    end: k + 1,
                    hour,
                    minute: 0,
                    utc: false,
                }
            }
        };
        let first = if self.w(k) == "," { k + 1 } else { k };
        let time = self.time_of_day(first, &clock);
        let value = day.map(|d| format!("{d}{time}"));
        Some(
            Hit {
                kind: DateKind::Time,
                value,
                end: clock.end,
                ..hit.clone()
            }
            .by(DAY_AT_CLOCK_TIME.name),
        )
    }

    /// A set of days, then "at" and a clock time on each: "every Tuesday at 9am" →
    /// `XXXX-WXX-2T09:00`, "every morning at 7" → `XXXX-XX-XXT07:00`.
    pub(super) fn set_then_clock(&self, hit: &Hit) -> Option<Hit> {
        let v = hit.value.as_deref()?;
        let (days, part) = match v.split_once('T') {
            Some((d, p)) => (d, Some(p)),
            None => (v, None),
        };
        let daily = days == "XXXX-XX-XX" || (days.starts_with("XXXX-WXX-") && days.len() == 10);
        if hit.kind != DateKind::Set || !daily || self.w(hit.end) != "at" {
            return None;
        }
        let k = hit.end + 1;
        if !self.same_sentence(hit.start, k) {
            return None;
        }
        let (hour, minute, end) = match (self.clock_at(k), part) {
            (Some(c), _) if c.end > k + 1 || !self.w(k).bytes().all(|b| b.is_ascii_digit()) => {
                (c.hour, c.minute, c.end)
            }
            (_, Some(part)) if self.kind(k) == Some(TokenKind::Number) => {
                let hour: u32 = self.w(k).parse().ok().filter(|h| (1..=12).contains(h))?;
                (hour_in_part(hour, part), 0, k + 1)
            }
            _ => return None,
        };
        let value = Some(format!("{days}T{hour:02}:{minute:02}"));
        Some(
            Hit {
                value,
                end,
                ..hit.clone()
            }
            .by(SET_AT_CLOCK_TIME.name),
        )
    }

    /// The day of the event a clause with a clock time at `i` tells again (the caller asks only in a
    /// past clause): the last earlier sentence naming a day that shares one of the clause's past verbs
    /// ("was attacked last Oct. 23" … "was attacked at 10 p.m."), among the last 64 days named.
    fn event_day(&self, i: usize) -> Option<Date> {
        let sentence = self.sentence_of(i);
        let tokens = |s: usize| self.doc.sentences.get(s).map_or(0..0, |s| s.tokens.clone());
        let verbs: Vec<&str> = tokens(sentence)
            .map(|k| self.w(k))
            .filter(|w| {
                w.len() >= 4 && words::cue(w) == Some(words::Cue::Past) && !words::LIGHT_VERBS.contains(w)
            })
            .collect();
        if verbs.is_empty() {
            return None;
        }
        self.days
            .iter()
            .rev()
            .take(64)
            .filter(|(s, _)| *s < sentence)
            .find(|(s, _)| tokens(*s).any(|k| verbs.contains(&self.w(k))))
            .map(|(_, d)| *d)
    }

    pub(super) fn time_at(&self, i: usize) -> Option<Hit> {
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
        // "10pm last night": the day before.
        let tonight = match (self.w(k), self.w(k + 1)) {
            ("tonight", _) => Some((k + 1, 0)),
            ("this", "morning" | "afternoon" | "evening") => Some((k + 2, 0)),
            ("last", "night") => Some((k + 2, -1)),
            _ => None,
        };
        if let (Some((e, shift)), Some(r)) = (tonight.filter(|_| self.same_sentence(i, k)), self.reference) {
            day = Some(r.add_days(shift));
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
            // "9:30 tomorrow morning": the part of the day goes with it.
            if words::WEEKDAY_PARTS.contains(self.w(end)) && self.same_sentence(i, end) {
                end += 1;
            }
        }
        // "midnight on Sunday", "at 9 a.m. on Jan. 3": the day that follows names the day.
        if day.is_none() && self.w(end) == "on" {
            let next = self.absolute_at(end + 1).or_else(|| self.weekday_at(end + 1));
            if let Some(h) = next.filter(|h| h.value.as_deref().is_some_and(|v| v.len() == 10)) {
                day = h.value.as_deref().and_then(Date::parse_iso);
                inferred = h.inferred;
            }
        }
        let mut rule = None;
        if day.is_none() {
            day = self.restated_day(end);
            if day.is_some() {
                rule = Some(CLOCK_TIME_RESTATED.name);
            }
        }
        if day.is_none() {
            // The last day named in the same paragraph, else the day of the event the clause tells
            // again, else the reference date.
            day = match self.last_day {
                Some((p, d)) if p == self.paragraph_of(i) => Some(d),
                _ => None,
            };
            // Both of the next only in a past clause.
            let past = day.is_none() && self.tense(i, i + 1) == Tense::Past;
            if past {
                day = self.event_day(i);
                if day.is_some() {
                    rule = Some(CLOCK_TIME_OF_EVENT.name);
                }
            }
            // "... on Monday night. Officials detained the man after the first attack, at about 9:15
            // p.m.": in a past clause, a day named in one of the two sentences before.
            let sentence = self.sentence_of(i);
            if day.is_none() && past {
                day = self
                    .days
                    .last()
                    .filter(|(s, _)| *s < sentence && sentence - s <= 2)
                    .map(|(_, d)| *d);
            }
            day = day.or(self.reference);
        }
        let time = self.time_of_day(i, &clock);
        let value = day.map(|d| format!("{d}{time}"));
        let rule = rule.unwrap_or(if end > clock.end {
            CLOCK_TIME_AND_DAY.name
        } else {
            CLOCK_TIME.name
        });
        Some(
            Hit {
                inferred,
                relative: inferred,
                ..Hit::new(i, end, DateKind::Time, value)
            }
            .by(rule),
        )
    }
}

/// The parts of the day a word of the day or a weekday takes ("tomorrow morning", "Tuesday night").
const DAY_PARTS: [&str; 4] = ["morning", "afternoon", "evening", "night"];

/// The hour of the 24-hour clock of an hour of the 12-hour clock said in a part of the day
/// (TIMEX3 code): 9 in the morning is 9, 7 in the evening 19, 2 at night 2.
fn hour_in_part(hour: u32, part: &str) -> u32 {
    match part {
        "MO" => hour % 12,
        "NI" if hour <= 4 => hour,
        _ if hour < 12 => hour + 12,
        _ => hour,
    }
}

/// The hour of the 24-hour clock of an hour of the 12-hour clock: 12 am is 0, 12 pm is 12.
fn twelve_hour(hour: u32, pm: bool) -> Option<u32> {
    if !(1..=12).contains(&hour) {
        return None;
    }
    Some(match (pm, hour) {
        (true, 12) => 12,
        (true, h) => h + 12,
        (false, 12) => 0,
        (false, h) => h,
    })
}
