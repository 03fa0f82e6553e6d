//! The timeline view: the report's resolved dates on a horizontal axis around the publication date.
//!
//! Each date is placed at its grain: a TIMEX3 value becomes a run of days ([`interval`]: `2022-01-21`
//! one day, `2022-W04` seven, `2021-Q3` a quarter, `199` a decade). Durations, sets, vague references
//! ("now") and unresolved dates are not points in time: they are listed beside the axis.
//!
//! **Outliers: a broken axis.** The axis is linear within each stretch of dates. A gap between two
//! stretches is cut out of the axis (and drawn as a break) when it is longer than a year and longer
//! than half the time from the first date to the last, so "1945" and a handful of dates in 2022
//! each get a readable stretch instead of 2022 being squeezed into a sliver. Stretches share the
//! width by the number of dates they hold, each at least half an even share; the first tick of a
//! stretch names its year.
//!
//! **Crowds: rows.** Each date takes the room of its bar or dot and its label; dates that would
//! overlap go to the next row down (first row with room, greedily in calendar order).
//!
//! Positions are in the units of [`WIDTH`]; the app draws them in an SVG of that width.

use crate::analysis::report::{DateKind, DateMention, Report};
use crate::analysis::sort::CompactSort;
use crate::analysis::{timex, Date};
use crate::workbench::Table;

/// The width of the drawing, in SVG units (CSS pixels at the chart's smallest size).
pub const WIDTH: f64 = 480.0;
/// The margin left and right of the axis.
pub const MARGIN: f64 = 24.0;
/// The width of a break in the axis.
pub const BREAK: f64 = 28.0;
/// Estimated width of one character of a label (11 px sans-serif).
pub const CHAR_WIDTH: f64 = 6.2;
/// At most this many rows; more dates share the last row.
pub const MAX_ROWS: usize = 24;
/// The longest label, in characters.
const LABEL_CHARS: usize = 22;

/// How much of the calendar a value covers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grain {
    Day,
    Week,
    Month,
    Quarter,
    Half,
    Season,
    Year,
    Decade,
    Century,
}

impl Grain {
    pub fn name(self) -> &'static str {
        match self {
            Grain::Day => "day",
            Grain::Week => "week",
            Grain::Month => "month",
            Grain::Quarter => "quarter",
            Grain::Half => "half-year",
            Grain::Season => "season",
            Grain::Year => "year",
            Grain::Decade => "decade",
            Grain::Century => "century",
        }
    }
}

/// A run of days: `start` inclusive, `end` exclusive, in days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Interval {
    pub start: i64,
    pub end: i64,
    pub grain: Grain,
}

/// The days a TIMEX3 date value covers, or `None` for durations, sets, vague references and
/// anything unreadable. A time of day counts as its day.
pub fn interval(value: &str) -> Option<Interval> {
    let first = timex::first_day(value)?;
    let start = first.to_days();
    let (date, _) = value.split_once('T').unwrap_or((value, ""));
    let rest = date.get(5..).unwrap_or("");
    let months = |n: i64| first.add_months(n).to_days();
    let (end, grain) = match date.len() {
        2 => (Date::new(first.year + 100, 1, 1)?.to_days(), Grain::Century),
        3 => (Date::new(first.year + 10, 1, 1)?.to_days(), Grain::Decade),
        4 => (Date::new(first.year + 1, 1, 1)?.to_days(), Grain::Year),
        _ if rest.ends_with("-WE") => (start + 2, Grain::Week),
        _ if rest.starts_with('W') => (start + 7, Grain::Week),
        _ if rest.starts_with('Q') => (months(3), Grain::Quarter),
        _ if rest.starts_with('H') => (months(6), Grain::Half),
        _ if matches!(rest, "SP" | "SU" | "FA" | "WI") => (months(3), Grain::Season),
        7 => (months(1), Grain::Month),
        _ => (start + 1, Grain::Day),
    };
    Some(Interval { start, end, grain })
}

