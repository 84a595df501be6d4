//! The legal rules engine: a country's export and import status at any date.
//!
//! Statuses are piecewise constant: they can change only on a *boundary* day (a rule's
//! `from`, the day after its `to`, a membership's `from` or the day after its `to`). The
//! engine computes the status on each boundary once, so a country's timeline, its previous
//! and next change and the list of changes between two dates are cheap.

use std::collections::HashMap;

use super::date::Date;
use super::model::{Axis, Confidence, Dataset, Rule, Source, Status};
use super::rules::{boundaries, index_of, matching};
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
    /// Source ids: first those of the instrument that caused the last change (e.g. a group
    /// membership change), then the winning rules' and their instruments'; primary sources
    /// first within each part.
    pub sources: Vec<String>,
    /// The instrument that caused the status to take effect on `effective` (see
    /// [`Period::instrument`]).
    pub cause: Option<String>,
}

/// One period of a country's timeline on one axis.
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

/// A validated dataset, indexed for status queries.
#[derive(Debug, Clone)]
pub struct Model {
    dataset: Dataset,
    /// Map entities (ISO codes) the dataset was validated against.
    entities: Vec<String>,
    /// Sorted, deduplicated days on which any status may change (>= model_start).
    boundaries: Vec<Date>,
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

    fn indexed(dataset: Dataset, entities: &[String]) -> Model {
        Model {
            boundaries: boundaries(&dataset),
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
        let idx = timeline.iter().rposition(|p| p.from <= date);
        let cause = idx.and_then(|i| timeline[i].instrument.clone());
        let (effective, previous, next) = match idx {
            Some(i) => (
                timeline[i].from,
                (i > 0).then(|| Change {
                    date: timeline[i].from,
                    status: timeline[i - 1].status,
                }),
                timeline.get(i + 1).map(|p| Change {
                    date: p.from,
                    status: p.status,
                }),
            ),
            None => (
                date,
                None,
                timeline.first().map(|p| Change {
                    date: p.from,
                    status: p.status,
                }),
            ),
        };
        let mut sources: Vec<String> = Vec::new();
        if let Some(inst) = cause.as_deref().and_then(|id| self.instrument(id)) {
            sources.extend(inst.sources.iter().cloned());
        }
        for r in &winners {
            let inst = r.instrument.as_deref().and_then(|id| self.instrument(id));
            for id in r
                .sources
                .iter()
                .chain(inst.into_iter().flat_map(|i| i.sources.iter()))
            {
                if !sources.contains(id) {
                    sources.push(id.clone());
                }
            }
        }
        // Primary first, then legal, news, aggregator; stable within a class.
        let cause_sources: Vec<String> = cause
            .as_deref()
            .and_then(|id| self.instrument(id))
            .map(|i| i.sources.clone())
            .unwrap_or_default();
        sources.sort_by_key(|id| (!cause_sources.contains(id), self.source(id).map(|s| s.kind)));
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
            sources,
            cause,
        })
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

    fn compute_timeline(&self, iso: &str, axis: Axis) -> Vec<Period> {
        let mut out: Vec<Period> = Vec::new();
        for &b in &self.boundaries {
            let Some((status, conf, winners, _)) = self.point(iso, axis, b) else {
                continue;
            };
            match out.last_mut() {
                Some(last) if last.status == status => {
                    last.confidence = last.confidence.min(conf);
                }
                _ => {
                    if let Some(last) = out.last_mut() {
                        last.to = Some(b.previous_day());
                    }
                    let main = winners[0];
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

    /// Every map entity whose status on either axis changed in `(from, to]`.
    pub fn changes(&self, from: Date, to: Date) -> Vec<ChangeRecord> {
        let mut out = Vec::new();
        for iso in &self.entities {
            for axis in [Axis::Export, Axis::Import] {
                let changes: Vec<Change> = self
                    .timeline(iso, axis)
                    .iter()
                    .skip(1)
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
