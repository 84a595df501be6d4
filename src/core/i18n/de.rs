//! German words (see the module docs of [`super`]).

use super::{Key, Table};
use crate::core::model::Status;
use crate::core::view::Region;

pub(super) const TABLE: Table = Table {
    text,
    status,
    region,
    reported: "Berichtet",
    unconfirmed: "Unbestätigt",
    undated: "undatiert",
    months: [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
    // CLDR's German abbreviations ("März", "Juni" and "Juli" are not cut).
    short_months: [
        "Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.",
        "Dez.",
    ],
    colon: ": ",
    date: |day, month, year| format!("{day}. {month} {year}"),
    short_date: |day, month, year| format!("{day}. {month} {year}"),
    month_year: |month, year| format!("{month} {year}"),
    since_at_least: |date| format!(" mindestens seit {date}"),
};

fn text(key: Key) -> &'static str {
    use Key::*;
    match key {
        AfterAsOf => "spätere Änderungen können fehlen: Fakten geprüft bis",
        NoSource => "Keine Quelle: Die Einfuhrregeln dieses Landes wurden noch nicht recherchiert.",
        NotLegalAdvice => "Journalismus, keine Rechtsberatung: Exporteure müssen die EAR und ihre eigenen Lizenzen prüfen.",
        Title => "Wohin darf der NVIDIA-Chip H200 legal?",
        ViewExport => "US-Exportlizenz",
        ViewImport => "Einfuhr in das Land",
        ViewLabel => "Die Karte zeigt",
        Legend => "Legende",
        Close => "Schließen",
        ExportHeading => "Ausfuhr aus den USA (EAR, ECCN 3A090.a)",
        ImportHeading => "Einfuhr in das Land",
        Since => "seit",
        Conditions => "Bedingungen",
        Sources => "Quellen",
        History => "Verlauf",
        Rule => "Regel",
        AsOf => "Stand",
        FactsUpTo => "Fakten geprüft bis",
        ClickHint => "Tippen oder klicken Sie auf ein Land für Regeln und Quellen.",
        NoData => "Keine Daten",
        MapLabel => "Weltkarte (Choroplethenkarte, Equal-Earth-Projektion)",
        OpensNewTab => "(öffnet in neuem Tab)",
        DateLabel => "Angezeigtes Datum",
        Play => "Zeitleiste abspielen",
        Pause => "Pause",
        Compare => "Zwei Daten vergleichen",
        DateA => "Vom",
        DateB => "bis",
        Changes => "Was sich geändert hat",
        NoChanges => "Zwischen diesen Daten hat kein Land seinen Status geändert.",
        Unchanged => "Unverändert",
        Search => "Land suchen",
        SearchPlaceholder => "Land, z. B. China, Macau, CN",
        NoMatch => "Kein Land gefunden",
        ZoomIn => "Vergrößern",
        ZoomOut => "Verkleinern",
        ZoomGroup => "Karte zoomen",
        ModeGroup => "Karte oder Tabelle",
        Regions => "Regionen",
        ShowMap => "Karte",
        ShowTable => "Tabelle",
        Country => "Land",
        Filter => "Anzeigen",
        All => "Alle Status",
        Download => "Herunterladen",
        Share => "Link zu dieser Ansicht",
        NeverEnforced => "veröffentlicht, nie angewandt",
        Details => "Details",
        Credit => "Karte: Natural Earth (gemeinfrei), Equal-Earth-Projektion. Daten: siehe die Quellen jedes Landes.",
        DataLanguage => "Regeltexte auf Englisch.",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::NoLicenseRequired => "Keine Lizenz erforderlich",
        Status::LicenseRequired => "Lizenz erforderlich",
        Status::CaseByCase => "Lizenz, Einzelfallprüfung",
        Status::PresumptionOfDenial => "Lizenz, Ablehnungsvermutung",
        Status::Embargoed => "Embargo",
        Status::NoRestrictionKnown => "Keine Einfuhrbeschränkung bekannt",
        Status::PermitRequired => "Genehmigung erforderlich",
        Status::Restricted => "Eingeschränkt",
        Status::Blocked => "Blockiert",
        Status::NotApplicable => "Entfällt: Ausfuhrland",
        Status::NotResearched => "Nicht recherchiert",
    }
}

fn region(r: Region) -> &'static str {
    match r {
        Region::World => "Welt",
        Region::Asia => "Asien",
        Region::MiddleEast => "Naher Osten",
        Region::Europe => "Europa",
        Region::Americas => "Amerika",
        Region::Africa => "Afrika",
    }
}
