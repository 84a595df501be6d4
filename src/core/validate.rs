//! Dataset validation. Every error names the JSON path (`$.rules[3].status`) and says
//! what is wrong, so a data editor can fix it without reading code.
//!
//! Checks: schema version; ids unique and well formed; dates in order (rules, memberships,
//! conditions, exceptions); sources complete with https URLs; references to sources,
//! instruments and groups resolve; country codes are map entities (ISO 3166-1 alpha-2); a
//! status belongs to its rule's axis; rules of never-enforced instruments give no status;
//! `not_researched` cites nothing and `no_restriction_known` cites a source that was read;
//! conditions and exceptions hold on some day of their rule; both languages are given;
//! every map entity has an export and an import status on every day from `model_start`; no
//! two rules of equal top priority give different statuses to the same country on the same
//! day.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Deserializer;

use super::date::Date;
use super::model::{
    Access, Axis, Condition, Dataset, Exception, Rule, Selector, Status, EU_JURISDICTION,
    SCHEMA_VERSION,
};
use super::rules::{boundaries, index_of, matching};

/// One problem in a dataset: where (`path`, JSONPath-like) and what (`message`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatasetError {
    /// E.g. `$.rules[3].applies_to.groups[0]`.
    pub path: String,
    /// Human-readable explanation.
    pub message: String,
}

impl fmt::Display for DatasetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.message)
    }
}

impl std::error::Error for DatasetError {}

/// All errors, one per line.
pub fn report(errors: &[DatasetError]) -> String {
    errors
        .iter()
        .map(|e| e.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Deserializes a dataset from any serde deserializer (serde_json natively,
/// serde-wasm-bindgen in the browser). A type error names the path and the field.
#[cfg(not(target_arch = "wasm32"))]
pub fn deserialize<'de, D>(de: D) -> Result<Dataset, DatasetError>
where
    D: Deserializer<'de>,
{
    serde_path_to_error::deserialize(de).map_err(|e| {
        let path = e.path().to_string();
        DatasetError {
            path: if path == "." {
                "$".into()
            } else {
                format!("$.{path}")
            },
            message: e.inner().to_string(),
        }
    })
}

/// Deserializes a dataset (serde-wasm-bindgen in the browser). A type error says what is
/// wrong with path `$`: the browser reads only the dataset the build validated, whose
/// errors `h200-data check` reports with their path (serde_path_to_error stays out of the
/// wasm).
#[cfg(target_arch = "wasm32")]
pub fn deserialize<'de, D>(de: D) -> Result<Dataset, DatasetError>
where
    D: Deserializer<'de>,
{
    use serde::Deserialize;
    Dataset::deserialize(de).map_err(|e| DatasetError {
        path: "$".into(),
        message: e.to_string(),
    })
}

fn err(errors: &mut Vec<DatasetError>, path: impl Into<String>, message: impl Into<String>) {
    errors.push(DatasetError {
        path: path.into(),
        message: message.into(),
    });
}

fn valid_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_ids<'a>(
    errors: &mut Vec<DatasetError>,
    field: &str,
    ids: impl Iterator<Item = &'a str>,
    lowercase: bool,
) {
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, id) in ids.enumerate() {
        if lowercase && !valid_id(id) {
            err(
                errors,
                format!("$.{field}[{i}].id"),
                format!("'{id}' is not a valid id (lowercase letters, digits and '-')"),
            );
        }
        if let Some(first) = seen.insert(id, i) {
            err(
                errors,
                format!("$.{field}[{i}].id"),
                format!("duplicate id '{id}' (first used at $.{field}[{first}])"),
            );
        }
    }
}

/// Validates a parsed dataset against the map entities (`entities`: ISO codes of the
/// shapes on the map, which are also the known country codes).
///
/// Errors: every problem found (never stops at the first).
pub fn validate(d: &Dataset, entities: &[String]) -> Result<(), Vec<DatasetError>> {
    let mut c = Checker {
        d,
        known: entities.iter().map(String::as_str).collect(),
        source_ids: d.sources.iter().map(|s| s.id.as_str()).collect(),
        errors: Vec::new(),
    };
    c.header();
    c.ids();
    c.sources();
    c.instruments();
    c.groups();
    let group_idx = index_of(&d.groups, |g| &g.id);
    let inst_idx = index_of(&d.instruments, |i| &i.id);
    for (ri, r) in d.rules.iter().enumerate() {
        c.rule(ri, r, &group_idx, &inst_idx);
    }
    c.corrections();
    let mut errors = c.errors;
    // Coverage and overlaps need a structurally sound dataset.
    if errors.is_empty() {
        check_coverage(d, entities, &group_idx, &mut errors);
    }
    name_items(d, &mut errors);
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}

/// The state of one validation run: the dataset, the known codes and ids, the errors.
struct Checker<'a> {
    d: &'a Dataset,
    /// Known country codes (the map entities).
    known: HashSet<&'a str>,
    /// Known source ids.
    source_ids: HashSet<&'a str>,
    errors: Vec<DatasetError>,
}

