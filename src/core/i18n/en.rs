//! English words (see the module docs of [`super`]).

use super::{Key, Table};
use crate::core::model::Status;
use crate::core::view::Region;

pub(super) const TABLE: Table = Table {
    text,
    status,
    region,
    reported: "Reported",
    unconfirmed: "Unconfirmed",
    undated: "undated",
    months: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    short_months: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    colon: ": ",
    date: |day, month, year| format!("{day} {month} {year}"),
    short_date: |day, month, year| format!("{day} {month} {year}"),
    month_year: |month, year| format!("{month} {year}"),
    since_at_least: |date| format!(" since at least {date}"),
};

fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        AfterAsOf => "later changes may be missing: facts checked up to",
        NoSource => "No source: nobody has researched this country's import rules yet.",
        NotLegalAdvice => "Journalism, not legal advice: exporters must check the EAR and their own licences.",
        Title => "Where can the NVIDIA H200 legally go?",
        ViewExport => "US export licence",
        ViewImport => "Import into the country",
        ViewLabel => "Map shows",
        Legend => "Legend",
        Close => "Close",
        ExportHeading => "Export from the United States (EAR, ECCN 3A090.a)",
        ImportHeading => "Import into the country",
        Since => "since",
        Conditions => "Conditions",
        Sources => "Sources",
        History => "History",
        Rule => "Rule",
        AsOf => "Situation on",
        FactsUpTo => "facts checked up to",
        ClickHint => "Tap or click a country for its rules and sources.",
        NoData => "No data",
        MapLabel => "World map (choropleth, Equal Earth projection)",
        OpensNewTab => "(opens in a new tab)",
        DateLabel => "Date shown",
        Play => "Play the timeline",
        Pause => "Pause",
        Compare => "Compare two dates",
        DateA => "From",
        DateB => "to",
        Changes => "What changed",
        NoChanges => "No country changed status between these dates.",
        Unchanged => "Unchanged",
        Search => "Find a country",
        SearchPlaceholder => "Country, e.g. China, Macao, CN",
        NoMatch => "No country found",
        ZoomIn => "Zoom in",
        ZoomOut => "Zoom out",
        ZoomGroup => "Zoom the map",
        ModeGroup => "Map or table",
        Regions => "Regions",
        ShowMap => "Map",
        ShowTable => "Table",
        Country => "Country",
        Filter => "Show",
        All => "All statuses",
        Download => "Download",
        Share => "Link to this view",
        NeverEnforced => "published, never enforced",
        Details => "Details",
        Credit => "Map: Natural Earth (public domain), Equal Earth projection. Data: see each country's sources.",
        DataLanguage => "",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::NoLicenseRequired => "No licence required",
        Status::LicenseRequired => "Licence required",
        Status::CaseByCase => "Licence, case-by-case review",
        Status::PresumptionOfDenial => "Licence, presumption of denial",
        Status::Embargoed => "Embargo",
        Status::NoRestrictionKnown => "No import restriction known",
        Status::PermitRequired => "Permit required",
        Status::Restricted => "Restricted",
        Status::Blocked => "Blocked",
        Status::NotApplicable => "Not applicable: the exporting country",
        Status::NotResearched => "Not researched",
    }
}

fn region(r: Region) -> &'static str {
    match r {
        Region::World => "World",
        Region::Asia => "Asia",
        Region::MiddleEast => "Middle East",
        Region::Europe => "Europe",
        Region::Americas => "Americas",
        Region::Africa => "Africa",
    }
}
