//! Compare two dates: the A/B pickers and the list of changes with citations.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::engine::ChangeRecord;
use crate::core::model::{Axis, SourceKind};
use crate::ui::data::Shared;
use crate::ui::i18n::{colon, format_date, format_pub_date, name_of, status_label, t, Key, Lang};

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
                    let a = Date::from_day_number(date.day_number() - 365)
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

/// Props of [`ChangeList`].
#[derive(Properties, PartialEq)]
pub struct ChangeListProps {
    /// Dataset.
    pub shared: Rc<Shared>,
    /// `(A, B)`.
    pub range: (Date, Date),
    /// The axis on the map.
    pub view: Axis,
    /// Country names in the UI language.
    pub names: Rc<std::collections::HashMap<String, String>>,
    /// UI language.
    pub lang: Lang,
    /// Select a country.
    pub on_pick: Callback<String>,
}

/// Every country whose status on the map's axis changed between A and B, with the
/// dates of each change and the sources of the new status.
#[function_component(ChangeList)]
pub fn change_list(props: &ChangeListProps) -> Html {
    let lang = props.lang;
    let model = &props.shared.model;
    let (a, b) = props.range;
    let mut changes: Vec<ChangeRecord> = model
        .changes(a, b)
        .into_iter()
        .filter(|c| c.axis == props.view)
        .collect();
    let name = |iso: &str| name_of(&props.names, iso);
    changes.sort_by_cached_key(|c| name(&c.iso).to_lowercase());
    let items = changes.iter().map(|c| {
        let pick = props.on_pick.clone();
        let iso = c.iso.clone();
        let steps = c.changes.iter().map(|x| format!("{} → {}", format_date(lang, x.date), status_label(lang, x.status))).collect::<Vec<_>>().join(" ; ");
        let sources = c.after.sources.iter().filter_map(|id| model.source(id)).take(3).map(|s| {
            let title = if s.url.starts_with("https://") {
                html! { <a href={s.url.clone()} target="_blank" rel="noopener noreferrer">{ &s.title }</a> }
            } else {
                html! { <span>{ &s.title }</span> }
            };
            html! { <li class={classes!((s.kind == SourceKind::Primary).then_some("primary"))}>{ title }
                <span class="meta">{ format!(" — {}, {}", s.publisher, format_pub_date(lang, s.date)) }</span></li> }
        });
        html! {
            <li class="change" data-change-iso={c.iso.clone()}>
                <button type="button" class="linkish" onclick={Callback::from(move |_| pick.emit(iso.clone()))}>{ name(&c.iso) }</button>
                { format!("{}{} → ", colon(lang), status_label(lang, c.before.status)) }
                <strong class={format!("to s-text-{}", c.after.status.code())}>{ status_label(lang, c.after.status) }</strong>
                <div class="steps">{ steps }</div>
                <ul class="cites">{ for sources }</ul>
            </li>
        }
    });
    html! {
        <section class="changes" aria-label={t(lang, Key::Changes)}>
            <h3>{ format!("{} ({} → {})", t(lang, Key::Changes), format_date(lang, a), format_date(lang, b)) }</h3>
            if changes.is_empty() {
                <p>{ t(lang, Key::NoChanges) }</p>
            } else {
                <ol>{ for items }</ol>
            }
        </section>
    }
}
