//! TIMEX3 building blocks: the temporal lexicon (months, weekdays, units, number words) and the value
//! arithmetic that anchors relative expressions at a reference date.
//!
//! Values follow TimeML: `2022-01-21`, `2022-01`, `2022`, `199` (a decade), `19` (a century),
//! `2022-W04`, `2022-W04-WE`, `2022-Q3`, `2021-SU`, `2022-01-21T20:17`, `2022-01-21TNI`, durations
//! `P3W`, `PT30M`, `PXY`, sets `XXXX-WXX-1`, and the vague `PRESENT_REF`, `PAST_REF`, `FUTURE_REF`.
//!
//! ```
//! use lede::analysis::{timex, Date};
//! let d = Date::parse_iso("2022-01-21").unwrap();
//! assert_eq!(timex::week_value(d.add_days(7)), "2022-W04");
//! assert_eq!(timex::duration_value(3.0, timex::Unit::Week), "P3W");
//! ```

use std::sync::LazyLock;

use crate::analysis::calendar::{days_in_month, Date};
use crate::analysis::gazetteer;

/// A map keyed by words, with the fast hash of the embedded tables ([`gazetteer::TableHash`]): these
/// tables are looked up for nearly every token.
pub(crate) type WordMap<V> = gazetteer::TableMap<&'static str, V>;

/// A word table that rules most words out before hashing them: by the lengths, first and last bytes
/// of its keys ([`gazetteer::Prefilter`]). The temporal tables are asked about nearly every token, and
/// most tokens are in none of them ("the" is no weekday: no weekday name has three letters).
struct WordTable<V> {
    map: WordMap<V>,
    filter: gazetteer::Prefilter,
}

impl<V> FromIterator<(&'static str, V)> for WordTable<V> {
    fn from_iter<I: IntoIterator<Item = (&'static str, V)>>(entries: I) -> Self {
        let map: WordMap<V> = entries.into_iter().collect();
        let mut filter = gazetteer::Prefilter::default();
        map.keys().for_each(|k| filter.add(k));
        WordTable { map, filter }
    }
}

impl<V> WordTable<V> {
    /// The entry of `word`; the same as the map's, only faster for words that no key resembles.
    fn get(&self, word: &str) -> Option<&V> {
        if !self.filter.may_hold(word) {
            return None;
        }
        self.map.get(word)
    }
}

impl<V> std::ops::Deref for WordTable<V> {
    type Target = WordMap<V>;
    fn deref(&self) -> &WordMap<V> {
        &self.map
    }
}

/// The temporal word lists of `data/dates-*.tsv`, parsed once.
struct Lexicon {
    /// Month word → (month, is an abbreviation).
    months: WordTable<(u8, bool)>,
    weekdays: WordTable<u8>,
    /// Season word → (TIMEX3 code, month it begins in).
    seasons: WordTable<(&'static str, u8)>,
    parts_of_day: WordTable<&'static str>,
    units: WordTable<(Unit, bool)>,
    numbers: WordTable<u32>,
    ordinals: WordTable<u32>,
}

/// The data files of the temporal lexicon, by name.
const DATA_FILES: [(&str, &str); 7] = [
    ("dates-months.tsv", gazetteer::data_file!("data/dates-months.tsv")),
    (
        "dates-weekdays.tsv",
        gazetteer::data_file!("data/dates-weekdays.tsv"),
    ),
    (
        "dates-seasons.tsv",
        gazetteer::data_file!("data/dates-seasons.tsv"),
    ),
    (
        "dates-parts-of-day.tsv",
        gazetteer::data_file!("data/dates-parts-of-day.tsv"),
    ),
    ("dates-units.tsv", gazetteer::data_file!("data/dates-units.tsv")),
    (
        "dates-numbers.tsv",
        gazetteer::data_file!("data/dates-numbers.tsv"),
    ),
    (
        "dates-ordinals.tsv",
        gazetteer::data_file!("data/dates-ordinals.tsv"),
    ),
];

/// The rows of a table with at least `n` fields, the second parsed as a number.
fn numbered<T: std::str::FromStr>(
    data: &'static str,
) -> impl Iterator<Item = (&'static str, T, Vec<&'static str>)> {
    gazetteer::rows(data).filter_map(|r| {
        let n = r.get(1)?.parse().ok()?;
        Some((r[0], n, r))
    })
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| {
    let [months, weekdays, seasons, parts, units, numbers, ordinals] = DATA_FILES.map(|(_, data)| data);
    Lexicon {
        months: numbered(months)
            .map(|(w, m, r)| (w, (m, r.get(2) == Some(&"abbreviation"))))
            .collect(),
        weekdays: numbered(weekdays).map(|(w, d, _)| (w, d)).collect(),
        seasons: gazetteer::rows(seasons)
            .filter_map(|r| Some((r[0], (*r.get(1)?, r.get(2)?.parse().ok()?))))
            .collect(),
        parts_of_day: gazetteer::rows(parts)
            .filter_map(|r| Some((r[0], *r.get(1)?)))
            .collect(),
        units: gazetteer::rows(units)
            .filter_map(|r| Some((r[0], (Unit::named(r.get(1)?)?, r.get(2) == Some(&"plural")))))
            .collect(),
        numbers: numbered(numbers).map(|(w, n, _)| (w, n)).collect(),
        ordinals: numbered(ordinals).map(|(w, n, _)| (w, n)).collect(),
    }
});

/// A calendar or clock unit, from the shortest to the longest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Unit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Weekend,
    Month,
    Quarter,
    Year,
    Decade,
    Century,
}

