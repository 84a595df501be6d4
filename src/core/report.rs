//! Serializable reports shared by the CLI (`h200-data status|changes|export|log`) and the
//! widget's downloads: one shape for both, so readers and editors see the same facts.

use serde::Serialize;

use super::date::Date;
use super::engine::{Change, CountryStatus, Model, Scheduled, ScheduledChange};
use super::freshness::after_as_of;
use super::model::{Axis, Rule, Source};
use super::scheduled::{announced, next_announced};

/// A change as `{"date": "YYYY-MM-DD", "status": "code"}`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ChangeReport {
    /// First day of the status.
    pub date: String,
    /// Status code.
    pub status: &'static str,
}

impl From<Change> for ChangeReport {
    fn from(c: Change) -> Self {
        ChangeReport {
            date: c.date.to_string(),
            status: c.status.code(),
        }
    }
}

/// One axis of a status report (the `export` or `import` object of `h200-data status --json`).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct AxisReport {
    /// Status code (public contract).
    pub status: &'static str,
    /// `confirmed`, `reported` or `unconfirmed`; `null` for a "no data" status
    /// (`not_researched`, `not_applicable`: nothing is asserted, see [`real`]).
    pub confidence: Option<&'static str>,
    /// Winning rule ids, main rule first.
    pub rules: Vec<String>,
    /// Instrument of the main rule (`null` for a default "none known" rule).
    pub instrument: Option<String>,
    /// The main rule in words (English).
    pub summary: String,
    /// Conditions of the winning rules holding on the date asked (English). The same
    /// conditions with their dates are in `condition_details`.
    pub conditions: Vec<String>,
    /// The conditions holding on the date asked, with their dates, confidence and sources.
    pub condition_details: Vec<ConditionReport>,
    /// Named parties exempt from the status on the date asked (e.g. licence-free end users).
    pub exceptions: Vec<ExceptionReport>,
    /// Changes after the date asked that had been announced by it (their instrument was
    /// published on or before it, [`announced`]: the panel's rule), in date order.
    pub scheduled: Vec<ScheduledReport>,
    /// Day the status took effect; `null` for a "no data" status (it did not take effect:
    /// research had not begun, or the axis does not apply).
    pub effective: Option<String>,
    /// The instrument that caused the status to take effect then (`null` for a default).
    pub cause: Option<String>,
    /// The previous status and the day it ended (`null` if none since model start).
    pub previous: Option<ChangeReport>,
    /// The next change of status announced by the date asked ([`next_announced`]; `null`
    /// if none).
    pub next: Option<ChangeReport>,
    /// Full citations, primary sources first.
    pub sources: Vec<Source>,
}

/// A condition in force: `{"text", "from", "to", "confidence", "sources"}`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ConditionReport {
    /// The condition (English).
    pub text: String,
    /// First day it holds (`null`: from its rule's first day).
    pub from: Option<String>,
    /// Last day it holds, inclusive (`null`: as long as its rule).
    pub to: Option<String>,
    /// Its confidence (the rule's when the condition gives none).
    pub confidence: &'static str,
    /// Its own source ids (also listed, in full, in the axis's `sources`).
    pub sources: Vec<String>,
}

/// A named exception in force: `{"party", "from", "to", "confidence", "note", "sources"}`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ExceptionReport {
    /// The exempt party (English).
    pub party: String,
    /// First day of the exemption (`null`: from its rule's first day).
    pub from: Option<String>,
    /// Last day of the exemption, inclusive (`null`: as long as its rule).
    pub to: Option<String>,
    /// Its confidence.
    pub confidence: &'static str,
    /// What it covers or how it ends (English), or `null`.
    pub note: Option<String>,
    /// Its source ids (also listed, in full, in the axis's `sources`).
    pub sources: Vec<String>,
}

/// A scheduled change: `{"date", "change", "text", ...}`; `change` is `status`, `rule`,
/// `exception_starts`, `exception_ends`, `joins_group` or `leaves_group`, and the fields
/// that do not apply are `null`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct ScheduledReport {
    /// First day of the new state.
    pub date: String,
    /// What kind of change.
    pub change: &'static str,
    /// The change in words (English).
    pub text: String,
    /// Status the day before (`status` changes).
    pub status_before: Option<&'static str>,
    /// Status from that day (`status` changes).
    pub status_after: Option<&'static str>,
    /// The rule concerned (`rule`: the new main rule; exceptions: their rule).
    pub rule: Option<String>,
    /// The exempt party (exception changes, English).
    pub party: Option<String>,
    /// The group (membership changes).
    pub group: Option<String>,
    /// The instrument that schedules the change, if known.
    pub instrument: Option<String>,
}

