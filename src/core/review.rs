//! What in the dataset needs a human (`h200-data review`): facts marked unconfirmed,
//! mirrors or unread copies where a primary text is expected, rules in force whose
//! sources have aged, facts dated after `as_of`, and changes scheduled after it.
//!
//! Pure: the caller passes the model (and, for the freshness check, today's date).

use serde::Serialize;

use super::date::Date;
use super::engine::Model;
use super::freshness::{as_of_is_stale, STALE_AS_OF_DAYS, STALE_SOURCE_MONTHS};
use super::model::{Access, Confidence, Dataset, InstrumentKind, Rule, SourceKind};

/// One thing to look at: `{"kind", "path", "id", "message"}`.
///
/// `kind` is one of `unconfirmed`, `mirror_as_primary`, `primary_not_read`, `no_source_read`,
/// `stale_sources`, `after_as_of`, `scheduled`, `stale_as_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ReviewItem {
    /// What kind of attention it needs (see above).
    pub kind: &'static str,
    /// JSON path of the item in the dataset, e.g. `$.rules[12].exceptions[1]`.
    pub path: String,
    /// Id of the rule, instrument, group or source concerned.
    pub id: String,
    /// What to check, in English.
    pub message: String,
}

fn item(kind: &'static str, path: String, id: &str, message: String) -> ReviewItem {
    ReviewItem {
        kind,
        path,
        id: id.to_string(),
        message,
    }
}

/// Everything to review in `model`'s dataset, grouped by kind in the order listed on
/// [`ReviewItem`]. `today`, when given, enables the `stale_as_of` check.
pub fn review(model: &Model, today: Option<Date>) -> Vec<ReviewItem> {
    let d = model.dataset();
    let mut out = unconfirmed(d);
    out.extend(primaries(model));
    out.extend(stale_sources(model));
    out.extend(after_as_of(d));
    out.extend(scheduled(model));
    if let Some(today) = today.filter(|t| as_of_is_stale(d.as_of, *t)) {
        out.push(item(
            "stale_as_of",
            "$.as_of".into(),
            "as_of",
            format!(
                "as_of {} is {} days before today ({today}), more than {STALE_AS_OF_DAYS}: research the events since",
                d.as_of,
                d.as_of.days_until(today)
            ),
        ));
    }
    out
}

/// Rules, instruments, memberships, exceptions and conditions marked `unconfirmed`.
fn unconfirmed(d: &Dataset) -> Vec<ReviewItem> {
    let mut out = Vec::new();
    let weak = |c: Confidence| c == Confidence::Unconfirmed;
    for (i, inst) in d.instruments.iter().enumerate() {
        if weak(inst.confidence) {
            let msg = format!("instrument unconfirmed: {}", inst.label_en);
            out.push(item(
                "unconfirmed",
                format!("$.instruments[{i}]"),
                &inst.id,
                msg,
            ));
        }
    }
    for (gi, g) in d.groups.iter().enumerate() {
        for (mi, m) in g
            .members
            .iter()
            .enumerate()
            .filter(|(_, m)| weak(m.confidence))
        {
            let msg = format!("membership of {} in {} unconfirmed", m.iso, g.id);
            out.push(item(
                "unconfirmed",
                format!("$.groups[{gi}].members[{mi}]"),
                &g.id,
                msg,
            ));
        }
    }
    for (ri, r) in d.rules.iter().enumerate() {
        let p = format!("$.rules[{ri}]");
        if weak(r.confidence) {
            out.push(item(
                "unconfirmed",
                p.clone(),
                &r.id,
                format!("rule unconfirmed: {}", r.summary_en),
            ));
        }
        for (k, e) in r
            .exceptions
            .iter()
            .enumerate()
            .filter(|(_, e)| weak(e.confidence))
        {
            let msg = format!("exception unconfirmed: {}", e.party_en);
            out.push(item(
                "unconfirmed",
                format!("{p}.exceptions[{k}]"),
                &r.id,
                msg,
            ));
        }
        for (k, c) in r.conditions.iter().enumerate() {
            if c.confidence.is_some_and(weak) {
                let msg = format!("condition unconfirmed: {}", c.en);
                out.push(item(
                    "unconfirmed",
                    format!("{p}.conditions[{k}]"),
                    &r.id,
                    msg,
                ));
            }
        }
    }
    out
}

