//! The date slider's arithmetic: its events (one tick per legal instrument, and one per
//! change day already scheduled after today), the position of a date on the track, and the
//! date under a pointer or after a key.

use super::date::Date;
use super::engine::Model;
use super::i18n::law::future_label;
use super::i18n::Lang;
use super::model::Dataset;
use super::scheduled::future_changes;

/// Page Up / Page Down move the date by this many days.
pub const PAGE_DAYS: i32 = 30;
/// A pointer within this many CSS pixels of an event's tick snaps to the event.
pub const SNAP_PX: f64 = 8.0;

/// A labelled event on the slider. `Eq`, so that comparing two `Rc<Vec<Tick>>` (Yew
/// compares props on every render) first compares pointers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tick {
    /// Effective date.
    pub date: Date,
    /// "BIS: case-by-case review for China and Macau" (UI language).
    pub label: String,
    /// `false` for an instrument published but never enforced (drawn hollow).
    pub enforced: bool,
    /// `true` for a change scheduled after today (drawn dashed, named under the track).
    pub future: bool,
}

/// One tick per instrument of the dataset, by effective date, labelled in `lang`.
pub fn ticks(dataset: &Dataset, lang: Lang) -> Vec<Tick> {
    let mut v: Vec<Tick> = dataset
        .instruments
        .iter()
        .map(|i| Tick {
            date: i.effective,
            label: lang.pick(&i.label_en, &i.label_fr).to_string(),
            enforced: i.enforced,
            future: false,
        })
        .collect();
    v.sort_by_key(|t| t.date);
    v
}

/// One future tick per change day after `today` ([`Model::change_days_after`]), labelled
/// with what changes that day and where (`name_of`: ISO code -> name in `lang`), e.g.
/// "United Arab Emirates: end of licence-free access for G42 and Core42 …" on 2027-04-06.
pub fn future_ticks(
    model: &Model,
    today: Date,
    lang: Lang,
    name_of: &dyn Fn(&str) -> String,
) -> Vec<Tick> {
    future_changes(model, today)
        .into_iter()
        .map(|(date, changes)| Tick {
            date,
            label: future_label(lang, model, &changes, name_of),
            enforced: true,
            future: true,
        })
        .collect()
}

/// Where `d` lies from `min` (0) to `max` (100), in percent of the track, clamped.
pub fn percent(d: Date, min: Date, max: Date) -> f64 {
    let span = f64::from((max.day_number() - min.day_number()).max(1));
    (f64::from(d.day_number() - min.day_number()) / span * 100.0).clamp(0.0, 100.0)
}

/// The first stop strictly after `d` within `min..=max` (or `max` if none) when
/// `forward`, else the last stop strictly before `d` (or `min`). The stops are the events
/// and `today` (so that a slider reaching past today, to a scheduled change, still stops
/// on today).
pub fn step(ticks: &[Tick], d: Date, forward: bool, min: Date, max: Date, today: Date) -> Date {
    let dates = ticks
        .iter()
        .map(|t| t.date)
        .chain(std::iter::once(today))
        .filter(|t| *t >= min && *t <= max);
    if forward {
        dates.filter(|t| *t > d).min().unwrap_or(max)
    } else {
        dates.filter(|t| *t < d).max().unwrap_or(min)
    }
}

/// `d` moved by `days` (negative: back), within `min..=max`.
pub fn shift(d: Date, days: i32, min: Date, max: Date) -> Date {
    Date::from_day_number((d.day_number() + days).clamp(min.day_number(), max.day_number()))
        .unwrap_or(d)
}

/// The date at `fraction` (0 = left end, 1 = right end) of a track `width_px` CSS pixels
/// wide: the nearest event within [`SNAP_PX`], else the day under the pointer.
pub fn date_at(fraction: f64, width_px: f64, ticks: &[Tick], min: Date, max: Date) -> Option<Date> {
    let f = fraction.clamp(0.0, 1.0);
    let span = f64::from(max.day_number() - min.day_number());
    let day = min.day_number() + (f * span).round() as i32;
    let snap = (SNAP_PX / width_px * span) as i32;
    let near = ticks
        .iter()
        .map(|t| t.date)
        .filter(|t| (t.day_number() - day).abs() <= snap)
        .min_by_key(|t| (t.day_number() - day).abs());
    near.or_else(|| Date::from_day_number(day))
}