/// One date on the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    /// Index into `report.dates`.
    pub date: usize,
    pub interval: Interval,
    /// Left and right end of its bar (a day is a dot at `x0`; `x1 == x0`).
    pub x0: f64,
    pub x1: f64,
    pub row: usize,
    /// The text of the mention, shortened.
    pub label: String,
    /// The label stands left of the mark (near the right edge), else right of it.
    pub label_left: bool,
    pub inferred: bool,
}

/// A labelled tick of the axis.
#[derive(Clone, Debug, PartialEq)]
pub struct Tick {
    pub x: f64,
    pub label: String,
}

/// The drawing of a timeline, in units of [`WIDTH`].
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Layout {
    /// In calendar order.
    pub placed: Vec<Placed>,
    /// Dates that are not points in time (durations, sets, vague or unresolved), in text order.
    pub aside: Vec<usize>,
    pub ticks: Vec<Tick>,
    /// Where the axis is broken.
    pub breaks: Vec<f64>,
    /// The publication date's position, when it has one.
    pub reference: Option<f64>,
    pub rows: usize,
}

/// A stretch of the axis: days `start..end` drawn linearly over `x0..x1`.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Stretch {
    start: i64,
    end: i64,
    x0: f64,
    x1: f64,
}

impl Stretch {
    fn x(&self, day: i64) -> f64 {
        let span = (self.end - self.start).max(1) as f64;
        self.x0 + (self.x1 - self.x0) * ((day - self.start) as f64 / span)
    }
}

/// Groups day runs (sorted by start) into stretches `(first day, end day, runs)`, cutting out long
/// gaps (see the module docs).
fn stretches(runs: &[(i64, i64)]) -> Vec<(i64, i64, usize)> {
    let first = runs.first().map_or(0, |r| r.0);
    let last = runs.iter().map(|r| r.1).max().unwrap_or(first);
    let half = (last - first) / 2;
    let mut out: Vec<(i64, i64, usize)> = Vec::new();
    for &(s, e) in runs {
        match out.last_mut() {
            Some(prev) if s - prev.1 <= 365 || s - prev.1 <= half => {
                prev.1 = prev.1.max(e);
                prev.2 += 1;
            }
            _ => out.push((s, e, 1)),
        }
    }
    out
}

/// Spreads the stretches over the width: each in proportion to the dates it holds (so that a lone
/// outlier does not take the room of a crowd), at least half an even share, with a break between two.
fn place_stretches(groups: &[(i64, i64, usize)]) -> Vec<Stretch> {
    let n = groups.len().max(1) as f64;
    let usable = WIDTH - 2.0 * MARGIN - BREAK * (n - 1.0);
    let total: f64 = groups.iter().map(|g| g.2 as f64).sum();
    let floor = usable / n / 2.0;
    let raw: Vec<f64> = groups
        .iter()
        .map(|g| (usable * g.2 as f64 / total).max(floor))
        .collect();
    let scale = usable / raw.iter().sum::<f64>();
    let mut x = MARGIN;
    let mut out = Vec::new();
    for (&(start, end, _), w) in groups.iter().zip(raw) {
        let w = w * scale;
        out.push(Stretch {
            start,
            end,
            x0: x,
            x1: x + w,
        });
        x += w + BREAK;
    }
    out
}

fn short_label(text: &str) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= LABEL_CHARS {
        return text;
    }
    let cut: String = text.chars().take(LABEL_CHARS - 1).collect();
    format!("{}…", cut.trim_end())
}