/// Official texts cited only through a mirror or not read; rules that cite nothing read.
fn primaries(model: &Model) -> Vec<ReviewItem> {
    let d = model.dataset();
    let mut out = Vec::new();
    let official = |k: InstrumentKind| {
        matches!(
            k,
            InstrumentKind::FederalRegisterRule
                | InstrumentKind::EcfrSection
                | InstrumentKind::Proclamation
        )
    };
    for (i, inst) in d
        .instruments
        .iter()
        .enumerate()
        .filter(|(_, i)| official(i.kind))
    {
        let kinds: Vec<(SourceKind, Access)> = inst
            .sources
            .iter()
            .filter_map(|id| model.source(id))
            .map(|s| (s.kind, s.access))
            .collect();
        let read_primary = kinds.contains(&(SourceKind::Primary, Access::Read));
        if !read_primary && kinds.iter().any(|(k, _)| *k == SourceKind::Mirror) {
            let msg = format!(
                "official text read only in a mirror: {} (cite and read the official copy)",
                inst.title
            );
            out.push(item(
                "mirror_as_primary",
                format!("$.instruments[{i}].sources"),
                &inst.id,
                msg,
            ));
        }
    }
    for (i, s) in d.sources.iter().enumerate() {
        if s.kind == SourceKind::Primary && s.access != Access::Read {
            let msg = format!(
                "primary source not read ({}): {} — read it and set access to read",
                s.access.code(),
                s.title
            );
            out.push(item(
                "primary_not_read",
                format!("$.sources[{i}]"),
                &s.id,
                msg,
            ));
        }
    }
    for (ri, r) in d
        .rules
        .iter()
        .enumerate()
        .filter(|(_, r)| !r.sources.is_empty())
    {
        if !rule_source_ids(model, r)
            .any(|id| model.source(id).is_some_and(|s| s.access == Access::Read))
        {
            let msg = "no source of this rule (or its instrument) was read: its facts are known only second-hand".to_string();
            out.push(item(
                "no_source_read",
                format!("$.rules[{ri}].sources"),
                &r.id,
                msg,
            ));
        }
    }
    out
}

/// A rule's own source ids and its instrument's.
fn rule_source_ids<'a>(model: &'a Model, r: &'a Rule) -> impl Iterator<Item = &'a str> + 'a {
    let inst = r.instrument.as_deref().and_then(|id| model.instrument(id));
    r.sources
        .iter()
        .chain(inst.into_iter().flat_map(|i| i.sources.iter()))
        .map(String::as_str)
}

/// Rules in force on `as_of` whose newest source (theirs, their instrument's, their
/// conditions') is more than [`STALE_SOURCE_MONTHS`] months older than `as_of`.
fn stale_sources(model: &Model) -> Vec<ReviewItem> {
    let d = model.dataset();
    let limit = d.as_of.months_earlier(STALE_SOURCE_MONTHS);
    let mut out = Vec::new();
    for (ri, r) in d.rules.iter().enumerate() {
        let in_force = d.as_of.within(Some(r.from), r.to);
        if !in_force || r.sources.is_empty() {
            continue;
        }
        let conditions = r
            .conditions
            .iter()
            .flat_map(|c| c.sources.iter())
            .map(String::as_str);
        let newest = rule_source_ids(model, r)
            .chain(conditions)
            .filter_map(|id| model.source(id)?.date.latest_day())
            .max();
        if newest.is_none_or(|n| n < limit) {
            let when = newest.map_or("undated".to_string(), |n| n.to_string());
            let msg = format!(
                "rule in force on as_of {} whose newest source ({when}) is more than {STALE_SOURCE_MONTHS} months older: check it still holds",
                d.as_of
            );
            out.push(item("stale_sources", format!("$.rules[{ri}]"), &r.id, msg));
        }
    }
    out
}

/// Rules, conditions, exceptions and memberships that begin after `as_of` (facts from
/// beyond the research date).
fn after_as_of(d: &Dataset) -> Vec<ReviewItem> {
    // (path, id, what, first day) of every dated fact.
    let mut dated: Vec<(String, &str, String, Option<Date>)> = Vec::new();
    for (ri, r) in d.rules.iter().enumerate() {
        let p = format!("$.rules[{ri}]");
        dated.push((p.clone(), &r.id, "rule".into(), Some(r.from)));
        for (k, c) in r.conditions.iter().enumerate() {
            dated.push((
                format!("{p}.conditions[{k}]"),
                &r.id,
                "condition".into(),
                c.from,
            ));
        }
        for (k, e) in r.exceptions.iter().enumerate() {
            dated.push((
                format!("{p}.exceptions[{k}]"),
                &r.id,
                "exception".into(),
                e.from,
            ));
        }
    }
    for (gi, g) in d.groups.iter().enumerate() {
        for (mi, m) in g.members.iter().enumerate() {
            let p = format!("$.groups[{gi}].members[{mi}]");
            dated.push((p, &g.id, format!("membership of {}", m.iso), m.from));
        }
    }
    dated
        .into_iter()
        .filter_map(|(path, id, what, from)| {
            let f = from.filter(|f| *f > d.as_of)?;
            let msg = format!("{what} begins on {f}, after as_of {}: confirm it", d.as_of);
            Some(item("after_as_of", path, id, msg))
        })
        .collect()
}