impl Checker<'_> {
    fn err(&mut self, path: impl Into<String>, message: impl Into<String>) {
        err(&mut self.errors, path, message);
    }

    fn country(&mut self, path: String, iso: &str) {
        if !self.known.contains(iso) {
            self.err(
                path,
                format!(
                    "unknown country code '{iso}' (not an ISO 3166-1 alpha-2 code of a map entity)"
                ),
            );
        }
    }

    /// Every id in `list` names a source; `required`: the list may not be empty.
    fn source_refs(&mut self, path: &str, list: &[String], required: bool) {
        if required && list.is_empty() {
            self.err(path, "at least one source is required");
        }
        for (i, id) in list.iter().enumerate() {
            if !self.source_ids.contains(id.as_str()) {
                self.err(format!("{path}[{i}]"), format!("unknown source '{id}'"));
            }
        }
    }

    /// `from <= to` when both are given; the error is reported at `{path}.to`.
    fn period(&mut self, path: &str, from: Option<Date>, to: Option<Date>) {
        if let (Some(f), Some(t)) = (from, to) {
            if t < f {
                self.err(
                    format!("{path}.to"),
                    format!("dates out of order: to {t} is before from {f}"),
                );
            }
        }
    }

    /// Both language versions of a text are present.
    fn texts(&mut self, path: String, en: &str, fr: &str, what: &str) {
        if en.trim().is_empty() || fr.trim().is_empty() {
            self.err(path, format!("{what} (English and French) are required"));
        }
    }

    fn header(&mut self) {
        let d = self.d;
        if d.schema_version != SCHEMA_VERSION {
            self.err(
                "$.schema_version",
                format!(
                    "schema_version {} is not supported (expected {SCHEMA_VERSION})",
                    d.schema_version
                ),
            );
        }
        if d.model_start > d.as_of {
            self.err(
                "$.as_of",
                format!("as_of {} is before model_start {}", d.as_of, d.model_start),
            );
        }
    }

    fn ids(&mut self) {
        let d = self.d;
        let e = &mut self.errors;
        check_ids(e, "sources", d.sources.iter().map(|s| s.id.as_str()), true);
        check_ids(
            e,
            "instruments",
            d.instruments.iter().map(|s| s.id.as_str()),
            true,
        );
        check_ids(e, "groups", d.groups.iter().map(|s| s.id.as_str()), false);
        check_ids(e, "rules", d.rules.iter().map(|s| s.id.as_str()), true);
    }

    fn sources(&mut self) {
        for (i, s) in self.d.sources.iter().enumerate() {
            let p = format!("$.sources[{i}]");
            if !s.url.starts_with("https://") || s.url.len() <= "https://".len() {
                self.err(
                    format!("{p}.url"),
                    format!("source URL must be https: '{}'", s.url),
                );
            }
            for (field, v) in [("title", &s.title), ("publisher", &s.publisher)] {
                if v.trim().is_empty() {
                    self.err(format!("{p}.{field}"), format!("{field} is empty"));
                }
            }
        }
    }

    fn instruments(&mut self) {
        for (i, inst) in self.d.instruments.iter().enumerate() {
            let p = format!("$.instruments[{i}]");
            if inst.jurisdiction != EU_JURISDICTION {
                self.country(format!("{p}.jurisdiction"), &inst.jurisdiction);
            }
            self.source_refs(&format!("{p}.sources"), &inst.sources, true);
            if inst.label_en.trim().is_empty() || inst.label_fr.trim().is_empty() {
                self.err(
                    format!("{p}.label_en"),
                    "label_en and label_fr are required",
                );
            }
        }
    }

    fn groups(&mut self) {
        let d = self.d;
        for (gi, g) in d.groups.iter().enumerate() {
            self.source_refs(&format!("$.groups[{gi}].sources"), &g.sources, true);
            for (mi, m) in g.members.iter().enumerate() {
                let p = format!("$.groups[{gi}].members[{mi}]");
                self.country(format!("{p}.iso"), &m.iso);
                for (field, id) in [
                    ("from_instrument", &m.from_instrument),
                    ("to_instrument", &m.to_instrument),
                ] {
                    if let Some(id) = id {
                        if !d.instruments.iter().any(|i| &i.id == id) {
                            self.err(format!("{p}.{field}"), format!("unknown instrument '{id}'"));
                        }
                    }
                }
                self.period(&p, m.from, m.to);
            }
        }
    }

    fn rule(
        &mut self,
        ri: usize,
        r: &Rule,
        groups: &HashMap<String, usize>,
        instruments: &HashMap<String, usize>,
    ) {
        let p = format!("$.rules[{ri}]");
        self.rule_instrument(&p, r, instruments);
        if r.status.axis() != r.axis {
            self.err(
                format!("{p}.status"),
                format!(
                    "status '{}' is not an {} status",
                    r.status.code(),
                    r.axis.code()
                ),
            );
        }
        self.period(&p, Some(r.from), r.to);
        self.rule_evidence(&p, r);
        self.texts(
            format!("{p}.summary_en"),
            &r.summary_en,
            &r.summary_fr,
            "summary_en and summary_fr",
        );
        for (ci, c) in r.conditions.iter().enumerate() {
            self.condition(&format!("{p}.conditions[{ci}]"), r, c);
        }
        for (ei, e) in r.exceptions.iter().enumerate() {
            self.exception(&format!("{p}.exceptions[{ei}]"), r, e);
        }
        self.selector(&p, &r.applies_to, groups);
    }

    fn selector(&mut self, p: &str, s: &Selector, groups: &HashMap<String, usize>) {
        if !s.all && s.countries.is_empty() && s.groups.is_empty() {
            self.err(
                format!("{p}.applies_to"),
                "selects no country: give all, countries or groups",
            );
        }
        for (field, list) in [
            ("countries", &s.countries),
            ("except_countries", &s.except_countries),
        ] {
            for (i, iso) in list.iter().enumerate() {
                self.country(format!("{p}.applies_to.{field}[{i}]"), iso);
            }
        }
        for (field, list) in [("groups", &s.groups), ("except_groups", &s.except_groups)] {
            for (i, g) in list.iter().enumerate() {
                if !groups.contains_key(g) {
                    self.err(
                        format!("{p}.applies_to.{field}[{i}]"),
                        format!("unknown group '{g}'"),
                    );
                }
            }
        }
    }

    fn rule_instrument(&mut self, p: &str, r: &Rule, instruments: &HashMap<String, usize>) {
        match r.instrument.as_ref().map(|id| (id, instruments.get(id))) {
            None if !r.applies_to.all => self.err(
                format!("{p}.instrument"),
                "only a default rule (applies_to.all) may have no instrument",
            ),
            Some((id, None)) => self.err(
                format!("{p}.instrument"),
                format!("unknown instrument '{id}'"),
            ),
            Some((id, Some(&ii))) if !self.d.instruments[ii].enforced => self.err(
                format!("{p}.instrument"),
                format!("instrument '{id}' was never enforced: it cannot produce a status"),
            ),
            _ => {}
        }
    }

    /// What a status needs as evidence: `not_researched` cites nothing (nothing was read);
    /// every other status cites a source, and `no_restriction_known` one that was read.
    fn rule_evidence(&mut self, p: &str, r: &Rule) {
        if r.status == Status::NotResearched {
            if !r.sources.is_empty() || r.instrument.is_some() {
                self.err(
                    format!("{p}.status"),
                    "'not_researched' says nobody checked: it cites no source and no instrument \
                     (give the researched status instead)",
                );
            }
            return;
        }
        self.source_refs(&format!("{p}.sources"), &r.sources, true);
        let read = r.sources.iter().any(|id| {
            self.d
                .sources
                .iter()
                .any(|s| &s.id == id && s.access == Access::Read)
        });
        if r.status == Status::NoRestrictionKnown && !r.sources.is_empty() && !read {
            self.err(
                format!("{p}.sources"),
                "'no_restriction_known' needs a source that was read (access 'read'); \
                 use 'not_researched' when nothing was read",
            );
        }
    }

    fn condition(&mut self, p: &str, r: &Rule, c: &Condition) {
        self.texts(format!("{p}.en"), &c.en, &c.fr, "condition texts");
        self.period(p, c.from, c.to);
        self.source_refs(&format!("{p}.sources"), &c.sources, false);
        self.within_rule(p, r, c.from, c.to, "condition");
    }

    fn exception(&mut self, p: &str, r: &Rule, e: &Exception) {
        self.texts(
            format!("{p}.party_en"),
            &e.party_en,
            &e.party_fr,
            "party names",
        );
        self.period(p, e.from, e.to);
        self.source_refs(&format!("{p}.sources"), &e.sources, true);
        self.within_rule(p, r, e.from, e.to, "exception");
        if e.note_en.is_some() != e.note_fr.is_some() {
            self.err(format!("{p}.note_fr"), "give note_en and note_fr together");
        }
    }

    /// A dated item of a rule must hold on at least one day of the rule.
    fn within_rule(&mut self, p: &str, r: &Rule, from: Option<Date>, to: Option<Date>, what: &str) {
        if let (Some(f), Some(t)) = (from, r.to) {
            if f > t {
                self.err(
                    format!("{p}.from"),
                    format!("{what} never holds: it starts on {f}, after its rule ends on {t}"),
                );
            }
        }
        if let Some(t) = to.filter(|t| *t < r.from) {
            self.err(
                format!("{p}.to"),
                format!(
                    "{what} never holds: it ends on {t}, before its rule starts on {}",
                    r.from
                ),
            );
        }
    }

    fn corrections(&mut self) {
        let d = self.d;
        for (i, c) in d.corrections.iter().enumerate() {
            let p = format!("$.corrections[{i}]");
            self.texts(format!("{p}.en"), &c.en, &c.fr, "correction texts");
            if c.why_en.is_some() != c.why_fr.is_some() {
                self.err(format!("{p}.why_fr"), "give why_en and why_fr together");
            }
            for (k, iso) in c.countries.iter().enumerate() {
                self.country(format!("{p}.countries[{k}]"), iso);
            }
            self.source_refs(&format!("{p}.sources"), &c.sources, false);
            if c.date < d.model_start {
                self.err(
                    format!("{p}.date"),
                    format!(
                        "correction dated {} before model_start {}",
                        c.date, d.model_start
                    ),
                );
            }
        }
    }
}

