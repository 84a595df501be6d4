//! UI languages: every fixed string the reader sees, in English, French, German and
//! Spanish, and the date formats. Pure tables (no browser API), tested natively.
//!
//! Each language is one file with one [`Table`] of the same shape (`en.rs`, `fr.rs`,
//! `de.rs`, `es.rs`). The tables are exhaustive `match`es rather than runtime bundles
//! (fluent, rust-i18n): a missing translation is a compile error and costs no wasm bytes.
//! Country names come from the browser's CLDR data (`Intl.DisplayNames`) and search
//! folding from its Unicode tables: both are browser-only and live in `ui::intl`.
//! Sentences composed from these words (map summary, announcements, stamps) are in
//! [`sentences`]; those about the law around a status (exceptions, scheduled changes, how a
//! source is known, corrections) in [`law`].

mod de;
mod en;
mod es;
mod fr;
pub mod law;
pub mod sentences;

use std::borrow::Cow;
use std::collections::HashMap;

use super::date::{Date, PubDate};
use super::model::{Axis, Confidence, Status};
use super::view::Region;

/// A UI language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// Every UI language.
    pub const ALL: [Lang; 4] = [Lang::En, Lang::Fr, Lang::De, Lang::Es];

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

    /// A dataset text in this language: the French field in French, set in French
    /// typography ([`french_spacing`]: editors type ordinary spaces), else the English one
    /// (the dataset's rule texts exist in English and French only).
    pub fn pick<'a>(self, en: &'a str, fr: &'a str) -> Cow<'a, str> {
        if self == Lang::Fr {
            french_spacing(fr)
        } else {
            Cow::Borrowed(en)
        }
    }

    /// The language of the dataset texts [`Lang::pick`] returns, when it is not this UI
    /// language: `Some("en")` in German and Spanish (the dataset's texts exist in English
    /// and French only), `None` in English and French. For the `lang` attribute of the
    /// element holding such a text, so that a screen reader pronounces it as English.
    pub fn data_lang(self) -> Option<&'static str> {
        matches!(self, Lang::De | Lang::Es).then_some("en")
    }

    /// [`Lang::pick`] for a text whose French version is optional, with the language the
    /// returned text is in when it is not this UI language (for its element's `lang`
    /// attribute, see [`Lang::data_lang`]): a French UI without the French text gets the
    /// English one, marked `Some("en")`.
    pub fn pick_marked<'a>(
        self,
        en: &'a str,
        fr: Option<&'a str>,
    ) -> (Cow<'a, str>, Option<&'static str>) {
        match (self, fr) {
            (Lang::Fr, None) => (Cow::Borrowed(en), Some("en")),
            (_, fr) => (self.pick(en, fr.unwrap_or(en)), self.data_lang()),
        }
    }

    fn table(self) -> &'static Table {
        match self {
            Lang::En => &en::TABLE,
            Lang::Fr => &fr::TABLE,
            Lang::De => &de::TABLE,
            Lang::Es => &es::TABLE,
        }
    }
}

