//! The dataset schema (`data/h200.json`, `schema_version` 1).
//!
//! The dataset does not store a status per country. It stores the law as dated facts:
//! - [`Source`]s: what we read (title, publisher, https URL, publication date, reliability);
//! - [`Instrument`]s: legal texts and official acts (Federal Register rules, eCFR sections,
//!   proclamations, guidance, customs or ministry notices, or press reports where nothing
//!   official was published);
//! - [`Group`]s: EAR Country Groups (15 CFR Part 740 Supp. No. 1: A:5, A:6, D:1, D:4, D:5,
//!   E:1, E:2) with dated membership;
//! - [`Rule`]s: "from date F to date T, on axis X (export or import), countries matching S
//!   have status C", with a priority so that a specific rule (China since 2026-01-15) wins
//!   over a general one (Country Group D:5).
//!
//! A country's status on a day is computed from these by [`crate::core::engine`].
//! Dates are ISO 8601 calendar dates (`YYYY-MM-DD`), countries ISO 3166-1 alpha-2
//! (plus `XK` for Kosovo, a user-assigned code).

use serde::{Deserialize, Serialize};

use super::date::{Date, PubDate};

/// The schema version this code reads. A dataset with another version is rejected.
pub const SCHEMA_VERSION: u32 = 1;

/// The whole dataset, as stored in `data/h200.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The date up to which events were researched: statuses after it are not known.
    pub as_of: Date,
    /// The date a data editor last reviewed the whole dataset.
    pub last_reviewed: Date,
    /// First day the model covers (2022-10-07, the first advanced-computing rule).
    pub model_start: Date,
    /// What the map is about (e.g. "NVIDIA H200", ECCN "3A090.a").
    pub item: Item,
    /// Every source cited anywhere, by id.
    pub sources: Vec<Source>,
    /// Legal instruments and official acts, by id.
    pub instruments: Vec<Instrument>,
    /// Country groups with dated membership, by id (e.g. `D:5`).
    pub groups: Vec<Group>,
    /// The rules that produce statuses.
    pub rules: Vec<Rule>,
}

/// The item whose legal status the map shows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// Product name, e.g. "NVIDIA H200".
    pub name: String,
    /// Export Control Classification Number, e.g. "3A090.a".
    pub eccn: String,
}

/// How much a claim can be trusted. Ordered from weakest to strongest, so `min` of
/// two confidences is the confidence of a claim that rests on both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// A single low-reliability source, or flagged UNCONFIRMED by research: shown as such.
    Unconfirmed,
    /// Reported by reliable news or a secondary source; no primary text read.
    Reported,
    /// Primary legal text, or at least two reliable secondary sources (law firms).
    Confirmed,
}

impl Confidence {
    /// The public code (`confirmed`, `reported`, `unconfirmed`).
    pub fn code(self) -> &'static str {
        match self {
            Confidence::Unconfirmed => "unconfirmed",
            Confidence::Reported => "reported",
            Confidence::Confirmed => "confirmed",
        }
    }
}

/// Reliability class of a source, as tagged in the research notes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Official text: Federal Register, eCFR, government page, court or GAO decision.
    Primary,
    /// Law-firm client alert or specialised trade press.
    Legal,
    /// News agency or newspaper (often Reuters/FT relayed).
    News,
    /// Aggregator or blog: low reliability.
    Aggregator,
}

/// A document we read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Unique id, lowercase `[a-z0-9-]`.
    pub id: String,
    /// Title as published (original language).
    pub title: String,
    /// Publisher, e.g. "Federal Register (GPO)", "Reuters via Business Times".
    pub publisher: String,
    /// Must be `https://`.
    pub url: String,
    /// Publication date, as precise as the page gives it (`YYYY-MM-DD`, `YYYY-MM`,
    /// `YYYY`, or `undated`): never a day the source does not state.
    pub date: PubDate,
    /// Reliability class.
    pub kind: SourceKind,
    /// Legal citation if primary, e.g. "91 FR 1684".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
}

/// The kind of a legal instrument or official act.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InstrumentKind {
    /// A rule published in the Federal Register.
    FederalRegisterRule,
    /// A section of the eCFR (Code of Federal Regulations).
    EcfrSection,
    /// A presidential proclamation or executive order.
    Proclamation,
    /// Agency guidance or press release.
    Guidance,
    /// A customs instruction (often unpublished, known from reports).
    CustomsNotice,
    /// A ministry notice or directive.
    MinistryNotice,
    /// No official text: the act is known only from press reports.
    PressReport,
}

/// A legal instrument or official act, shown in timelines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Instrument {
    /// Unique id, lowercase `[a-z0-9-]`.
    pub id: String,
    /// Title in its original language.
    pub title: String,
    /// Kind of instrument.
    pub kind: InstrumentKind,
    /// Issuing jurisdiction (ISO 3166-1 alpha-2, e.g. `US`, `CN`, `MY`).
    pub jurisdiction: String,
    /// Legal citation, e.g. "91 FR 1684", "15 CFR 742.6(a)(6)".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citation: Option<String>,
    /// Date published or announced.
    pub published: Date,
    /// Date it takes effect (may equal `published`).
    pub effective: Date,
    /// `false` for an instrument that was published but never enforced (the January 2025
    /// AI Diffusion rule): it appears in timelines, never as law in force.
    #[serde(default = "yes")]
    pub enforced: bool,
    /// How well the act itself is established.
    pub confidence: Confidence,
    /// One-line label for timelines and slider ticks, English.
    pub label_en: String,
    /// Same, French.
    pub label_fr: String,
    /// Source ids, primary first.
    pub sources: Vec<String>,
}

fn yes() -> bool {
    true
}

