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
    /// German (UI only; rule texts fall back to English).
    De,
    /// Spanish (UI only; rule texts fall back to English).
    Es,
}

impl Lang {
    /// Picks a language from a BCP 47 tag (`fr`, `fr-CA`, `en-GB`); `None` if unsupported.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        match primary.as_str() {
            "fr" => Some(Lang::Fr),
            "en" => Some(Lang::En),
            "de" => Some(Lang::De),
            "es" => Some(Lang::Es),
            _ => None,
        }
    }

    /// BCP 47 tag.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
            Lang::De => "de",
            Lang::Es => "es",
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
    Details,
    Credit,
    DataLanguage,
    NoSource,
    AfterAsOf,
}

/// A fixed UI string.
pub fn t(lang: Lang, key: Key) -> &'static str {
    match lang {
        Lang::En => en(key),
        Lang::Fr => fr(key),
        Lang::De => de(key),
        Lang::Es => es(key),
    }
}

fn en(key: Key) -> &'static str {
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
        NextChange => "next known change",
        Until => "until",
        Today => "today",
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
        Regions => "Regions",
        ShowMap => "Map",
        ShowTable => "Table",
        Country => "Country",
        Filter => "Show",
        All => "All statuses",
        Download => "Download",
        Share => "Link to this view",
        Copied => "Link copied",
        SortBy => "Sort by",
        Summary => "Summary",
        Selected => "Selected",
        NeverEnforced => "published, never enforced",
        Details => "Details",
        Credit => "Map: Natural Earth (public domain), Equal Earth projection. Data: see each country's sources.",
        DataLanguage => "",
    }
}

fn fr(key: Key) -> &'static str {
    use Key::*;
    match key {
        AfterAsOf => "des changements ultérieurs peuvent manquer : faits vérifiés jusqu'au",
        NoSource => "Aucune source : personne n'a encore étudié les règles d'importation de ce pays.",
        NotLegalAdvice => "Information journalistique, pas un avis juridique : les exportateurs doivent vérifier l'EAR et leurs licences.",
        Title => "Où la puce NVIDIA H200 peut-elle légalement aller ?",
        ViewExport => "Licence d'export américaine",
        ViewImport => "Importation dans le pays",
        ViewLabel => "La carte montre",
        Legend => "Légende",
        Close => "Fermer",
        ExportHeading => "Exportation depuis les États-Unis (EAR, ECCN 3A090.a)",
        ImportHeading => "Importation dans le pays",
        Since => "depuis le",
        Conditions => "Conditions",
        Sources => "Sources",
        History => "Historique",
        Rule => "Règle",
        AsOf => "Situation au",
        FactsUpTo => "faits vérifiés jusqu'au",
        ClickHint => "Touchez ou cliquez un pays pour ses règles et ses sources.",
        NoData => "Pas de données",
        MapLabel => "Carte du monde (choroplèthe, projection Equal Earth)",
        NextChange => "prochain changement connu",
        Until => "jusqu'au",
        Today => "aujourd'hui",
        OpensNewTab => "(s'ouvre dans un nouvel onglet)",
        DateLabel => "Date affichée",
        Play => "Lire la chronologie",
        Pause => "Pause",
        Compare => "Comparer deux dates",
        DateA => "Du",
        DateB => "au",
        Changes => "Ce qui a changé",
        NoChanges => "Aucun pays n'a changé de statut entre ces dates.",
        Unchanged => "Inchangé",
        Search => "Trouver un pays",
        SearchPlaceholder => "Pays, par ex. Chine, Macao, CN",
        NoMatch => "Aucun pays trouvé",
        ZoomIn => "Zoomer",
        ZoomOut => "Dézoomer",
        Regions => "Régions",
        ShowMap => "Carte",
        ShowTable => "Tableau",
        Country => "Pays",
        Filter => "Afficher",
        All => "Tous les statuts",
        Download => "Télécharger",
        Share => "Lien vers cette vue",
        Copied => "Lien copié",
        SortBy => "Trier par",
        Summary => "Résumé",
        Selected => "Sélection",
        NeverEnforced => "publiée, jamais appliquée",
        Details => "Détails",
        Credit => "Carte : Natural Earth (domaine public), projection Equal Earth. Données : voir les sources de chaque pays.",
        DataLanguage => "",
    }
}

