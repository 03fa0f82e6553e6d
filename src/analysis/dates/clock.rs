//! Clock times ("6:40 p.m.", "18:00 GMT", "noon") and the day they belong to.

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
        if let Some(clock) = self.named_clock_at(i) {
            return Some(clock);
        }
        if self.kind(i) != Some(TokenKind::Number) {
            return None;
        }
        let (hour, minute, colon) = self.clock_digits(i)?;
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
}