impl Unit {
    /// The unit named by a (lower-case) word, and whether the word is plural.
    pub fn of(word: &str) -> Option<(Unit, bool)> {
        LEXICON.units.get(word).copied()
    }

    fn named(name: &str) -> Option<Unit> {
        Some(match name {
            "second" => Unit::Second,
            "minute" => Unit::Minute,
            "hour" => Unit::Hour,
            "day" => Unit::Day,
            "week" => Unit::Week,
            "weekend" => Unit::Weekend,
            "month" => Unit::Month,
            "quarter" => Unit::Quarter,
            "year" => Unit::Year,
            "decade" => Unit::Decade,
            "century" => Unit::Century,
            _ => return None,
        })
    }

    /// The TIMEX3 duration letter(s) and the multiplier into them.
    fn code(self) -> (&'static str, f64, bool) {
        match self {
            Unit::Second => ("S", 1.0, true),
            Unit::Minute => ("M", 1.0, true),
            Unit::Hour => ("H", 1.0, true),
            Unit::Day => ("D", 1.0, false),
            Unit::Week => ("W", 1.0, false),
            Unit::Weekend => ("WE", 1.0, false),
            Unit::Month => ("M", 1.0, false),
            Unit::Quarter => ("Q", 1.0, false),
            Unit::Year => ("Y", 1.0, false),
            Unit::Decade => ("Y", 10.0, false),
            Unit::Century => ("Y", 100.0, false),
        }
    }
}

/// The TIMEX3 duration of `n` units: `P3W`, `PT30M`, `P2.5Y`, `P10Y` for a decade.
/// Two lengths of time written one after the other as one: `PT1H` and `PT48M` → `PT1H48M`, `P2Y` and
/// `P3M` → `P2Y3M`, `P2D` and `PT6H` → `P2DT6H` (the second in a smaller unit than the first).
pub fn join_durations(longer: &str, shorter: &str) -> String {
    let parts = |v: &str| {
        let v = v.strip_prefix('P').unwrap_or(v);
        match v.split_once('T') {
            Some((date, time)) => (date.to_string(), time.to_string()),
            None => (v.to_string(), String::new()),
        }
    };
    let ((date_a, time_a), (date_b, time_b)) = (parts(longer), parts(shorter));
    let mut value = String::from('P');
    value.push_str(&date_a);
    value.push_str(&date_b);
    if !time_a.is_empty() || !time_b.is_empty() {
        value.push('T');
        value.push_str(&time_a);
        value.push_str(&time_b);
    }
    value
}

