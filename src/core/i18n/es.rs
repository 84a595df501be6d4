//! Spanish words (see the module docs of [`super`]).

use super::{Key, Table};
use crate::core::model::Status;
use crate::core::view::Region;

pub(super) const TABLE: Table = Table {
    text,
    status,
    region,
    reported: "Informado",
    unconfirmed: "No confirmado",
    undated: "sin fecha",
    months: [
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
    ],
    short_months: [
        "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic",
    ],
    colon: ": ",
    date: |day, month, year| format!("{day} de {month} de {year}"),
    short_date: |day, month, year| format!("{day} {month} {year}"),
    month_year: |month, year| format!("{month} de {year}"),
    since_at_least: |date| format!(" al menos desde el {date}"),
};

fn text(key: Key) -> &'static str {
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
        ZoomGroup => "Acercar o alejar el mapa",
        ModeGroup => "Mapa o tabla",
        Regions => "Regiones",
        ShowMap => "Mapa",
        ShowTable => "Tabla",
        Country => "País",
        Filter => "Mostrar",
        All => "Todas las situaciones",
        Download => "Descargar",
        Share => "Enlace a esta vista",
        NeverEnforced => "publicada, nunca aplicada",
        Details => "Detalles",
        Credit => "Mapa: Natural Earth (dominio público), proyección Equal Earth. Datos: véanse las fuentes de cada país.",
        DataLanguage => "Textos de las normas en inglés.",
    }
}

fn status(s: Status) -> &'static str {
    match s {
        Status::NoLicenseRequired => "No se requiere licencia",
        Status::LicenseRequired => "Licencia requerida",
        Status::CaseByCase => "Licencia, examen caso por caso",
        Status::PresumptionOfDenial => "Licencia, presunción de denegación",
        Status::Embargoed => "Embargo",
        Status::NoRestrictionKnown => "Ninguna restricción conocida",
        Status::PermitRequired => "Permiso requerido",
        Status::Restricted => "Restringida",
        Status::Blocked => "Bloqueada",
        Status::NotApplicable => "No aplicable: país exportador",
        Status::NotResearched => "No investigado",
    }
}

fn region(r: Region) -> &'static str {
    match r {
        Region::World => "Mundo",
        Region::Asia => "Asia",
        Region::MiddleEast => "Oriente Medio",
        Region::Europe => "Europa",
        Region::Americas => "Américas",
        Region::Africa => "África",
    }
}