/// Declares [`Key`] and [`Key::ALL`] from one list, so the two cannot drift apart.
macro_rules! keys {
    ($($(#[$doc:meta])* $key:ident,)*) => {
        /// Keys of fixed UI strings, each named for the string it stands for.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Key {
            $($(#[$doc])* $key,)*
        }

        impl Key {
            /// Every key (for tests that check each table).
            pub const ALL: &'static [Key] = &[$(Key::$key,)*];
        }
    };
}

keys! {
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
    ZoomGroup,
    ModeGroup,
    Regions,
    ShowMap,
    ShowTable,
    Country,
    Filter,
    All,
    Download,
    Share,
    NeverEnforced,
    Details,
    Credit,
    /// A note on the language of the rule texts: empty in English and French (the dataset
    /// has its texts in both), "rule texts in English" in German and Spanish.
    DataLanguage,
    NoSource,
    AfterAsOf,
    /// Heading of the named exceptions of an export rule: "Licence-free for".
    LicenceFreeFor,
    /// Heading of the named exceptions of an import rule: "Exempt from this rule".
    ExemptFrom,
    /// Before the last day of an exception: "until" (then a date).
    Until,
    /// Heading of the changes already announced after the date shown; label of a future
    /// tick on the slider.
    Scheduled,
    /// "last day" of an exception that ends.
    LastDay,
    /// A scheduled change: a named export exception begins ("start of licence-free access for").
    ExceptionStartsExport,
    /// A named export exception ends ("end of licence-free access for").
    ExceptionEndsExport,
    /// A named import exception begins.
    ExceptionStartsImport,
    /// A named import exception ends.
    ExceptionEndsImport,
    /// A scheduled change of status: "new status".
    NewStatus,
    /// A scheduled change of rule with the same status: "new rule, same status".
    NewRule,
    /// A scheduled group membership: "joins Country Group".
    JoinsGroup,
    /// "leaves Country Group".
    LeavesGroup,
    /// A source's reliability: an official text at its official address.
    SourcePrimary,
    /// An unofficial copy of an official text.
    SourceMirror,
    /// A law-firm alert or specialised trade press.
    SourceLegal,
    /// A news report.
    SourceNews,
    /// An aggregator or blog (low reliability).
    SourceAggregator,
    /// A source not read, known from a verbatim quotation in another document.
    AccessQuoted,
    /// A source not read, known because another document cites it.
    AccessCited,
    /// The corrections log's title: "Updates and corrections".
    Corrections,
    /// Before the reason of a correction: "Why".
    Why,
    /// A correction that concerns the whole dataset.
    WholeDataset,
    /// Compare mode: heading of the transitions to or from a no-data status.
    NotLegalChanges,
    /// Compare mode: a no-data status became a real one ("research added").
    ResearchAdded,
    /// Compare mode: a real status became a no-data one.
    NoDataNow,
    /// Today's mark on the date slider.
    Today,
    /// Under the slider, before the latest event on or before the date shown: "Latest
    /// event".
    LatestEvent,
    /// The share link was written to the clipboard.
    LinkCopied,
    /// The share link could not be written to the clipboard (no permission): the reader
    /// copies it from the box.
    LinkNotCopied,
    /// Enter in the search box with several matches and none highlighted.
    SeveralMatches,
}

/// One language's words, in the same shape for every language.
struct Table {
    /// Fixed strings.
    text: fn(Key) -> &'static str,
    /// Status in words (legend, tooltip, panel).
    status: fn(Status) -> &'static str,
    /// Region preset names.
    region: fn(Region) -> &'static str,
    /// The "reported" confidence badge.
    reported: &'static str,
    /// The "unconfirmed" confidence badge.
    unconfirmed: &'static str,
    /// A source without a publication date.
    undated: &'static str,
    /// Month names, January first.
    months: [&'static str; 12],
    /// Short month names, January first (as the language abbreviates them).
    short_months: [&'static str; 12],
    /// The separator before a value (French: a no-break space before the colon).
    colon: &'static str,
    /// The separator between items of a list (French: a narrow no-break space before the
    /// semicolon).
    semicolon: &'static str,
    /// A full date from (day, month name, year).
    date: fn(u8, &str, i32) -> String,
    /// A short date from (day, short month name, year).
    short_date: fn(u8, &str, i32) -> String,
    /// A month and year from (month name, year).
    month_year: fn(&str, i32) -> String,
    /// " since at least DATE" from the formatted date (leading space included).
    since_at_least: fn(&str) -> String,
}

/// French typography for a text typed with ordinary spaces: the space before ":" and "%"
/// becomes a no-break space (U+00A0), the space before ";", "?" and "!" a narrow no-break
/// space (U+202F), and the spaces inside « » no-break spaces, so that no line starts with
/// the sign. "BIS : examen au cas par cas" -> "BIS\u{a0}: examen au cas par cas"; a colon
/// without a space before it ("D:5", "https://") is left alone.
pub fn french_spacing(text: &str) -> Cow<'_, str> {
    const FIXES: [(&str, &str); 7] = [
        (" :", "\u{a0}:"),
        (" %", "\u{a0}%"),
        (" ;", "\u{202f};"),
        (" ?", "\u{202f}?"),
        (" !", "\u{202f}!"),
        ("« ", "«\u{a0}"),
        (" »", "\u{a0}»"),
    ];
    if !FIXES.iter().any(|(from, _)| text.contains(from)) {
        return Cow::Borrowed(text);
    }
    let mut out = text.to_string();
    for (from, to) in FIXES {
        out = out.replace(from, to);
    }
    Cow::Owned(out)
}

/// A fixed UI string.
pub fn t(lang: Lang, key: Key) -> &'static str {
    (lang.table().text)(key)
}

/// The separator before a value: ": ", in French typography with a no-break space before
/// the colon (" : ", U+00A0), so that the colon never starts a line.
pub fn colon(lang: Lang) -> &'static str {
    lang.table().colon
}

/// The separator between the items of a list: "; ", in French with a narrow no-break
/// space before the semicolon (U+202F).
pub fn semicolon(lang: Lang) -> &'static str {
    lang.table().semicolon
}

/// The status in words (legend, tooltip, panel).
pub fn status_label(lang: Lang, s: Status) -> &'static str {
    (lang.table().status)(s)
}

