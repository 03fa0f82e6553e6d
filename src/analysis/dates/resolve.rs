//! The second phase of normalisation: the rules recognise an expression and give its value as far as
//! the text fixes it (a [`Partial`]: a month and day without a year, a weekday and the tense of its
//! clause, "next" and a unit, a quarter of an unknown year ...); this module anchors such values to
//! the reference date and the tense, in one place.
//!
//! The one notion of "the nearest occurrence given the tense" ([`nearest`]) serves month-days and
//! holidays alike.

use crate::analysis::calendar::{days_in_month, Date};
use crate::analysis::timex::{self, Unit};

use super::words::DateRule;

/// Tense of the clause around an expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// A value the text leaves open, to be anchored at the reference date.
#[derive(Clone, Copy, Debug)]
pub(super) enum Partial {
    /// "in June": a month of the year the tense points to.
    Month { month: u8, tense: Tense },
    /// "Jan. 20": the occurrence nearest the reference date given the tense.
    MonthDay { month: u8, day: u8, tense: Tense },
    /// "on Thursday": the one before in a past clause, the one after in a future clause.
    Weekday { weekday: u8, tense: Tense },
    /// "next Monday" (`dir` 1), "last Tuesday" (-1).
    WeekdayStep { weekday: u8, dir: i8 },
    /// "last March" (`dir` -1: the last one before the reference month), "next June" (1), "this May"
    /// (0: the reference year's).
    MonthStep { month: u8, dir: i64 },
    /// "May last year" (`dir` -1), "March of next year" (1), "June this year" (0): the month in the
    /// year `dir` years from the reference year.
    MonthOfYearStep { month: u8, dir: i32 },
    /// "next week", "last year", "this quarter": the unit `dir` steps from the reference date.
    UnitStep { unit: Unit, dir: i64 },
    /// "the third quarter": of the reference year, or the one before (after) by the tense.
    Quarter { quarter: u8, tense: Tense },
    /// "last summer" (`dir` -1), "next spring" (1), "this winter" (0).
    SeasonStep { code: &'static str, dir: i64 },
    /// "this past spring": the most recent one, this year's if it has begun.
    SeasonRecent { code: &'static str },
    /// "in spring": this year's, or the one before (after) by the tense.
    Season { code: &'static str, tense: Tense },
    /// "two years ago" (`n` -2), "a week from now" (1): `n` units from the reference date, in the
    /// unit's grain.
    Counted { unit: Unit, n: i64 },
    /// "Christmas": the occurrence nearest the reference date, never on the wrong side of the tense.
    Holiday { rule: DateRule, tense: Tense },
}

impl Partial {
    /// The TIMEX3 value of the expression anchored at `r`.
    pub(super) fn resolve(self, r: Date) -> Option<String> {
        match self {
            Partial::Month { month, tense } => Some(timex::month_value(month_year(r, month, tense), month)),
            Partial::MonthDay { month, day, tense } => {
                let y = month_day_year(r, month, day, tense)?;
                Date::new(y, month, day)
                    .or_else(|| Date::new(y + 1, month, day))
                    .map(|d| d.to_string())
            }
            Partial::Weekday { weekday, tense } => Some(weekday_by_tense(r, weekday, tense).to_string()),
            Partial::WeekdayStep { weekday, dir } => Some(timex::weekday_near(r, weekday, dir).to_string()),
            Partial::MonthStep { month, dir } => {
                let y = match dir {
                    0 => r.year,
                    -1 if month < r.month => r.year,
                    -1 => r.year - 1,
                    _ if month > r.month => r.year,
                    _ => r.year + 1,
                };
                Some(timex::month_value(y, month))
            }
            Partial::MonthOfYearStep { month, dir } => {
                Some(timex::month_value((r.year + dir).clamp(1, 9999), month))
            }
            Partial::UnitStep { unit, dir } => offset_value(r, unit, dir),
            Partial::Quarter { quarter, tense } => {
                Some(timex::quarter_value(quarter_year(r, quarter, tense), quarter))
            }
            Partial::SeasonStep { code, dir } => Some(format!("{:04}-{code}", season_year(r, code, dir))),
            Partial::SeasonRecent { code } => {
                let year = if timex::season_start(code) <= r.month {
                    r.year
                } else {
                    r.year - 1
                };
                Some(format!("{year:04}-{code}"))
            }
            Partial::Season { code, tense } => {
                let begins = timex::season_start(code);
                let year = match tense {
                    Tense::Past if begins > r.month => r.year - 1,
                    Tense::Future if begins + 2 < r.month => r.year + 1,
                    _ => r.year,
                };
                Some(format!("{year:04}-{code}"))
            }
            Partial::Counted { unit, n } => Some(counted(r, unit, n)),
            Partial::Holiday { rule, tense } => {
                nearest(r, tense, (1000, 1000), |y| rule.date(y)).map(|d| d.to_string())
            }
        }
    }
}

/// The occurrence of a yearly day (`day_in(year)`) nearest `r` among the years around it; an
/// occurrence after `r` in a past clause costs `penalty.0` days more, one before `r` in a future
/// clause `penalty.1` days more.
pub(super) fn nearest(
    r: Date,
    tense: Tense,
    penalty: (i64, i64),
    day_in: impl Fn(i32) -> Option<Date>,
) -> Option<Date> {
    let mut best: Option<(i64, Date)> = None;
    for y in [r.year - 1, r.year, r.year + 1] {
        let Some(d) = day_in(y) else { continue };
        let diff = d.to_days() - r.to_days();
        let cost = diff.abs()
            + match tense {
                Tense::Past if diff > 0 => penalty.0,
                Tense::Future if diff < 0 => penalty.1,
                _ => 0,
            };
        if best.is_none_or(|(c, _)| cost < c) {
            best = Some((cost, d));
        }
    }
    best.map(|(_, d)| d)
}

/// The year of a bare month: the reference year, or the year before (after) when the clause is in
/// the past (future) and the month lies ahead (behind); without a tense, the reference year unless
/// the month lies far behind.
pub(super) fn month_year(r: Date, month: u8, tense: Tense) -> i32 {
    match tense {
        Tense::Past if month > r.month => r.year - 1,
        Tense::Future if month < r.month => r.year + 1,
        Tense::Past | Tense::Future => r.year,
        Tense::Unknown => {
            if i32::from(month) - i32::from(r.month) < -6 {
                r.year + 1
            } else {
                r.year
            }
        }
    }
}

/// The year of a month and day: the occurrence nearest the reference date, biased half a year
/// towards the past in a past clause (reported deadlines such as "extended the offer to Nov. 20"
/// still look ahead) and strongly towards the future in a future clause.
pub(super) fn month_day_year(r: Date, month: u8, day: u8, tense: Tense) -> Option<i32> {
    nearest(r, tense, (200, 300), |y| Date::new(y, month, day.min(28))).map(|d| d.year)
}

/// A weekday: the reference day itself, else the one before, or the one after in a future clause.
pub(super) fn weekday_by_tense(r: Date, weekday: u8, tense: Tense) -> Date {
    if r.weekday() == weekday {
        return r;
    }
    timex::weekday_near(r, weekday, if tense == Tense::Future { 1 } else { -1 })
}

/// The week or month of "the last week of March" (`last`) or "the first week of March".
pub(super) fn week_of_month(y: i32, month: u8, last: bool, unit: Unit) -> Option<String> {
    let end = Date::new(y, month, days_in_month(y, month))?;
    let d = if last {
        end.add_days(-3)
    } else {
        Date::new(y, month, 1)?.add_days(3)
    };
    Some(if unit == Unit::Week {
        timex::week_value(d)
    } else {
        timex::month_value(y, month)
    })
}

/// The year of a season named relative to the reference: "last summer" in March 2013 → 2012.
pub(super) fn season_year(r: Date, code: &str, dir: i64) -> i32 {
    let start = timex::season_start(code);
    let current = match r.month {
        3..=5 => 3,
        6..=8 => 6,
        9..=11 => 9,
        _ => 12,
    };
    match dir {
        0 => {
            if start == 12 && r.month <= 2 {
                r.year - 1
            } else {
                r.year
            }
        }
        // "last spring" is the spring of last year, as the corpora read it.
        -1 => r.year - 1,
        _ => {
            if start > r.month && start != current {
                r.year
            } else {
                r.year + 1
            }
        }
    }
}

/// The value of the unit `dir` steps from `anchor`: week → `2022-W04`, month → `2022-02`, ...
pub(super) fn offset_value(anchor: Date, unit: Unit, dir: i64) -> Option<String> {
    Some(match unit {
        Unit::Day => anchor.add_days(dir).to_string(),
        Unit::Week => timex::week_value(anchor.add_days(7 * dir)),
        Unit::Weekend => format!("{}-WE", timex::week_value(anchor.add_days(7 * dir))),
        Unit::Month => {
            let (y, m) = timex::shift_month(anchor.year, anchor.month, dir);
            timex::month_value(y, m)
        }
        Unit::Quarter => {
            let (y, q) = timex::shift_quarter(anchor.year, timex::quarter_of(anchor), dir);
            timex::quarter_value(y, q)
        }
        Unit::Year => timex::year_value(i64::from(anchor.year) + dir),
        Unit::Decade => timex::decade_value(i64::from(anchor.year) / 10 + dir),
        Unit::Century => timex::century_value(i64::from(anchor.year) / 100 + dir),
        _ => return None,
    })
}

/// The period `n` units from `a`, in the unit's grain: `2020` for two years before 2022-01-21.
pub(super) fn counted(a: Date, unit: Unit, n: i64) -> String {
    // "7,000 years ago": before the calendar's first year (or after its last) there is no year to
    // name, only the past (the future).
    let years = match unit {
        Unit::Year => n,
        Unit::Decade => n.saturating_mul(10),
        Unit::Century => n.saturating_mul(100),
        _ => 0,
    };
    let year = i64::from(a.year).saturating_add(years);
    if year < 1 {
        return "PAST_REF".to_string();
    }
    if year > 9999 {
        return "FUTURE_REF".to_string();
    }
    match unit {
        Unit::Day => a.add_days(n).to_string(),
        Unit::Week => timex::week_value(a.add_days(7 * n)),
        Unit::Month => {
            let (y, m) = timex::shift_month(a.year, a.month, n);
            timex::month_value(y, m)
        }
        Unit::Year => timex::year_value(i64::from(a.year) + n),
        Unit::Decade => timex::decade_value((i64::from(a.year) + 10 * n) / 10),
        Unit::Century => timex::century_value((i64::from(a.year) + 100 * n) / 100),
        Unit::Quarter => {
            let (y, q) = timex::shift_quarter(a.year, timex::quarter_of(a), n);
            timex::quarter_value(y, q)
        }
        _ => a.to_string(),
    }
}

/// The year of "the third quarter": the reference year, or the year before when the quarter has not
/// begun yet and the clause is in the past; in a future clause a quarter long past is next year's
/// ("will be delivered in the first quarter", said in the autumn), the quarter just ended still this
/// year's ("plans cuts after a third-quarter loss").
pub(super) fn quarter_year(r: Date, q: u8, tense: Tense) -> i32 {
    let current = timex::quarter_of(r);
    if q == current {
        return r.year;
    }
    match tense {
        Tense::Past if q > current => r.year - 1,
        Tense::Future if q + 1 < current => r.year + 1,
        _ => r.year,
    }
}

/// The day `day` of the month nearest `r` that falls on `weekday`: from the reference month on in
/// a future clause, back from it in a past one, the nearer of the two otherwise; within a year.
pub(super) fn weekday_day_of_month(r: Date, day: u8, weekday: u8, tense: Tense) -> Option<Date> {
    let find = |dir: i64| {
        (0..=12).find_map(|k| {
            let (y, m) = timex::shift_month(r.year, r.month, dir * k);
            Date::new(y, m, day)
                .filter(|d| d.weekday() == weekday && (if dir > 0 { *d >= r } else { *d <= r }))
        })
    };
    match tense {
        Tense::Past => find(-1),
        Tense::Future => find(1),
        Tense::Unknown => match (find(-1), find(1)) {
            (Some(a), Some(b)) => Some(if r.to_days() - a.to_days() < b.to_days() - r.to_days() {
                a
            } else {
                b
            }),
            (a, b) => a.or(b),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fri() -> Date {
        Date::parse_iso("2022-01-21").unwrap()
    }

    #[test]
    fn weekday_day_of_month_by_tense() {
        let day = |d: u8, wd: u8, t: Tense| weekday_day_of_month(fri(), d, wd, t).map(|d| d.to_string());
        // Monday the 14th: February 2022 ahead, June 2021 back, the nearer one without a tense.
        assert_eq!(day(14, 1, Tense::Future).as_deref(), Some("2022-02-14"));
        assert_eq!(day(14, 1, Tense::Past).as_deref(), Some("2021-06-14"));
        assert_eq!(day(14, 1, Tense::Unknown).as_deref(), Some("2022-02-14"));
        // Friday the 21st is the reference day itself in either direction.
        assert_eq!(day(21, 5, Tense::Past).as_deref(), Some("2022-01-21"));
        assert_eq!(day(21, 5, Tense::Future).as_deref(), Some("2022-01-21"));
        // The 31st on a weekday it never falls on within a year.
        assert_eq!(day(31, 9, Tense::Future), None);
    }

    #[test]
    fn partial_values_anchor_at_the_reference() {
        let r = fri();
        let v = |p: Partial| p.resolve(r);
        assert_eq!(
            v(Partial::Weekday {
                weekday: 4,
                tense: Tense::Past
            })
            .as_deref(),
            Some("2022-01-20")
        );
        assert_eq!(
            v(Partial::Weekday {
                weekday: 4,
                tense: Tense::Future
            })
            .as_deref(),
            Some("2022-01-27")
        );
        assert_eq!(
            v(Partial::UnitStep {
                unit: Unit::Week,
                dir: 1
            })
            .as_deref(),
            Some("2022-W04")
        );
        assert_eq!(
            v(Partial::Month {
                month: 11,
                tense: Tense::Past
            })
            .as_deref(),
            Some("2021-11")
        );
        let md = Partial::MonthDay {
            month: 12,
            day: 11,
            tense: Tense::Unknown,
        };
        assert_eq!(v(md).as_deref(), Some("2021-12-11"));
        assert_eq!(
            v(Partial::Quarter {
                quarter: 3,
                tense: Tense::Past
            })
            .as_deref(),
            Some("2021-Q3")
        );
        assert_eq!(
            v(Partial::SeasonStep { code: "SU", dir: -1 }).as_deref(),
            Some("2021-SU")
        );
        let christmas = DateRule::Fixed { month: 12, day: 25 };
        let h = Partial::Holiday {
            rule: christmas,
            tense: Tense::Future,
        };
        assert_eq!(v(h).as_deref(), Some("2022-12-25"));
    }
}
