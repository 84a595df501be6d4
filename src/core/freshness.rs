//! How fresh the dataset is: the thresholds shared by the CLI and the widget.
//!
//! The dataset has one freshness stamp, `as_of` ("facts checked up to"). A date shown a
//! little after it is normal (the widget opens on today's date, and the data is updated
//! every few weeks); a date shown well after it may miss later changes, and says so.

use super::date::Date;

/// A date shown more than this many days after `as_of` says that later changes may be
/// missing (the widget's panel, `h200-data status|export` on stderr).
pub const AFTER_AS_OF_GRACE_DAYS: i32 = 30;

/// `h200-data check` warns (without failing) when `as_of` is more than this many days
/// before today.
pub const STALE_AS_OF_DAYS: i32 = 90;

/// `h200-data review` lists a rule in force whose newest source is more than this many
/// calendar months older than `as_of`.
pub const STALE_SOURCE_MONTHS: u32 = 6;

/// `h200-data check` fails when `as_of` is more than this many days after today (UTC): the
/// widget would stamp "facts checked up to" a day nobody has seen yet. One day, because an
/// editor's local date runs up to 14 hours ahead of UTC (UTC+14), so their "today" may be
/// UTC's tomorrow.
pub const FUTURE_AS_OF_TOLERANCE_DAYS: i32 = 1;

/// Whether `as_of` is after `today` by more than [`FUTURE_AS_OF_TOLERANCE_DAYS`]: facts
/// cannot have been checked up to a day that has not come.
pub fn as_of_in_future(as_of: Date, today: Date) -> bool {
    today.days_until(as_of) > FUTURE_AS_OF_TOLERANCE_DAYS
}

/// Whether `date` is far enough after `as_of` ([`AFTER_AS_OF_GRACE_DAYS`]) that later
/// changes may be missing.
pub fn after_as_of(date: Date, as_of: Date) -> bool {
    as_of.days_until(date) > AFTER_AS_OF_GRACE_DAYS
}

/// Whether `as_of` is more than [`STALE_AS_OF_DAYS`] days before `today`.
pub fn as_of_is_stale(as_of: Date, today: Date) -> bool {
    as_of.days_until(today) > STALE_AS_OF_DAYS
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn the_warning_starts_after_the_grace_period() {
        let as_of = d("2026-11-30");
        assert!(!after_as_of(d("2026-11-30"), as_of));
        assert!(!after_as_of(d("2026-12-01"), as_of));
        assert!(
            !after_as_of(d("2026-12-30"), as_of),
            "30 days after: no warning"
        );
        assert!(
            after_as_of(d("2026-12-31"), as_of),
            "31 days after: warning"
        );
    }

    #[test]
    fn as_of_after_today_is_refused_beyond_the_time_zone_day() {
        let today = d("2026-12-02");
        assert!(!as_of_in_future(d("2026-11-30"), today));
        assert!(!as_of_in_future(today, today));
        assert!(!as_of_in_future(d("2026-12-03"), today), "UTC+14's today");
        assert!(as_of_in_future(d("2026-12-04"), today));
        assert!(as_of_in_future(d("2027-06-01"), today));
    }

    #[test]
    fn as_of_goes_stale_after_ninety_days() {
        let as_of = d("2026-11-30");
        assert!(!as_of_is_stale(as_of, d("2027-02-28")), "90 days");
        assert!(as_of_is_stale(as_of, d("2027-03-01")), "91 days");
    }
}
