//! Serializable reports shared by the CLI (`h200-data status|changes|export`) and the
//! widget's downloads: one shape for both, so readers and editors see the same facts.

use serde::Serialize;

use super::date::Date;
use super::engine::{Change, CountryStatus, Model};
use super::model::{Axis, Source};

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
    /// `confirmed`, `reported` or `unconfirmed`.
    pub confidence: &'static str,
    /// Winning rule ids, main rule first.
    pub rules: Vec<String>,
    /// Instrument of the main rule (`null` for a default "none known" rule).
    pub instrument: Option<String>,
    /// The main rule in words (English).
    pub summary: String,
    /// Conditions of the winning rules (English).
    pub conditions: Vec<String>,
    /// Day the status took effect.
    pub effective: String,
    /// The instrument that caused the status to take effect then (`null` for a default).
    pub cause: Option<String>,
    /// The previous status and the day it ended (`null` if none since model start).
    pub previous: Option<ChangeReport>,
    /// The next known change (`null` if none).
    pub next: Option<ChangeReport>,
    /// Full citations, primary sources first.
    pub sources: Vec<Source>,
}

/// `h200-data status ISO --at DATE --json`.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct StatusReport {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// The day asked about.
    pub date: String,
    /// US export licence status (EAR, ECCN 3A090.a).
    pub export: AxisReport,
    /// Destination import status.
    pub import: AxisReport,
}

/// Builds the report of one axis from a computed status.
pub fn axis_report(model: &Model, s: &CountryStatus) -> AxisReport {
    let main = model.rule(&s.rules[0]).expect("winning rule exists");
    AxisReport {
        status: s.status.code(),
        confidence: s.confidence.code(),
        rules: s.rules.clone(),
        instrument: main.instrument.clone(),
        summary: main.summary_en.clone(),
        conditions: s
            .rules
            .iter()
            .filter_map(|id| model.rule(id))
            .flat_map(|r| r.conditions_en.iter().cloned())
            .collect(),
        effective: s.effective.to_string(),
        cause: s.cause.clone(),
        previous: s.previous.map(Into::into),
        next: s.next.map(Into::into),
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
    Some(StatusReport {
        iso: iso.to_string(),
        date: date.to_string(),
        export: axis_report(model, &e),
        import: axis_report(model, &i),
    })
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
    /// Export confidence.
    pub export_confidence: &'static str,
    /// Export effective date.
    pub export_since: String,
    /// Export main rule id.
    pub export_rule: String,
    /// Export sources: URLs separated by " | ".
    pub export_sources: String,
    /// Import status code.
    pub import_status: &'static str,
    /// Import confidence.
    pub import_confidence: &'static str,
    /// Import effective date.
    pub import_since: String,
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
            export_confidence: r.export.confidence.code(),
            export_since: r.export.effective.to_string(),
            export_rule: r.export.rules[0].clone(),
            export_sources: urls(&r.export),
            import_status: r.import.status.code(),
            import_confidence: r.import.confidence.code(),
            import_since: r.import.effective.to_string(),
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
            r.export_confidence,
            &r.export_since,
            &r.export_rule,
            &r.export_sources,
            r.import_status,
            r.import_confidence,
            &r.import_since,
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
