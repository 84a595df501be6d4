//! UI languages: every string the reader sees, in French and English, plus dates and
//! country names (from the browser's CLDR data through `Intl.DisplayNames`).

use wasm_bindgen::prelude::*;

use crate::core::date::{Date, PubDate};
use crate::core::model::{Axis, Confidence, Status};

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English (the fallback).
    En,
    /// French.
    Fr,
}

impl Lang {
    /// Picks a language from a BCP 47 tag (`fr`, `fr-CA`, `en-GB`); `None` if unsupported.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }
}

/// Keys of fixed UI strings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Title,
    ViewExport,
    ViewImport,
    ViewLabel,
    Legend,
    Close,
    ExportHeading,
    ImportHeading,
    Since,
    Conditions,
    Sources,
    History,
    Rule,
    AsOf,
    FactsUpTo,
    Reviewed,
    NotLegalAdvice,
    ClickHint,
    NoData,
    MapLabel,
    NextChange,
    Until,
    Today,
    OpensNewTab,
    DateLabel,
    Play,
    Pause,
    Compare,
    DateA,
    DateB,
    Changes,
    NoChanges,
    Unchanged,
    Search,
    SearchPlaceholder,
    NoMatch,
    ZoomIn,
    ZoomOut,
    Regions,
    ShowMap,
    ShowTable,
    Country,
    Filter,
    All,
    Download,
    Share,
    Copied,
    SortBy,
    Summary,
    Selected,
    NeverEnforced,
}

/// A fixed UI string.
pub fn t(lang: Lang, key: Key) -> &'static str {
    use Key::*;
    match (lang, key) {
        (Lang::En, Title) => "Where can the NVIDIA H200 legally go?",
        (Lang::Fr, Title) => "Où la puce NVIDIA H200 peut-elle légalement aller ?",
        (Lang::En, ViewExport) => "US export licence",
        (Lang::Fr, ViewExport) => "Licence d'export américaine",
        (Lang::En, ViewImport) => "Import into the country",
        (Lang::Fr, ViewImport) => "Importation dans le pays",
        (Lang::En, ViewLabel) => "Map shows",
        (Lang::Fr, ViewLabel) => "La carte montre",
        (Lang::En, Legend) => "Legend",
        (Lang::Fr, Legend) => "Légende",
        (Lang::En, Close) => "Close",
        (Lang::Fr, Close) => "Fermer",
        (Lang::En, ExportHeading) => "Export from the United States (EAR, ECCN 3A090.a)",
        (Lang::Fr, ExportHeading) => "Exportation depuis les États-Unis (EAR, ECCN 3A090.a)",
        (Lang::En, ImportHeading) => "Import into the country",
        (Lang::Fr, ImportHeading) => "Importation dans le pays",
        (Lang::En, Since) => "since",
        (Lang::Fr, Since) => "depuis le",
        (Lang::En, Conditions) => "Conditions",
        (Lang::Fr, Conditions) => "Conditions",
        (Lang::En, Sources) => "Sources",
        (Lang::Fr, Sources) => "Sources",
        (Lang::En, History) => "History",
        (Lang::Fr, History) => "Historique",
        (Lang::En, Rule) => "Rule",
        (Lang::Fr, Rule) => "Règle",
        (Lang::En, AsOf) => "Situation on",
        (Lang::Fr, AsOf) => "Situation au",
        (Lang::En, FactsUpTo) => "facts checked up to",
        (Lang::Fr, FactsUpTo) => "faits vérifiés jusqu'au",
        (Lang::En, Reviewed) => "reviewed",
        (Lang::Fr, Reviewed) => "revu le",
        (Lang::En, NotLegalAdvice) => {
            "Journalism, not legal advice: exporters must check the EAR and their own licences."
        }
        (Lang::Fr, NotLegalAdvice) => {
            "Information journalistique, pas un avis juridique : les exportateurs doivent vérifier l'EAR et leurs licences."
        }
        (Lang::En, ClickHint) => "Tap or click a country for its rules and sources.",
        (Lang::Fr, ClickHint) => "Touchez ou cliquez un pays pour ses règles et ses sources.",
        (Lang::En, NoData) => "No data",
        (Lang::Fr, NoData) => "Pas de données",
        (Lang::En, MapLabel) => "World map (choropleth, Equal Earth projection)",
        (Lang::Fr, MapLabel) => "Carte du monde (choroplèthe, projection Equal Earth)",
        (Lang::En, NextChange) => "next known change",
        (Lang::Fr, NextChange) => "prochain changement connu",
        (Lang::En, Until) => "until",
        (Lang::Fr, Until) => "jusqu'au",
        (Lang::En, Today) => "today",
        (Lang::Fr, Today) => "aujourd'hui",
        (Lang::En, OpensNewTab) => "(opens in a new tab)",
        (Lang::Fr, OpensNewTab) => "(s'ouvre dans un nouvel onglet)",
        (Lang::En, DateLabel) => "Date shown",
        (Lang::Fr, DateLabel) => "Date affichée",
        (Lang::En, Play) => "Play the timeline",
        (Lang::Fr, Play) => "Lire la chronologie",
        (Lang::En, Pause) => "Pause",
        (Lang::Fr, Pause) => "Pause",
        (Lang::En, Compare) => "Compare two dates",
        (Lang::Fr, Compare) => "Comparer deux dates",
        (Lang::En, DateA) => "From",
        (Lang::Fr, DateA) => "Du",
        (Lang::En, DateB) => "to",
        (Lang::Fr, DateB) => "au",
        (Lang::En, Changes) => "What changed",
        (Lang::Fr, Changes) => "Ce qui a changé",
        (Lang::En, NoChanges) => "No country changed status between these dates.",
        (Lang::Fr, NoChanges) => "Aucun pays n'a changé de statut entre ces dates.",
        (Lang::En, Unchanged) => "Unchanged",
        (Lang::Fr, Unchanged) => "Inchangé",
        (Lang::En, Search) => "Find a country",
        (Lang::Fr, Search) => "Trouver un pays",
        (Lang::En, SearchPlaceholder) => "Country, e.g. China, Macao, CN",
        (Lang::Fr, SearchPlaceholder) => "Pays, par ex. Chine, Macao, CN",
        (Lang::En, NoMatch) => "No country found",
        (Lang::Fr, NoMatch) => "Aucun pays trouvé",
        (Lang::En, ZoomIn) => "Zoom in",
        (Lang::Fr, ZoomIn) => "Zoomer",
        (Lang::En, ZoomOut) => "Zoom out",
        (Lang::Fr, ZoomOut) => "Dézoomer",
        (Lang::En, Regions) => "Regions",
        (Lang::Fr, Regions) => "Régions",
        (Lang::En, ShowMap) => "Map",
        (Lang::Fr, ShowMap) => "Carte",
        (Lang::En, ShowTable) => "Table",
        (Lang::Fr, ShowTable) => "Tableau",
        (Lang::En, Country) => "Country",
        (Lang::Fr, Country) => "Pays",
        (Lang::En, Filter) => "Show",
        (Lang::Fr, Filter) => "Afficher",
        (Lang::En, All) => "All statuses",
        (Lang::Fr, All) => "Tous les statuts",
        (Lang::En, Download) => "Download",
        (Lang::Fr, Download) => "Télécharger",
        (Lang::En, Share) => "Link to this view",
        (Lang::Fr, Share) => "Lien vers cette vue",
        (Lang::En, Copied) => "Link copied",
        (Lang::Fr, Copied) => "Lien copié",
        (Lang::En, SortBy) => "Sort by",
        (Lang::Fr, SortBy) => "Trier par",
        (Lang::En, Summary) => "Summary",
        (Lang::Fr, Summary) => "Résumé",
        (Lang::En, Selected) => "Selected",
        (Lang::Fr, Selected) => "Sélection",
        (Lang::En, NeverEnforced) => "published, never enforced",
        (Lang::Fr, NeverEnforced) => "publiée, jamais appliquée",
    }
}

