//! Compare mode: which differences between two dates are changes in the law.
//!
//! A move between a "no data" status (`not_researched`, `not_applicable`) and a real one
//! is not a change in the law: Malaysia's import was `not_researched` until research found
//! its 2025-07-14 directive, then `no_restriction_known`. Such a country is not coloured as
//! changed and is listed apart ("research added"), never as a legal change.

use std::collections::{HashMap, HashSet};

use super::date::Date;
use super::engine::{ChangeRecord, Model};
use super::model::{Axis, Status};

/// What a difference between two dates is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    /// The law changed: two real statuses follow each other at least once.
    Legal,
    /// A no-data status became a real one, and the real status did not change after:
    /// research added, not a change in the law.
    ResearchAdded,
    /// A real status became a no-data one, with no change of real status before.
    NoDataNow,
}

/// The kind of the run of statuses `before`, then each of `steps`: [`ChangeKind::Legal`]
/// when, leaving out the no-data statuses, two consecutive real statuses differ.
pub fn kind(before: Status, steps: &[Status]) -> ChangeKind {
    let real: Vec<Status> = std::iter::once(before)
        .chain(steps.iter().copied())
        .filter(|s| !s.is_no_data())
        .collect();
    if real.windows(2).any(|w| w[0] != w[1]) {
        ChangeKind::Legal
    } else if before.is_no_data() {
        ChangeKind::ResearchAdded
    } else {
        ChangeKind::NoDataNow
    }
}

/// The kind of a change record (its status at the first date, then each change).
pub fn record_kind(c: &ChangeRecord) -> ChangeKind {
    let steps: Vec<Status> = c.changes.iter().map(|x| x.status).collect();
    kind(c.before.status, &steps)
}

/// The changes on `axis` between `a` and `b`, split into legal changes and the others
/// (each with its kind), in the model's entity order.
pub fn split(
    model: &Model,
    axis: Axis,
    a: Date,
    b: Date,
) -> (Vec<ChangeRecord>, Vec<(ChangeRecord, ChangeKind)>) {
    let mut legal = Vec::new();
    let mut apart = Vec::new();
    for c in model.changes(a, b).into_iter().filter(|c| c.axis == axis) {
        match record_kind(&c) {
            ChangeKind::Legal => legal.push(c),
            k => apart.push((c, k)),
        }
    }
    (legal, apart)
}

/// The sources of a change record's steps: the sources of the status each step began
/// (`c.changes`, on its day), taken in turns (the first source of each step in date order,
/// then the second of each, …), without repeats. So the list starts with the source of the
/// status the change starts from, and every dated step is cited before any step's second
/// source: China's import from 2025-01-01 to 2026-11-01 cites the customs checks reported
/// on 2025-10-10, the block of 2026-01-14 and the first batch of 2026-01-28, not only the
/// August 2026 reports of the status on the second date.
pub fn step_sources(model: &Model, c: &ChangeRecord) -> Vec<String> {
    let lists: Vec<Vec<String>> = c
        .changes
        .iter()
        .filter_map(|x| model.try_status(&c.iso, c.axis, x.date))
        .map(|s| s.sources)
        .collect();
    let longest = lists.iter().map(Vec::len).max().unwrap_or(0);
    let mut out: Vec<String> = Vec::new();
    for i in 0..longest {
        for id in lists.iter().filter_map(|l| l.get(i)) {
            if !out.contains(id) {
                out.push(id.clone());
            }
        }
    }
    out
}

/// Whether the statuses of `iso` on `axis` from `a` to `b` include a change in the law.
fn legal_between(model: &Model, iso: &str, axis: Axis, a: Date, b: Date) -> bool {
    let timeline = model.timeline(iso, axis);
    let Some(before) = model.status_code(iso, axis, a) else {
        return false;
    };
    let steps: Vec<Status> = timeline
        .iter()
        .filter(|p| p.from > a && p.from <= b)
        .map(|p| p.status)
        .collect();
    kind(before, &steps) == ChangeKind::Legal
}