/// Changes the dataset already schedules after `as_of` (rule and exception ends,
/// memberships): check on the day whether they happened (an extension notice, a new rule).
fn scheduled(model: &Model) -> Vec<ReviewItem> {
    let d = model.dataset();
    let mut out = Vec::new();
    for (ri, r) in d.rules.iter().enumerate() {
        if let Some(t) = r.to.filter(|t| *t >= d.as_of) {
            let msg = format!("rule ends after {t}: check for a replacement or an extension");
            out.push(item("scheduled", format!("$.rules[{ri}].to"), &r.id, msg));
        }
        for (k, e) in r.exceptions.iter().enumerate() {
            if let Some(t) = e.to.filter(|t| *t >= d.as_of) {
                let msg = format!(
                    "exemption of {} ends after {t}: check for an extension notice",
                    e.party_en
                );
                out.push(item(
                    "scheduled",
                    format!("$.rules[{ri}].exceptions[{k}].to"),
                    &r.id,
                    msg,
                ));
            }
        }
    }
    for (gi, g) in d.groups.iter().enumerate() {
        for (mi, m) in g.members.iter().enumerate() {
            if let Some(t) = m.to.filter(|t| *t >= d.as_of) {
                let msg = format!(
                    "membership of {} in {} ends after {t}: check it happened",
                    m.iso, g.id
                );
                out.push(item(
                    "scheduled",
                    format!("$.groups[{gi}].members[{mi}].to"),
                    &g.id,
                    msg,
                ));
            }
        }
    }
    out
}

/// The review as lines of text: `KIND  PATH (ID): MESSAGE`, then a count per kind.
pub fn review_text(items: &[ReviewItem]) -> String {
    let mut out = String::new();
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for i in items {
        out += &format!("{:<18} {} ({}): {}\n", i.kind, i.path, i.id, i.message);
        match counts.iter_mut().find(|(k, _)| *k == i.kind) {
            Some((_, n)) => *n += 1,
            None => counts.push((i.kind, 1)),
        }
    }
    let summary: Vec<String> = counts.iter().map(|(k, n)| format!("{n} {k}")).collect();
    out += &format!(
        "{} item(s) to review: {}\n",
        items.len(),
        summary.join(", ")
    );
    out
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::shipped::model_from_json;

    /// The small fixture with its `as_of` moved to `as_of`.
    fn fixture(as_of: &str) -> Model {
        let text = include_str!("../../tests/fixtures/small-valid.json").replace(
            "\"as_of\": \"2026-07-08\"",
            &format!("\"as_of\": \"{as_of}\""),
        );
        model_from_json(&text).expect("fixture is valid")
    }

    fn kinds_at<'a>(items: &'a [ReviewItem], kind: &str) -> Vec<&'a str> {
        items
            .iter()
            .filter(|i| i.kind == kind)
            .map(|i| i.path.as_str())
            .collect()
    }

    #[test]
    fn facts_dated_after_as_of_are_listed() {
        let items = review(&fixture("2026-02-01"), None);
        assert_eq!(
            kinds_at(&items, "after_as_of"),
            vec!["$.rules[3].conditions[1]", "$.rules[3].exceptions[1]"]
        );
        assert!(kinds_at(&review(&fixture("2026-07-08"), None), "after_as_of").is_empty());
    }

    #[test]
    fn scheduled_ends_and_a_stale_as_of_are_listed() {
        let m = fixture("2026-07-08");
        let items = review(&m, Some("2026-10-07".parse().unwrap()));
        assert_eq!(
            kinds_at(&items, "scheduled"),
            vec!["$.rules[3].exceptions[0].to"]
        );
        assert_eq!(kinds_at(&items, "stale_as_of"), vec!["$.as_of"]);
        let fresh = review(&m, Some("2026-10-06".parse().unwrap()));
        assert!(
            kinds_at(&fresh, "stale_as_of").is_empty(),
            "90 days exactly"
        );
        assert!(review_text(&items).ends_with("1 stale_as_of\n"));
    }
}