/// The status in words (legend, tooltip, panel).
pub fn status_label(lang: Lang, s: Status) -> &'static str {
    match (lang, s) {
        (Lang::En, Status::NoLicenseRequired) => "No licence required",
        (Lang::Fr, Status::NoLicenseRequired) => "Pas de licence requise",
        (Lang::En, Status::LicenseRequired) => "Licence required",
        (Lang::Fr, Status::LicenseRequired) => "Licence requise",
        (Lang::En, Status::CaseByCase) => "Licence, case-by-case review",
        (Lang::Fr, Status::CaseByCase) => "Licence, examen au cas par cas",
        (Lang::En, Status::PresumptionOfDenial) => "Licence, presumption of denial",
        (Lang::Fr, Status::PresumptionOfDenial) => "Licence, présomption de refus",
        (Lang::En, Status::Embargoed) => "Embargo",
        (Lang::Fr, Status::Embargoed) => "Embargo",
        (Lang::En, Status::NoRestrictionKnown) => "No import restriction known",
        (Lang::Fr, Status::NoRestrictionKnown) => "Aucune restriction connue",
        (Lang::En, Status::PermitRequired) => "Permit required",
        (Lang::Fr, Status::PermitRequired) => "Permis requis",
        (Lang::En, Status::Restricted) => "Restricted",
        (Lang::Fr, Status::Restricted) => "Restreinte",
        (Lang::En, Status::Blocked) => "Blocked",
        (Lang::Fr, Status::Blocked) => "Bloquée",
    }
}

/// The confidence in words; `None` for `confirmed` (shown without a badge).
pub fn confidence_label(lang: Lang, c: Confidence) -> Option<&'static str> {
    match (lang, c) {
        (_, Confidence::Confirmed) => None,
        (Lang::En, Confidence::Reported) => Some("Reported"),
        (Lang::Fr, Confidence::Reported) => Some("Rapporté"),
        (Lang::En, Confidence::Unconfirmed) => Some("Unconfirmed"),
        (Lang::Fr, Confidence::Unconfirmed) => Some("Non confirmé"),
    }
}