/// The entities painted "no legal change known" in compare mode: the same real status on
/// `a` and `b`, or a difference that is not a change in the law (see [`kind`]). A place
/// with the same no-data status on both dates (not researched, not applicable) is not in
/// it: nobody knows whether its law changed, so it keeps its own "no data" paint and count.
pub fn unchanged(model: &Model, axis: Axis, a: Date, b: Date) -> HashSet<String> {
    let before: HashMap<String, Status> = model.snapshot(axis, a).into_iter().collect();
    model
        .snapshot(axis, b)
        .into_iter()
        .filter(|(iso, s)| match before.get(iso) {
            Some(old) if old == s => !s.is_no_data(),
            Some(old) if old.is_no_data() || s.is_no_data() => {
                !legal_between(model, iso, axis, a, b)
            }
            _ => false,
        })
        .map(|(iso, _)| iso)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipped;
    use Status::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn only_a_change_between_real_statuses_is_a_change_in_the_law() {
        assert_eq!(
            kind(NotResearched, &[NoRestrictionKnown]),
            ChangeKind::ResearchAdded
        );
        assert_eq!(
            kind(NotResearched, &[Restricted]),
            ChangeKind::ResearchAdded
        );
        assert_eq!(
            kind(NotResearched, &[Restricted, Blocked, Restricted]),
            ChangeKind::Legal
        );
        assert_eq!(kind(Restricted, &[NotResearched]), ChangeKind::NoDataNow);
        assert_eq!(kind(Restricted, &[Blocked]), ChangeKind::Legal);
        assert_eq!(
            kind(Restricted, &[NotResearched, Blocked]),
            ChangeKind::Legal,
            "a gap in the research does not hide a change"
        );
    }

    /// China's import from 2025-01-01 to 2026-11-01: not researched until the customs
    /// checks reported on 2025-10-10 (research added), then blocked by customs on
    /// 2026-01-14 and restricted again from 2026-01-28: two real statuses follow each
    /// other, a change in the law, coloured and listed with its dated steps, citing the
    /// source of each step, the start first.
    #[test]
    fn china_import_blocked_in_january_2026_is_a_legal_change_cited_from_its_start() {
        let model = shipped::model();
        let (a, b) = (d("2025-01-01"), d("2026-11-01"));
        let (legal, apart) = split(&model, Axis::Import, a, b);
        assert!(apart.iter().all(|(c, _)| c.iso != "CN"));
        let cn = legal.iter().find(|c| c.iso == "CN").expect("China legal");
        assert_eq!(
            (cn.before.status, cn.after.status),
            (NotResearched, Restricted)
        );
        let steps: Vec<(Date, Status)> = cn.changes.iter().map(|x| (x.date, x.status)).collect();
        assert_eq!(
            steps,
            [
                (d("2025-10-10"), Restricted),
                (d("2026-01-14"), Blocked),
                (d("2026-01-28"), Restricted)
            ]
        );
        assert!(!unchanged(&model, Axis::Import, a, b).contains("CN"));
        let sources = step_sources(&model, cn);
        assert_eq!(
            sources[..3],
            [
                "asiafinancial-2025-10-10",
                "oninvest-2026-01-14",
                "businesstimes-2026-01-28"
            ]
        );
        assert!(
            !sources.iter().any(|s| s.contains("2026-08")),
            "{sources:?}"
        );
        // Malaysia, Singapore, Taiwan and the US: research added in the same range.
        for iso in ["MY", "SG", "TW", "US"] {
            let k = apart.iter().find(|(c, _)| c.iso == iso).map(|(_, k)| *k);
            assert_eq!(k, Some(ChangeKind::ResearchAdded), "{iso}");
        }
        // A single step cites the status it began.
        let (legal, _) = split(&model, Axis::Export, d("2026-01-01"), d("2026-01-20"));
        let cn = legal.iter().find(|c| c.iso == "CN").expect("export change");
        let began = model.status("CN", Axis::Export, d("2026-01-15")).sources;
        assert_eq!(step_sources(&model, cn), began);
    }

    #[test]
    fn malaysia_import_research_is_not_a_legal_change() {
        let model = shipped::model();
        let (a, b) = (d("2025-06-01"), d("2026-02-01"));
        let (legal, apart) = split(&model, Axis::Import, a, b);
        let my = apart.iter().find(|(c, _)| c.iso == "MY").expect("MY apart");
        assert_eq!(my.1, ChangeKind::ResearchAdded);
        assert_eq!(my.0.after.status, NoRestrictionKnown);
        assert!(legal.iter().all(|c| c.iso != "MY"));
        let cn = legal.iter().find(|c| c.iso == "CN").expect("China changed");
        assert_eq!(cn.before.status, NotResearched);
        let same = unchanged(&model, Axis::Import, a, b);
        assert!(same.contains("MY"), "not coloured");
        assert!(same.contains("FR"));
        assert!(
            !same.contains("AE"),
            "not researched on both dates: its own no-data paint, not \"no legal change known\""
        );
        assert!(
            !same.contains("CN"),
            "China's import was blocked, then restricted"
        );
        // Only research begun in 2025-10: China's first known status is not a change.
        let early = unchanged(&model, Axis::Import, a, d("2025-12-01"));
        assert!(early.contains("CN"));
        let (legal, _) = split(&model, Axis::Export, a, b);
        assert!(
            legal.iter().any(|c| c.iso == "CN"),
            "export: the law changed"
        );
        assert!(legal.iter().all(|c| record_kind(c) == ChangeKind::Legal));
    }
}
