//! The dataset schema (`data/h200.json`, `schema_version` 2).
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
//!   over a general one (Country Group D:5). A rule carries dated [`Condition`]s (shown only
//!   on the days they hold) and named [`Exception`]s (exempt parties, each with its dates);
//! - [`Correction`]s: the dated log of what changed in the dataset, and why.
//!
//! A country's status on a day is computed from these by [`crate::core::engine`].
//! Dates are ISO 8601 calendar dates (`YYYY-MM-DD`), countries ISO 3166-1 alpha-2
//! (plus `XK` for Kosovo, a user-assigned code).

use serde::{Deserialize, Serialize};

use super::date::{Date, PubDate};

/// The schema version this code reads. A dataset with another version is rejected.
///
/// Version 2 (2026-12): dated conditions ([`Condition`]), named exceptions ([`Exception`]),
/// the corrections log ([`Correction`]), source `access` and the `mirror` kind, the
/// statuses `not_applicable` and `not_researched`; `last_reviewed` removed (`as_of` is the
/// one freshness stamp).
pub const SCHEMA_VERSION: u32 = 2;

/// The whole dataset, as stored in `data/h200.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// Must equal [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// "Facts checked up to": the last day whose events were researched. Statuses after it
    /// are computed from what was known then (see [`crate::core::freshness`]).
    pub as_of: Date,
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
    /// The corrections log: dated entries of what changed in the dataset and why (any
    /// order in the file; `h200-data log` prints them newest first).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Correction>,
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

/// Reliability class of a source, as tagged in the research notes. Ordered as sources are
/// listed: primary first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Official text at its official address: Federal Register (federalregister.gov,
    /// govinfo.gov), eCFR, government page, court or GAO decision.
    Primary,
    /// An unofficial copy of an official text (a mirror site, a GitHub or changeflow copy):
    /// never `primary`, even when the copy is faithful. Cite the official address as a
    /// separate `primary` source where it is known.
    Mirror,
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
    /// How we know the document's content (default `read`). Say the same in `publisher`
    /// for readers, e.g. "Federal Register (official copy not read; abstract quoted in a
    /// secondary copy)".
    #[serde(default)]
    pub access: Access,
}

/// How the dataset's editors know a source's content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    /// The document (or the excerpt that matters) was read at this address.
    #[default]
    Read,
    /// Not read at this address; its words are known from a verbatim quotation in another
    /// document (e.g. a Federal Register abstract reproduced in a digest).
    Quoted,
    /// Not read; known only because another document cites it and reports what it says.
    Cited,
}

impl Access {
    /// The public code (`read`, `quoted`, `cited`).
    pub fn code(self) -> &'static str {
        match self {
            Access::Read => "read",
            Access::Quoted => "quoted",
            Access::Cited => "cited",
        }
    }
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
    /// A statute, regulation or international agreement outside the US Federal Register
    /// (an EU regulation, a national act, a trade agreement).
    Law,
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
    /// Issuing jurisdiction (ISO 3166-1 alpha-2, e.g. `US`, `CN`, `MY`; or `EU`, the
    /// exceptionally reserved code of the European Union, see [`EU_JURISDICTION`]).
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

/// The jurisdiction code of the European Union (ISO 3166-1 alpha-2 "exceptionally
/// reserved" code): allowed for an instrument's `jurisdiction`, not as a map entity.
pub const EU_JURISDICTION: &str = "EU";

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
}

/// A status code: a public contract shared by the widget, the CLI and readers' pages.
///
/// Export: `no_license_required`, `license_required`, `case_by_case`,
/// `presumption_of_denial`, `embargoed` (the restriction scale, [`Status::EXPORT`]) and
/// `not_applicable` (no data: the United States itself). Import: `no_restriction_known`,
/// `permit_required`, `restricted`, `blocked` ([`Status::IMPORT`]) and `not_researched`
/// (no data: nobody checked the destination's import rules).
///
/// The derived order (used to sort) is the declaration order: each axis's scale from least
/// to most restrictive, the no-data statuses last.
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
    /// Import: no destination-side import rule found in sources that were read.
    NoRestrictionKnown,
    /// Import: a permit or licence is required to import.
    PermitRequired,
    /// Import: allowed only selectively or under official restrictions.
    Restricted,
    /// Import: not permitted.
    Blocked,
    /// Export, no data: the exporting country itself (an export under the EAR is a shipment
    /// out of the United States, 15 CFR 734.13).
    NotApplicable,
    /// Import, no data: nobody has checked this destination's import rules.
    NotResearched,
}

impl Status {
    /// Export restriction scale, least to most restrictive (legend order).
    pub const EXPORT: [Status; 5] = [
        Status::NoLicenseRequired,
        Status::LicenseRequired,
        Status::CaseByCase,
        Status::PresumptionOfDenial,
        Status::Embargoed,
    ];
    /// Import restriction scale, least to most restrictive (legend order).
    pub const IMPORT: [Status; 4] = [
        Status::NoRestrictionKnown,
        Status::PermitRequired,
        Status::Restricted,
        Status::Blocked,
    ];
    /// Every export status: the scale, then the no-data category (legend and list order;
    /// a no-data status is never first in a list of restrictions).
    pub const EXPORT_ALL: [Status; 6] = [
        Status::NoLicenseRequired,
        Status::LicenseRequired,
        Status::CaseByCase,
        Status::PresumptionOfDenial,
        Status::Embargoed,
        Status::NotApplicable,
    ];
    /// Every import status: the scale, then the no-data category.
    pub const IMPORT_ALL: [Status; 5] = [
        Status::NoRestrictionKnown,
        Status::PermitRequired,
        Status::Restricted,
        Status::Blocked,
        Status::NotResearched,
    ];