/// The dates of `report` laid out on the axis.
pub fn layout(report: &Report) -> Layout {
    let reference = report
        .reference_date
        .as_deref()
        .and_then(Date::parse_iso)
        .map(Date::to_days);
    let mut points: Vec<(usize, Interval)> = Vec::new();
    let mut aside = Vec::new();
    for (i, d) in report.dates.iter().enumerate() {
        match point(d) {
            Some(iv) => points.push((i, iv)),
            None => aside.push(i),
        }
    }
    points.compact_sort_by_key(|&(i, iv)| (iv.start, std::cmp::Reverse(iv.end), i));
    let mut runs: Vec<(i64, i64)> = points.iter().map(|(_, iv)| (iv.start, iv.end)).collect();
    if let Some(r) = reference {
        runs.push((r, r + 1));
        runs.compact_sort();
    }
    if runs.is_empty() {
        return Layout {
            aside,
            ..Layout::default()
        };
    }
    let axis = place_stretches(&stretches(&runs));
    let at = |day: i64| {
        let s = axis
            .iter()
            .rfind(|s| s.start <= day)
            .or(axis.first())
            .copied()
            .unwrap_or(Stretch {
                start: 0,
                end: 1,
                x0: MARGIN,
                x1: WIDTH - MARGIN,
            });
        s.x(day)
    };
    let mut placed: Vec<Placed> = points
        .into_iter()
        .map(|(i, iv)| {
            let x0 = at(iv.start);
            let x1 = if iv.grain == Grain::Day {
                x0
            } else {
                at(iv.end).max(x0 + 3.0)
            };
            Placed {
                date: i,
                interval: iv,
                x0,
                x1,
                row: 0,
                label: short_label(&report.dates[i].text),
                label_left: false,
                inferred: report.dates[i].inferred,
            }
        })
        .collect();
    let rows = assign_rows(&mut placed);
    Layout {
        placed,
        aside,
        ticks: axis.iter().flat_map(ticks).collect(),
        breaks: axis.windows(2).map(|w| (w[0].x1 + w[1].x0) / 2.0).collect(),
        reference: reference.map(at),
        rows,
    }
}

/// The interval of a date that is a point in time.
fn point(d: &DateMention) -> Option<Interval> {
    if matches!(d.kind, DateKind::Duration | DateKind::Set) {
        return None;
    }
    interval(d.value.as_deref()?)
}

/// Puts each date in the first row where it does not overlap the one before; returns the rows used.
fn assign_rows(placed: &mut [Placed]) -> usize {
    let mut row_end: Vec<f64> = Vec::new();
    for p in placed.iter_mut() {
        let label = 10.0 + CHAR_WIDTH * p.label.chars().count() as f64;
        p.label_left = p.x1 + label > WIDTH;
        let (left, right) = if p.label_left {
            (p.x0 - label, p.x1 + 6.0)
        } else {
            (p.x0 - 6.0, p.x1 + label)
        };
        let row = match row_end.iter().position(|&end| end + 6.0 <= left) {
            Some(r) => r,
            None if row_end.len() < MAX_ROWS => {
                row_end.push(f64::MIN);
                row_end.len() - 1
            }
            None => MAX_ROWS - 1,
        };
        row_end[row] = row_end[row].max(right);
        p.row = row;
    }
    row_end.len()
}

