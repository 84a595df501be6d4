//! Sentences about the law around a status, composed from the words of [`super`]: named
//! exceptions ("Licence-free for: …, until …"), scheduled changes ("6 April 2027: end of
//! licence-free access for …"), how a source is known (a mirror, a text not read), the
//! "later changes may be missing" notice, and the scope of a correction.
//!
//! Dataset texts (parties, notes, corrections) exist in English and French: German and
//! Spanish use the English ones ([`Lang::pick`]).

use super::{colon, format_date, semicolon, status_label, t, Key, Lang};
use crate::core::date::Date;
use crate::core::engine::{Model, Scheduled, ScheduledChange};
use crate::core::model::{Access, Axis, Exception, SourceKind};
use crate::core::scheduled::FutureChange;

/// The heading of a rule's named exceptions: "Licence-free for" (export), "Exempt from this
/// rule" (import).
pub fn exceptions_heading(lang: Lang, axis: Axis) -> &'static str {
    match axis {
        Axis::Export => t(lang, Key::LicenceFreeFor),
        Axis::Import => t(lang, Key::ExemptFrom),
    }
}

/// A named exception: its party, and ", until 5 April 2027" when it has a last day.
pub fn exception_text(lang: Lang, e: &Exception) -> String {
    let party = lang.pick(&e.party_en, &e.party_fr);
    match e.to {
        Some(to) => format!("{party}, {} {}", t(lang, Key::Until), format_date(lang, to)),
        None => party.to_string(),
    }
}

/// The party of exception `index` of rule `rule`, in `lang` (empty if unknown).
fn party(lang: Lang, model: &Model, rule: &str, index: usize) -> String {
    model
        .rule(rule)
        .and_then(|r| r.exceptions.get(index))
        .map(|e| lang.pick(&e.party_en, &e.party_fr).to_string())
        .unwrap_or_default()
}

/// A scheduled change in words, without its date: "end of licence-free access for G42 and
/// Core42 (…), last day: 5 April 2027", "new status: Licence required", "joins Country
/// Group A:5".
pub fn scheduled_text(lang: Lang, model: &Model, axis: Axis, s: &Scheduled) -> String {
    let c = colon(lang);
    match &s.change {
        ScheduledChange::Status { after, .. } => {
            format!(
                "{}{c}{}",
                t(lang, Key::NewStatus),
                status_label(lang, *after)
            )
        }
        ScheduledChange::Rule { after, .. } => {
            let label = model
                .rule(after)
                .and_then(|r| r.instrument.as_deref())
                .and_then(|id| model.instrument(id))
                .map(|i| format!("{c}{}", lang.pick(&i.label_en, &i.label_fr)));
            format!("{}{}", t(lang, Key::NewRule), label.unwrap_or_default())
        }
        ScheduledChange::ExceptionStarts { rule, index } => {
            let key = match axis {
                Axis::Export => Key::ExceptionStartsExport,
                Axis::Import => Key::ExceptionStartsImport,
            };
            format!("{} {}", t(lang, key), party(lang, model, rule, *index))
        }
        ScheduledChange::ExceptionEnds { rule, index } => {
            let key = match axis {
                Axis::Export => Key::ExceptionEndsExport,
                Axis::Import => Key::ExceptionEndsImport,
            };
            format!(
                "{} {}, {}{c}{}",
                t(lang, key),
                party(lang, model, rule, *index),
                t(lang, Key::LastDay),
                format_date(lang, s.date.previous_day())
            )
        }
        ScheduledChange::JoinsGroup { group } => format!("{} {group}", t(lang, Key::JoinsGroup)),
        ScheduledChange::LeavesGroup { group } => {
            format!("{} {group}", t(lang, Key::LeavesGroup))
        }
    }
}

/// A scheduled change with its date: "6 April 2027: end of licence-free access for …".
pub fn scheduled_line(lang: Lang, model: &Model, axis: Axis, s: &Scheduled) -> String {
    format!(
        "{}{}{}",
        format_date(lang, s.date),
        colon(lang),
        scheduled_text(lang, model, axis, s)
    )
}