    /// The restriction scale of `axis` ([`Status::EXPORT`] or [`Status::IMPORT`]).
    pub fn scale(axis: Axis) -> &'static [Status] {
        match axis {
            Axis::Export => &Status::EXPORT,
            Axis::Import => &Status::IMPORT,
        }
    }

    /// Every status of `axis`, scale first, no-data last ([`Status::EXPORT_ALL`] or
    /// [`Status::IMPORT_ALL`]): the legend's order.
    pub fn all(axis: Axis) -> &'static [Status] {
        match axis {
            Axis::Export => &Status::EXPORT_ALL,
            Axis::Import => &Status::IMPORT_ALL,
        }
    }

    /// `true` for the "no data" statuses (`not_applicable`, `not_researched`): they state
    /// what the map does not show, not a restriction.
    pub fn is_no_data(self) -> bool {
        matches!(self, Status::NotApplicable | Status::NotResearched)
    }

    /// Position on the axis's restriction scale (0 = least restrictive; the import scale
    /// skips level 3, which only the export axis has), `None` for a no-data status.
    pub fn level(self) -> Option<u8> {
        match self {
            Status::NoLicenseRequired | Status::NoRestrictionKnown => Some(0),
            Status::LicenseRequired | Status::PermitRequired => Some(1),
            Status::CaseByCase | Status::Restricted => Some(2),
            Status::PresumptionOfDenial => Some(3),
            Status::Embargoed | Status::Blocked => Some(4),
            Status::NotApplicable | Status::NotResearched => None,
        }
    }

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
            Status::NotApplicable => "not_applicable",
            Status::NotResearched => "not_researched",
        }
    }

    /// Parses a public code.
    pub fn from_code(code: &str) -> Option<Status> {
        Status::EXPORT_ALL
            .iter()
            .chain(Status::IMPORT_ALL.iter())
            .copied()
            .find(|s| s.code() == code)
    }

    /// The axis this status belongs to.
    pub fn axis(self) -> Axis {
        if Status::EXPORT_ALL.contains(&self) {
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
    /// Conditions attached, each with the days it holds (may be empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub conditions: Vec<Condition>,
    /// Named parties exempt from the status (e.g. licence-free end users), each with its
    /// own dates (may be empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub exceptions: Vec<Exception>,
    /// Source ids, primary first; at least one, except for the `not_researched` default,
    /// which cites none (nothing was read).
    pub sources: Vec<String>,
}

/// A condition attached to a rule, in force from `from` to `to` (inclusive): a panel shows
/// it only on the days it holds (no testimony of 2026-02-24 in a view of 2026-02-01).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Condition {
    /// The condition in words, English.
    pub en: String,
    /// Same, French.
    pub fr: String,
    /// First day it holds; `None`: from the rule's first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Last day it holds (inclusive); `None`: as long as the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    /// How well it is established; `None`: as the rule.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confidence: Option<Confidence>,
    /// Source ids for this condition (they are cited with the status while it holds).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

impl Condition {
    /// Whether the condition holds on `date` (within its own dates; the rule's are checked
    /// by the engine).
    pub fn holds_on(&self, date: Date) -> bool {
        date.within(self.from, self.to)
    }
}

/// A named party exempt from a rule's status, e.g. "G42 and Core42 (Supplement No. 8)":
/// licence-free while the rule gives the country `license_required`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exception {
    /// The exempt party (end user, company, government), English.
    pub party_en: String,
    /// Same, French.
    pub party_fr: String,
    /// First day of the exemption; `None`: from the rule's first day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// Last day of the exemption (inclusive); `None`: as long as the rule. The day after
    /// is a scheduled change when it lies in the future.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<Date>,
    /// How well the exemption is established.
    pub confidence: Confidence,
    /// Source ids; at least one.
    pub sources: Vec<String>,
    /// What the exemption covers or how it ends, English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_en: Option<String>,
    /// Same, French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note_fr: Option<String>,
}

impl Exception {
    /// Whether the exemption is in force on `date` (within its own dates).
    pub fn holds_on(&self, date: Date) -> bool {
        date.within(self.from, self.to)
    }
}

/// One entry of the corrections log: what changed in the dataset on `date`, and why.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Correction {
    /// The day the change was made to the dataset.
    pub date: Date,
    /// What changed, English.
    pub en: String,
    /// Same, French.
    pub fr: String,
    /// Why (an error found, a new source, a model change), English.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_en: Option<String>,
    /// Same, French.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub why_fr: Option<String>,
    /// Countries concerned (ISO 3166-1 alpha-2); empty: the whole dataset.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub countries: Vec<String>,
    /// Source ids behind the change (may be empty for a change of the model itself).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}