const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// Ticks of one stretch: days, Mondays, months, years or decades, whichever gives labels at least
/// about 70 units apart.
fn ticks(s: &Stretch) -> Vec<Tick> {
    let days = (s.end - s.start).max(1) as f64;
    let per_day = (s.x1 - s.x0) / days;
    let room = 70.0;
    let first = Date::from_days(s.start);
    let mut out = Vec::new();
    let mut push = |d: Date, label: String| {
        let day = d.to_days();
        if day >= s.start && day < s.end.max(s.start + 1) {
            out.push(Tick { x: s.x(day), label });
        }
    };
    if per_day * 1.0 >= room {
        for day in s.start..=s.end {
            let d = Date::from_days(day);
            push(d, format!("{} {}", d.day, MONTHS[usize::from(d.month - 1)]));
        }
    } else if per_day * 7.0 >= room {
        let monday = s.start + (7 - i64::from(first.weekday())) % 7;
        for day in (monday..=s.end).step_by(7) {
            let d = Date::from_days(day);
            push(d, format!("{} {}", d.day, MONTHS[usize::from(d.month - 1)]));
        }
    } else if per_day * 30.0 >= room / 2.0 {
        let step = if per_day * 30.0 >= room { 1 } else { 3 };
        let mut d = Date::new(first.year, first.month, 1).unwrap_or(first);
        while d.to_days() <= s.end {
            let label = if d.month == 1 || is_first_month(d, first) {
                format!("{} {}", MONTHS[usize::from(d.month - 1)], d.year)
            } else {
                MONTHS[usize::from(d.month - 1)].to_string()
            };
            push(d, label);
            d = d.add_months(step);
        }
    } else {
        let years_room = (room / (per_day * 365.25)).ceil().max(1.0) as i32;
        let step = [1, 2, 5, 10, 20, 50, 100]
            .into_iter()
            .find(|&n| n >= years_room)
            .unwrap_or(100);
        let mut y = (first.year + step - 1).div_euclid(step) * step;
        if first.month == 1 && first.day == 1 && first.year % step == 0 {
            y = first.year;
        }
        while let Some(d) = Date::new(y, 1, 1).filter(|d| d.to_days() <= s.end) {
            push(d, y.to_string());
            y += step;
        }
    }
    // The first tick of a stretch says the year.
    if let Some(first_tick) = out.first_mut() {
        let has_year = first_tick
            .label
            .split(' ')
            .any(|w| w.len() >= 3 && w.bytes().all(|b| b.is_ascii_digit()));
        if !has_year {
            first_tick.label = format!("{} {}", first_tick.label, first.year);
        }
    }
    out
}

/// The first month tick of a stretch names its year.
fn is_first_month(d: Date, first: Date) -> bool {
    d.year == first.year && d.month == first.month
}

/// What the value means for people, and the grain, for the table.
fn described(d: &DateMention) -> (String, String, String, String) {
    let Some(value) = d.value.as_deref() else {
        return ("unresolved".into(), "-".into(), String::new(), String::new());
    };
    let human = timex::display(value);
    match point(d) {
        Some(iv) => (
            human,
            iv.grain.name().into(),
            Date::from_days(iv.start).to_string(),
            Date::from_days(iv.end - 1).to_string(),
        ),
        None => {
            let what = match d.kind {
                DateKind::Duration => "duration",
                DateKind::Set => "repeats",
                _ => "not a point in time",
            };
            (human, what.into(), String::new(), String::new())
        }
    }
}