/// The label of a future tick on the slider: what changes that day, country by country,
/// "United Arab Emirates: end of licence-free access for …" (`name_of`: ISO code -> name
/// in `lang`); the same change in several countries is said once, after their names.
/// "Scheduled" alone when nothing shown changes that day.
pub fn future_label(
    lang: Lang,
    model: &Model,
    changes: &[FutureChange],
    name_of: &dyn Fn(&str) -> String,
) -> String {
    let mut lines: Vec<(String, Vec<String>)> = Vec::new();
    for c in changes {
        let text = scheduled_text(lang, model, c.axis, &c.scheduled);
        match lines.iter_mut().find(|(t, _)| *t == text) {
            Some((_, names)) => names.push(name_of(&c.iso)),
            None => lines.push((text, vec![name_of(&c.iso)])),
        }
    }
    if lines.is_empty() {
        return t(lang, Key::Scheduled).to_string();
    }
    lines
        .iter()
        .map(|(text, names)| format!("{}{}{text}", names.join(", "), colon(lang)))
        .collect::<Vec<_>>()
        .join(semicolon(lang))
}

/// A source's reliability class in words: "official text", "unofficial copy (mirror)", …
pub fn source_kind_label(lang: Lang, kind: SourceKind) -> &'static str {
    t(
        lang,
        match kind {
            SourceKind::Primary => Key::SourcePrimary,
            SourceKind::Mirror => Key::SourceMirror,
            SourceKind::Legal => Key::SourceLegal,
            SourceKind::News => Key::SourceNews,
            SourceKind::Aggregator => Key::SourceAggregator,
        },
    )
}

/// How a source not read is known ("not read: known from a quotation in another
/// document"); `None` for a source that was read.
pub fn source_access_label(lang: Lang, access: Access) -> Option<&'static str> {
    match access {
        Access::Read => None,
        Access::Quoted => Some(t(lang, Key::AccessQuoted)),
        Access::Cited => Some(t(lang, Key::AccessCited)),
    }
}

/// The plain notice for a date shown well after `as_of`: "Later changes may be missing:
/// facts checked up to 30 November 2026."
pub fn after_as_of_notice(lang: Lang, as_of: Date) -> String {
    let text = t(lang, Key::AfterAsOf);
    let mut chars = text.chars();
    let first: String = chars
        .next()
        .map(|c| c.to_uppercase().collect())
        .unwrap_or_default();
    format!("{first}{} {}.", chars.as_str(), format_date(lang, as_of))
}