/// The confidence in words; `None` for `confirmed` (shown without a badge).
pub fn confidence_label(lang: Lang, c: Confidence) -> Option<&'static str> {
    match c {
        Confidence::Confirmed => None,
        Confidence::Reported => Some(lang.table().reported),
        Confidence::Unconfirmed => Some(lang.table().unconfirmed),
    }
}

/// A region preset's name.
pub fn region_label(lang: Lang, r: Region) -> &'static str {
    (lang.table().region)(r)
}

/// The axis name (view switch).
pub fn axis_label(lang: Lang, axis: Axis) -> &'static str {
    match axis {
        Axis::Export => t(lang, Key::ViewExport),
        Axis::Import => t(lang, Key::ViewImport),
    }
}

/// The heading of an axis in the details panel.
pub fn axis_heading(lang: Lang, axis: Axis) -> &'static str {
    match axis {
        Axis::Export => t(lang, Key::ExportHeading),
        Axis::Import => t(lang, Key::ImportHeading),
    }
}

fn month_index(m: u8) -> usize {
    usize::from(m.clamp(1, 12)) - 1
}

/// A date in words: "15 January 2026", "1er janvier 2026", "15. Januar 2026",
/// "15 de enero de 2026".
pub fn format_date(lang: Lang, d: Date) -> String {
    let (y, m, day) = d.ymd();
    let table = lang.table();
    (table.date)(day, table.months[month_index(m)], y)
}

/// A short date: "15 Jan 2026" / "15 janv. 2026" (slider ticks, table).
pub fn format_short_date(lang: Lang, d: Date) -> String {
    let (y, m, day) = d.ymd();
    let table = lang.table();
    (table.short_date)(day, table.short_months[month_index(m)], y)
}

/// A source's publication date at its own precision: "15 January 2026", "January 2026",
/// "2024", or "undated" / "non daté".
pub fn format_pub_date(lang: Lang, d: PubDate) -> String {
    let table = lang.table();
    match d {
        PubDate::Day(day) => format_date(lang, day),
        PubDate::Month(y, m) => (table.month_year)(table.months[month_index(m)], y),
        PubDate::Year(y) => y.to_string(),
        PubDate::Undated => table.undated.to_string(),
    }
}

/// " since 15 January 2026" (leading space included), or " since at least 7 October 2022"
/// for a status already in force when the model starts (its true start is older than the
/// dataset).
pub fn since(lang: Lang, effective: Date, model_start: Date) -> String {
    since_dated(lang, effective, model_start, format_date(lang, effective))
}

/// [`since`] with the short date of the table view: " since 15 Jan 2026", " since at least
/// 7 Oct 2022" (leading space included).
pub fn since_short(lang: Lang, effective: Date, model_start: Date) -> String {
    since_dated(
        lang,
        effective,
        model_start,
        format_short_date(lang, effective),
    )
}

/// The "since" words around `date` (`effective`, formatted): "at least" when the status was
/// already in force at `model_start`.
fn since_dated(lang: Lang, effective: Date, model_start: Date, date: String) -> String {
    if effective <= model_start {
        (lang.table().since_at_least)(&date)
    } else {
        format!(" {} {date}", t(lang, Key::Since))
    }
}

