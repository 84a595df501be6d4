//! The choropleth legend: one swatch per status of the axis shown, with counts. The
//! restriction scale comes first; the "no data" statuses (`not_researched`,
//! `not_applicable`) are counted apart after it (`li.apart`, set off by a rule), never
//! first and never as a level of restriction.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::sentences::paint_label;
use crate::core::i18n::{t, Key, Lang};
use crate::core::model::{Axis, Status};
use crate::core::render::{legend_counts, Paint};
use crate::ui::components::status_label::swatch;

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The axis shown.
    pub axis: Axis,
    /// Status of every map entity on the date shown.
    pub statuses: Rc<HashMap<String, Status>>,
    /// UI language.
    pub lang: Lang,
    /// Compare mode: countries whose status did not change.
    #[prop_or_default]
    pub unchanged: Option<Rc<HashSet<String>>>,
}

/// Swatches in legend order (least to most restrictive) with the number of countries, then
/// the no-data statuses apart; in compare mode, the unchanged ones last. A status no
/// country has is `li.zero` (a short fitted box leaves it out in compare mode, fit.css).
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    let entries = legend_counts(props.axis, &props.statuses, props.unchanged.as_deref());
    html! {
        <ul class="legend" aria-label={t(props.lang, Key::Legend)}>
            { for entries.into_iter().map(|(paint, n)| html! {
                <li data-status={paint.code()}
                    class={classes!(matches!(paint, Paint::Status(s) if s.is_no_data()).then_some("apart"), (n == 0).then_some("zero"))}>
                    { swatch(paint) }
                    { paint_label(props.lang, paint) }
                    <span class="n">{ format!(" ({n})") }</span>
                </li>
            }) }
        </ul>
    }
}
