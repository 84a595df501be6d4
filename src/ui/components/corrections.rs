//! "Updates and corrections": the dataset's corrections log, newest first, in a disclosure
//! (`<details class="corrections">`, keyboard and screen-reader friendly as it is native):
//! each entry dated, with the countries it concerns, what changed, why, and its sources as
//! links. The same log as `h200-data log`.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::law::correction_scope;
use crate::core::i18n::{colon, format_date, format_pub_date, name_of, t, Key, Lang};
use crate::core::report::{corrections_log, CorrectionReport};
use crate::ui::components::source_item::source_link;
use crate::ui::data::PageData;

/// Props of [`Corrections`].
#[derive(Properties, PartialEq)]
pub struct CorrectionsProps {
    /// Dataset.
    pub page: Rc<PageData>,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// UI language.
    pub lang: Lang,
}

/// One entry of the log.
fn entry(c: &CorrectionReport, lang: Lang, names: &HashMap<String, String>) -> Html {
    let scope = correction_scope(lang, &c.countries, &|iso| name_of(names, iso));
    let why = c
        .why_en
        .as_deref()
        .map(|en| lang.pick_marked(en, c.why_fr.as_deref()));
    let sources = c.sources.iter().map(|s| html! {
        <li>{ source_link(s, &s.title, Some(t(lang, Key::OpensNewTab))) }
            <span class="meta">{ format!(" — {}, {}", s.publisher, format_pub_date(lang, s.date)) }</span></li>
    });
    let date = c
        .date
        .parse()
        .map(|d| format_date(lang, d))
        .unwrap_or_else(|_| c.date.clone());
    html! {
        <li data-date={c.date.clone()}>
            <p class="when"><time datetime={c.date.clone()}>{ date }</time>{ " · " }<span class="scope">{ scope }</span></p>
            <p class="what" lang={lang.data_lang()}>{ lang.pick(&c.en, &c.fr).into_owned() }</p>
            { for why.map(|(w, l)| html! { <p class="why"><strong>{ format!("{}{}", t(lang, Key::Why), colon(lang)) }</strong><span lang={l}>{ w.into_owned() }</span></p> }) }
            if !c.sources.is_empty() {
                <ul class="cites">{ for sources }</ul>
            }
        </li>
    }
}

/// The corrections log as a disclosure, closed at first; nothing when the log is empty.
#[function_component(Corrections)]
pub fn corrections(props: &CorrectionsProps) -> Html {
    let log = corrections_log(&props.page.model);
    if log.is_empty() {
        return html! {};
    }
    let lang = props.lang;
    html! {
        <details class="corrections">
            <summary>{ format!("{} ({})", t(lang, Key::Corrections), log.len()) }</summary>
            <ol>{ for log.iter().map(|c| entry(c, lang, &props.names)) }</ol>
        </details>
    }
}