/// An EAR Country Group (or a similar list) with dated membership.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// Unique id, e.g. `D:5`.
    pub id: String,
    /// Full name, e.g. "Country Group D:5 (U.S. arms embargoed countries)".
    pub name: String,
    /// Source ids for the membership list.
    pub sources: Vec<String>,
    /// Members with the dates they belong.
    pub members: Vec<Membership>,
}

/// One country's membership of a group over a period.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Membership {
    /// ISO 3166-1 alpha-2.
    pub iso: String,
    /// First day of membership; `None`: before `model_start` or not recorded.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Last day of membership (inclusive); `None`: still a member.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    /// How well this membership is established.
    pub confidence: Confidence,
    /// Why, when not obvious (e.g. "Hong Kong treated as China since 2020-12-23").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The instrument that made the country a member on `from` (cited for that change).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from_instrument: Option<String>,
    /// The instrument that removed the country on the day after `to` (cited for that change,
    /// e.g. Cambodia leaving D:5 on 2026-02-03).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to_instrument: Option<String>,
}

/// Which way the item moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Axis {
    /// US export licence requirement under the EAR.
    Export,
    /// The destination's own import (or transit) rules.
    Import,
}

impl Axis {
    /// The public code (`export`, `import`).
    pub fn code(self) -> &'static str {
        match self {
            Axis::Export => "export",
            Axis::Import => "import",
        }
    }

    /// The statuses of this axis, least to most restrictive (legend order).
    pub fn statuses(self) -> &'static [Status] {
        match self {
            Axis::Export => &Status::EXPORT,
            Axis::Import => &Status::IMPORT,
        }
    }
}

/// A status code: a public contract shared by the widget, the CLI and readers' pages.
///
/// Export: `no_license_required`, `license_required`, `case_by_case`,
/// `presumption_of_denial`, `embargoed`. Import: `no_restriction_known`,
/// `permit_required`, `restricted`, `blocked`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Export: no country-level licence (end-user and end-use controls still apply).
    NoLicenseRequired,
    /// Export: licence required; review policy not established in our sources.
    LicenseRequired,
    /// Export: licence required, applications reviewed case by case.
    CaseByCase,
    /// Export: licence required, presumption (or policy) of denial.
    PresumptionOfDenial,
    /// Export: comprehensive embargo (Country Groups E:1/E:2).
    Embargoed,
    /// Import: no destination-side import rule found in the sources read.
    NoRestrictionKnown,
    /// Import: a permit or licence is required (import, transit or re-export).
    PermitRequired,
    /// Import: allowed only selectively or under official restrictions.
    Restricted,
    /// Import: not permitted.
    Blocked,
}

impl Status {
    /// Export statuses, least to most restrictive (legend order).
    pub const EXPORT: [Status; 5] = [
        Status::NoLicenseRequired,
        Status::LicenseRequired,
        Status::CaseByCase,
        Status::PresumptionOfDenial,
        Status::Embargoed,
    ];
    /// Import statuses, least to most restrictive (legend order).
    pub const IMPORT: [Status; 4] = [
        Status::NoRestrictionKnown,
        Status::PermitRequired,
        Status::Restricted,
        Status::Blocked,
    ];

    /// The public code, e.g. `case_by_case`.
    pub fn code(self) -> &'static str {
        match self {
            Status::NoLicenseRequired => "no_license_required",
            Status::LicenseRequired => "license_required",
            Status::CaseByCase => "case_by_case",
            Status::PresumptionOfDenial => "presumption_of_denial",
            Status::Embargoed => "embargoed",
            Status::NoRestrictionKnown => "no_restriction_known",
            Status::PermitRequired => "permit_required",
            Status::Restricted => "restricted",
            Status::Blocked => "blocked",
        }
    }

    /// Parses a public code.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::EXPORT
            .iter()
            .chain(Status::IMPORT.iter())
            .copied()
            .find(|s| s.code() == code)
    }

    /// The axis this status belongs to.
    pub fn axis(self) -> Axis {
        if Status::EXPORT.contains(&self) {
            Axis::Export
        } else {
            Axis::Import
        }
    }
}

/// Which countries a rule applies to.
///
/// A country matches when `all` is true, or it is listed in `countries`, or it is a member
/// of one of `groups` on that day; and it is not in `except_countries` nor a member of
/// one of `except_groups` on that day.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Selector {
    /// Every country (used by default rules).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub all: bool,
    /// ISO 3166-1 alpha-2 codes named explicitly.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// Group ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<String>,
    /// Countries excluded.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except_countries: Vec<String>,
    /// Groups whose members are excluded (e.g. A:5 and A:6).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub except_groups: Vec<String>,
}

/// A dated rule that gives a status to the countries it selects.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    /// Unique id, lowercase `[a-z0-9-]`.
    pub id: String,
    /// The instrument this rule comes from; `None` only for a default rule that states the
    /// absence of a known rule (e.g. "no import restriction known").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub instrument: Option<String>,
    /// Export or import.
    pub axis: Axis,
    /// Which countries.
    pub applies_to: Selector,
    /// First day in force.
    pub from: Date,
    /// Last day in force (inclusive); `None`: still in force.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    /// The status it gives; must belong to `axis`.
    pub status: Status,
    /// Higher wins where several rules select the same country on the same day.
    /// Two rules of equal top priority giving different statuses are an error.
    pub priority: i32,
    /// How well this rule's effect is established.
    pub confidence: Confidence,
    /// The rule in words, English (e.g. "Licence required; case-by-case review ...").
    pub summary_en: String,
    /// Same, French.
    pub summary_fr: String,
    /// Conditions attached, English (may be empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions_en: Vec<String>,
    /// Same, French (same length as `conditions_en`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions_fr: Vec<String>,
    /// Source ids, primary first; at least one.
    pub sources: Vec<String>,
}
