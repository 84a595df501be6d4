//! French words (see the module docs of [`super`]).

use super::{Key, Table};
use crate::core::model::Status;
use crate::core::view::Region;

pub(super) const TABLE: Table = Table {
    text,
    status,
    region,
    reported: "Rapporté",
    unconfirmed: "Non confirmé",
    undated: "non daté",
    months: [
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
    ],
    short_months: [
        "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
        "déc.",
    ],
    colon: " : ",
    date: |day, month, year| match day {
        1 => format!("1er {month} {year}"),
        _ => format!("{day} {month} {year}"),
    },
    short_date: |day, month, year| format!("{day} {month} {year}"),
    month_year: |month, year| format!("{month} {year}"),
    since_at_least: |date| format!(" au moins depuis le {date}"),
};

fn text(key: Key) -> &'static str {
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
        ZoomGroup => "Zoomer la carte",
        ModeGroup => "Carte ou tableau",
        Regions => "Régions",
        ShowMap => "Carte",
        ShowTable => "Tableau",
        Country => "Pays",
        Filter => "Afficher",
        All => "Tous les statuts",
        Download => "Télécharger",
        Share => "Lien vers cette vue",
        NeverEnforced => "publiée, jamais appliquée",
        Details => "Détails",
        Credit => "Carte : Natural Earth (domaine public), projection Equal Earth. Données : voir les sources de chaque pays.",
        DataLanguage => "",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::NoLicenseRequired => "Pas de licence requise",
        Status::LicenseRequired => "Licence requise",
        Status::CaseByCase => "Licence, examen au cas par cas",
        Status::PresumptionOfDenial => "Licence, présomption de refus",
        Status::Embargoed => "Embargo",
        Status::NoRestrictionKnown => "Aucune restriction connue",
        Status::PermitRequired => "Permis requis",
        Status::Restricted => "Restreinte",
        Status::Blocked => "Bloquée",
        Status::NotApplicable => "Sans objet : pays exportateur",
        Status::NotResearched => "Non étudié",
    }
}

fn region(r: Region) -> &'static str {
    match r {
        Region::World => "Monde",
        Region::Asia => "Asie",
        Region::MiddleEast => "Moyen-Orient",
        Region::Europe => "Europe",
        Region::Americas => "Amériques",
        Region::Africa => "Afrique",
    }
}