pub fn duration_value(n: f64, unit: Unit) -> String {
    let (code, mult, clock) = unit.code();
    match unit {
        Unit::Weekend => return format!("P{}D", fmt_num(n * 2.0)),
        // Quarters are written in months: "the next three quarters" → P9M.
        Unit::Quarter => return format!("P{}M", fmt_num(n * 3.0)),
        _ => {}
    }
    if (n - 0.5).abs() < 1e-9 {
        match unit {
            Unit::Year => return "P6M".into(),
            Unit::Day => return "PT12H".into(),
            Unit::Hour => return "PT30M".into(),
            Unit::Minute => return "PT30S".into(),
            _ => {}
        }
    }
    // A half splits into the next smaller unit: 2.5 years → P2Y6M, 1.5 minutes → PT1M30S.
    let whole = n.trunc();
    if n > 1.0 && (n - whole - 0.5).abs() < 1e-9 {
        let sub = match unit {
            Unit::Year => Some(("6M", false)),
            Unit::Day => Some(("T12H", false)),
            Unit::Hour => Some(("30M", true)),
            Unit::Minute => Some(("30S", true)),
            _ => None,
        };
        if let Some((rest, clock)) = sub {
            return format!(
                "P{}{}{}{}",
                if clock { "T" } else { "" },
                whole as i64,
                code,
                rest
            );
        }
    }
    format!("P{}{}{}", if clock { "T" } else { "" }, fmt_num(n * mult), code)
}

/// A vague duration: `PXY`, `PXM`, `PTXH`.
pub fn vague_duration_value(unit: Unit) -> String {
    let (code, _, clock) = unit.code();
    match unit {
        Unit::Decade => "PXDE".to_string(),
        Unit::Century => "PXCE".to_string(),
        _ => format!("P{}X{}", if clock { "T" } else { "" }, code),
    }
}

