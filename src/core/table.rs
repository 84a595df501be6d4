//! The rows of the table view (and of the downloads): every map entity with both of its
//! statuses at one date, filtered by status and sorted by a column.

use std::cmp::Ordering;

use super::date::Date;
use super::engine::{CountryStatus, Model};
use super::i18n::{since_short, Lang};
use super::model::{Axis, Status};

/// Since when a table cell's status holds, with the panel's wording rule
/// ([`crate::core::i18n::since`]): "since 15 Jan 2026", or "since at least 7 Oct 2022" for a
/// status already in force at `model_start` (the dataset's first day, not the law's);
/// `None` for a "no data" status (it did not take effect on a day).
pub fn since_cell(lang: Lang, s: &CountryStatus, model_start: Date) -> Option<String> {
    (!s.status.is_no_data()).then(|| {
        since_short(lang, s.effective, model_start)
            .trim_start()
            .to_string()
    })
}

/// One entity with both statuses.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// Display name (UI language).
    pub name: String,
    /// US export licence status.
    pub export: CountryStatus,
    /// Import status.
    pub import: CountryStatus,
}

impl Row {
    /// The status on `axis`.
    pub fn on(&self, axis: Axis) -> &CountryStatus {
        match axis {
            Axis::Export => &self.export,
            Axis::Import => &self.import,
        }
    }
}

/// A sortable column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortKey {
    /// By name, case-insensitive.
    Name,
    /// By export status (least restrictive first), then name.
    Export,
    /// By import status, then name.
    Import,
}

/// The sort of the table: a column and a direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sort {
    /// The column.
    pub key: SortKey,
    /// Ascending (A to Z, least to most restrictive) or descending.
    pub ascending: bool,
}

impl Default for Sort {
    fn default() -> Self {
        Sort {
            key: SortKey::Name,
            ascending: true,
        }
    }
}

impl Sort {
    /// The sort after a click on `key`'s header: the same column flips direction, another
    /// column sorts ascending.
    pub fn toggled(self, key: SortKey) -> Sort {
        Sort {
            key,
            ascending: self.key != key || !self.ascending,
        }
    }

    /// The `aria-sort` value of `key`'s header: `ascending`, `descending` or `none`.
    pub fn aria(self, key: SortKey) -> &'static str {
        match (self.key == key, self.ascending) {
            (false, _) => "none",
            (true, true) => "ascending",
            (true, false) => "descending",
        }
    }
}

/// Every entity of the model with both statuses at `date`, in the model's order (entities
/// without a status that day, i.e. before the model starts, are left out).
pub fn rows(model: &Model, date: Date, name_of: impl Fn(&str) -> String) -> Vec<Row> {
    model
        .entities()
        .iter()
        .filter_map(|iso| {
            Some(Row {
                iso: iso.clone(),
                name: name_of(iso),
                export: model.try_status(iso, Axis::Export, date)?,
                import: model.try_status(iso, Axis::Import, date)?,
            })
        })
        .collect()
}

/// Keeps the rows whose status on `axis` is `status` (all rows for `None`).
pub fn filter(rows: Vec<Row>, axis: Axis, status: Option<Status>) -> Vec<Row> {
    match status {
        None => rows,
        Some(s) => rows
            .into_iter()
            .filter(|r| r.on(axis).status == s)
            .collect(),
    }
}