fn de(key: Key) -> &'static str {
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
        NextChange => "nächste bekannte Änderung",
        Until => "bis",
        Today => "heute",
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
        Regions => "Regionen",
        ShowMap => "Karte",
        ShowTable => "Tabelle",
        Country => "Land",
        Filter => "Anzeigen",
        All => "Alle Status",
        Download => "Herunterladen",
        Share => "Link zu dieser Ansicht",
        Copied => "Link kopiert",
        SortBy => "Sortieren nach",
        Summary => "Zusammenfassung",
        Selected => "Auswahl",
        NeverEnforced => "veröffentlicht, nie angewandt",
        Details => "Details",
        Credit => "Karte: Natural Earth (gemeinfrei), Equal-Earth-Projektion. Daten: siehe die Quellen jedes Landes.",
        DataLanguage => "Regeltexte auf Englisch.",
    }
}

fn es(key: Key) -> &'static str {
    use Key::*;
    match key {
        AfterAsOf => "pueden faltar cambios posteriores: hechos verificados hasta el",
        NoSource => "Sin fuente: nadie ha investigado todavía las normas de importación de este país.",
        NotLegalAdvice => "Periodismo, no asesoría jurídica: los exportadores deben verificar las EAR y sus propias licencias.",
        Title => "¿Adónde puede ir legalmente el chip NVIDIA H200?",
        ViewExport => "Licencia de exportación de EE. UU.",
        ViewImport => "Importación al país",
        ViewLabel => "El mapa muestra",
        Legend => "Leyenda",
        Close => "Cerrar",
        ExportHeading => "Exportación desde Estados Unidos (EAR, ECCN 3A090.a)",
        ImportHeading => "Importación al país",
        Since => "desde el",
        Conditions => "Condiciones",
        Sources => "Fuentes",
        History => "Historial",
        Rule => "Norma",
        AsOf => "Situación al",
        FactsUpTo => "hechos verificados hasta el",
        ClickHint => "Toque o haga clic en un país para ver sus normas y fuentes.",
        NoData => "Sin datos",
        MapLabel => "Mapa del mundo (coropletas, proyección Equal Earth)",
        NextChange => "próximo cambio conocido",
        Until => "hasta el",
        Today => "hoy",
        OpensNewTab => "(se abre en una pestaña nueva)",
        DateLabel => "Fecha mostrada",
        Play => "Reproducir la cronología",
        Pause => "Pausa",
        Compare => "Comparar dos fechas",
        DateA => "Del",
        DateB => "al",
        Changes => "Qué cambió",
        NoChanges => "Ningún país cambió de situación entre estas fechas.",
        Unchanged => "Sin cambios",
        Search => "Buscar un país",
        SearchPlaceholder => "País, p. ej. China, Macao, CN",
        NoMatch => "Ningún país encontrado",
        ZoomIn => "Acercar",
        ZoomOut => "Alejar",
        Regions => "Regiones",
        ShowMap => "Mapa",
        ShowTable => "Tabla",
        Country => "País",
        Filter => "Mostrar",
        All => "Todas las situaciones",
        Download => "Descargar",
        Share => "Enlace a esta vista",
        Copied => "Enlace copiado",
        SortBy => "Ordenar por",
        Summary => "Resumen",
        Selected => "Selección",
        NeverEnforced => "publicada, nunca aplicada",
        Details => "Detalles",
        Credit => "Mapa: Natural Earth (dominio público), proyección Equal Earth. Datos: véanse las fuentes de cada país.",
        DataLanguage => "Textos de las normas en inglés.",
    }
}

/// A country's display name from a code → name map, or the code itself when missing.
pub fn name_of(names: &std::collections::HashMap<String, String>, iso: &str) -> String {
    names.get(iso).cloned().unwrap_or_else(|| iso.to_string())
}

