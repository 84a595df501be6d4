//! The details panel of the selected country: both statuses in words, the rule, its
//! conditions, dates, history and sources.
//!
//! Public DOM contract: the panel is `<section role="region" data-iso="XX">` with an
//! accessible name ("Details: China").

use std::rc::Rc;

use yew::prelude::*;

use crate::core::date::Date;
use crate::core::freshness::after_as_of;
use crate::core::i18n::law::after_as_of_notice;
use crate::core::i18n::{colon, format_date, t, Key, Lang};
use crate::core::model::Axis;
use crate::ui::components::axis_section::axis_section;
use crate::ui::data::PageData;

/// Props of [`Panel`].
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// Dataset and geometry.
    pub page: Rc<PageData>,
    /// The selected country (ISO 3166-1 alpha-2).
    pub iso: AttrValue,
    /// Its name in the UI language.
    pub name: AttrValue,
    /// The date shown.
    pub date: Date,
    /// The axis the map shows (listed first).
    pub axis: Axis,
    /// UI language.
    pub lang: Lang,
    /// Close button.
    pub on_close: Callback<()>,
}

/// The details of one country, both axes, the one on the map first.
#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let (model, lang) = (&props.page.model, props.lang);
    let axes = match props.axis {
        Axis::Export => [Axis::Export, Axis::Import],
        Axis::Import => [Axis::Import, Axis::Export],
    };
    let sections = axes
        .iter()
        .filter_map(|a| model.try_status(&props.iso, *a, props.date))
        .enumerate()
        .map(|(i, s)| axis_section(model, &s, lang, i == 0));
    let close = props.on_close.clone();
    let aria = format!("{}{}{}", t(lang, Key::Details), colon(lang), props.name);
    let as_of = model.dataset().as_of;
    html! {
        <section class="panel" role="region" aria-label={aria} data-iso={props.iso.clone()}>
            <header>
                <h3>{ props.name.clone() }</h3>
                <button type="button" class="close" aria-label={t(lang, Key::Close)}
                    onclick={Callback::from(move |_| close.emit(()))}>{ "×" }</button>
            </header>
            <p class="date">{ format!("{} {}.", t(lang, Key::AsOf), format_date(lang, props.date)) }
                if after_as_of(props.date, as_of) {
                    { " " }<span class="after-asof">{ after_as_of_notice(lang, as_of) }</span>
                }
            </p>
            { for sections }
        </section>
    }
}
