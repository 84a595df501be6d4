//! The legal rules engine: a country's export and import status at any date.
//!
//! Statuses are piecewise constant: they can change only on a *boundary* day (a rule's
//! `from`, the day after its `to`, a membership's `from` or the day after its `to`). The
//! engine computes the status on each boundary once, so a country's timeline, its previous
//! and next change and the list of changes between two dates are cheap.
//!
//! Around a status, the engine also gives what holds on the day asked ([`Model::conditions`],
//! [`Model::exceptions`]) and what is already known to change later
//! ([`Model::scheduled`], [`Model::change_days`]).

use std::collections::HashMap;

use super::date::Date;
use super::model::{Axis, Condition, Confidence, Dataset, Exception, Rule, Source, Status};
use super::rules::{boundaries, change_days, index_of, matching};
use super::validate::{self, DatasetError};

/// A status change: from `date` on, the status is `status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change {
    /// First day of the new status.
    pub date: Date,
    /// The status from that day.
    pub status: Status,
}

/// A country's status on one axis at one date, with everything a reader needs to trust it.
#[derive(Debug, Clone, PartialEq)]
pub struct CountryStatus {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// Export or import.
    pub axis: Axis,
    /// The day asked about.
    pub date: Date,
    /// The status code.
    pub status: Status,
    /// The weakest of the winning rule's confidence and the group membership it relies on.
    pub confidence: Confidence,
    /// Ids of the rules that produced the status (the winning priority), first = main rule.
    pub rules: Vec<String>,
    /// Ids of rules that also apply that day but are overridden by a higher priority.
    pub overridden: Vec<String>,
    /// First day of the current run of this status (the date it took effect).
    pub effective: Date,
    /// The change that ended the previous status, i.e. the status before `effective`.
    pub previous: Option<Change>,
    /// The next known change after `date`, if any.
    pub next: Option<Change>,
    /// Source ids: those of the instrument that caused the last change (e.g. a group
    /// membership change), of the winning rules and their instruments, and of the
    /// conditions and exceptions in force on `date`; sorted by kind (primary first, then
    /// mirror, legal, news, aggregator; read before quoted before cited), those of the lead
    /// instrument first: the cause's, or the main rule's when that rule began after
    /// `effective`.
    pub sources: Vec<String>,
    /// The instrument that caused the status to take effect on `effective` (see
    /// [`Period::instrument`]).
    pub cause: Option<String>,
}

/// One period of a country's timeline on one axis: a run of the same status under the same
/// main rule. A new period starts when the status changes, or when a new specific rule (not
/// an `applies_to.all` default) takes over with the same status (the UAE rule of
/// 2026-07-10 keeps the licence the D:1/D:4 rule required), so the history shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct Period {
    /// First day.
    pub from: Date,
    /// Last day (inclusive), `None` while still current.
    pub to: Option<Date>,
    /// The status during the period.
    pub status: Status,
    /// Its confidence.
    pub confidence: Confidence,
    /// The main rule (first winning rule) at the start of the period.
    pub rule: String,
    /// The instrument that caused the change at `from`: the one that changed a group
    /// membership that day if any, else the main rule's; `None` for a default rule
    /// (no instrument caused the status).
    pub instrument: Option<String>,
}

/// A country whose status changed between two dates.
#[derive(Debug, Clone, PartialEq)]
pub struct ChangeRecord {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// Export or import.
    pub axis: Axis,
    /// Status on the first date.
    pub before: CountryStatus,
    /// Status on the second date.
    pub after: CountryStatus,
    /// Every change in `(from, to]`, in date order.
    pub changes: Vec<Change>,
}