/// The latest event on or before `d`: the one the slider names under the track.
pub fn current(ticks: &[Tick], d: Date) -> Option<&Tick> {
    ticks.iter().filter(|t| t.date <= d).max_by_key(|t| t.date)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn tick(date: &str, enforced: bool) -> Tick {
        Tick {
            date: d(date),
            label: date.to_string(),
            enforced,
            future: false,
        }
    }

    fn events() -> Vec<Tick> {
        vec![
            tick("2023-10-17", true),
            tick("2025-01-15", false),
            tick("2026-01-15", true),
        ]
    }

    #[test]
    fn keys_step_from_event_to_event_and_stop_at_the_ends() {
        let (min, max) = (d("2022-10-07"), d("2026-02-01"));
        let e = events();
        let step = |from: &str, forward| step(&e, d(from), forward, min, max, max);
        assert_eq!(step("2022-10-07", true), d("2023-10-17"));
        assert_eq!(step("2023-10-17", true), d("2025-01-15"));
        assert_eq!(step("2026-01-15", true), max, "then today");
        assert_eq!(step("2025-01-15", false), d("2023-10-17"));
        assert_eq!(step("2023-10-17", false), min);
        assert_eq!(
            super::step(&e, d("2023-01-01"), true, min, d("2023-06-01"), max),
            d("2023-06-01"),
            "events after max are skipped"
        );
        assert_eq!(shift(d("2026-01-20"), PAGE_DAYS, min, max), max);
        assert_eq!(
            shift(d("2026-01-20"), -PAGE_DAYS, min, max),
            d("2025-12-21")
        );
    }

    #[test]
    fn today_is_a_stop_before_the_scheduled_changes() {
        let (min, today, end) = (d("2022-10-07"), d("2026-12-01"), d("2027-04-06"));
        let mut e = events();
        e.push(Tick {
            future: true,
            ..tick("2027-04-06", true)
        });
        assert_eq!(step(&e, d("2026-01-15"), true, min, end, today), today);
        assert_eq!(step(&e, today, true, min, end, today), end);
        assert_eq!(step(&e, end, false, min, end, today), today);
        assert_eq!(step(&e, today, false, min, end, today), d("2026-01-15"));
    }

    #[test]
    fn future_ticks_come_from_the_scheduled_changes() {
        let model = crate::core::shipped::model();
        let name = |iso: &str| iso.to_string();
        let future = future_ticks(&model, d("2026-12-01"), Lang::En, &name);
        assert_eq!(future.len(), 1);
        assert_eq!(future[0].date, d("2027-04-06"));
        assert!(future[0].future && future[0].enforced);
        assert!(
            future[0]
                .label
                .starts_with("AE: end of licence-free access"),
            "{}",
            future[0].label
        );
        assert!(future_ticks(&model, d("2027-04-06"), Lang::En, &name).is_empty());
    }

    #[test]
    fn positions_on_the_track() {
        let (min, max) = (d("2026-01-01"), d("2026-01-11"));
        assert_eq!(percent(min, min, max), 0.0);
        assert_eq!(percent(d("2026-01-06"), min, max), 50.0);
        assert_eq!(percent(d("2027-01-01"), min, max), 100.0, "clamped");
        assert_eq!(
            percent(min, min, min),
            0.0,
            "an empty range does not divide by zero"
        );
    }

    #[test]
    fn a_pointer_snaps_to_a_nearby_event() {
        let (min, max) = (d("2022-10-07"), d("2026-02-01"));
        let e = events();
        // 1000 px for about 1200 days: 8 px is about 9 days.
        let at = |day: &str| percent(d(day), min, max) / 100.0;
        assert_eq!(
            date_at(at("2023-10-20"), 1000.0, &e, min, max),
            Some(d("2023-10-17"))
        );
        assert_eq!(
            date_at(at("2024-06-01"), 1000.0, &e, min, max),
            Some(d("2024-06-01"))
        );
        assert_eq!(
            date_at(-3.0, 1000.0, &e, min, max),
            Some(min),
            "left of the track"
        );
        assert_eq!(
            current(&e, d("2025-06-01")).map(|t| t.date),
            Some(d("2025-01-15"))
        );
        assert_eq!(current(&e, d("2023-01-01")), None);
    }

    #[test]
    fn ticks_follow_the_dataset_in_date_order() {
        let model = crate::core::shipped::model();
        let fr = ticks(model.dataset(), Lang::Fr);
        assert_eq!(fr.len(), model.dataset().instruments.len());
        assert!(fr.windows(2).all(|w| w[0].date <= w[1].date));
        assert!(
            fr.iter().any(|t| !t.enforced),
            "the AI Diffusion rule is drawn hollow"
        );
        let de = ticks(model.dataset(), Lang::De);
        let first = model
            .dataset()
            .instruments
            .iter()
            .find(|i| i.effective == de[0].date)
            .unwrap();
        assert!(
            de.iter().any(|t| t.label == first.label_en),
            "German uses the English labels"
        );
    }
}
