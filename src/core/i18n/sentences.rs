//! Sentences the widget composes from the words of [`super`]: the map's text summary, the
//! live-region announcement, the "situation on" lines of the footer and of the downloads,
//! and the accessible name of a map shape.

use std::collections::{HashMap, HashSet};

use super::{
    axis_label, colon, format_date, format_short_date, name_of, semicolon, status_label, t, Key,
    Lang,
};
use crate::core::date::Date;
use crate::core::model::{Axis, Status};
use crate::core::render::{Look, Paint};

/// How a map entity is painted, in words: its status, "Unchanged" in compare mode, or
/// "No data".
pub fn paint_label(lang: Lang, paint: Paint) -> &'static str {
    match paint {
        Paint::Status(s) => status_label(lang, s),
        Paint::Unchanged => t(lang, Key::Unchanged),
        Paint::NoData => t(lang, Key::NoData),
    }
}

/// The accessible name of a map shape or marker: "China: Licence, case-by-case review"
/// ("Chine : …" in French, with a no-break space).
pub fn shape_label(lang: Lang, name: &str, paint: Paint) -> String {
    format!("{name}{}{}", colon(lang), paint_label(lang, paint))
}

/// How the map draws `iso`: its [`Paint`] and its accessible name in `lang`.
pub fn look(
    lang: Lang,
    iso: &str,
    names: &HashMap<String, String>,
    statuses: &HashMap<String, Status>,
    unchanged: Option<&HashSet<String>>,
) -> Look {
    let paint = Paint::of(iso, statuses, unchanged);
    Look {
        paint,
        label: shape_label(lang, &name_of(names, iso), paint),
    }
}

/// The map's automatic text summary (its description for screen readers):
/// "US export licence — Situation on 1 February 2026: 188: No licence required; 2: …."
/// Counts follow the axis' restriction scale in legend order (statuses nobody has are left
/// out); the no-data statuses are counted apart, last: "… No data: 195 (Not researched)."
pub fn summary(lang: Lang, axis: Axis, date: Date, statuses: &HashMap<String, Status>) -> String {
    let count = |s: &Status| statuses.values().filter(|v| *v == s).count();
    let parts: Vec<String> = Status::scale(axis)
        .iter()
        .map(|s| (s, count(s)))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n}{}{}", colon(lang), status_label(lang, *s)))
        .collect();
    let no_data: Vec<String> = Status::all(axis)
        .iter()
        .filter(|s| s.is_no_data())
        .map(|s| (s, count(s)))
        .filter(|(_, n)| *n > 0)
        .map(|(s, n)| format!("{n} ({})", status_label(lang, *s)))
        .collect();
    let apart = if no_data.is_empty() {
        String::new()
    } else {
        format!(
            " {}{}{}.",
            t(lang, Key::NoData),
            colon(lang),
            no_data.join(semicolon(lang))
        )
    };
    format!(
        "{} — {} {}{}{}.{apart}",
        axis_label(lang, axis),
        t(lang, Key::AsOf),
        format_date(lang, date),
        colon(lang),
        parts.join(semicolon(lang))
    )
}

/// What the selected country's status is, for the announcement.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Selected<'a> {
    /// Its name in the UI language.
    pub name: &'a str,
    /// Its status on the axis shown.
    pub status: Status,
    /// The day that status took effect.
    pub effective: Date,
}

/// What the map shows, for the announcement: the axis, the date and the comparison.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Shown {
    /// The status shown (the `view`).
    pub axis: Axis,
    /// The date shown (in compare mode, date B).
    pub date: Date,
    /// Compare mode: `(A, B)`.
    pub compare: Option<(Date, Date)>,
}