/// What is already known to change after the day asked (see [`Model::scheduled`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScheduledChange {
    /// The status changes.
    Status {
        /// Status the day before.
        before: Status,
        /// Status from that day.
        after: Status,
    },
    /// Another rule gives the same status from that day (e.g. a rule expires and a general
    /// one takes over): the panel's rule, conditions or exceptions change.
    Rule {
        /// Main rule the day before.
        before: String,
        /// Main rule from that day.
        after: String,
    },
    /// A named exception of a rule in force for the country begins.
    ExceptionStarts {
        /// The rule's id.
        rule: String,
        /// Index in the rule's `exceptions`.
        index: usize,
    },
    /// A named exception ends: the day is the day after its `to`.
    ExceptionEnds {
        /// The rule's id.
        rule: String,
        /// Index in the rule's `exceptions`.
        index: usize,
    },
    /// The country joins a group used by the axis's rules.
    JoinsGroup {
        /// Group id, e.g. `A:5`.
        group: String,
    },
    /// The country leaves a group: the day is the day after its membership's `to`.
    LeavesGroup {
        /// Group id.
        group: String,
    },
}

/// One scheduled change: on `date`, `change`, caused by `instrument` when one is known.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scheduled {
    /// First day of the new state.
    pub date: Date,
    /// What changes.
    pub change: ScheduledChange,
    /// The instrument that schedules it (rule, membership or exception source instrument).
    pub instrument: Option<String>,
}

/// A validated dataset, indexed for status queries.
#[derive(Debug, Clone)]
pub struct Model {
    dataset: Dataset,
    /// Map entities (ISO codes) the dataset was validated against.
    entities: Vec<String>,
    /// Sorted, deduplicated days on which any status may change (>= model_start).
    boundaries: Vec<Date>,
    /// [`boundaries`] plus the days named exceptions begin or end, sorted.
    change_days: Vec<Date>,
    sources: HashMap<String, usize>,
    instruments: HashMap<String, usize>,
    groups: HashMap<String, usize>,
    /// Timelines already computed (the panel, the table and `changes` ask for the same
    /// country many times; the dataset never changes after validation).
    timelines: std::cell::RefCell<HashMap<(String, Axis), Vec<Period>>>,
}

impl Model {
    /// Validates `dataset` against the map entities `entities` (ISO codes) and indexes it.
    ///
    /// Errors: every problem found, each naming the JSON path and the field
    /// (see [`validate::validate`]).
    pub fn new(dataset: Dataset, entities: &[String]) -> Result<Model, Vec<DatasetError>> {
        validate::validate(&dataset, entities)?;
        Ok(Model::indexed(dataset, entities))
    }

    /// Indexes a dataset that was validated before against the same `entities`: the
    /// shipped dataset in the browser, which the build validated (`h200-data check`) and
    /// the widget found intact (`core::shipped::check_embedded`). Nothing is checked here:
    /// give it anything else and queries may return wrong statuses.
    pub fn prevalidated(dataset: Dataset, entities: &[String]) -> Model {
        Model::indexed(dataset, entities)
    }

    fn indexed(dataset: Dataset, entities: &[String]) -> Model {
        Model {
            boundaries: boundaries(&dataset),
            change_days: change_days(&dataset),
            sources: index_of(&dataset.sources, |s| &s.id),
            instruments: index_of(&dataset.instruments, |i| &i.id),
            groups: index_of(&dataset.groups, |g| &g.id),
            entities: entities.to_vec(),
            timelines: Default::default(),
            dataset,
        }
    }

    /// The dataset.
    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// The map entities (ISO codes) this model was validated against, sorted.
    pub fn entities(&self) -> &[String] {
        &self.entities
    }

    /// Days on which some status may change, from `model_start`, sorted.
    pub fn boundaries(&self) -> &[Date] {
        &self.boundaries
    }

    /// Every day on which a status, a main rule or a named exception may change, from
    /// `model_start`, sorted (the slider's ticks).
    pub fn change_days(&self) -> &[Date] {
        &self.change_days
    }

