//! ISO 8601 calendar dates (`YYYY-MM-DD`), of the proleptic Gregorian calendar, years 0000
//! to 9999: a day count with a strict parser and the civil-calendar conversions of Howard
//! Hinnant's `days_from_civil` / `civil_from_days` (public domain algorithms), so that no
//! date library ships in the WebAssembly (the `time` crate cost ~8 kB gzip there).

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date with no time zone, written `YYYY-MM-DD` in JSON.
///
/// Stored as days since 1970-01-01 (negative before), so dates compare and subtract as
/// integers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(i32);

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

/// Julian day number of 1970-01-01 (days from -4713-11-24, the Julian period's start).
const UNIX_EPOCH_JULIAN_DAY: i32 = 2_440_588;
/// Days from 0000-03-01 to 1970-01-01 (the algorithms count from a March 1st).
const EPOCH_SHIFT: i32 = 719_468;
/// Days in 400 Gregorian years.
const DAYS_PER_ERA: i32 = 146_097;
/// The supported years.
const YEARS: std::ops::RangeInclusive<i32> = 0..=9999;

fn is_leap(year: i32) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// Days in `month` (1-12) of `year`.
fn month_len(year: i32, month: u8) -> u8 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a valid civil date.
fn days_from_civil(year: i32, month: u8, day: u8) -> i32 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400; // 0..=399
    let mp = (i32::from(month) + 9) % 12; // March = 0
    let doy = (153 * mp + 2) / 5 + i32::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * DAYS_PER_ERA + doe - EPOCH_SHIFT
}

/// The civil date (year, month 1-12, day) of a day count since 1970-01-01.
fn civil_from_days(days: i32) -> (i32, u8, u8) {
    let z = days + EPOCH_SHIFT;
    let era = z.div_euclid(DAYS_PER_ERA);
    let doe = z - era * DAYS_PER_ERA; // 0..=146096
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let year = yoe + era * 400 + i32::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// Builds a date from year (0-9999), month (1-12) and day; `None` if it does not exist.
    pub fn from_ymd(year: i32, month: u8, day: u8) -> Option<Date> {
        let valid = YEARS.contains(&year)
            && (1..=12).contains(&month)
            && (1..=month_len(year, month)).contains(&day);
        valid.then(|| Date(days_from_civil(year, month, day)))
    }

    /// The next day.
    ///
    /// # Panics
    /// After 9999-12-31 (outside the supported years).
    pub fn next_day(self) -> Date {
        Date::from_days(self.0 + 1).expect("date within range")
    }

    /// The previous day.
    ///
    /// # Panics
    /// Before 0000-01-01 (outside the supported years).
    pub fn previous_day(self) -> Date {
        Date::from_days(self.0 - 1).expect("date within range")
    }

    /// The day count since 1970-01-01, if within the supported years.
    fn from_days(days: i32) -> Option<Date> {
        let first = days_from_civil(*YEARS.start(), 1, 1);
        let last = days_from_civil(*YEARS.end(), 12, 31);
        (first..=last).contains(&days).then_some(Date(days))
    }

    /// Days since an arbitrary epoch (the Julian day number): for sliders and distances.
    pub fn day_number(self) -> i32 {
        self.0 + UNIX_EPOCH_JULIAN_DAY
    }

    /// The inverse of [`Date::day_number`]; `None` outside the supported range.
    pub fn from_day_number(n: i32) -> Option<Date> {
        Date::from_days(n.checked_sub(UNIX_EPOCH_JULIAN_DAY)?)
    }

    /// Year, month (1-12), day.
    pub fn ymd(self) -> (i32, u8, u8) {
        civil_from_days(self.0)
    }

    /// Whether the date lies in the inclusive period `from..=to` (`None`: open end).
    pub fn within(self, from: Option<Date>, to: Option<Date>) -> bool {
        from.is_none_or(|f| f <= self) && to.is_none_or(|t| self <= t)
    }

    /// Days from `self` to `later` (negative when `later` is earlier).
    pub fn days_until(self, later: Date) -> i32 {
        later.0 - self.0
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

/// The value of `N` ASCII digits.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, c| {
        c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0'))
    })
}

impl FromStr for Date {
    type Err = DateError;
    /// Exactly `YYYY-MM-DD` (four, two and two ASCII digits) naming a day that exists.
    fn from_str(s: &str) -> Result<Date, DateError> {
        let b = s.as_bytes();
        let parsed = (b.len() == 10 && b[4] == b'-' && b[7] == b'-')
            .then(|| Some((digits(&b[0..4])?, digits(&b[5..7])?, digits(&b[8..10])?)))
            .flatten()
            .and_then(|(y, m, d)| Date::from_ymd(y as i32, m as u8, d as u8));
        parsed.ok_or_else(|| DateError(s.to_string()))
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
    fn julian_day_numbers_and_leap_years() {
        let d = |s: &str| s.parse::<Date>().unwrap();
        // Julian day numbers (USNO tables): 1970-01-01, 2000-01-01, 1858-11-17 (MJD 0).
        assert_eq!(d("1970-01-01").day_number(), 2_440_588);
        assert_eq!(d("2000-01-01").day_number(), 2_451_545);
        assert_eq!(d("1858-11-17").day_number(), 2_400_001);
        assert_eq!(Date::from_day_number(2_451_545), Some(d("2000-01-01")));
        assert_eq!(d("2024-02-28").next_day(), d("2024-02-29"));
        assert_eq!(d("2100-02-28").next_day(), d("2100-03-01"));
        assert_eq!(d("2000-02-28").next_day(), d("2000-02-29"));
        assert!("2100-02-29".parse::<Date>().is_err());
        assert_eq!(d("0000-01-01").to_string(), "0000-01-01");
        assert_eq!(
            Date::from_day_number(d("9999-12-31").day_number() + 1),
            None
        );
        assert_eq!(
            Date::from_day_number(d("0000-01-01").day_number() - 1),
            None
        );
    }

    /// Every day from 1600 to 2400 against a plain walk through the calendar.
    #[test]
    fn day_by_day_against_the_calendar() {
        let mut day = Date::from_ymd(1600, 1, 1).unwrap();
        for year in 1600..=2400 {
            for month in 1..=12u8 {
                for dom in 1..=month_len(year, month) {
                    assert_eq!(day.ymd(), (year, month, dom));
                    assert_eq!(Date::from_ymd(year, month, dom), Some(day));
                    assert_eq!(Date::from_day_number(day.day_number()), Some(day));
                    day = day.next_day();
                }
            }
        }
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
            "2026-00-10",
            "2026-13-01",
            "2026-01-00",
            "+026-01-15",
            "2026/01/15",
            "2026-0a-15",
            "２０２6-01-15",
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
