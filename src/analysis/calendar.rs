//! Civil (proleptic Gregorian) dates: parsing, arithmetic, weekdays and ISO weeks.
//!
//! Small and exact, so that relative expressions ("next week", "last Thursday") can be anchored at a
//! reference date without a clock or a time-zone database.
//!
//! ```
//! use lede::analysis::Date;
//! let d = Date::parse_iso("2022-01-21").unwrap();
//! assert_eq!(d.weekday(), 5); // Friday, Monday = 1
//! assert_eq!(d.add_days(-1).to_string(), "2022-01-20");
//! assert_eq!(d.iso_week(), (2022, 3));
//! ```

use std::fmt;

/// A calendar day.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u8,
    pub day: u8,
}

/// Days in `month` (1-12) of `year`; 0 for an invalid month.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

impl Date {
    /// A valid date, or `None`. Years are limited to 1..=9999 so that values print as four digits.
    pub fn new(year: i32, month: u8, day: u8) -> Option<Date> {
        if !(1..=9999).contains(&year) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(Date { year, month, day })
    }

    /// Parses `YYYY-MM-DD` exactly.
    pub fn parse_iso(s: &str) -> Option<Date> {
        let b = s.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let num = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = s.get(r)?;
            if part.bytes().all(|c| c.is_ascii_digit()) {
                part.parse().ok()
            } else {
                None
            }
        };
        Date::new(num(0..4)? as i32, num(5..7)? as u8, num(8..10)? as u8)
    }

    /// Days since 1970-01-01 (negative before).
    pub fn to_days(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01, clamped to years 1..=9999.
    pub fn from_days(days: i64) -> Date {
        let days = days.clamp(Date::MIN.to_days(), Date::MAX.to_days());
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub const MIN: Date = Date {
        year: 1,
        month: 1,
        day: 1,
    };
    pub const MAX: Date = Date {
        year: 9999,
        month: 12,
        day: 31,
    };

    pub fn add_days(self, n: i64) -> Date {
        Date::from_days(self.to_days().saturating_add(n))
    }

    /// ISO weekday: Monday = 1 ... Sunday = 7.
    pub fn weekday(self) -> u8 {
        // 1970-01-01 was a Thursday (4).
        ((self.to_days() + 3).rem_euclid(7) + 1) as u8
    }

    /// ISO 8601 week-numbering year and week (1-53).
    pub fn iso_week(self) -> (i32, u8) {
        let thursday = self.add_days(4 - i64::from(self.weekday()));
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.to_days() - jan1.to_days()) / 7 + 1;
        (thursday.year, week as u8)
    }

    /// The Monday of ISO week `week` of `year`, if that week exists.
    pub fn from_iso_week(year: i32, week: u8) -> Option<Date> {
        let jan4 = Date::new(year, 1, 4)?;
        let monday1 = jan4.add_days(1 - i64::from(jan4.weekday()));
        let d = monday1.add_days(7 * (i64::from(week) - 1));
        (week >= 1 && d.iso_week() == (year, week)).then_some(d)
    }

    /// The same day `n` months later (or earlier), the day clamped to the month's length.
    pub fn add_months(self, n: i64) -> Date {
        let total = i64::from(self.year) * 12 + i64::from(self.month) - 1 + n;
        let year = total.div_euclid(12).clamp(1, 9999) as i32;
        let month = (total.rem_euclid(12) + 1) as u8;
        let day = self.day.min(days_in_month(year, month));
        Date { year, month, day }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_rejects_bad_dates() {
        for s in [
            "2022-02-30",
            "2022-13-01",
            "22-01-01",
            "2022-1-01",
            "２０２２-01-01",
            "",
            "2022-01-2x",
        ] {
            assert_eq!(Date::parse_iso(s), None, "{s}");
        }
        assert_eq!(
            Date::parse_iso("2020-02-29").map(|d| d.to_string()),
            Some("2020-02-29".into())
        );
    }

    #[test]
    fn days_round_trip() {
        for d in [
            Date::MIN,
            Date::MAX,
            Date::new(1970, 1, 1).unwrap(),
            Date::new(2000, 2, 29).unwrap(),
        ] {
            assert_eq!(Date::from_days(d.to_days()), d);
        }
        assert_eq!(Date::new(1970, 1, 1).unwrap().to_days(), 0);
        assert_eq!(Date::MAX.add_days(10), Date::MAX);
    }

    #[test]
    fn weeks() {
        let d = |s| Date::parse_iso(s).unwrap();
        assert_eq!(d("2021-01-03").iso_week(), (2020, 53));
        assert_eq!(d("2022-01-24").iso_week(), (2022, 4));
        assert_eq!(Date::from_iso_week(2022, 4), Some(d("2022-01-24")));
        assert_eq!(Date::from_iso_week(2022, 53), None);
        assert_eq!(d("2022-01-31").add_months(1), d("2022-02-28"));
        assert_eq!(d("2022-01-15").add_months(-1), d("2021-12-15"));
    }
}