fn check_coverage(
    d: &Dataset,
    entities: &[String],
    groups: &HashMap<String, usize>,
    errors: &mut Vec<DatasetError>,
) {
    let days = boundaries(d);
    let rule_pos: HashMap<&str, usize> = d
        .rules
        .iter()
        .enumerate()
        .map(|(i, r)| (r.id.as_str(), i))
        .collect();
    let mut reported: HashSet<(String, String)> = HashSet::new();
    // (axis, first uncovered day) -> entities, so one gap gives one readable error.
    let mut gaps: Vec<((Axis, crate::core::date::Date), Vec<&str>)> = Vec::new();
    for iso in entities {
        for axis in [Axis::Export, Axis::Import] {
            let mut gap_found = false;
            for &day in &days {
                let m = matching(d, groups, iso, axis, day);
                let Some((top, _)) = m.first() else {
                    if !gap_found {
                        gap_found = true;
                        match gaps.iter_mut().find(|(k, _)| *k == (axis, day)) {
                            Some((_, list)) => list.push(iso),
                            None => gaps.push(((axis, day), vec![iso])),
                        }
                    }
                    continue;
                };
                for (other, _) in m
                    .iter()
                    .skip(1)
                    .take_while(|(r, _)| r.priority == top.priority)
                {
                    if other.status != top.status
                        && reported.insert((top.id.clone(), other.id.clone()))
                    {
                        err(
                            errors,
                            format!("$.rules[{}]", rule_pos[other.id.as_str()]),
                            format!(
                                "overlapping rules: '{}' ({}) and '{}' ({}) both apply to {iso} on {day} at priority {}",
                                top.id,
                                top.status.code(),
                                other.id,
                                other.status.code(),
                                top.priority
                            ),
                        );
                    }
                }
            }
        }
    }
    for ((axis, day), isos) in gaps {
        let shown: Vec<&str> = isos.iter().take(12).copied().collect();
        let more = if isos.len() > shown.len() {
            format!(" and {} more", isos.len() - shown.len())
        } else {
            String::new()
        };
        err(
            errors,
            "$.rules",
            format!(
                "{} map entit{} without an {} status from {day}: no rule applies ({}{more})",
                isos.len(),
                if isos.len() == 1 { "y" } else { "ies" },
                axis.code(),
                shown.join(", ")
            ),
        );
    }
}

/// Adds the id of the item an error is in (`$.rules[17]...` -> `(rule 'cn-import-...')`),
/// so an editor does not have to count array elements.
fn name_items(d: &Dataset, errors: &mut [DatasetError]) {
    for e in errors.iter_mut() {
        let Some(rest) = e.path.strip_prefix("$.") else {
            continue;
        };
        let Some((field, tail)) = rest.split_once('[') else {
            continue;
        };
        let Some(n) = tail.split(']').next().and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        let id = match field {
            "rules" => d.rules.get(n).map(|r| ("rule", r.id.as_str())),
            "sources" => d.sources.get(n).map(|r| ("source", r.id.as_str())),
            "instruments" => d.instruments.get(n).map(|r| ("instrument", r.id.as_str())),
            "groups" => d.groups.get(n).map(|r| ("group", r.id.as_str())),
            "corrections" => None,
            _ => None,
        };
        if let Some((kind, id)) = id {
            if !e.message.contains(&format!("'{id}'")) {
                e.message.push_str(&format!(" ({kind} '{id}')"));
            }
        }
    }
}
