//! Compare mode's list of changes: every country whose status on the map's axis changed
//! between A and B, with the dates of each change and the sources of its steps
//! (`core::compare::step_sources`, the status it starts from first). A move
//! to or from a "no data" status (research added: Malaysia's import, `not_researched` until
//! 2025-07-14) is not a change in the law: it is listed apart, after the legal changes
//! (`core::compare`).

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::compare::{split, step_sources, ChangeKind};
use crate::core::date::Date;
use crate::core::engine::{ChangeRecord, Model};
use crate::core::i18n::{
    colon, format_date, format_pub_date, name_of, semicolon, status_label, t, Key, Lang,
};
use crate::core::model::{Axis, SourceKind};
use crate::ui::components::source_item::source_link;
use crate::ui::data::PageData;
use crate::ui::intl::Collator;

/// At most this many sources per change.
const MAX_SOURCES: usize = 3;

/// Props of [`ChangeList`].
#[derive(Properties, PartialEq)]
pub struct ChangeListProps {
    /// Dataset.
    pub page: Rc<PageData>,
    /// `(A, B)`.
    pub range: (Date, Date),
    /// The axis on the map.
    pub axis: Axis,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// Their alphabetical order.
    pub collator: Rc<Collator>,
    /// UI language.
    pub lang: Lang,
    /// Select a country.
    pub on_pick: Callback<String>,
}

/// One change: the country (a button that opens its details), before → after, the dated
/// steps, the sources.
fn change_item(
    model: &Model,
    c: &ChangeRecord,
    name: String,
    lang: Lang,
    on_pick: &Callback<String>,
) -> Html {
    let (pick, iso) = (on_pick.clone(), c.iso.clone());
    let steps = c
        .changes
        .iter()
        .map(|x| {
            format!(
                "{} → {}",
                format_date(lang, x.date),
                status_label(lang, x.status)
            )
        })
        .collect::<Vec<_>>()
        .join(semicolon(lang));
    let sources = step_sources(model, c).into_iter().filter_map(|id| model.source(&id)).take(MAX_SOURCES).map(|s| html! {
        <li class={classes!((s.kind == SourceKind::Primary).then_some("primary"))}>{ source_link(s, &s.title, None) }
            <span class="meta">{ format!(" — {}, {}", s.publisher, format_pub_date(lang, s.date)) }</span></li>
    });
    html! {
        <li class="change" data-change-iso={c.iso.clone()}>
            <button type="button" class="linkish" onclick={Callback::from(move |_| pick.emit(iso.clone()))}>{ name }</button>
            { format!("{}{} → ", colon(lang), status_label(lang, c.before.status)) }
            <strong class={format!("to s-text-{}", c.after.status.code())}>{ status_label(lang, c.after.status) }</strong>
            <div class="steps">{ steps }</div>
            <ul class="cites">{ for sources }</ul>
        </li>
    }
}

/// The moves to or from a "no data" status: the country, before → after, what it is
/// ("research added") and when.
fn apart_item(
    c: &ChangeRecord,
    k: ChangeKind,
    name: String,
    lang: Lang,
    on_pick: &Callback<String>,
) -> Html {
    let (pick, iso) = (on_pick.clone(), c.iso.clone());
    let what = t(
        lang,
        if k == ChangeKind::NoDataNow {
            Key::NoDataNow
        } else {
            Key::ResearchAdded
        },
    );
    let when = c
        .changes
        .iter()
        .map(|x| format_date(lang, x.date))
        .collect::<Vec<_>>()
        .join(semicolon(lang));
    html! {
        <li class="apart" data-change-iso={c.iso.clone()}>
            <button type="button" class="linkish" onclick={Callback::from(move |_| pick.emit(iso.clone()))}>{ name }</button>
            { format!("{}{} → {}", colon(lang), status_label(lang, c.before.status), status_label(lang, c.after.status)) }
            <div class="steps">{ format!("{what} ({when})") }</div>
        </li>
    }
}

/// The list of changes between A and B on the map's axis, by country name (in the UI
/// language's alphabetical order); the moves to or from "no data" apart, after them.
#[function_component(ChangeList)]
pub fn change_list(props: &ChangeListProps) -> Html {
    let lang = props.lang;
    let model = &props.page.model;
    let (a, b) = props.range;
    let name = |iso: &str| name_of(&props.names, iso);
    let (mut legal, mut apart) = split(model, props.axis, a, b);
    let order = |a: &str, b: &str| props.collator.compare(&name(a), &name(b));
    legal.sort_by(|a, b| order(&a.iso, &b.iso));
    apart.sort_by(|(a, _), (b, _)| order(&a.iso, &b.iso));
    let items = legal
        .iter()
        .map(|c| change_item(model, c, name(&c.iso), lang, &props.on_pick));
    let others = apart
        .iter()
        .map(|(c, k)| apart_item(c, *k, name(&c.iso), lang, &props.on_pick));
    html! {
        <section class="changes" aria-label={t(lang, Key::Changes)}>
            <h3>{ format!("{} ({} → {})", t(lang, Key::Changes), format_date(lang, a), format_date(lang, b)) }</h3>
            if legal.is_empty() {
                <p>{ t(lang, Key::NoChanges) }</p>
            } else {
                <ol>{ for items }</ol>
            }
            if !apart.is_empty() {
                <h4 class="apart-head">{ t(lang, Key::NotLegalChanges) }</h4>
                <ul class="apart-list">{ for others }</ul>
            }
        </section>
    }
}