    /// The change days strictly after `date` (the slider's future ticks when `date` is
    /// today, e.g. 2027-04-06 for the end of the G42 and Core42 exemption).
    pub fn change_days_after(&self, date: Date) -> &[Date] {
        let start = self.change_days.partition_point(|d| *d <= date);
        &self.change_days[start..]
    }

    /// A source by id.
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id).map(|&i| &self.dataset.sources[i])
    }

    /// An instrument by id.
    pub fn instrument(&self, id: &str) -> Option<&super::model::Instrument> {
        self.instruments
            .get(id)
            .map(|&i| &self.dataset.instruments[i])
    }

    /// A rule by id.
    pub fn rule(&self, id: &str) -> Option<&Rule> {
        self.dataset.rules.iter().find(|r| r.id == id)
    }

    /// The instrument that changed a group membership of `iso` on `day`, if one is recorded.
    fn membership_cause(&self, iso: &str, day: Date) -> Option<&str> {
        self.dataset
            .groups
            .iter()
            .flat_map(|g| g.members.iter())
            .filter(|m| m.iso == iso)
            .find_map(|m| {
                if m.from == Some(day) {
                    m.from_instrument.as_deref()
                } else if m.to.map(Date::next_day) == Some(day) {
                    m.to_instrument.as_deref()
                } else {
                    None
                }
            })
    }

    /// Status code, confidence and rule ids on one day, without history.
    fn point(
        &self,
        iso: &str,
        axis: Axis,
        date: Date,
    ) -> Option<(Status, Confidence, Vec<&Rule>, Vec<&Rule>)> {
        let m = matching(&self.dataset, &self.groups, iso, axis, date);
        let (top, conf) = *m.first()?;
        let winners: Vec<&Rule> = m
            .iter()
            .filter(|(r, _)| r.priority == top.priority)
            .map(|(r, _)| *r)
            .collect();
        let others: Vec<&Rule> = m
            .iter()
            .filter(|(r, _)| r.priority != top.priority)
            .map(|(r, _)| *r)
            .collect();
        Some((top.status, conf.min(top.confidence), winners, others))
    }

    /// The full status of `iso` on `axis` at `date`, or `None` when no rule covers the day
    /// (before `model_start`; validation guarantees coverage from `model_start` on).
    pub fn try_status(&self, iso: &str, axis: Axis, date: Date) -> Option<CountryStatus> {
        let (status, confidence, winners, others) = self.point(iso, axis, date)?;
        let timeline = self.timeline(iso, axis);
        let (effective, previous, next, cause) = status_run(&timeline, date);
        Some(CountryStatus {
            iso: iso.to_string(),
            axis,
            date,
            status,
            confidence,
            rules: winners.iter().map(|r| r.id.clone()).collect(),
            overridden: others.iter().map(|r| r.id.clone()).collect(),
            effective,
            previous,
            next,
            sources: self.cited(cause.as_deref(), &winners, effective, date),
            cause,
        })
    }

    /// The source ids of a status (see [`CountryStatus::sources`]): the cause's instrument,
    /// the winning rules and their instruments, the conditions and exceptions holding on
    /// `date`; deduplicated and sorted by kind, the lead instrument's first. The lead is the
    /// cause, unless the main rule began after the status took effect (`effective`): then
    /// it is the main rule's instrument (the UAE rule of 2026-07-10 keeps a licence that the
    /// 2023 rule first required), so the text in force now is cited first.
    fn cited(
        &self,
        cause: Option<&str>,
        winners: &[&Rule],
        effective: Date,
        date: Date,
    ) -> Vec<String> {
        let sources_of = |id: Option<&str>| -> &[String] {
            id.and_then(|id| self.instrument(id))
                .map_or(&[], |i| i.sources.as_slice())
        };
        let cause_sources = sources_of(cause);
        let main = winners[0];
        let lead_sources = if main.from > effective {
            sources_of(main.instrument.as_deref())
        } else {
            cause_sources
        };
        let mut sources: Vec<String> = cause_sources.to_vec();
        for r in winners {
            let inst = r.instrument.as_deref().and_then(|id| self.instrument(id));
            let held = r
                .conditions
                .iter()
                .filter(|c| c.holds_on(date))
                .flat_map(|c| c.sources.iter())
                .chain(
                    r.exceptions
                        .iter()
                        .filter(|e| e.holds_on(date))
                        .flat_map(|e| e.sources.iter()),
                );
            for id in r
                .sources
                .iter()
                .chain(inst.into_iter().flat_map(|i| i.sources.iter()))
                .chain(held)
            {
                if !sources.contains(id) {
                    sources.push(id.clone());
                }
            }
        }
        sources.sort_by_key(|id| {
            let src = self.source(id);
            (
                !lead_sources.contains(id),
                src.map(|s| s.kind),
                src.map(|s| s.access),
            )
        });
        sources
    }

    /// The conditions of the winning rules of `s` that hold on `s.date`, in rule order, each
    /// with its rule (whose confidence applies when the condition gives none).
    pub fn conditions<'a>(&'a self, s: &CountryStatus) -> Vec<(&'a Rule, &'a Condition)> {
        self.winning_rules(s)
            .flat_map(|r| {
                r.conditions
                    .iter()
                    .filter(|c| c.holds_on(s.date))
                    .map(move |c| (r, c))
            })
            .collect()
    }

    /// The named exceptions of the winning rules of `s` in force on `s.date` (exempt
    /// parties: "licence-free for: ..."), each with its rule.
    pub fn exceptions<'a>(&'a self, s: &CountryStatus) -> Vec<(&'a Rule, &'a Exception)> {
        self.winning_rules(s)
            .flat_map(|r| {
                r.exceptions
                    .iter()
                    .filter(|e| e.holds_on(s.date))
                    .map(move |e| (r, e))
            })
            .collect()
    }

    fn winning_rules(&self, s: &CountryStatus) -> std::vec::IntoIter<&Rule> {
        let rules: Vec<&Rule> = s.rules.iter().filter_map(|id| self.rule(id)).collect();
        rules.into_iter()
    }

    /// Like [`Model::try_status`]; panics if no rule covers the day, which validation
    /// excludes for days from `model_start` on.
    pub fn status(&self, iso: &str, axis: Axis, date: Date) -> CountryStatus {
        self.try_status(iso, axis, date)
            .unwrap_or_else(|| panic!("no {} status for {iso} on {date}", axis.code()))
    }

    /// Only the status code on a day (cheap: no history, no sources).
    pub fn status_code(&self, iso: &str, axis: Axis, date: Date) -> Option<Status> {
        self.point(iso, axis, date).map(|p| p.0)
    }

    /// The country's periods on `axis` from `model_start`, one per status run (computed
    /// once per country and axis, then cached).
    pub fn timeline(&self, iso: &str, axis: Axis) -> Vec<Period> {
        let key = (iso.to_string(), axis);
        if let Some(t) = self.timelines.borrow().get(&key) {
            return t.clone();
        }
        let t = self.compute_timeline(iso, axis);
        self.timelines.borrow_mut().insert(key, t.clone());
        t
    }

    /// The history a view of `date` shows (the details panel's "History"): the periods of
    /// [`Model::timeline`] that began on or before `date`, the one in force with no end
    /// (`to: None`; its end had not come). A view of 2025-12-08 must not read as if China's
    /// import block of 2026-01-14 had happened; what was announced by then is the
    /// panel's "Scheduled" list ([`crate::core::scheduled::announced`]).
    pub fn history_until(&self, iso: &str, axis: Axis, date: Date) -> Vec<Period> {
        let mut out = self.timeline(iso, axis);
        out.retain(|p| p.from <= date);
        if let Some(last) = out.last_mut() {
            last.to = last.to.filter(|t| *t < date);
        }
        out
    }

    fn compute_timeline(&self, iso: &str, axis: Axis) -> Vec<Period> {
        let mut out: Vec<Period> = Vec::new();
        for &b in &self.boundaries {
            let Some((status, conf, winners, _)) = self.point(iso, axis, b) else {
                continue;
            };
            let main = winners[0];
            match out.last_mut() {
                // Same status, and no new specific rule: the same period goes on.
                Some(last)
                    if last.status == status && (last.rule == main.id || main.applies_to.all) =>
                {
                    last.confidence = last.confidence.min(conf);
                }
                _ => {
                    if let Some(last) = out.last_mut() {
                        last.to = Some(b.previous_day());
                    }
                    let instrument =
                        self.membership_cause(iso, b)
                            .map(str::to_string)
                            .or_else(|| {
                                (!main.applies_to.all)
                                    .then(|| main.instrument.clone())
                                    .flatten()
                            });
                    out.push(Period {
                        from: b,
                        to: None,
                        status,
                        confidence: conf,
                        rule: main.id.clone(),
                        instrument,
                    });
                }
            }
        }
        out
    }

    /// What is already known to change for `iso` on `axis` after `date`, in date order:
    /// status changes and main-rule changes (rule `from`/`to`), named exceptions of the
    /// rules then in force that begin or end, and memberships of the groups the axis's
    /// rules use. Empty when nothing later is known.
    pub fn scheduled(&self, iso: &str, axis: Axis, date: Date) -> Vec<Scheduled> {
        let mut out = self.scheduled_rules(iso, axis, date);
        out.extend(self.scheduled_exceptions(iso, axis, date));
        out.extend(self.scheduled_memberships(iso, axis, date));
        out.sort_by_key(|s| s.date);
        out
    }

    fn scheduled_rules(&self, iso: &str, axis: Axis, date: Date) -> Vec<Scheduled> {
        let start = self.boundaries.partition_point(|b| *b <= date);
        let mut out = Vec::new();
        for &b in &self.boundaries[start..] {
            let (Some(before), Some(after)) = (
                self.point(iso, axis, b.previous_day()),
                self.point(iso, axis, b),
            ) else {
                continue;
            };
            let (old, new) = (before.2[0], after.2[0]);
            let change = if before.0 != after.0 {
                ScheduledChange::Status {
                    before: before.0,
                    after: after.0,
                }
            } else if old.id != new.id {
                ScheduledChange::Rule {
                    before: old.id.clone(),
                    after: new.id.clone(),
                }
            } else {
                continue;
            };
            let instrument = self
                .membership_cause(iso, b)
                .map(str::to_string)
                .or_else(|| {
                    if new.from == b {
                        &new.instrument
                    } else {
                        &old.instrument
                    }
                    .clone()
                });
            out.push(Scheduled {
                date: b,
                change,
                instrument,
            });
        }
        out
    }

    /// Whether `rule` is among the winning rules of `iso` on `day`.
    fn wins_on(&self, iso: &str, axis: Axis, rule: &Rule, day: Date) -> bool {
        self.point(iso, axis, day)
            .is_some_and(|p| p.2.iter().any(|r| r.id == rule.id))
    }

    fn scheduled_exceptions(&self, iso: &str, axis: Axis, date: Date) -> Vec<Scheduled> {
        let mut out = Vec::new();
        for r in self.dataset.rules.iter().filter(|r| r.axis == axis) {
            for (index, e) in r.exceptions.iter().enumerate() {
                let rule = r.id.clone();
                if let Some(f) = e
                    .from
                    .filter(|f| *f > date && self.wins_on(iso, axis, r, *f))
                {
                    out.push(Scheduled {
                        date: f,
                        change: ScheduledChange::ExceptionStarts {
                            rule: rule.clone(),
                            index,
                        },
                        instrument: r.instrument.clone(),
                    });
                }
                if let Some(t) = e.to.filter(|t| t.next_day() > date) {
                    if self.wins_on(iso, axis, r, t) {
                        out.push(Scheduled {
                            date: t.next_day(),
                            change: ScheduledChange::ExceptionEnds { rule, index },
                            instrument: r.instrument.clone(),
                        });
                    }
                }
            }
        }
        out
    }

    fn scheduled_memberships(&self, iso: &str, axis: Axis, date: Date) -> Vec<Scheduled> {
        let used = |gid: &String| {
            self.dataset.rules.iter().any(|r| {
                r.axis == axis
                    && (r.applies_to.groups.contains(gid)
                        || r.applies_to.except_groups.contains(gid))
            })
        };
        let mut out = Vec::new();
        for g in self.dataset.groups.iter().filter(|g| used(&g.id)) {
            for m in g.members.iter().filter(|m| m.iso == iso) {
                if let Some(f) = m.from.filter(|f| *f > date) {
                    out.push(Scheduled {
                        date: f,
                        change: ScheduledChange::JoinsGroup {
                            group: g.id.clone(),
                        },
                        instrument: m.from_instrument.clone(),
                    });
                }
                if let Some(t) = m.to.map(Date::next_day).filter(|t| *t > date) {
                    out.push(Scheduled {
                        date: t,
                        change: ScheduledChange::LeavesGroup {
                            group: g.id.clone(),
                        },
                        instrument: m.to_instrument.clone(),
                    });
                }
            }
        }
        out
    }

    /// Every map entity whose status on either axis changed in `(from, to]`.
    pub fn changes(&self, from: Date, to: Date) -> Vec<ChangeRecord> {
        let mut out = Vec::new();
        for iso in &self.entities {
            for axis in [Axis::Export, Axis::Import] {
                let timeline = self.timeline(iso, axis);
                let changes: Vec<Change> = timeline
                    .windows(2)
                    .filter(|w| w[0].status != w[1].status)
                    .map(|w| &w[1])
                    .filter(|p| p.from > from && p.from <= to)
                    .map(|p| Change {
                        date: p.from,
                        status: p.status,
                    })
                    .collect();
                if changes.is_empty() {
                    continue;
                }
                if let (Some(before), Some(after)) = (
                    self.try_status(iso, axis, from),
                    self.try_status(iso, axis, to),
                ) {
                    out.push(ChangeRecord {
                        iso: iso.clone(),
                        axis,
                        before,
                        after,
                        changes,
                    });
                }
            }
        }
        out
    }

    /// All statuses on one axis at one date, for every map entity, in entity order
    /// (the recolour step of the date slider). Entities without a status are skipped.
    pub fn snapshot(&self, axis: Axis, date: Date) -> Vec<(String, Status)> {
        self.entities
            .iter()
            .filter_map(|iso| self.status_code(iso, axis, date).map(|s| (iso.clone(), s)))
            .collect()
    }
}

/// Around `date` in a timeline: the first day of the current run of the same status (over
/// periods that only change the main rule), the change that started it, the next change
/// of status, and the instrument that caused the run (see [`CountryStatus`]).
fn status_run(
    timeline: &[Period],
    date: Date,
) -> (Date, Option<Change>, Option<Change>, Option<String>) {
    let Some(idx) = timeline.iter().rposition(|p| p.from <= date) else {
        let next = timeline.first().map(|p| Change {
            date: p.from,
            status: p.status,
        });
        return (date, None, next, None);
    };
    let status = timeline[idx].status;
    let start = timeline[..=idx]
        .iter()
        .rposition(|p| p.status != status)
        .map_or(0, |i| i + 1);
    let previous = (start > 0).then(|| Change {
        date: timeline[start].from,
        status: timeline[start - 1].status,
    });
    let next = timeline[idx + 1..]
        .iter()
        .find(|p| p.status != status)
        .map(|p| Change {
            date: p.from,
            status: p.status,
        });
    (
        timeline[start].from,
        previous,
        next,
        timeline[start].instrument.clone(),
    )
}
