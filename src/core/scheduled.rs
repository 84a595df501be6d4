//! Scheduled changes as readers see them: in the details panel, the changes already
//! announced on the date shown; on the date slider, the dataset's change days after today
//! (its future ticks) and the last of them (the slider's end).

use super::date::Date;
use super::engine::{Change, CountryStatus, Model, Scheduled, ScheduledChange};
use super::model::{Axis, Confidence};

/// The changes known after `date` for `iso` on `axis` ([`Model::scheduled`]) that had been
/// announced by `date`: their instrument was published on or before it. A view of
/// 2026-02-01 does not list the UAE rule of July 2026 as "scheduled" (nobody knew of it),
/// a view of 2026-09-01 lists the end of the G42 and Core42 exemption on 2027-04-06.
/// A change whose instrument is unknown is left out (when it was announced is unknown).
pub fn announced(model: &Model, iso: &str, axis: Axis, date: Date) -> Vec<Scheduled> {
    model
        .scheduled(iso, axis, date)
        .into_iter()
        .filter(|s| {
            s.instrument
                .as_deref()
                .and_then(|id| model.instrument(id))
                .is_some_and(|i| i.published <= date)
        })
        .collect()
}

/// The next change of status of `s` that had been announced by `s.date` (the first
/// [`announced`] status change to another status), `None` when none was: a view of
/// 2025-12-08 does not give China's import block of 2026-01-14 as "next" (its customs notice
/// came out that day), although the engine's [`CountryStatus::next`] knows it.
pub fn next_announced(model: &Model, s: &CountryStatus) -> Option<Change> {
    announced(model, &s.iso, s.axis, s.date)
        .into_iter()
        .find_map(|x| match x.change {
            ScheduledChange::Status { after, .. } if after != s.status => Some(Change {
                date: x.date,
                status: after,
            }),
            _ => None,
        })
}

/// How well a scheduled change of `iso` is established: the exception's confidence for an
/// exception that begins or ends, the new rule's for a change of rule, the membership's for
/// a group change; `None` for a change of status (it follows from several facts).
pub fn confidence(model: &Model, iso: &str, s: &Scheduled) -> Option<Confidence> {
    match &s.change {
        ScheduledChange::Status { .. } => None,
        ScheduledChange::Rule { after, .. } => model.rule(after).map(|r| r.confidence),
        ScheduledChange::ExceptionStarts { rule, index }
        | ScheduledChange::ExceptionEnds { rule, index } => model
            .rule(rule)
            .and_then(|r| r.exceptions.get(*index))
            .map(|e| e.confidence),
        ScheduledChange::JoinsGroup { group } | ScheduledChange::LeavesGroup { group } => model
            .dataset()
            .groups
            .iter()
            .find(|g| g.id == *group)
            .and_then(|g| {
                g.members
                    .iter()
                    .filter(|m| m.iso == iso)
                    .find(|m| m.from == Some(s.date) || m.to.map(Date::next_day) == Some(s.date))
            })
            .map(|m| m.confidence),
    }
}

/// The last day the date slider reaches: the last change day after `today`
/// ([`Model::change_days_after`], e.g. 2027-04-06), or `today` when none is known.
pub fn slider_end(model: &Model, today: Date) -> Date {
    model
        .change_days_after(today)
        .last()
        .copied()
        .unwrap_or(today)
        .max(today)
}

/// One change of one map entity on a future day (see [`future_changes`]).
#[derive(Debug, Clone, PartialEq)]
pub struct FutureChange {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// The axis it changes on.
    pub axis: Axis,
    /// The change.
    pub scheduled: Scheduled,
}

/// Every change day after `today` ([`Model::change_days_after`]) with what changes that day,
/// for every map entity on both axes (empty for a day on which nothing shown changes, e.g.
/// an exception of a rule that no longer wins).
pub fn future_changes(model: &Model, today: Date) -> Vec<(Date, Vec<FutureChange>)> {
    let days = model.change_days_after(today);
    let mut out: Vec<(Date, Vec<FutureChange>)> = days.iter().map(|d| (*d, Vec::new())).collect();
    if days.is_empty() {
        return out;
    }
    for iso in model.entities() {
        for axis in [Axis::Export, Axis::Import] {
            for s in model.scheduled(iso, axis, today) {
                if let Some((_, list)) = out.iter_mut().find(|(d, _)| *d == s.date) {
                    list.push(FutureChange {
                        iso: iso.clone(),
                        axis,
                        scheduled: s,
                    });
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::shipped;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn a_panel_lists_only_what_was_announced_on_the_date_shown() {
        let model = shipped::model();
        let sept = announced(&model, "AE", Axis::Export, d("2026-09-01"));
        assert_eq!(sept.len(), 1, "{sept:?}");
        assert_eq!(sept[0].date, d("2027-04-06"));
        assert!(matches!(
            sept[0].change,
            ScheduledChange::ExceptionEnds { .. }
        ));
        assert_eq!(
            confidence(&model, "AE", &sept[0]),
            Some(Confidence::Unconfirmed)
        );
        // On 2026-02-01 the UAE rule (published 2026-07-14) was not known: nothing is
        // "scheduled", although the engine knows what came later.
        assert!(!model
            .scheduled("AE", Axis::Export, d("2026-02-01"))
            .is_empty());
        assert!(announced(&model, "AE", Axis::Export, d("2026-02-01")).is_empty());
        assert!(announced(&model, "AE", Axis::Export, d("2027-04-06")).is_empty());
        assert!(announced(&model, "FR", Axis::Export, d("2026-09-01")).is_empty());
    }

    #[test]
    fn the_slider_reaches_the_last_scheduled_day() {
        let model = shipped::model();
        assert_eq!(slider_end(&model, d("2026-12-01")), d("2027-04-06"));
        assert_eq!(slider_end(&model, d("2027-05-01")), d("2027-05-01"));
        let future = future_changes(&model, d("2026-12-01"));
        assert_eq!(future.len(), 1);
        let (day, changes) = &future[0];
        assert_eq!(*day, d("2027-04-06"));
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(
            (changes[0].iso.as_str(), changes[0].axis),
            ("AE", Axis::Export)
        );
        assert!(future_changes(&model, d("2027-04-06")).is_empty());
    }
}