/// The live-region message after a change from `before` to `now` (a reader's choice, or a
/// story step that may change several things at once), parts joined by ". ":
/// - a new comparison, "Compare two dates: 8 December 2025 → 15 January 2026", or a new
///   date (or leaving compare mode), "Date shown: 1 February 2026";
/// - the selected country's status, "China — US export licence: Licence, case-by-case
///   review, since 15 January 2026";
/// - with nothing selected, the axis if it changed ("Import into the country"); when
///   nothing else changed (a country closed), the date shown.
pub fn announcement(
    lang: Lang,
    before: Shown,
    now: Shown,
    selected: Option<Selected<'_>>,
) -> String {
    let date_part = || {
        format!(
            "{}{}{}",
            t(lang, Key::DateLabel),
            colon(lang),
            format_date(lang, now.date)
        )
    };
    let mut parts = Vec::new();
    match now.compare {
        Some((a, b)) if before.compare != now.compare => parts.push(format!(
            "{}{}{} → {}",
            t(lang, Key::Compare),
            colon(lang),
            format_date(lang, a),
            format_date(lang, b)
        )),
        None if before.date != now.date || before.compare.is_some() => parts.push(date_part()),
        _ => {}
    }
    match selected {
        Some(s) => parts.push(format!(
            "{} — {}{}{}, {} {}",
            s.name,
            axis_label(lang, now.axis),
            colon(lang),
            status_label(lang, s.status),
            t(lang, Key::Since),
            format_date(lang, s.effective)
        )),
        None if before.axis != now.axis => parts.push(axis_label(lang, now.axis).to_string()),
        None if parts.is_empty() => parts.push(date_part()),
        None => {}
    }
    parts.join(". ")
}

/// The date line under the slider: "Situation on 1 December 2026." and, when an event of
/// the slider is on or before that day, "Latest event: 31 May 2026, BIS: licence needed
/// …" (`event`: its date and label). Two sentences, so that the two dates cannot be read
/// as a range.
pub fn date_line(lang: Lang, date: Date, event: Option<(Date, &str)>) -> (String, String) {
    let shown = format!("{} {}.", t(lang, Key::AsOf), format_date(lang, date));
    let latest = event.map_or_else(String::new, |(d, label)| {
        format!(
            "{}{}{}, {label}",
            t(lang, Key::LatestEvent),
            colon(lang),
            format_short_date(lang, d)
        )
    });
    (shown, latest)
}

/// The footer line: "Situation on DATE · facts checked up to AS_OF." (`as_of` is the
/// dataset's only freshness stamp).
pub fn as_of_line(lang: Lang, date: Date, as_of: Date) -> String {
    format!(
        "{} {} · {} {}.",
        t(lang, Key::AsOf),
        format_date(lang, date),
        t(lang, Key::FactsUpTo),
        format_date(lang, as_of)
    )
}

/// The title drawn in a downloaded map: "Where can the NVIDIA H200 legally go? — US
/// export licence".
pub fn export_title(lang: Lang, axis: Axis) -> String {
    format!("{} — {}", t(lang, Key::Title), axis_label(lang, axis))
}