/// The separator before a value: " : " in French typography, ": " elsewhere.
pub fn colon(lang: Lang) -> &'static str {
    if lang == Lang::Fr {
        " : "
    } else {
        ": "
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
        (Lang::De, Status::NoLicenseRequired) => "Keine Lizenz erforderlich",
        (Lang::De, Status::LicenseRequired) => "Lizenz erforderlich",
        (Lang::De, Status::CaseByCase) => "Lizenz, Einzelfallprüfung",
        (Lang::De, Status::PresumptionOfDenial) => "Lizenz, Ablehnungsvermutung",
        (Lang::De, Status::Embargoed) => "Embargo",
        (Lang::De, Status::NoRestrictionKnown) => "Keine Einfuhrbeschränkung bekannt",
        (Lang::De, Status::PermitRequired) => "Genehmigung erforderlich",
        (Lang::De, Status::Restricted) => "Eingeschränkt",
        (Lang::De, Status::Blocked) => "Blockiert",
        (Lang::Es, Status::NoLicenseRequired) => "No se requiere licencia",
        (Lang::Es, Status::LicenseRequired) => "Licencia requerida",
        (Lang::Es, Status::CaseByCase) => "Licencia, examen caso por caso",
        (Lang::Es, Status::PresumptionOfDenial) => "Licencia, presunción de denegación",
        (Lang::Es, Status::Embargoed) => "Embargo",
        (Lang::Es, Status::NoRestrictionKnown) => "Ninguna restricción conocida",
        (Lang::Es, Status::PermitRequired) => "Permiso requerido",
        (Lang::Es, Status::Restricted) => "Restringida",
        (Lang::Es, Status::Blocked) => "Bloqueada",
        (Lang::En, Status::NotApplicable) => "Not applicable: the exporting country",
        (Lang::Fr, Status::NotApplicable) => "Sans objet : pays exportateur",
        (Lang::De, Status::NotApplicable) => "Entfällt: Ausfuhrland",
        (Lang::Es, Status::NotApplicable) => "No aplicable: país exportador",
        (Lang::En, Status::NotResearched) => "Not researched",
        (Lang::Fr, Status::NotResearched) => "Non étudié",
        (Lang::De, Status::NotResearched) => "Nicht recherchiert",
        (Lang::Es, Status::NotResearched) => "No investigado",
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
        (Lang::De, Confidence::Reported) => Some("Berichtet"),
        (Lang::De, Confidence::Unconfirmed) => Some("Unbestätigt"),
        (Lang::Es, Confidence::Reported) => Some("Informado"),
        (Lang::Es, Confidence::Unconfirmed) => Some("No confirmado"),
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
        (Lang::De, World) => "Welt",
        (Lang::De, Asia) => "Asien",
        (Lang::De, MiddleEast) => "Naher Osten",
        (Lang::De, Europe) => "Europa",
        (Lang::De, Americas) => "Amerika",
        (Lang::De, Africa) => "Afrika",
        (Lang::Es, World) => "Mundo",
        (Lang::Es, Asia) => "Asia",
        (Lang::Es, MiddleEast) => "Oriente Medio",
        (Lang::Es, Europe) => "Europa",
        (Lang::Es, Americas) => "Américas",
        (Lang::Es, Africa) => "África",
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
        Lang::De => format!("{day}. {} {y}", &MONTHS_DE[i][..3]),
        Lang::Es => format!("{day} {} {y}", &MONTHS_ES[i][..3]),
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
const MONTHS_DE: [&str; 12] = [
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
];
const MONTHS_ES: [&str; 12] = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
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
        Lang::De => format!("{day}. {} {y}", MONTHS_DE[i]),
        Lang::Es => format!("{day} de {} de {y}", MONTHS_ES[i]),
    }
}

/// A source's publication date at its own precision: "15 January 2026", "January 2026",
/// "2024", or "undated" / "non daté".
pub fn format_pub_date(lang: Lang, d: PubDate) -> String {
    match (lang, d) {
        (_, PubDate::Day(day)) => format_date(lang, day),
        (Lang::En, PubDate::Month(y, m)) => format!("{} {y}", MONTHS_EN[usize::from(m) - 1]),
        (Lang::Fr, PubDate::Month(y, m)) => format!("{} {y}", MONTHS_FR[usize::from(m) - 1]),
        (Lang::De, PubDate::Month(y, m)) => format!("{} {y}", MONTHS_DE[usize::from(m) - 1]),
        (Lang::Es, PubDate::Month(y, m)) => format!("{} de {y}", MONTHS_ES[usize::from(m) - 1]),
        (_, PubDate::Year(y)) => y.to_string(),
        (Lang::En, PubDate::Undated) => "undated".to_string(),
        (Lang::Fr, PubDate::Undated) => "non daté".to_string(),
        (Lang::De, PubDate::Undated) => "undatiert".to_string(),
        (Lang::Es, PubDate::Undated) => "sin fecha".to_string(),
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
