//! The named exceptions of a status in force on the date shown: "Licence-free for: the UAE
//! Government; G42 and Core42, until 5 April 2027; …", each with its confidence mark, its
//! note and its sources.
//!
//! The block is `<div class="exceptions">`, each party `<li data-exception>`.

use yew::prelude::*;

use crate::core::engine::{CountryStatus, Model};
use crate::core::i18n::law::{exception_text, exceptions_heading};
use crate::core::i18n::{colon, t, Key, Lang};
use crate::core::model::Exception;
use crate::ui::components::source_item::source_link;
use crate::ui::components::status_label::confidence_badge;

/// The sources of one exception, as short links (the legal citation, else the publisher).
fn cites(model: &Model, e: &Exception, lang: Lang) -> Html {
    let links = e.sources.iter().filter_map(|id| model.source(id)).map(|s| {
        let label = s.citation.as_deref().unwrap_or(&s.publisher);
        html! { <li>{ source_link(s, label, Some(t(lang, Key::OpensNewTab))) }</li> }
    });
    html! {
        <span class="cites">{ format!("{}{}", t(lang, Key::Sources), colon(lang)) }<ul>{ for links }</ul></span>
    }
}

/// One exempt party.
fn item(model: &Model, e: &Exception, lang: Lang) -> Html {
    // The note in the UI language when the dataset has it, else in English, marked as such.
    let note = e
        .note_en
        .as_deref()
        .map(|en| lang.pick_marked(en, e.note_fr.as_deref()));
    html! {
        <li data-exception="">
            <span class="party">{ exception_text(lang, e) }</span>
            { " " }{ confidence_badge(lang, e.confidence) }
            { for note.map(|(n, l)| html! { <span class="meta note" lang={l}>{ n.into_owned() }</span> }) }
            { cites(model, e, lang) }
        </li>
    }
}

/// The exceptions of `s` in force on its date; nothing when there is none.
pub fn exception_list(model: &Model, s: &CountryStatus, lang: Lang) -> Html {
    let exceptions = model.exceptions(s);
    if exceptions.is_empty() {
        return html! {};
    }
    html! {
        <div class="exceptions">
            <h5>{ format!("{}{}", exceptions_heading(lang, s.axis), colon(lang)) }</h5>
            <ul>{ for exceptions.iter().map(|(_, e)| item(model, e, lang)) }</ul>
        </div>
    }
}