/// `h200-data status ISO --at DATE --json`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StatusReport {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// The day asked about.
    pub date: String,
    /// The dataset's `as_of` ("facts checked up to").
    pub dataset_as_of: String,
    /// `true` when `date` is more than [`crate::core::freshness::AFTER_AS_OF_GRACE_DAYS`]
    /// days after `as_of`: later changes may be missing.
    pub after_as_of: bool,
    /// US export licence status (EAR, ECCN 3A090.a).
    pub export: AxisReport,
    /// Destination import status.
    pub import: AxisReport,
}

/// `Some(s)` for a real status; `None` for a "no data" status (`not_researched`,
/// `not_applicable`), which carries neither a confidence nor a "since" date in any output
/// (README: the details panel, the table, the downloads, `h200-data status|export`).
fn real(s: &CountryStatus) -> Option<&CountryStatus> {
    (!s.status.is_no_data()).then_some(s)
}

fn day(d: Option<Date>) -> Option<String> {
    d.map(|d| d.to_string())
}

/// Builds the report of one axis from a computed status.
pub fn axis_report(model: &Model, s: &CountryStatus) -> AxisReport {
    let main = model.rule(&s.rules[0]).expect("winning rule exists");
    let condition_details: Vec<ConditionReport> = model
        .conditions(s)
        .into_iter()
        .map(|(r, c)| ConditionReport {
            text: c.en.clone(),
            from: day(c.from),
            to: day(c.to),
            confidence: c.confidence.unwrap_or(r.confidence).code(),
            sources: c.sources.clone(),
        })
        .collect();
    AxisReport {
        status: s.status.code(),
        confidence: real(s).map(|s| s.confidence.code()),
        rules: s.rules.clone(),
        instrument: main.instrument.clone(),
        summary: main.summary_en.clone(),
        conditions: condition_details.iter().map(|c| c.text.clone()).collect(),
        condition_details,
        exceptions: model
            .exceptions(s)
            .into_iter()
            .map(|(_, e)| ExceptionReport {
                party: e.party_en.clone(),
                from: day(e.from),
                to: day(e.to),
                confidence: e.confidence.code(),
                note: e.note_en.clone(),
                sources: e.sources.clone(),
            })
            .collect(),
        scheduled: announced(model, &s.iso, s.axis, s.date)
            .iter()
            .map(|x| scheduled_report(model, x))
            .collect(),
        effective: real(s).map(|s| s.effective.to_string()),
        cause: s.cause.clone(),
        previous: s.previous.map(Into::into),
        next: next_announced(model, s).map(Into::into),
        sources: s
            .sources
            .iter()
            .filter_map(|id| model.source(id))
            .cloned()
            .collect(),
    }
}

/// The status of `iso` on both axes at `date`; `None` if the date is before the model.
pub fn status_report(model: &Model, iso: &str, date: Date) -> Option<StatusReport> {
    let e = model.try_status(iso, Axis::Export, date)?;
    let i = model.try_status(iso, Axis::Import, date)?;
    let as_of = model.dataset().as_of;
    Some(StatusReport {
        iso: iso.to_string(),
        date: date.to_string(),
        dataset_as_of: as_of.to_string(),
        after_as_of: after_as_of(date, as_of),
        export: axis_report(model, &e),
        import: axis_report(model, &i),
    })
}

/// The exception `index` of rule `id`, if both exist.
fn exception_party(model: &Model, id: &str, index: usize) -> Option<String> {
    model
        .rule(id)
        .and_then(|r: &Rule| r.exceptions.get(index))
        .map(|e| e.party_en.clone())
}