/// A region preset's name.
pub fn region_label(lang: Lang, r: crate::core::view::Region) -> &'static str {
    use crate::core::view::Region::*;
    match (lang, r) {
        (Lang::En, World) => "World",
        (Lang::Fr, World) => "Monde",
        (Lang::En, Asia) => "Asia",
        (Lang::Fr, Asia) => "Asie",
        (Lang::En, MiddleEast) => "Middle East",
        (Lang::Fr, MiddleEast) => "Moyen-Orient",
        (Lang::En, Europe) => "Europe",
        (Lang::Fr, Europe) => "Europe",
        (Lang::En, Americas) => "Americas",
        (Lang::Fr, Americas) => "Amériques",
        (Lang::En, Africa) => "Africa",
        (Lang::Fr, Africa) => "Afrique",
    }
}

/// A short date: "15 Jan 2026" / "15 janv. 2026" (slider ticks, table).
pub fn format_short_date(lang: Lang, d: Date) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    const FR: [&str; 12] = [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ];
    let (y, m, day) = d.ymd();
    let i = usize::from(m) - 1;
    match lang {
        Lang::En => format!("{day} {} {y}", EN[i]),
        Lang::Fr => format!("{day} {} {y}", FR[i]),
    }
}

/// Folds a string for search: Unicode decomposition by the browser (NFD), combining
/// marks removed, then [`crate::core::search::fold_ascii`].
pub fn fold(s: &str) -> String {
    let nfd: String = js_sys::JsString::from(s).normalize("NFD").into();
    let stripped: String = nfd
        .chars()
        .filter(|c| !('\u{300}'..='\u{36f}').contains(c))
        .collect();
    crate::core::search::fold_ascii(&stripped)
}

/// The axis name (view switch).
pub fn axis_label(lang: Lang, axis: Axis) -> &'static str {
    match axis {
        Axis::Export => t(lang, Key::ViewExport),
        Axis::Import => t(lang, Key::ViewImport),
    }
}

const MONTHS_EN: [&str; 12] = [
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
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];

/// A date in words: "15 January 2026" / "15 janvier 2026" ("1er" in French).
pub fn format_date(lang: Lang, d: Date) -> String {
    let (y, m, day) = d.ymd();
    let i = usize::from(m) - 1;
    match lang {
        Lang::En => format!("{day} {} {y}", MONTHS_EN[i]),
        Lang::Fr if day == 1 => format!("1er {} {y}", MONTHS_FR[i]),
        Lang::Fr => format!("{day} {} {y}", MONTHS_FR[i]),
    }
}

/// A source's publication date at its own precision: "15 January 2026", "January 2026",
/// "2024", or "undated" / "non daté".
pub fn format_pub_date(lang: Lang, d: PubDate) -> String {
    match (lang, d) {
        (_, PubDate::Day(day)) => format_date(lang, day),
        (Lang::En, PubDate::Month(y, m)) => format!("{} {y}", MONTHS_EN[usize::from(m) - 1]),
        (Lang::Fr, PubDate::Month(y, m)) => format!("{} {y}", MONTHS_FR[usize::from(m) - 1]),
        (_, PubDate::Year(y)) => y.to_string(),
        (Lang::En, PubDate::Undated) => "undated".to_string(),
        (Lang::Fr, PubDate::Undated) => "non daté".to_string(),
    }
}

#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_namespace = Intl, js_name = DisplayNames)]
    type DisplayNames;

    #[wasm_bindgen(constructor, js_namespace = Intl, js_class = "DisplayNames", catch)]
    fn new(locales: &JsValue, options: &JsValue) -> Result<DisplayNames, JsValue>;

    #[wasm_bindgen(method, catch)]
    fn of(this: &DisplayNames, code: &str) -> Result<JsValue, JsValue>;
}

/// Country names in one language from the browser's CLDR data, with the Natural Earth
/// English name as fallback.
pub struct CountryNames {
    names: Option<DisplayNames>,
}

impl CountryNames {
    /// Names for `lang`.
    pub fn new(lang: Lang) -> CountryNames {
        let opts = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&opts, &"type".into(), &"region".into());
        let _ = js_sys::Reflect::set(&opts, &"fallback".into(), &"none".into());
        let names = DisplayNames::new(&JsValue::from_str(lang.tag()), &opts).ok();
        CountryNames { names }
    }

    /// The name of `iso`, or `fallback` when the browser has none.
    pub fn name(&self, iso: &str, fallback: &str) -> String {
        self.names
            .as_ref()
            .and_then(|n| n.of(iso).ok())
            .and_then(|v| v.as_string())
            .filter(|s| !s.is_empty() && s != iso)
            .unwrap_or_else(|| fallback.to_string())
    }
}
