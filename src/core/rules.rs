//! Which rules apply to a country on a day, and the days on which that can change.
//!
//! Shared by the engine (statuses) and the validator (coverage and overlaps), so neither
//! depends on the other: `validate -> rules <- engine`.

use std::collections::{BTreeSet, HashMap};

use super::date::Date;
use super::model::{Axis, Confidence, Dataset, Rule, Selector};

/// What a rule selector says of a country on a day.
fn select(
    dataset: &Dataset,
    groups: &HashMap<String, usize>,
    sel: &Selector,
    iso: &str,
    date: Date,
) -> Option<Confidence> {
    let member = |gid: &String| -> Option<Confidence> {
        let g = &dataset.groups[*groups.get(gid)?];
        g.members
            .iter()
            .filter(|m| {
                m.iso == iso && m.from.is_none_or(|f| f <= date) && m.to.is_none_or(|t| date <= t)
            })
            .map(|m| m.confidence)
            .max()
    };
    if sel.except_countries.iter().any(|c| c == iso)
        || sel.except_groups.iter().any(|g| member(g).is_some())
    {
        return None;
    }
    if sel.all || sel.countries.iter().any(|c| c == iso) {
        return Some(Confidence::Confirmed);
    }
    sel.groups.iter().filter_map(member).max()
}

/// Rules in force on `date` on `axis` that select `iso`, sorted by priority (highest first),
/// each with the confidence of the selection.
pub fn matching<'a>(
    dataset: &'a Dataset,
    groups: &HashMap<String, usize>,
    iso: &str,
    axis: Axis,
    date: Date,
) -> Vec<(&'a Rule, Confidence)> {
    let mut out: Vec<(&Rule, Confidence)> = dataset
        .rules
        .iter()
        .filter(|r| r.axis == axis && r.from <= date && r.to.is_none_or(|t| date <= t))
        .filter_map(|r| select(dataset, groups, &r.applies_to, iso, date).map(|c| (r, c)))
        .collect();
    out.sort_by_key(|(r, _)| std::cmp::Reverse(r.priority));
    out
}

/// Every day on which a status may change, from `model_start` on, sorted.
pub fn boundaries(dataset: &Dataset) -> Vec<Date> {
    let mut set = BTreeSet::new();
    set.insert(dataset.model_start);
    for r in &dataset.rules {
        set.insert(r.from);
        if let Some(t) = r.to {
            set.insert(t.next_day());
        }
    }
    for g in &dataset.groups {
        for m in &g.members {
            if let Some(f) = m.from {
                set.insert(f);
            }
            if let Some(t) = m.to {
                set.insert(t.next_day());
            }
        }
    }
    set.into_iter()
        .filter(|d| *d >= dataset.model_start)
        .collect()
}

/// Every day on which something the panel shows may change, sorted: the status
/// [`boundaries`] plus the first day and the day after the last of every named exception
/// (e.g. 2027-04-06, when the G42 and Core42 exemption ends). The slider's ticks.
pub fn change_days(dataset: &Dataset) -> Vec<Date> {
    let mut set: BTreeSet<Date> = boundaries(dataset).into_iter().collect();
    for e in dataset.rules.iter().flat_map(|r| r.exceptions.iter()) {
        set.extend(e.from);
        set.extend(e.to.map(Date::next_day));
    }
    set.into_iter()
        .filter(|d| *d >= dataset.model_start)
        .collect()
}

/// Position of each item by its id (`id` reads the id of an item).
pub fn index_of<T>(items: &[T], id: impl Fn(&T) -> &str) -> HashMap<String, usize> {
    items
        .iter()
        .enumerate()
        .map(|(i, x)| (id(x).to_string(), i))
        .collect()
}