/// A scheduled change as reported (see [`ScheduledReport`]).
pub fn scheduled_report(model: &Model, x: &Scheduled) -> ScheduledReport {
    let mut r = ScheduledReport {
        date: x.date.to_string(),
        change: "",
        text: String::new(),
        status_before: None,
        status_after: None,
        rule: None,
        party: None,
        group: None,
        instrument: x.instrument.clone(),
    };
    match &x.change {
        ScheduledChange::Status { before, after } => {
            r.change = "status";
            r.text = format!("status changes from {} to {}", before.code(), after.code());
            (r.status_before, r.status_after) = (Some(before.code()), Some(after.code()));
        }
        ScheduledChange::Rule { before, after } => {
            r.change = "rule";
            r.text = format!("rule '{after}' replaces '{before}' (same status)");
            r.rule = Some(after.clone());
        }
        ScheduledChange::ExceptionStarts { rule, index }
        | ScheduledChange::ExceptionEnds { rule, index } => {
            let ends = matches!(x.change, ScheduledChange::ExceptionEnds { .. });
            r.change = if ends {
                "exception_ends"
            } else {
                "exception_starts"
            };
            r.party = exception_party(model, rule, *index);
            let party = r.party.clone().unwrap_or_default();
            r.text = if ends {
                format!(
                    "exemption ends: {party} (last day {})",
                    x.date.previous_day()
                )
            } else {
                format!("exemption begins: {party}")
            };
            r.rule = Some(rule.clone());
        }
        ScheduledChange::JoinsGroup { group } | ScheduledChange::LeavesGroup { group } => {
            let joins = matches!(x.change, ScheduledChange::JoinsGroup { .. });
            r.change = if joins { "joins_group" } else { "leaves_group" };
            r.text = format!(
                "{} Country Group {group}",
                if joins { "joins" } else { "leaves" }
            );
            r.group = Some(group.clone());
        }
    }
    r
}

/// One entry of `h200-data log --json`: a correction with its sources in full.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct CorrectionReport {
    /// The day the change was made.
    pub date: String,
    /// What changed (English).
    pub en: String,
    /// What changed (French).
    pub fr: String,
    /// Why (English), or `null`.
    pub why_en: Option<String>,
    /// Why (French), or `null`.
    pub why_fr: Option<String>,
    /// Countries concerned (ISO 3166-1 alpha-2); empty: the whole dataset.
    pub countries: Vec<String>,
    /// Full citations.
    pub sources: Vec<Source>,
}

/// The corrections log, newest first (entries of the same day keep their file order).
pub fn corrections_log(model: &Model) -> Vec<CorrectionReport> {
    let mut log: Vec<CorrectionReport> = model
        .dataset()
        .corrections
        .iter()
        .map(|c| CorrectionReport {
            date: c.date.to_string(),
            en: c.en.clone(),
            fr: c.fr.clone(),
            why_en: c.why_en.clone(),
            why_fr: c.why_fr.clone(),
            countries: c.countries.clone(),
            sources: c
                .sources
                .iter()
                .filter_map(|id| model.source(id))
                .cloned()
                .collect(),
        })
        .collect();
    log.sort_by(|a, b| b.date.cmp(&a.date));
    log
}

/// `h200-data status` without `--json`: the report in lines of text (`name`: the
/// country's display name).
pub fn status_text(r: &StatusReport, name: &str) -> String {
    let mut out = format!("{name} ({}) on {}\n", r.iso, r.date);
    for (label, a) in [("US export", &r.export), ("Import", &r.import)] {
        out += &match (a.confidence, &a.effective) {
            (Some(c), Some(e)) => format!("  {label}: {} [{c}] since {e}\n", a.status),
            _ => format!("  {label}: {}\n", a.status),
        };
        out += &format!("    {}\n", a.summary);
        for c in &a.conditions {
            out += &format!("    - {c}\n");
        }
        for e in &a.exceptions {
            let until =
                e.to.as_deref()
                    .map(|t| format!(", until {t}"))
                    .unwrap_or_default();
            out += &format!("    exempt: {} [{}]{until}\n", e.party, e.confidence);
        }
        for x in &a.scheduled {
            out += &format!("    scheduled {}: {}\n", x.date, x.text);
        }
        for s in &a.sources {
            out += &format!(
                "    source: {} ({}, {}) {}\n",
                s.title, s.publisher, s.date, s.url
            );
        }
    }
    out
}

/// `h200-data log` without `--json`: one block per entry, newest first.
pub fn log_text(log: &[CorrectionReport]) -> String {
    let mut out = String::new();
    for c in log {
        let scope = if c.countries.is_empty() {
            "all".to_string()
        } else {
            c.countries.join(", ")
        };
        out += &format!("{} [{scope}] {}\n", c.date, c.en);
        if let Some(why) = &c.why_en {
            out += &format!("    why: {why}\n");
        }
        for s in &c.sources {
            out += &format!(
                "    source: {} ({}, {}) {}\n",
                s.title, s.publisher, s.date, s.url
            );
        }
    }
    out
}

