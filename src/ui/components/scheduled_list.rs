//! The changes already announced on the date shown that will happen after it, as
//! "Scheduled" lines: "6 April 2027: end of licence-free access for G42 and Core42 …",
//! each with its confidence mark.
//!
//! The block is `<div class="scheduled">`, each line `<li data-date="YYYY-MM-DD">`.

use yew::prelude::*;

use crate::core::engine::{CountryStatus, Model};
use crate::core::i18n::law::scheduled_text;
use crate::core::i18n::{colon, format_date, t, Key, Lang};
use crate::core::scheduled::{announced, confidence};
use crate::ui::components::status_label::confidence_badge;

/// The "Scheduled" block of `s`; nothing when no later change was announced by its date.
pub fn scheduled_list(model: &Model, s: &CountryStatus, lang: Lang) -> Html {
    let list = announced(model, &s.iso, s.axis, s.date);
    if list.is_empty() {
        return html! {};
    }
    let items = list.iter().map(|x| {
        let badge = confidence(model, &s.iso, x).map(|c| confidence_badge(lang, c));
        html! {
            <li data-date={x.date.to_string()}>
                <time datetime={x.date.to_string()}>{ format_date(lang, x.date) }</time>
                { colon(lang) }{ scheduled_text(lang, model, s.axis, x) }{ " " }{ for badge }
            </li>
        }
    });
    html! {
        <div class="scheduled">
            <h5>{ t(lang, Key::Scheduled) }</h5>
            <ul>{ for items }</ul>
        </div>
    }
}