fn fmt_num(n: f64) -> String {
    if (n - n.round()).abs() < 1e-9 {
        format!("{}", n.round() as i64)
    } else {
        let s = format!("{n:.2}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

/// Month number of a full or abbreviated (lower-case) month name.
pub fn month_of(word: &str) -> Option<u8> {
    LEXICON.months.get(word).map(|&(m, _)| m)
}

/// Whether a month word is an abbreviation ("Jan", "Sept").
pub fn is_month_abbreviation(word: &str) -> bool {
    LEXICON
        .months
        .get(word)
        .is_some_and(|&(_, abbreviation)| abbreviation)
}

/// ISO weekday (Monday = 1) of a (lower-case) weekday name, and whether it is plural ("Mondays").
pub fn weekday_of(word: &str) -> Option<(u8, bool)> {
    let (stem, plural) = match word.strip_suffix('s') {
        Some(s) if s.ends_with("day") => (s, true),
        _ => (word, false),
    };
    LEXICON.weekdays.get(stem).map(|&d| (d, plural))
}

/// The TIMEX3 season code of a season word.
pub fn season_of(word: &str) -> Option<&'static str> {
    LEXICON.seasons.get(word).map(|&(code, _)| code)
}

/// The month a season (by its TIMEX3 code) begins in: `SU` → 6.
pub fn season_start(code: &str) -> u8 {
    LEXICON
        .seasons
        .values()
        .find(|&&(c, _)| c == code)
        .map_or(12, |&(_, month)| month)
}

/// The TIMEX3 part-of-day code: "morning" → `MO`.
pub fn part_of_day(word: &str) -> Option<&'static str> {
    LEXICON.parts_of_day.get(word).copied()
}

/// Cardinal number words up to ninety-nine, hyphenated compounds included ("twenty-four").
pub fn number_word(word: &str) -> Option<u32> {
    let small = |w: &str| LEXICON.numbers.get(w).copied();
    // A byte search: '-' is ASCII, so its byte is the character (no `char` pattern to set up).
    let hyphen = word.bytes().position(|b| b == b'-');
    if let Some((tens, ones)) = hyphen.map(|at| (&word[..at], &word[at + 1..])) {
        let (t, o) = (small(tens)?, small(ones)?);
        return (t >= 20 && t % 10 == 0 && (1..10).contains(&o)).then_some(t + o);
    }
    small(word)
}

/// Ordinal words and numerals: "first", "third", "21st", "2nd".
pub fn ordinal_of(word: &str) -> Option<u32> {
    // Every English ordinal ends in -st, -nd, -rd or -th: most tokens need no lookup.
    if !["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s)) {
        return None;
    }
    let named = LEXICON.ordinals.get(word).copied().unwrap_or(0);
    if named > 0 {
        return Some(named);
    }
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let suffix = &word[digits.len()..];
    if !digits.is_empty()
        && digits.len() <= 3
        && digits.bytes().all(|b| b.is_ascii_digit())
        && matches!(suffix, "st" | "nd" | "rd" | "th")
    {
        return digits.parse().ok();
    }
    None
}

/// `2022-W04`.
pub fn week_value(d: Date) -> String {
    let (y, w) = d.iso_week();
    format!("{y:04}-W{w:02}")
}

/// `2022`: a year, kept inside the calendar's years 1–9999.
pub fn year_value(year: i64) -> String {
    format!("{:04}", year.clamp(1, 9999))
}

/// `202` (the 2020s): a decade, kept inside the calendar (001–999).
pub fn decade_value(decade: i64) -> String {
    format!("{:03}", decade.clamp(1, 999))
}

/// `20` (the years 2000–2099): a century, kept inside the calendar (01–99).
pub fn century_value(century: i64) -> String {
    format!("{:02}", century.clamp(1, 99))
}

/// `2022-01`.
pub fn month_value(year: i32, month: u8) -> String {
    format!("{year:04}-{month:02}")
}

/// `2022-Q1`.
pub fn quarter_value(year: i32, quarter: u8) -> String {
    format!("{year:04}-Q{quarter}")
}

/// The quarter (1-4) a date falls in.
pub fn quarter_of(d: Date) -> u8 {
    (d.month - 1) / 3 + 1
}

/// `(year, month)` moved by `n` months.
pub fn shift_month(year: i32, month: u8, n: i64) -> (i32, u8) {
    let total = i64::from(year) * 12 + i64::from(month) - 1 + n;
    (
        total.div_euclid(12).clamp(1, 9999) as i32,
        (total.rem_euclid(12) + 1) as u8,
    )
}

/// `(year, quarter)` moved by `n` quarters.
pub fn shift_quarter(year: i32, quarter: u8, n: i64) -> (i32, u8) {
    let total = i64::from(year) * 4 + i64::from(quarter) - 1 + n;
    (
        total.div_euclid(4).clamp(1, 9999) as i32,
        (total.rem_euclid(4) + 1) as u8,
    )
}

/// The day `n` weekday-steps from `d`: the nearest `weekday` strictly before (`dir < 0`) or after
/// (`dir > 0`) `d`, or `d` itself when it is that weekday and `dir == 0`.
pub fn weekday_near(d: Date, weekday: u8, dir: i8) -> Date {
    let cur = i64::from(d.weekday());
    let target = i64::from(weekday);
    match dir {
        0 if cur == target => d,
        x if x < 0 => {
            let back = (cur - target).rem_euclid(7);
            d.add_days(-(if back == 0 { 7 } else { back }))
        }
        _ => {
            let fwd = (target - cur).rem_euclid(7);
            d.add_days(if fwd == 0 { 7 } else { fwd })
        }
    }
}

/// The `n`-th (1-based; 5 = last) `weekday` of a month: for holidays like Thanksgiving.
pub fn nth_weekday(year: i32, month: u8, weekday: u8, n: u8) -> Option<Date> {
    if n >= 5 {
        let last = Date::new(year, month, days_in_month(year, month))?;
        let back = (i64::from(last.weekday()) - i64::from(weekday)).rem_euclid(7);
        return Some(last.add_days(-back));
    }
    let first = Date::new(year, month, 1)?;
    let fwd = (i64::from(weekday) - i64::from(first.weekday())).rem_euclid(7);
    Some(first.add_days(fwd + 7 * (i64::from(n) - 1)))
}

/// Easter Sunday of a Gregorian year (the anonymous Gregorian computus).
pub fn easter(year: i32) -> Option<Date> {
    let a = year.rem_euclid(19);
    let (b, c) = (year.div_euclid(100), year.rem_euclid(100));
    let (d, e) = (b / 4, b % 4);
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let (i, k) = (c / 4, c % 4);
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, u8::try_from(month).ok()?, u8::try_from(day).ok()?)
}