/// A country's display name from a code -> name map, or the code itself when missing.
pub fn name_of(names: &HashMap<String, String>, iso: &str) -> String {
    names.get(iso).cloned().unwrap_or_else(|| iso.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn every_language_has_every_string() {
        for (i, key) in Key::ALL.iter().enumerate() {
            assert!(
                !Key::ALL[..i].contains(key),
                "{key:?} listed twice in Key::ALL"
            );
        }
        for lang in Lang::ALL {
            for &key in Key::ALL {
                let text = t(lang, key);
                let may_be_empty = key == Key::DataLanguage && matches!(lang, Lang::En | Lang::Fr);
                assert!(may_be_empty || !text.trim().is_empty(), "{lang:?} {key:?}");
            }
            for s in Status::EXPORT_ALL.iter().chain(Status::IMPORT_ALL.iter()) {
                assert!(!status_label(lang, *s).is_empty(), "{lang:?} {s:?}");
            }
            for r in Region::ALL {
                assert!(!region_label(lang, r).is_empty(), "{lang:?} {r:?}");
            }
        }
    }

    /// Where French typography is broken in `text`: a ":", ";", "?", "!" or "»" without a
    /// no-break space (U+00A0 or U+202F) before it, or a "«" without one after it.
    fn french_typography_slips(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let nbsp = |c: Option<&char>| matches!(c, Some('\u{a0}') | Some('\u{202f}'));
        let mut slips = Vec::new();
        for (i, c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).and_then(|j| chars.get(j));
            let bad = match c {
                ':' | ';' | '?' | '!' | '»' => !nbsp(before),
                '«' => !nbsp(chars.get(i + 1)),
                _ => false,
            };
            if bad {
                slips.push(format!("{text:?} at {c:?}"));
            }
        }
        slips
    }

    #[test]
    fn french_text_keeps_its_no_break_spaces() {
        let fr = Lang::Fr.table();
        let mut texts: Vec<String> = Key::ALL
            .iter()
            .map(|k| t(Lang::Fr, *k).to_string())
            .collect();
        texts.extend(
            Status::EXPORT_ALL
                .iter()
                .chain(Status::IMPORT_ALL.iter())
                .map(|s| status_label(Lang::Fr, *s).to_string()),
        );
        texts.extend(
            Region::ALL
                .iter()
                .map(|r| region_label(Lang::Fr, *r).to_string()),
        );
        texts.extend(
            [
                fr.reported,
                fr.unconfirmed,
                fr.undated,
                fr.colon,
                fr.semicolon,
            ]
            .map(String::from),
        );
        let slips: Vec<String> = texts
            .iter()
            .flat_map(|t| french_typography_slips(t))
            .collect();
        assert!(slips.is_empty(), "{slips:#?}");
        assert!(
            !french_typography_slips("Chine : Bloquée").is_empty(),
            "the check finds an ordinary space"
        );
        assert!(french_typography_slips("«\u{a0}bloquée\u{a0}»").is_empty());
        assert!(!french_typography_slips("« bloquée »").is_empty());
        for lang in [Lang::En, Lang::De, Lang::Es] {
            for &key in Key::ALL {
                let text = t(lang, key);
                assert!(
                    !text.contains(" :") && !text.contains('\u{a0}'),
                    "{lang:?} {key:?}: French spacing outside French: {text:?}"
                );
            }
        }
    }

    #[test]
    fn tags_pick_a_language_or_none() {
        assert_eq!(Lang::from_tag("fr-CA"), Some(Lang::Fr));
        assert_eq!(Lang::from_tag("EN_gb"), Some(Lang::En));
        assert_eq!(Lang::from_tag("de"), Some(Lang::De));
        assert_eq!(Lang::from_tag("es-419"), Some(Lang::Es));
        assert_eq!(Lang::from_tag("xx"), None);
        assert_eq!(Lang::from_tag(""), None);
        for lang in Lang::ALL {
            assert_eq!(Lang::from_tag(lang.tag()), Some(lang));
        }
    }

    #[test]
    fn dates_in_words_follow_each_language() {
        let jan15 = d("2026-01-15");
        assert_eq!(format_date(Lang::En, jan15), "15 January 2026");
        assert_eq!(format_date(Lang::Fr, jan15), "15 janvier 2026");
        assert_eq!(format_date(Lang::Fr, d("2026-02-01")), "1er février 2026");
        assert_eq!(format_date(Lang::De, jan15), "15. Januar 2026");
        assert_eq!(format_date(Lang::Es, jan15), "15 de enero de 2026");
        assert_eq!(format_short_date(Lang::En, jan15), "15 Jan 2026");
        assert_eq!(format_short_date(Lang::Fr, jan15), "15 janv. 2026");
        assert_eq!(format_short_date(Lang::Es, jan15), "15 ene 2026");
    }

    #[test]
    fn short_dates_cut_words_not_bytes() {
        // The German short month of March was "Mä": the first three bytes of "März".
        assert_eq!(
            format_short_date(Lang::De, d("2025-03-15")),
            "15. März 2025"
        );
        assert_eq!(
            format_short_date(Lang::De, d("2026-01-15")),
            "15. Jan. 2026"
        );
        assert_eq!(format_short_date(Lang::Fr, d("2025-02-03")), "3 févr. 2025");
        for lang in Lang::ALL {
            let table = lang.table();
            for (short, full) in table.short_months.iter().zip(table.months) {
                let stem = short.trim_end_matches('.');
                assert!(
                    full.starts_with(stem),
                    "{lang:?}: {short:?} is not an abbreviation of {full:?}"
                );
            }
        }
    }

    #[test]
    fn publication_dates_keep_their_precision() {
        assert_eq!(
            format_pub_date(Lang::En, PubDate::Month(2025, 3)),
            "March 2025"
        );
        assert_eq!(
            format_pub_date(Lang::Es, PubDate::Month(2025, 3)),
            "marzo de 2025"
        );
        assert_eq!(format_pub_date(Lang::Fr, PubDate::Year(2024)), "2024");
        assert_eq!(format_pub_date(Lang::De, PubDate::Undated), "undatiert");
        assert_eq!(
            format_pub_date(Lang::Fr, PubDate::Day(d("2026-01-15"))),
            "15 janvier 2026"
        );
    }

    #[test]
    fn since_says_at_least_at_the_model_start() {
        let start = d("2022-10-07");
        assert_eq!(
            since(Lang::En, start, start),
            " since at least 7 October 2022"
        );
        assert_eq!(
            since(Lang::Fr, start, start),
            " au moins depuis le 7 octobre 2022"
        );
        assert_eq!(
            since(Lang::De, start, start),
            " mindestens seit 7. Oktober 2022"
        );
        assert_eq!(
            since(Lang::Es, start, start),
            " al menos desde el 7 de octubre de 2022"
        );
        assert_eq!(
            since(Lang::Fr, d("2026-01-15"), start),
            " depuis le 15 janvier 2026"
        );
    }

    #[test]
    fn dataset_text_gets_french_spacing_in_french_only() {
        let fr = "BIS : règle « AI Diffusion » ; jamais appliquée ? Non ! (D:5, https://x)";
        let want =
            "BIS\u{a0}: règle «\u{a0}AI Diffusion\u{a0}»\u{202f}; jamais appliquée\u{202f}? \
                    Non\u{202f}! (D:5, https://x)";
        assert_eq!(Lang::Fr.pick("en", fr), want);
        assert_eq!(
            french_typography_slips(&Lang::Fr.pick("en", fr)).len(),
            2,
            "only the colons of \"D:5\" and \"https:\" stay without a space"
        );
        assert_eq!(
            Lang::En.pick("EAR: a : b", fr),
            "EAR: a : b",
            "English untouched"
        );
        assert!(matches!(french_spacing("sans signe"), Cow::Borrowed(_)));
    }

    #[test]
    fn french_fields_only_in_french() {
        assert_eq!(Lang::Fr.pick("en", "fr"), "fr");
        for lang in [Lang::En, Lang::De, Lang::Es] {
            assert_eq!(lang.pick("en", "fr"), "en");
        }
        // A missing French text: the English one, marked as English in every UI but English.
        assert_eq!(
            Lang::Fr.pick_marked("en", None),
            (Cow::Borrowed("en"), Some("en"))
        );
        assert_eq!(
            Lang::Fr.pick_marked("en", Some("fr")),
            (Cow::Borrowed("fr"), None)
        );
        assert_eq!(
            Lang::En.pick_marked("en", None),
            (Cow::Borrowed("en"), None)
        );
        assert_eq!(
            Lang::De.pick_marked("en", Some("fr")),
            (Cow::Borrowed("en"), Some("en"))
        );
        // The picked text is in another language than the UI only in German and Spanish.
        assert_eq!(Lang::Fr.data_lang(), None);
        assert_eq!(Lang::En.data_lang(), None);
        assert_eq!(Lang::De.data_lang(), Some("en"));
        assert_eq!(Lang::Es.data_lang(), Some("en"));
        assert_eq!(colon(Lang::Fr), "\u{a0}: ");
        assert_eq!(semicolon(Lang::Fr), "\u{202f}; ");
        assert_eq!(colon(Lang::De), ": ");
        assert_eq!(confidence_label(Lang::Fr, Confidence::Confirmed), None);
        assert_eq!(
            confidence_label(Lang::Fr, Confidence::Reported),
            Some("Rapporté")
        );
    }
}