/// One row of the downloadable table (CSV columns in this order).
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TableRow {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// English name (Natural Earth).
    pub name: String,
    /// Date shown.
    pub date: String,
    /// Export status code.
    pub export_status: &'static str,
    /// Export confidence; `null` (CSV: empty) for a "no data" status.
    pub export_confidence: Option<&'static str>,
    /// Export effective date; `null` (CSV: empty) for a "no data" status.
    pub export_since: Option<String>,
    /// Export main rule id.
    pub export_rule: String,
    /// Export sources: URLs separated by " | ".
    pub export_sources: String,
    /// Import status code.
    pub import_status: &'static str,
    /// Import confidence; `null` (CSV: empty) for a "no data" status.
    pub import_confidence: Option<&'static str>,
    /// Import effective date; `null` (CSV: empty) for a "no data" status.
    pub import_since: Option<String>,
    /// Import main rule id.
    pub import_rule: String,
    /// Import sources: URLs separated by " | ".
    pub import_sources: String,
    /// The dataset's `as_of` date.
    pub dataset_as_of: String,
}

/// The table of every map entity at `date` (`name_of`: ISO -> display name).
pub fn table(model: &Model, date: Date, name_of: impl Fn(&str) -> String) -> Vec<TableRow> {
    let urls = |s: &CountryStatus| {
        s.sources
            .iter()
            .filter_map(|id| model.source(id))
            .map(|s| s.url.as_str())
            .collect::<Vec<_>>()
            .join(" | ")
    };
    super::table::rows(model, date, name_of)
        .into_iter()
        .map(|r| TableRow {
            date: date.to_string(),
            export_status: r.export.status.code(),
            export_confidence: real(&r.export).map(|s| s.confidence.code()),
            export_since: real(&r.export).map(|s| s.effective.to_string()),
            export_rule: r.export.rules[0].clone(),
            export_sources: urls(&r.export),
            import_status: r.import.status.code(),
            import_confidence: real(&r.import).map(|s| s.confidence.code()),
            import_since: real(&r.import).map(|s| s.effective.to_string()),
            import_rule: r.import.rules[0].clone(),
            import_sources: urls(&r.import),
            dataset_as_of: model.dataset().as_of.to_string(),
            iso: r.iso,
            name: r.name,
        })
        .collect()
}

/// The JSON download of the table: `{"date", "dataset_as_of", "item", "rows": [...]}`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct TableDownload {
    /// The date shown.
    pub date: String,
    /// The dataset's `as_of` date.
    pub dataset_as_of: String,
    /// What the statuses are about: "NVIDIA H200 (ECCN 3A090.a)".
    pub item: String,
    /// Every entity, as in the CSV.
    pub rows: Vec<TableRow>,
}

/// The JSON download of the table at `date`.
pub fn table_download(
    model: &Model,
    date: Date,
    name_of: impl Fn(&str) -> String,
) -> TableDownload {
    let item = &model.dataset().item;
    TableDownload {
        date: date.to_string(),
        dataset_as_of: model.dataset().as_of.to_string(),
        item: format!("{} (ECCN {})", item.name, item.eccn),
        rows: table(model, date, name_of),
    }
}

/// One CSV field per RFC 4180: quoted when it holds a comma, a quote or a line break.
fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// The table as CSV (RFC 4180, header row, `\r\n` line ends), the same columns as
/// `h200-data export --format csv`.
pub fn to_csv(rows: &[TableRow]) -> String {
    const HEADER: [&str; 14] = [
        "iso",
        "name",
        "date",
        "export_status",
        "export_confidence",
        "export_since",
        "export_rule",
        "export_sources",
        "import_status",
        "import_confidence",
        "import_since",
        "import_rule",
        "import_sources",
        "dataset_as_of",
    ];
    let mut out = HEADER.join(",");
    out.push_str("\r\n");
    for r in rows {
        let fields = [
            r.iso.as_str(),
            &r.name,
            &r.date,
            r.export_status,
            r.export_confidence.unwrap_or_default(),
            r.export_since.as_deref().unwrap_or_default(),
            &r.export_rule,
            &r.export_sources,
            r.import_status,
            r.import_confidence.unwrap_or_default(),
            r.import_since.as_deref().unwrap_or_default(),
            &r.import_rule,
            &r.import_sources,
            &r.dataset_as_of,
        ];
        out.push_str(
            &fields
                .iter()
                .map(|f| csv_field(f))
                .collect::<Vec<_>>()
                .join(","),
        );
        out.push_str("\r\n");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_only_what_needs_quoting() {
        assert_eq!(csv_field("China"), "China");
        assert_eq!(csv_field("Korea, Republic of"), "\"Korea, Republic of\"");
        assert_eq!(csv_field("say \"no\""), "\"say \"\"no\"\"\"");
    }
}