/// The timeline as a table: the dates on the axis in calendar order, then the others in text order.
pub fn table(report: &Report) -> Table {
    let layout = layout(report);
    let order = layout
        .placed
        .iter()
        .map(|p| p.date)
        .chain(layout.aside.iter().copied());
    let rows = order
        .filter_map(|i| report.dates.get(i))
        .map(|d| {
            let (human, grain, first, last) = described(d);
            vec![
                d.text.clone(),
                d.value.clone().unwrap_or_default(),
                human,
                grain,
                first,
                last,
                if d.inferred { "yes" } else { "no" }.to_string(),
            ]
        })
        .collect();
    Table {
        title: "Timeline".into(),
        columns: [
            "Date in the text",
            "Value (TIMEX3)",
            "Meaning",
            "Grain",
            "First day",
            "Last day",
            "From context",
        ]
        .map(String::from)
        .to_vec(),
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn intervals_at_their_grain() {
        // (value, first day, last day, grain)
        type Case<'a> = (&'a str, Option<(&'a str, &'a str, Grain)>);
        let cases: &[Case] = &[
            ("2022-01-21", Some(("2022-01-21", "2022-01-21", Grain::Day))),
            ("2022-01-21T18:00", Some(("2022-01-21", "2022-01-21", Grain::Day))),
            ("2022-01-21TMO", Some(("2022-01-21", "2022-01-21", Grain::Day))),
            ("2022-W04", Some(("2022-01-24", "2022-01-30", Grain::Week))),
            ("2022-W04-WE", Some(("2022-01-29", "2022-01-30", Grain::Week))),
            ("2022-01", Some(("2022-01-01", "2022-01-31", Grain::Month))),
            ("2024-02", Some(("2024-02-01", "2024-02-29", Grain::Month))),
            ("2021-Q3", Some(("2021-07-01", "2021-09-30", Grain::Quarter))),
            ("2021-H2", Some(("2021-07-01", "2021-12-31", Grain::Half))),
            ("2021-FA", Some(("2021-09-01", "2021-11-30", Grain::Season))),
            ("2021", Some(("2021-01-01", "2021-12-31", Grain::Year))),
            ("199", Some(("1990-01-01", "1999-12-31", Grain::Decade))),
            ("19", Some(("1900-01-01", "1999-12-31", Grain::Century))),
            ("P3D", None),
            ("PRESENT_REF", None),
            ("XXXX-01-21", None),
            ("", None),
        ];
        for (value, expected) in cases {
            let got = interval(value).map(|iv| {
                (
                    Date::from_days(iv.start).to_string(),
                    Date::from_days(iv.end - 1).to_string(),
                    iv.grain,
                )
            });
            let expected = expected.map(|(a, b, g)| (a.to_string(), b.to_string(), g));
            assert_eq!(got, expected, "{value}");
        }
    }

    fn report(reference: Option<&str>, dates: &[(&str, &str, DateKind, bool)]) -> Report {
        Report {
            reference_date: reference.map(String::from),
            dates: dates
                .iter()
                .map(|&(text, value, kind, inferred)| DateMention {
                    start: 0,
                    end: 0,
                    text: text.into(),
                    kind,
                    value: (!value.is_empty()).then(|| value.into()),
                    inferred,
                    rule: Default::default(),
                })
                .collect(),
            ..Report::default()
        }
    }

    const D: DateKind = DateKind::Date;

    #[test]
    fn calendar_order_positions_and_the_reference() {
        let r = report(
            Some("2024-03-14"),
            &[
                ("Tuesday", "2024-03-12", D, true),
                ("9 February 2022", "2022-02-09", D, false),
                ("next month", "2024-04", D, true),
                ("three years", "P3Y", DateKind::Duration, false),
                ("someday", "", D, false),
            ],
        );
        let l = layout(&r);
        let order: Vec<usize> = l.placed.iter().map(|p| p.date).collect();
        assert_eq!(order, [1, 0, 2]);
        assert_eq!(l.aside, [3, 4]);
        let x: Vec<f64> = l.placed.iter().map(|p| p.x0).collect();
        assert!(x[0] < x[1] && x[1] < x[2], "{x:?}");
        let reference = l.reference.unwrap_or_default();
        assert!(x[1] < reference && reference < x[2]);
        assert!(l
            .placed
            .iter()
            .all(|p| p.x0 >= MARGIN && p.x1 <= WIDTH - MARGIN + 0.01));
        assert!(l.placed[2].x1 > l.placed[2].x0, "a month is a bar");
        assert!(!l.placed[0].inferred && l.placed[1].inferred);
    }

    #[test]
    fn an_outlier_breaks_the_axis() {
        let r = report(
            Some("2022-01-21"),
            &[
                ("1945", "1945", D, false),
                ("Friday", "2022-01-21", D, true),
                ("Monday", "2022-01-24", D, true),
            ],
        );
        let l = layout(&r);
        assert_eq!(l.breaks.len(), 1);
        let (friday, monday) = (l.placed[1].x0, l.placed[2].x0);
        // Friday and Monday are apart, not squeezed together by 77 years of axis.
        assert!(monday - friday > 40.0, "{friday} {monday}");
        assert!(l.placed[0].x1 < l.breaks[0] && l.breaks[0] < friday);
        assert!(l.ticks.iter().any(|t| t.label == "1945"), "{:?}", l.ticks);
    }

    #[test]
    fn no_break_for_close_years() {
        let r = report(None, &[("2020", "2020", D, false), ("2022", "2022", D, false)]);
        assert!(layout(&r).breaks.is_empty());
    }

    /// A year long before a crowd of days: the crowd gets its own stretch, its days apart.
    #[test]
    fn a_crowd_after_a_year_gets_its_own_stretch() {
        let r = report(
            Some("2022-01-21"),
            &[
                ("2019", "2019", D, false),
                ("Thursday", "2022-01-20", D, true),
                ("Friday", "2022-01-21", D, true),
            ],
        );
        let l = layout(&r);
        assert_eq!(l.breaks.len(), 1);
        assert!(l.placed[2].x0 - l.placed[1].x0 > 20.0, "{:?}", l.placed);
    }

    #[test]
    fn crowded_dates_stack_in_rows() {
        let dates: Vec<(&str, &str, DateKind, bool)> = (0..5)
            .map(|_| ("on Friday evening", "2022-01-21TEV", D, false))
            .collect();
        let l = layout(&report(Some("2022-01-21"), &dates));
        let rows: Vec<usize> = l.placed.iter().map(|p| p.row).collect();
        assert_eq!(rows, [0, 1, 2, 3, 4]);
        assert_eq!(l.rows, 5);
    }

    /// Regression: a label drawn left of its mark near the right edge covered the mark of the date
    /// before it in the same row.
    #[test]
    fn labels_left_of_the_mark_take_their_room() {
        let r = report(
            Some("2024-03-14"),
            &[
                ("two years ago", "2022", D, true),
                ("Tuesday", "2024-03-12", D, true),
                ("10:42 AM, 14 March 2024", "2024-03-14T10:42", D, false),
            ],
        );
        let l = layout(&r);
        let last = &l.placed[2];
        assert!(last.label_left);
        assert_ne!(last.row, l.placed[1].row, "{:?}", l.placed);
    }

    #[test]
    fn many_dates_stay_within_the_row_limit() {
        let dates: Vec<(&str, &str, DateKind, bool)> =
            (0..100).map(|_| ("Friday", "2022-01-21", D, false)).collect();
        let l = layout(&report(None, &dates));
        assert_eq!(l.rows, MAX_ROWS);
        assert!(l.placed.iter().all(|p| p.row < MAX_ROWS));
    }

    #[test]
    fn empty_and_undated() {
        assert_eq!(layout(&Report::default()), Layout::default());
        let l = layout(&report(None, &[("for a week", "P1W", DateKind::Duration, false)]));
        assert!(l.placed.is_empty() && l.ticks.is_empty());
        assert_eq!(l.aside, [0]);
    }

    #[test]
    fn ticks_are_readable() {
        for (a, b) in [
            ("2022-01-20", "2022-01-24"),
            ("2022-01-01", "2022-03-01"),
            ("2020-01-01", "2024-01-01"),
            ("1900-01-01", "2024-01-01"),
        ] {
            let r = report(None, &[("a", a, D, false), ("b", b, D, false)]);
            let l = layout(&r);
            assert!(l.ticks.len() >= 2, "{a}..{b}: {:?}", l.ticks);
            assert!(
                l.ticks.windows(2).all(|w| w[1].x - w[0].x >= 30.0),
                "{a}..{b}: {:?}",
                l.ticks
            );
        }
    }

    #[test]
    fn the_table_lists_every_date() {
        let r = report(
            Some("2024-03-14"),
            &[
                ("Tuesday", "2024-03-12", D, true),
                ("for a week", "P1W", DateKind::Duration, false),
            ],
        );
        let t = table(&r);
        assert_eq!(t.rows.len(), 2);
        assert_eq!(
            t.rows[0],
            [
                "Tuesday",
                "2024-03-12",
                "Tue 12 Mar 2024",
                "day",
                "2024-03-12",
                "2024-03-12",
                "yes"
            ]
        );
        assert_eq!(t.rows[1][3], "duration");
        assert!(t.rows.iter().all(|r| r.len() == t.columns.len()));
    }
}
