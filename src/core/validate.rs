//! Dataset validation. Every error names the JSON path (`$.rules[3].status`) and says
//! what is wrong, so a data editor can fix it without reading code.
//!
//! Checks: schema version; ids unique and well formed; dates in order; sources complete
//! with https URLs; references to sources, instruments and groups resolve; country codes
//! are map entities (ISO 3166-1 alpha-2); a status belongs to its rule's axis; rules of
//! never-enforced instruments give no status; every map entity has an export and an import
//! status on every day from `model_start`; no two rules of equal top priority give
//! different statuses to the same country on the same day.

use std::collections::{HashMap, HashSet};
use std::fmt;

use serde::Deserializer;

use super::model::{Axis, Dataset, Selector, SCHEMA_VERSION};
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
    let mut errors = Vec::new();
    let known: HashSet<&str> = entities.iter().map(String::as_str).collect();
    let country = |errors: &mut Vec<DatasetError>, path: String, iso: &str| {
        if !known.contains(iso) {
            err(
                errors,
                path,
                format!(
                    "unknown country code '{iso}' (not an ISO 3166-1 alpha-2 code of a map entity)"
                ),
            );
        }
    };

    if d.schema_version != SCHEMA_VERSION {
        err(
            &mut errors,
            "$.schema_version",
            format!(
                "schema_version {} is not supported (expected {SCHEMA_VERSION})",
                d.schema_version
            ),
        );
    }
    if d.model_start > d.as_of {
        err(
            &mut errors,
            "$.as_of",
            format!("as_of {} is before model_start {}", d.as_of, d.model_start),
        );
    }

    check_ids(
        &mut errors,
        "sources",
        d.sources.iter().map(|s| s.id.as_str()),
        true,
    );
    check_ids(
        &mut errors,
        "instruments",
        d.instruments.iter().map(|s| s.id.as_str()),
        true,
    );
    check_ids(
        &mut errors,
        "groups",
        d.groups.iter().map(|s| s.id.as_str()),
        false,
    );
    check_ids(
        &mut errors,
        "rules",
        d.rules.iter().map(|s| s.id.as_str()),
        true,
    );

    let source_ids: HashSet<&str> = d.sources.iter().map(|s| s.id.as_str()).collect();
    let sources_ok = |errors: &mut Vec<DatasetError>, path: String, list: &[String]| {
        if list.is_empty() {
            err(errors, path.clone(), "at least one source is required");
        }
        for (i, id) in list.iter().enumerate() {
            if !source_ids.contains(id.as_str()) {
                err(
                    errors,
                    format!("{path}[{i}]"),
                    format!("unknown source '{id}'"),
                );
            }
        }
    };

    for (i, s) in d.sources.iter().enumerate() {
        let p = format!("$.sources[{i}]");
        if !s.url.starts_with("https://") || s.url.len() <= "https://".len() {
            err(
                &mut errors,
                format!("{p}.url"),
                format!("source URL must be https: '{}'", s.url),
            );
        }
        for (field, v) in [("title", &s.title), ("publisher", &s.publisher)] {
            if v.trim().is_empty() {
                err(
                    &mut errors,
                    format!("{p}.{field}"),
                    format!("{field} is empty"),
                );
            }
        }
    }

    for (i, inst) in d.instruments.iter().enumerate() {
        let p = format!("$.instruments[{i}]");
        country(&mut errors, format!("{p}.jurisdiction"), &inst.jurisdiction);
        sources_ok(&mut errors, format!("{p}.sources"), &inst.sources);
        if inst.label_en.trim().is_empty() || inst.label_fr.trim().is_empty() {
            err(
                &mut errors,
                format!("{p}.label_en"),
                "label_en and label_fr are required",
            );
        }
    }

    for (gi, g) in d.groups.iter().enumerate() {
        sources_ok(&mut errors, format!("$.groups[{gi}].sources"), &g.sources);
        for (mi, m) in g.members.iter().enumerate() {
            let p = format!("$.groups[{gi}].members[{mi}]");
            country(&mut errors, format!("{p}.iso"), &m.iso);
            for (field, id) in [
                ("from_instrument", &m.from_instrument),
                ("to_instrument", &m.to_instrument),
            ] {
                if let Some(id) = id {
                    if !d.instruments.iter().any(|i| &i.id == id) {
                        err(
                            &mut errors,
                            format!("{p}.{field}"),
                            format!("unknown instrument '{id}'"),
                        );
                    }
                }
            }
            if let (Some(f), Some(t)) = (m.from, m.to) {
                if f > t {
                    err(
                        &mut errors,
                        format!("{p}.to"),
                        format!("dates out of order: to {t} is before from {f}"),
                    );
                }
            }
        }
    }

    let group_idx = index_of(&d.groups, |g| &g.id);
    let inst_idx = index_of(&d.instruments, |i| &i.id);
    for (ri, r) in d.rules.iter().enumerate() {
        let p = format!("$.rules[{ri}]");
        match r.instrument.as_ref().map(|id| (id, inst_idx.get(id))) {
            None if !r.applies_to.all => err(
                &mut errors,
                format!("{p}.instrument"),
                "only a default rule (applies_to.all) may have no instrument",
            ),
            Some((id, None)) => err(
                &mut errors,
                format!("{p}.instrument"),
                format!("unknown instrument '{id}'"),
            ),
            Some((id, Some(&ii))) if !d.instruments[ii].enforced => err(
                &mut errors,
                format!("{p}.instrument"),
                format!("instrument '{id}' was never enforced: it cannot produce a status"),
            ),
            _ => {}
        }
        if r.status.axis() != r.axis {
            err(
                &mut errors,
                format!("{p}.status"),
                format!(
                    "status '{}' is not an {} status",
                    r.status.code(),
                    r.axis.code()
                ),
            );
        }
        if let Some(t) = r.to {
            if t < r.from {
                err(
                    &mut errors,
                    format!("{p}.to"),
                    format!("dates out of order: to {t} is before from {}", r.from),
                );
            }
        }
        // A default rule stating the absence of any known rule (no instrument) may cite
        // nothing: there is nothing to cite. Every other rule needs a source.
        if !(r.instrument.is_none() && r.applies_to.all && r.sources.is_empty()) {
            sources_ok(&mut errors, format!("{p}.sources"), &r.sources);
        }
        if r.conditions_en.len() != r.conditions_fr.len() {
            err(
                &mut errors,
                format!("{p}.conditions_fr"),
                format!(
                    "{} French conditions for {} English ones",
                    r.conditions_fr.len(),
                    r.conditions_en.len()
                ),
            );
        }
        if r.summary_en.trim().is_empty() || r.summary_fr.trim().is_empty() {
            err(
                &mut errors,
                format!("{p}.summary_en"),
                "summary_en and summary_fr are required",
            );
        }
        check_selector(&mut errors, &p, &r.applies_to, &group_idx, &country);
    }

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

fn check_selector(
    errors: &mut Vec<DatasetError>,
    p: &str,
    s: &Selector,
    groups: &HashMap<String, usize>,
    country: &dyn Fn(&mut Vec<DatasetError>, String, &str),
) {
    if !s.all && s.countries.is_empty() && s.groups.is_empty() {
        err(
            errors,
            format!("{p}.applies_to"),
            "selects no country: give all, countries or groups",
        );
    }
    for (field, list) in [
        ("countries", &s.countries),
        ("except_countries", &s.except_countries),
    ] {
        for (i, iso) in list.iter().enumerate() {
            country(errors, format!("{p}.applies_to.{field}[{i}]"), iso);
        }
    }
    for (field, list) in [("groups", &s.groups), ("except_groups", &s.except_groups)] {
        for (i, g) in list.iter().enumerate() {
            if !groups.contains_key(g) {
                err(
                    errors,
                    format!("{p}.applies_to.{field}[{i}]"),
                    format!("unknown group '{g}'"),
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
            _ => None,
        };
        if let Some((kind, id)) = id {
            if !e.message.contains(&format!("'{id}'")) {
                e.message.push_str(&format!(" ({kind} '{id}')"));
            }
        }
    }
}
