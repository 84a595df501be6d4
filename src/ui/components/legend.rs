//! The choropleth legend: one swatch per status of the current view, with counts.

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::model::{Axis, Status};
use crate::ui::i18n::{status_label, t, Key, Lang};

/// Props of [`Legend`].
#[derive(Properties, PartialEq)]
pub struct LegendProps {
    /// The axis shown.
    pub view: Axis,
    /// Status of every map entity on the date shown.
    pub statuses: Rc<HashMap<String, Status>>,
    /// UI language.
    pub lang: Lang,
    /// Compare mode: countries whose status did not change.
    #[prop_or_default]
    pub unchanged: Option<Rc<std::collections::HashSet<String>>>,
}

/// Swatches in legend order (least to most restrictive) with the number of countries.
#[function_component(Legend)]
pub fn legend(props: &LegendProps) -> Html {
    // The restriction scale, then the no-data category (counted apart, never first).
    let order: &[Status] = Status::all(props.view);
    let unchanged = props.unchanged.as_deref();
    let count = |s: Status| {
        props
            .statuses
            .iter()
            .filter(|(iso, v)| **v == s && !unchanged.is_some_and(|u| u.contains(*iso)))
            .count()
    };
    html! {
        <ul class="legend" aria-label={t(props.lang, Key::Legend)}>
            { for order.iter().map(|s| html! {
                <li data-status={s.code()}>
                    <span class={classes!("sw", format!("s-{}", s.code()))} aria-hidden="true"></span>
                    { status_label(props.lang, *s) }
                    <span class="n">{ format!(" ({})", count(*s)) }</span>
                </li>
            }) }
            { for unchanged.map(|u| html! {
                <li data-status="unchanged">
                    <span class="sw s-unchanged" aria-hidden="true"></span>
                    { t(props.lang, Key::Unchanged) }<span class="n">{ format!(" ({})", u.len()) }</span>
                </li>
            }) }
        </ul>
    }
}