/// The stamp line drawn in a downloaded map: "Situation on DATE · facts checked up to
/// AS_OF · Natural Earth · h200-map".
pub fn export_stamp(lang: Lang, date: Date, as_of: Date) -> String {
    format!(
        "{} {} · {} {} · Natural Earth · h200-map",
        t(lang, Key::AsOf),
        format_date(lang, date),
        t(lang, Key::FactsUpTo),
        format_date(lang, as_of)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn summary_counts_each_status_in_legend_order() {
        let statuses: HashMap<String, Status> = [
            ("FR", Status::NoLicenseRequired),
            ("DE", Status::NoLicenseRequired),
            ("CN", Status::CaseByCase),
            ("US", Status::NotApplicable),
            ("XX", Status::Blocked), // another axis: not counted
        ]
        .into_iter()
        .map(|(i, s)| (i.to_string(), s))
        .collect();
        assert_eq!(
            summary(Lang::En, Axis::Export, d("2026-02-01"), &statuses),
            "US export licence — Situation on 1 February 2026: 2: No licence required; \
             1: Licence, case-by-case review. No data: 1 (Not applicable: the exporting country)."
        );
        assert!(
            summary(Lang::Fr, Axis::Export, d("2026-02-01"), &statuses).starts_with(
                "Licence d'export américaine — Situation au 1er février 2026\u{a0}: 2\u{a0}: "
            )
        );
    }

    fn shown(axis: Axis, date: &str, compare: Option<(&str, &str)>) -> Shown {
        Shown {
            axis,
            date: d(date),
            compare: compare.map(|(a, b)| (d(a), d(b))),
        }
    }

    /// A country whose import is blocked since 14 January 2026 (China in the dataset).
    fn blocked_since_jan_14(name: &str) -> Selected<'_> {
        Selected {
            name,
            status: Status::Blocked,
            effective: d("2026-01-14"),
        }
    }

    #[test]
    fn announcement_names_the_country_or_the_date() {
        let cn = blocked_since_jan_14("Chine");
        let feb = shown(Axis::Import, "2026-02-01", None);
        assert_eq!(
            announcement(Lang::Fr, feb, feb, Some(cn)),
            "Chine — Importation dans le pays\u{a0}: Bloquée, depuis le 14 janvier 2026",
            "a selection alone"
        );
        let export = shown(Axis::Export, "2026-02-01", None);
        assert_eq!(
            announcement(Lang::En, export, export, None),
            "Date shown: 1 February 2026",
            "a country closed"
        );
        assert_eq!(
            announcement(
                Lang::En,
                shown(Axis::Export, "2025-01-01", None),
                export,
                None
            ),
            "Date shown: 1 February 2026"
        );
    }

    #[test]
    fn announcement_of_a_step_says_every_change() {
        let cn = blocked_since_jan_14("Chine");
        let before = shown(Axis::Export, "2025-12-08", None);
        let jan = shown(Axis::Import, "2026-01-14", None);
        assert_eq!(
            announcement(Lang::Fr, before, jan, Some(cn)),
            "Date affichée\u{a0}: 14 janvier 2026. Chine — Importation dans le pays\u{a0}: \
             Bloquée, depuis le 14 janvier 2026"
        );
        let range = shown(
            Axis::Import,
            "2026-01-15",
            Some(("2025-12-08", "2026-01-15")),
        );
        assert_eq!(
            announcement(Lang::Fr, jan, range, None),
            "Comparer deux dates\u{a0}: 8 décembre 2025 → 15 janvier 2026"
        );
        assert_eq!(
            announcement(
                Lang::En,
                range,
                shown(Axis::Import, "2026-01-15", None),
                None
            ),
            "Date shown: 15 January 2026",
            "leaving compare mode says the date, even the same as B"
        );
        assert_eq!(
            announcement(Lang::En, jan, shown(Axis::Export, "2026-01-14", None), None),
            "US export licence",
            "the view alone"
        );
        let china = blocked_since_jan_14("China");
        assert_eq!(
            announcement(Lang::En, jan, range, Some(china)),
            "Compare two dates: 8 December 2025 → 15 January 2026. China — \
             Import into the country: Blocked, since 14 January 2026"
        );
    }

    #[test]
    fn the_date_line_cannot_be_read_as_a_range() {
        let (shown, latest) = date_line(
            Lang::Fr,
            d("2026-12-01"),
            Some((d("2026-05-31"), "BIS\u{a0}: licence exigée")),
        );
        assert_eq!(shown, "Situation au 1er décembre 2026.");
        assert_eq!(
            latest,
            "Dernier événement\u{a0}: 31 mai 2026, BIS\u{a0}: licence exigée"
        );
        let (shown, latest) = date_line(Lang::En, d("2022-10-07"), None);
        assert_eq!(
            (shown.as_str(), latest.as_str()),
            ("Situation on 7 October 2022.", "")
        );
    }

    #[test]
    fn stamps_and_labels() {
        assert_eq!(
            export_stamp(Lang::En, d("2026-01-28"), d("2026-07-08")),
            "Situation on 28 January 2026 · facts checked up to 8 July 2026 · Natural Earth · h200-map"
        );
        assert_eq!(
            as_of_line(Lang::De, d("2026-01-28"), d("2026-07-08")),
            "Stand 28. Januar 2026 · Fakten geprüft bis 8. Juli 2026."
        );
        assert_eq!(
            export_title(Lang::Es, Axis::Import),
            "¿Adónde puede ir legalmente el chip NVIDIA H200? — Importación al país"
        );
        assert_eq!(
            shape_label(Lang::En, "China", Paint::Status(Status::CaseByCase)),
            "China: Licence, case-by-case review"
        );
        assert_eq!(
            shape_label(Lang::Fr, "Chine", Paint::Unchanged),
            "Chine\u{a0}: Aucun changement juridique connu"
        );
        assert_eq!(
            shape_label(Lang::En, "Aruba", Paint::NoData),
            "Aruba: No data"
        );
    }
}