/// The first day a TIMEX3 date value covers, for ordering a timeline: `2022-W04` → 2022-01-24,
/// `2021-SU` → 2021-06-01, `199` → 1990-01-01. `None` for durations, sets and vague references.
pub fn first_day(value: &str) -> Option<Date> {
    let b = value.as_bytes();
    let digits = |r: std::ops::Range<usize>| -> Option<u32> {
        let s = value.get(r)?;
        (!s.is_empty() && s.bytes().all(|c| c.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    match b.len() {
        2 => return Date::new(digits(0..2)? as i32 * 100, 1, 1),
        3 => return Date::new(digits(0..3)? as i32 * 10, 1, 1),
        _ => {}
    }
    let year = digits(0..4)? as i32;
    if b.len() == 4 {
        return Date::new(year, 1, 1);
    }
    if b.get(4) != Some(&b'-') {
        return None;
    }
    let rest = value.get(5..)?;
    if let Some(w) = rest.strip_prefix('W') {
        let week: u8 = w.get(0..2)?.parse().ok()?;
        let monday = Date::from_iso_week(year, week)?;
        return Some(if w.ends_with("-WE") {
            monday.add_days(5)
        } else {
            monday
        });
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: u8 = q.get(0..1)?.parse().ok()?;
        return Date::new(year, (q.clamp(1, 4) - 1) * 3 + 1, 1);
    }
    if let Some(h) = rest.strip_prefix('H') {
        let h: u8 = h.get(0..1)?.parse().ok()?;
        return Date::new(year, if h == 2 { 7 } else { 1 }, 1);
    }
    let season = match rest.get(0..2) {
        Some("SP") => Some(3),
        Some("SU") => Some(6),
        Some("FA") => Some(9),
        Some("WI") => Some(12),
        _ => None,
    };
    if let Some(m) = season {
        return Date::new(year, m, 1);
    }
    let month = digits(5..7)? as u8;
    if b.len() >= 10 && b[7] == b'-' {
        if let Some(day) = digits(8..10) {
            return Date::new(year, month, day as u8);
        }
    }
    Date::new(year, month, 1)
}

/// A TIMEX3 value for people, at its grain: `2025-02-13T17:00` → "Thu 13 Feb 2025, 17:00",
/// `2022-01-21TMO` → "Fri 21 Jan 2022, morning", `2022-01-21` → "Fri 21 Jan 2022", `2022-01` →
/// "Jan 2022", `2022-W04` → "week 4 of 2022", `2021-Q3` → "Q3 2021", `2021-SU` → "summer 2021".
/// A time in UTC ends in " UTC". Sets of days say which: `XXXX-WXX-2T09:00` → "every Tuesday,
/// 09:00", `XXXX-XX-XXTMO` → "every morning", `XXXX-Q2` → "every Q2". Any other value (years,
/// durations, vague references) is returned as it is. For the app's dates panel and timeline.
pub fn display(value: &str) -> String {
    display_point(value)
        .or_else(|| display_set(value))
        .unwrap_or_else(|| value.to_string())
}

const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// A set of days, of times on them or of quarters, for people.
fn display_set(value: &str) -> Option<String> {
    if let Some(q @ ("Q1" | "Q2" | "Q3" | "Q4")) = value.strip_prefix("XXXX-") {
        return Some(format!("every {q}"));
    }
    let (days, time) = match value.split_once('T') {
        Some((d, t)) => (d, Some(t)),
        None => (value, None),
    };
    let days = match days {
        "XXXX-XX-XX" => "day".to_string(),
        _ => {
            let n: usize = days.strip_prefix("XXXX-WXX-")?.parse().ok()?;
            WEEKDAY_NAMES.get(n.checked_sub(1)?)?.to_string()
        }
    };
    let Some(time) = time else {
        return (days != "day").then(|| format!("every {days}"));
    };
    let part = match time {
        "MO" => Some("morning"),
        "AF" => Some("afternoon"),
        "EV" => Some("evening"),
        "NI" => Some("night"),
        _ => None,
    };
    match (part, days.as_str()) {
        (Some(p), "day") => Some(format!("every {p}")),
        (Some(p), _) => Some(format!("every {days} {p}")),
        (None, _) => {
            let b = time.as_bytes();
            let clock = b.len() == 5
                && b[2] == b':'
                && b.iter().enumerate().all(|(k, c)| k == 2 || c.is_ascii_digit());
            clock.then(|| format!("every {days}, {time}"))
        }
    }
}

const MONTH_ABBREVIATIONS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];
const WEEKDAY_ABBREVIATIONS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

fn display_point(value: &str) -> Option<String> {
    let year = value
        .get(0..4)
        .filter(|y| y.bytes().all(|b| b.is_ascii_digit()))?;
    let rest = value.get(4..)?.strip_prefix('-')?;
    let part_name = |code: &str| match code {
        "MO" => Some("morning"),
        "MI" => Some("midday"),
        "AF" => Some("afternoon"),
        "EV" => Some("evening"),
        "NI" => Some("night"),
        "DT" => Some("daytime"),
        _ => None,
    };
    if let Some(week) = rest.strip_prefix('W') {
        let n: u8 = week.get(0..2)?.parse().ok()?;
        return Some(match week.get(2..) {
            Some("-WE") => format!("weekend of week {n} of {year}"),
            Some("") => format!("week {n} of {year}"),
            _ => return None,
        });
    }
    if rest.len() == 2 {
        return match rest.as_bytes() {
            [b'Q' | b'H', d] if d.is_ascii_digit() => Some(format!("{rest} {year}")),
            _ => {
                let season = match rest {
                    "SP" => "spring",
                    "SU" => "summer",
                    "FA" => "autumn",
                    "WI" => "winter",
                    _ => {
                        let m: usize = rest.parse().ok()?;
                        return Some(format!("{} {year}", MONTH_ABBREVIATIONS.get(m.checked_sub(1)?)?));
                    }
                };
                Some(format!("{season} {year}"))
            }
        };
    }
    let day = Date::parse_iso(value.get(0..10)?)?;
    let date = format!(
        "{} {} {} {}",
        WEEKDAY_ABBREVIATIONS[usize::from(day.weekday().clamp(1, 7) - 1)],
        day.day,
        MONTH_ABBREVIATIONS[usize::from(day.month.clamp(1, 12) - 1)],
        day.year
    );
    let time = match value.get(10..) {
        Some("") => return Some(date),
        Some(t) => t.strip_prefix('T')?,
        None => return None,
    };
    if let Some(part) = part_name(time) {
        return Some(format!("{date}, {part}"));
    }
    let (clock, utc) = match time.strip_suffix('Z') {
        Some(c) => (c, " UTC"),
        None => (time, ""),
    };
    let b = clock.as_bytes();
    let clock_ok = (b.len() == 5 && b[2] == b':' || b.len() == 2)
        && b.iter().enumerate().all(|(k, c)| k == 2 || c.is_ascii_digit());
    if !clock_ok {
        return None;
    }
    let clock = if clock.len() == 2 {
        format!("{clock}:00")
    } else {
        clock.to_string()
    };
    Some(format!("{date}, {clock}{utc}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn easter_falls_on_its_published_dates() {
        for (year, month, day) in [
            (2000, 4, 23),
            (2009, 4, 12),
            (2011, 4, 24),
            (2019, 4, 21),
            (2024, 3, 31),
            (2038, 4, 25),
        ] {
            assert_eq!(easter(year), Date::new(year, month, day), "{year}");
        }
        assert!(easter(-40).is_none_or(|d| d.year == -40));
    }

    #[test]
    fn word_tables_find_every_key_and_rule_out_the_rest() {
        let table: WordTable<u8> = [
            ("monday", 1),
            ("", 0),
            ("é", 2),
            ("x".repeat(70).leak() as &str, 3),
        ]
        .into_iter()
        .collect();
        for (key, value) in table.map.iter() {
            assert_eq!(table.get(key), Some(value), "{key}");
        }
        for word in ["mondays", "sunday", "the", "e", "x"] {
            assert_eq!(table.get(word), None, "{word}");
        }
        for (key, _) in LEXICON.numbers.iter().chain(LEXICON.ordinals.iter()) {
            assert!(LEXICON.numbers.get(key).is_some() || LEXICON.ordinals.get(key).is_some());
        }
        assert_eq!(month_of("january"), Some(1));
        assert_eq!(weekday_of("fridays"), Some((5, true)));
    }

    #[test]
    fn display_shows_a_value_at_its_grain() {
        assert_eq!(display("2025-02-13T17:00"), "Thu 13 Feb 2025, 17:00");
        assert_eq!(display("2009-06-01T12:00Z"), "Mon 1 Jun 2009, 12:00 UTC");
        assert_eq!(display("1989-11-06T17"), "Mon 6 Nov 1989, 17:00");
        assert_eq!(display("2022-01-21TMO"), "Fri 21 Jan 2022, morning");
        assert_eq!(display("2022-01-21"), "Fri 21 Jan 2022");
        assert_eq!(display("2022-01"), "Jan 2022");
        assert_eq!(display("2022-W04"), "week 4 of 2022");
        assert_eq!(display("2022-W02-WE"), "weekend of week 2 of 2022");
        assert_eq!(display("2021-Q3"), "Q3 2021");
        assert_eq!(display("2021-H1"), "H1 2021");
        assert_eq!(display("2021-SU"), "summer 2021");
        assert_eq!(display("XXXX-WXX-1"), "every Monday");
        assert_eq!(display("XXXX-WXX-2T09:00"), "every Tuesday, 09:00");
        assert_eq!(display("XXXX-WXX-2TNI"), "every Tuesday night");
        assert_eq!(display("XXXX-XX-XXT07:00"), "every day, 07:00");
        assert_eq!(display("XXXX-XX-XXTMO"), "every morning");
        assert_eq!(display("XXXX-Q2"), "every Q2");
        // Years, durations, other sets, vague references and odd values stay as they are.
        for v in [
            "2022",
            "197",
            "P3W",
            "XXXX",
            "XXXX-XX-XX",
            "XXXX-WXX-8",
            "XXXX-WXX-0",
            "XXXX-WXX-2T9",
            "PRESENT_REF",
            "2022-13",
            "2022-01-21T9",
            "",
            "é",
        ] {
            assert_eq!(display(v), v);
        }
    }

    #[test]
    fn durations() {
        assert_eq!(duration_value(3.0, Unit::Week), "P3W");
        assert_eq!(duration_value(30.0, Unit::Minute), "PT30M");
        assert_eq!(duration_value(2.5, Unit::Year), "P2Y6M");
        assert_eq!(duration_value(1.5, Unit::Minute), "PT1M30S");
        assert_eq!(duration_value(0.5, Unit::Hour), "PT30M");
        assert_eq!(duration_value(3.0, Unit::Quarter), "P9M");
        assert_eq!(duration_value(1.0, Unit::Decade), "P10Y");
        assert_eq!(vague_duration_value(Unit::Month), "PXM");
        assert_eq!(vague_duration_value(Unit::Hour), "PTXH");
    }

    #[test]
    fn lexicon() {
        assert_eq!(number_word("twenty-four"), Some(24));
        assert_eq!(number_word("four-twenty"), None);
        assert_eq!(ordinal_of("21st"), Some(21));
        assert_eq!(ordinal_of("third"), Some(3));
        assert_eq!(ordinal_of("21x"), None);
        assert_eq!(weekday_of("mondays"), Some((1, true)));
        assert_eq!(weekday_of("days"), None);
    }

    #[test]
    fn first_days() {
        let d = |s| Date::parse_iso(s);
        assert_eq!(first_day("2022-W04"), d("2022-01-24"));
        assert_eq!(first_day("2022-Q3"), d("2022-07-01"));
        assert_eq!(first_day("199"), d("1990-01-01"));
        assert_eq!(first_day("2021-SU"), d("2021-06-01"));
        assert_eq!(first_day("2022-01-21T20:17"), d("2022-01-21"));
        assert_eq!(first_day("P3W"), None);
        assert_eq!(first_day("PRESENT_REF"), None);
        assert_eq!(first_day("XXXX-WXX-1"), None);
    }

    #[test]
    fn weekdays() {
        let fri = Date::parse_iso("2022-01-21").unwrap();
        assert_eq!(weekday_near(fri, 4, -1).to_string(), "2022-01-20");
        assert_eq!(weekday_near(fri, 5, 0).to_string(), "2022-01-21");
        assert_eq!(weekday_near(fri, 5, -1).to_string(), "2022-01-14");
        assert_eq!(weekday_near(fri, 1, 1).to_string(), "2022-01-24");
        assert_eq!(
            nth_weekday(2021, 11, 4, 4).map(|d| d.to_string()),
            Some("2021-11-25".into())
        );
        assert_eq!(
            nth_weekday(2021, 5, 1, 5).map(|d| d.to_string()),
            Some("2021-05-31".into())
        );
    }
}
