//! ISO 8601 calendar dates (`YYYY-MM-DD`), a thin newtype over [`time::Date`].

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use time::macros::format_description;

/// A calendar date with no time zone, written `YYYY-MM-DD` in JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub time::Date);

/// The error for a string that is not an ISO 8601 calendar date.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateError(pub String);

impl fmt::Display for DateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "'{}' is not a valid ISO 8601 date (YYYY-MM-DD, a day that exists)",
            self.0
        )
    }
}

impl std::error::Error for DateError {}

impl Date {
    /// Builds a date from year, month (1-12) and day; `None` if it does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let month = time::Month::try_from(month).ok()?;
        time::Date::from_calendar_date(year, month, day)
            .ok()
            .map(Date)
    }

    /// The next day.
    pub fn next_day(self) -> Date {
        Date(self.0.next_day().expect("date within range"))
    }

    /// The previous day.
    pub fn previous_day(self) -> Date {
        Date(self.0.previous_day().expect("date within range"))
    }

    /// Days since an arbitrary epoch (the Julian day number): for sliders and distances.
    pub fn day_number(self) -> i32 {
        self.0.to_julian_day()
    }

    /// The inverse of [`Date::day_number`]; `None` outside the supported range.
    pub fn from_day_number(n: i32) -> Option<Date> {
        time::Date::from_julian_day(n).ok().map(Date)
    }

    /// Year, month (1-12), day.
    pub fn ymd(self) -> (i32, u8, u8) {
        (self.0.year(), self.0.month() as u8, self.0.day())
    }

    /// Whether the date lies in the inclusive period `from..=to` (`None`: open end).
    pub fn within(self, from: Option<Date>, to: Option<Date>) -> bool {
        from.is_none_or(|f| f <= self) && to.is_none_or(|t| self <= t)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.day_number() - self.day_number()
    }

    /// The same day `months` calendar months earlier, clamped to the month's last day
    /// (2026-08-31 minus 6 months is 2026-02-28).
    pub fn months_earlier(self, months: u32) -> Date {
        let (y, m, d) = self.ymd();
        let index = y * 12 + i32::from(m) - 1 - months as i32;
        let (year, month) = (index.div_euclid(12), (index.rem_euclid(12) + 1) as u8);
        (1..=d)
            .rev()
            .find_map(|day| Date::from_ymd(year, month, day))
            .expect("every month has a first day")
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Date, DateError> {
        // Exactly 10 characters: the format parser would accept a shorter year.
        if s.len() != 10 {
            return Err(DateError(s.to_string()));
        }
        time::Date::parse(s, format_description!("[year]-[month]-[day]"))
            .map(Date)
            .map_err(|_| DateError(s.to_string()))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (y, m, d) = self.ymd();
        write!(f, "{y:04}-{m:02}-{d:02}")
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Date, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_dates() {
        let d: Date = "2026-01-15".parse().unwrap();
        assert_eq!(d.ymd(), (2026, 1, 15));
        assert_eq!(d.to_string(), "2026-01-15");
        assert_eq!(d.next_day().to_string(), "2026-01-16");
        assert_eq!(d.previous_day().to_string(), "2026-01-14");
    }

    #[test]
    fn periods_and_month_arithmetic() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        assert!(d("2026-07-10").within(Some(d("2026-07-10")), None));
        assert!(!d("2027-04-06").within(None, Some(d("2027-04-05"))));
        assert_eq!(d("2026-11-30").days_until(d("2026-12-31")), 31);
        assert_eq!(d("2026-08-31").months_earlier(6), d("2026-02-28"));
        assert_eq!(d("2026-03-15").months_earlier(6), d("2025-09-15"));
        assert_eq!(d("2026-01-31").months_earlier(1), d("2025-12-31"));
    }

    #[test]
    fn rejects_non_dates() {
        for bad in [
            "2026-02-30",
            "26-01-15",
            "2026-1-5",
            "yesterday",
            "",
            "2026-01-15T00:00",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad} should be rejected");
        }
    }
}

/// A publication date as precise as the source gives it: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`
/// (ISO 8601 reduced precision), or `undated` for a page that carries no date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PubDate {
    /// The page carries no date.
    Undated,
    /// Only the year is known.
    Year(i32),
    /// Only the year and month (1-12) are known.
    Month(i32, u8),
    /// The full date is known.
    Day(Date),
}

impl FromStr for PubDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<PubDate, DateError> {
        let bad = || DateError(s.to_string());
        match s.len() {
            _ if s == "undated" => Ok(PubDate::Undated),
            10 => s.parse().map(PubDate::Day),
            7 => {
                let (y, m) = s.split_once('-').ok_or_else(bad)?;
                let (y, m): (i32, u8) =
                    (y.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
                (y >= 1000 && (1..=12).contains(&m) && s.as_bytes()[5].is_ascii_digit())
                    .then_some(PubDate::Month(y, m))
                    .ok_or_else(bad)
            }
            4 => s
                .parse()
                .ok()
                .filter(|y| *y >= 1000)
                .map(PubDate::Year)
                .ok_or_else(bad),
            _ => Err(bad()),
        }
    }
}

impl PubDate {
    /// The last day the publication date can denote (`2026-05` -> 2026-05-31, `2026` ->
    /// 2026-12-31); `None` for `undated`. Used to judge a source's age without making it
    /// look older than it may be.
    pub fn latest_day(self) -> Option<Date> {
        match self {
            PubDate::Undated => None,
            PubDate::Year(y) => Date::from_ymd(y, 12, 31),
            PubDate::Month(y, m) => (28..=31).rev().find_map(|d| Date::from_ymd(y, m, d)),
            PubDate::Day(d) => Some(d),
        }
    }
}

impl fmt::Display for PubDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PubDate::Undated => f.write_str("undated"),
            PubDate::Year(y) => write!(f, "{y:04}"),
            PubDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            PubDate::Day(d) => d.fmt(f),
        }
    }
}

impl Serialize for PubDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PubDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<PubDate, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|_| {
            serde::de::Error::custom(format!(
                "'{s}' is not a publication date (YYYY-MM-DD, YYYY-MM, YYYY or undated)"
            ))
        })
    }
}

#[cfg(test)]
mod pub_date_tests {
    use super::*;

    #[test]
    fn reduced_precision_dates_round_trip() {
        for s in ["2026-01-15", "2026-01", "2024", "undated"] {
            assert_eq!(s.parse::<PubDate>().unwrap().to_string(), s);
        }
        for bad in ["2026-13", "26-01", "2026-1", "202", "soon"] {
            assert!(bad.parse::<PubDate>().is_err(), "{bad}");
        }
    }

    #[test]
    fn latest_day_of_a_reduced_precision_date() {
        let day = |s: &str| {
            s.parse::<PubDate>()
                .unwrap()
                .latest_day()
                .map(|d| d.to_string())
        };
        assert_eq!(day("2026-02").as_deref(), Some("2026-02-28"));
        assert_eq!(day("2024").as_deref(), Some("2024-12-31"));
        assert_eq!(day("2026-07-14").as_deref(), Some("2026-07-14"));
        assert_eq!(day("undated"), None);
    }
}