/// Sorts the rows in place. By name: in the order of `names`, the UI language's collation
/// (in the browser `Intl.Collator`, so that French puts "Égypte" before "Espagne" and
/// "Îles Caïmans" among the I, not after "Zimbabwe"). By status: along the restriction
/// scale, then by name, and the no-data statuses (`not_applicable`, `not_researched`) last
/// in both directions: "no data" is never the most (or least) restrictive.
pub fn sort(rows: &mut [Row], sort: Sort, names: &dyn Fn(&str, &str) -> Ordering) {
    let axis = match sort.key {
        SortKey::Name => None,
        SortKey::Export => Some(Axis::Export),
        SortKey::Import => Some(Axis::Import),
    };
    rows.sort_by(|a, b| {
        let o = match axis {
            None => names(&a.name, &b.name).then_with(|| a.iso.cmp(&b.iso)),
            Some(axis) => a
                .on(axis)
                .status
                .cmp(&b.on(axis).status)
                .then_with(|| names(&a.name, &b.name)),
        };
        let o = if sort.ascending { o } else { o.reverse() };
        match axis {
            None => o,
            Some(axis) => {
                let no_data = |r: &Row| r.on(axis).status.is_no_data();
                no_data(a).cmp(&no_data(b)).then(o)
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipped;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    /// Code-point order of the lower-cased names (a collation stand-in).
    fn plain(a: &str, b: &str) -> Ordering {
        a.to_lowercase().cmp(&b.to_lowercase())
    }

    /// The panel's rule in the table: Germany's import status holds since the dataset's
    /// first day, so "at least"; China's since a dated change; the US export, no data, none.
    #[test]
    fn since_cells_say_at_least_at_the_model_start_in_every_language() {
        let model = shipped::model();
        let start = model.dataset().model_start;
        let de = model.status("DE", Axis::Import, d("2025-12-08"));
        assert_eq!(de.effective, start);
        let cn = model.status("CN", Axis::Import, d("2025-12-08"));
        let cells = |s: &CountryStatus| {
            [Lang::Fr, Lang::En, Lang::De, Lang::Es].map(|l| since_cell(l, s, start).unwrap())
        };
        assert_eq!(
            cells(&de),
            [
                "au moins depuis le 7 oct. 2022",
                "since at least 7 Oct 2022",
                "mindestens seit 7. Okt. 2022",
                "al menos desde el 7 oct 2022",
            ]
        );
        assert_eq!(
            cells(&cn),
            [
                "depuis le 10 oct. 2025",
                "since 10 Oct 2025",
                "seit 10. Okt. 2025",
                "desde el 10 oct 2025",
            ]
        );
        let us = model.status("US", Axis::Export, d("2025-12-08"));
        assert!(us.status.is_no_data());
        assert_eq!(since_cell(Lang::Fr, &us, start), None);
    }

    #[test]
    fn names_sort_in_the_injected_collation() {
        let model = shipped::model();
        let date = d("2026-01-28");
        let names = |iso: &str| match iso {
            "EG" => "Égypte".to_string(),
            "ES" => "Espagne".to_string(),
            "ZW" => "Zimbabwe".to_string(),
            "AF" => "Afghanistan".to_string(),
            other => format!("~{other}"),
        };
        let mut all = rows(&model, date, names);
        // A stand-in for French collation: É sorts as E.
        let french = |a: &str, b: &str| plain(&a.replace('É', "E"), &b.replace('É', "E"));
        sort(&mut all, Sort::default(), &french);
        let first: Vec<&str> = all.iter().take(4).map(|r| r.iso.as_str()).collect();
        assert_eq!(first, ["AF", "EG", "ES", "ZW"]);
        sort(&mut all, Sort::default(), &plain);
        let eg = all.iter().position(|r| r.iso == "EG").unwrap();
        let zw = all.iter().position(|r| r.iso == "ZW").unwrap();
        assert!(
            eg > zw,
            "code-point order puts É after Z: the collation matters"
        );
        let desc = Sort::default().toggled(SortKey::Name);
        sort(&mut all, desc, &french);
        assert_eq!(all.last().map(|r| r.iso.as_str()), Some("AF"), "descending");
    }

    #[test]
    fn rows_filter_and_sort() {
        let model = shipped::model();
        let date = d("2026-01-28");
        let all = rows(&model, date, |iso| iso.to_lowercase());
        assert_eq!(all.len(), model.entities().len());
        let mut case = filter(all.clone(), Axis::Export, Some(Status::CaseByCase));
        sort(&mut case, Sort::default(), &plain);
        let isos: Vec<&str> = case.iter().map(|r| r.iso.as_str()).collect();
        assert_eq!(isos, ["CN", "HK", "MO"]);
        sort(&mut case, Sort::default().toggled(SortKey::Name), &plain);
        assert_eq!(case[0].iso, "MO", "descending");

        let mut by_export = all;
        sort(
            &mut by_export,
            Sort {
                key: SortKey::Export,
                ascending: false,
            },
            &plain,
        );
        assert_eq!(
            by_export[0].export.status,
            Status::Embargoed,
            "most restrictive first"
        );
        let us = by_export.iter().position(|r| r.iso == "US").unwrap();
        assert_eq!(by_export[us].export.status, Status::NotApplicable);
        assert!(
            by_export[us..].iter().all(|r| r.export.status.is_no_data()),
            "no data last, also when descending"
        );
        let scale = &by_export[..us];
        assert!(scale
            .windows(2)
            .all(|w| w[0].export.status >= w[1].export.status));
        sort(
            &mut by_export,
            Sort {
                key: SortKey::Export,
                ascending: true,
            },
            &plain,
        );
        assert_eq!(by_export[0].export.status, Status::NoLicenseRequired);
        assert!(by_export.last().unwrap().export.status.is_no_data());
    }

    #[test]
    fn header_clicks_flip_or_switch_the_column() {
        let s = Sort::default();
        assert_eq!(s.aria(SortKey::Name), "ascending");
        assert_eq!(s.aria(SortKey::Export), "none");
        let flipped = s.toggled(SortKey::Name);
        assert_eq!(flipped.aria(SortKey::Name), "descending");
        let other = flipped.toggled(SortKey::Import);
        assert_eq!((other.key, other.ascending), (SortKey::Import, true));
    }
}