/// The countries a correction concerns, by name ("Malaysia", "China, Macao"), or "all
/// countries" when it concerns the whole dataset.
pub fn correction_scope(
    lang: Lang,
    countries: &[String],
    name_of: &dyn Fn(&str) -> String,
) -> String {
    if countries.is_empty() {
        return t(lang, Key::WholeDataset).to_string();
    }
    countries
        .iter()
        .map(|iso| name_of(iso))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::scheduled::{announced, future_changes};
    use crate::core::shipped;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn uae() -> &'static str {
        "United Arab Emirates"
    }

    #[test]
    fn exceptions_say_who_is_licence_free_and_until_when() {
        let model = shipped::model();
        let s = model.status("AE", Axis::Export, d("2026-09-01"));
        let texts: Vec<String> = model
            .exceptions(&s)
            .iter()
            .map(|(_, e)| exception_text(Lang::En, e))
            .collect();
        assert_eq!(texts.len(), 3, "{texts:?}");
        assert_eq!(texts[0], "The UAE Government");
        assert!(
            texts[1].starts_with("G42 and Core42") && texts[1].ends_with(", until 5 April 2027"),
            "{}",
            texts[1]
        );
        let fr: Vec<String> = model
            .exceptions(&s)
            .iter()
            .map(|(_, e)| exception_text(Lang::Fr, e))
            .collect();
        assert!(fr[1].ends_with(", jusqu'au 5 avril 2027"), "{}", fr[1]);
        assert!(fr[0].contains("gouvernement"), "French party: {}", fr[0]);
        let de = exception_text(Lang::De, model.exceptions(&s)[1].1);
        assert!(de.starts_with("G42 and Core42") && de.ends_with(", bis 5. April 2027"));
        assert_eq!(
            exceptions_heading(Lang::Fr, Axis::Export),
            "Sans licence pour"
        );
        assert_eq!(
            exceptions_heading(Lang::Es, Axis::Export),
            "Sin licencia para"
        );
        let after = model.status("AE", Axis::Export, d("2027-04-06"));
        assert_eq!(model.exceptions(&after).len(), 2, "G42 and Core42 no more");
    }

    #[test]
    fn the_scheduled_line_of_the_uae() {
        let model = shipped::model();
        let s = &announced(&model, "AE", Axis::Export, d("2026-09-01"))[0];
        let en = scheduled_line(Lang::En, &model, Axis::Export, s);
        assert!(
            en.starts_with("6 April 2027: end of licence-free access for G42 and Core42"),
            "{en}"
        );
        assert!(en.ends_with(", last day: 5 April 2027"), "{en}");
        let fr = scheduled_line(Lang::Fr, &model, Axis::Export, s);
        assert!(
            fr.starts_with("6 avril 2027\u{a0}: fin de l'accès sans licence pour G42 et Core42"),
            "{fr}"
        );
        assert!(fr.ends_with(", dernier jour\u{a0}: 5 avril 2027"), "{fr}");
        let es = scheduled_line(Lang::Es, &model, Axis::Export, s);
        assert!(es.starts_with("6 de abril de 2027: fin del acceso sin licencia para G42"));
    }

    #[test]
    fn other_scheduled_changes_in_words() {
        let model = shipped::model();
        let at = |change| Scheduled {
            date: d("2026-07-10"),
            change,
            instrument: None,
        };
        let joins = at(ScheduledChange::JoinsGroup {
            group: "A:5".into(),
        });
        assert_eq!(
            scheduled_line(Lang::En, &model, Axis::Export, &joins),
            "10 July 2026: joins Country Group A:5"
        );
        assert_eq!(
            scheduled_text(Lang::De, &model, Axis::Export, &joins),
            "Beitritt zur Ländergruppe A:5"
        );
        let status = at(ScheduledChange::Status {
            before: crate::core::model::Status::LicenseRequired,
            after: crate::core::model::Status::NoLicenseRequired,
        });
        assert_eq!(
            scheduled_text(Lang::Fr, &model, Axis::Export, &status),
            "nouveau statut\u{a0}: Pas de licence requise"
        );
        let rule = at(ScheduledChange::Rule {
            before: "us-export-2023-d1-d4".into(),
            after: "us-export-ae-2026-07".into(),
        });
        let text = scheduled_text(Lang::En, &model, Axis::Export, &rule);
        assert!(
            text.starts_with("new rule, same status: BIS: UAE"),
            "{text}"
        );
    }

    #[test]
    fn the_future_tick_names_the_country() {
        let model = shipped::model();
        let future = future_changes(&model, d("2026-12-01"));
        let name = |iso: &str| {
            if iso == "AE" {
                uae().to_string()
            } else {
                iso.to_string()
            }
        };
        let label = future_label(Lang::En, &model, &future[0].1, &name);
        assert!(
            label.starts_with("United Arab Emirates: end of licence-free access for G42"),
            "{label}"
        );
        assert_eq!(future_label(Lang::Fr, &model, &[], &name), "Prévu");
    }

    #[test]
    fn sources_say_how_they_are_known() {
        assert_eq!(
            source_kind_label(Lang::En, SourceKind::Mirror),
            "unofficial copy (mirror)"
        );
        assert_eq!(
            source_kind_label(Lang::Fr, SourceKind::Primary),
            "texte officiel"
        );
        assert_eq!(source_access_label(Lang::En, Access::Read), None);
        assert_eq!(
            source_access_label(Lang::Fr, Access::Quoted),
            Some("non consulté\u{a0}: connu par une citation dans un autre document")
        );
        for lang in Lang::ALL {
            assert!(source_access_label(lang, Access::Cited).is_some());
        }
    }

    #[test]
    fn notices_and_scopes() {
        let as_of = d("2026-11-30");
        assert_eq!(
            after_as_of_notice(Lang::En, as_of),
            "Later changes may be missing: facts checked up to 30 November 2026."
        );
        assert_eq!(
            after_as_of_notice(Lang::Fr, as_of),
            "Il se peut que des changements plus récents ne soient pas pris en compte\u{a0}: \
             faits vérifiés jusqu'au 30 novembre 2026."
        );
        let name = |iso: &str| format!("<{iso}>");
        assert_eq!(correction_scope(Lang::Fr, &[], &name), "tous les pays");
        assert_eq!(
            correction_scope(Lang::En, &["CN".into(), "MO".into()], &name),
            "<CN>, <MO>"
        );
    }
}
