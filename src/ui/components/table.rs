//! The table view: every country with both statuses and their sources at the date shown,
//! sortable by column (names in the UI language's alphabetical order), filterable by
//! status. The same data as the map. In a box narrower than 600 px (a phone, a narrow
//! column of an article) each row becomes a card whose cells carry their column's name
//! (`data-label`, features.css): no box that scrolls both ways. The explicit table roles
//! keep the table's semantics when the cards change its display.

use std::collections::HashMap;
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::engine::{CountryStatus, Model};
use crate::core::i18n::{format_short_date, name_of, status_label, t, Key, Lang};
use crate::core::model::{Axis, Status};
use crate::core::render::Paint;
use crate::core::table::{filter, rows, since_cell, sort, Row, Sort, SortKey};
use crate::ui::components::source_item::source_link;
use crate::ui::components::status_label::{confidence_badge, swatch};
use crate::ui::data::PageData;
use crate::ui::intl::Collator;

/// At most this many sources per row.
const MAX_SOURCES: usize = 3;

/// Props of [`StatusTable`].
#[derive(Properties, PartialEq)]
pub struct StatusTableProps {
    /// Dataset.
    pub page: Rc<PageData>,
    /// The date shown.
    pub date: Date,
    /// The axis on the map (the filter applies to it).
    pub axis: Axis,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// Their alphabetical order.
    pub collator: Rc<Collator>,
    /// UI language.
    pub lang: Lang,
    /// Select a country (opens its details).
    pub on_pick: Callback<String>,
}

/// A column header: a button that sorts by it, with `aria-sort`.
fn header(key: SortKey, label: &'static str, sort: &UseStateHandle<Sort>) -> Html {
    let aria = sort.aria(key);
    let arrow = match aria {
        "ascending" => " ▲",
        "descending" => " ▼",
        _ => "",
    };
    let sort = sort.clone();
    html! {
        <th scope="col" role="columnheader" aria-sort={aria}>
            <button type="button" class="sort" onclick={Callback::from(move |_| sort.set(sort.toggled(key)))}>
                { label }<span aria-hidden="true">{ arrow }</span></button>
        </th>
    }
}

/// A status cell: swatch, words, and for a real status its confidence badge and since when
/// (a "no data" status has neither: it is not a restriction that took effect).
/// `label`: the column's name, shown before the cell in the stacked layout.
fn cell(lang: Lang, s: &CountryStatus, label: &'static str, model_start: Date) -> Html {
    let real = since_cell(lang, s, model_start).map(|since| {
        html! { <>
            { " " }{ confidence_badge(lang, s.confidence) }
            <br/><span class="meta">{ since }</span>
        </> }
    });
    html! {
        <td role="cell" data-status={s.status.code()} data-label={label}>
            { swatch(Paint::Status(s.status)) }
            { status_label(lang, s.status) }{ for real }
        </td>
    }
}

/// One row: the name (a button that opens the details), both statuses, the sources.
fn row(model: &Model, r: &Row, lang: Lang, on_pick: &Callback<String>) -> Html {
    let (pick, code) = (on_pick.clone(), r.iso.clone());
    let start = model.dataset().model_start;
    let mut ids: Vec<&String> = r
        .export
        .sources
        .iter()
        .chain(r.import.sources.iter())
        .collect();
    ids.dedup();
    let links = ids
        .iter()
        .filter_map(|id| model.source(id))
        .take(MAX_SOURCES)
        .map(|s| html! { <>{ source_link(s, &s.publisher, None) }{ " " }</> });
    html! {
        <tr role="row" data-row-iso={r.iso.clone()}>
            <th scope="row" role="rowheader"><button type="button" class="linkish" onclick={Callback::from(move |_| pick.emit(code.clone()))}>{ &r.name }</button></th>
            { cell(lang, &r.export, t(lang, Key::ViewExport), start) }{ cell(lang, &r.import, t(lang, Key::ViewImport), start) }
            <td role="cell" class="srcs" data-label={t(lang, Key::Sources)}>{ for links }</td>
        </tr>
    }
}

/// A real `<table>` with column headers, `aria-sort`, and a status filter.
#[function_component(StatusTable)]
pub fn status_table(props: &StatusTableProps) -> Html {
    let lang = props.lang;
    let sort_by = use_state(Sort::default);
    let status = use_state(|| None::<Status>);
    let model = &props.page.model;
    let all = rows(model, props.date, |iso| name_of(&props.names, iso));
    let mut shown = filter(all, props.axis, *status);
    let collator = &props.collator;
    sort(&mut shown, *sort_by, &|a, b| collator.compare(a, b));
    let on_filter = {
        let status = status.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            status.set(Status::from_code(&v));
        })
    };
    let options = Status::all(props.axis).iter().map(|s| html! {
        <option value={s.code()} selected={*status == Some(*s)}>{ status_label(lang, *s) }</option>
    });
    html! {
        <div class="tablewrap">
            <label class="filter">{ format!("{} ", t(lang, Key::Filter)) }
                <select onchange={on_filter} data-filter="status">
                    <option value="" selected={status.is_none()}>{ t(lang, Key::All) }</option>
                    { for options }
                </select>
                <span class="meta">{ format!(" ({})", shown.len()) }</span>
            </label>
            <table class="status-table" role="table">
                <caption class="sr">{ format!("{} — {}", t(lang, Key::Title), format_short_date(lang, props.date)) }</caption>
                <thead role="rowgroup"><tr role="row">
                    { header(SortKey::Name, t(lang, Key::Country), &sort_by) }
                    { header(SortKey::Export, t(lang, Key::ViewExport), &sort_by) }
                    { header(SortKey::Import, t(lang, Key::ViewImport), &sort_by) }
                    <th scope="col" role="columnheader" class="col-srcs">{ t(lang, Key::Sources) }</th>
                </tr></thead>
                <tbody role="rowgroup">{ for shown.iter().map(|r| row(model, r, lang, &props.on_pick)) }</tbody>
            </table>
        </div>
    }
}
