//! Compare two dates: the toggle and the A/B date pickers.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::i18n::{t, Key, Lang};

/// Compare mode starts with A this many days before the date shown (or at the start).
const DEFAULT_SPAN_DAYS: i32 = 365;

/// Props of [`CompareBar`].
#[derive(Properties, PartialEq)]
pub struct CompareBarProps {
    /// `(A, B)` when comparing.
    pub compare: Option<(Date, Date)>,
    /// The date shown (becomes B when compare starts).
    pub date: Date,
    /// Allowed range.
    pub min: Date,
    /// Allowed range.
    pub max: Date,
    /// UI language.
    pub lang: Lang,
    /// New `(A, B)`, or `None` to stop comparing.
    pub on_change: Callback<Option<(Date, Date)>>,
}

/// The compare toggle and its two date inputs.
#[function_component(CompareBar)]
pub fn compare_bar(props: &CompareBarProps) -> Html {
    let lang = props.lang;
    let toggle = {
        let (on_change, compare, date, min) = (
            props.on_change.clone(),
            props.compare,
            props.date,
            props.min,
        );
        Callback::from(move |_| {
            on_change.emit(match compare {
                Some(_) => None,
                None => {
                    // Default A: a year before B (or the model start).
                    let a = Date::from_day_number(date.day_number() - DEFAULT_SPAN_DAYS)
                        .filter(|a| *a >= min)
                        .unwrap_or(min);
                    Some((a, date))
                }
            })
        })
    };
    let input = |which: usize, value: Date| {
        let (on_change, compare, min, max) =
            (props.on_change.clone(), props.compare, props.min, props.max);
        let onchange = Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            if let (Ok(d), Some((a, b))) = (v.parse::<Date>(), compare) {
                let d = d.clamp(min, max);
                on_change.emit(Some(if which == 0 { (d, b) } else { (a, d) }));
            }
        });
        html! {
            <label class="cmp-date">
                <span>{ t(lang, if which == 0 { Key::DateA } else { Key::DateB }) }</span>
                <input type="date" data-compare={if which == 0 { "a" } else { "b" }} min={props.min.to_string()} max={props.max.to_string()}
                    value={value.to_string()} {onchange} />
            </label>
        }
    };
    html! {
        <div class="compare">
            <button type="button" class={classes!("cmp-toggle", props.compare.is_some().then_some("on"))}
                aria-pressed={if props.compare.is_some() { "true" } else { "false" }} onclick={toggle}>
                { t(lang, Key::Compare) }
            </button>
            { for props.compare.map(|(a, b)| html! { <>{ input(0, a) }{ input(1, b) }</> }) }
        </div>
    }
}
