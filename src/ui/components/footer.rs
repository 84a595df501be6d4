//! The footer: the date shown and the dataset's dates, the legal notice, the credits.

use yew::prelude::*;

use crate::core::date::Date;
use crate::core::i18n::sentences::as_of_line;
use crate::core::i18n::{t, Key, Lang};

/// Props of [`Footer`].
#[derive(Properties, PartialEq)]
pub struct FooterProps {
    /// The date shown.
    pub date: Date,
    /// The dataset's `as_of` (facts checked up to).
    pub as_of: Date,
    /// UI language.
    pub lang: Lang,
}

/// "Situation on … · facts checked up to …", "not legal advice", credits.
#[function_component(Footer)]
pub fn footer(props: &FooterProps) -> Html {
    let lang = props.lang;
    html! {
        <footer class="foot">
            <p class="asof">{ as_of_line(lang, props.date, props.as_of) }</p>
            <p class="legal">{ t(lang, Key::NotLegalAdvice) }</p>
            <p class="credit">{ t(lang, Key::Credit) }{ " " }{ t(lang, Key::DataLanguage) }</p>
        </footer>
    }
}
