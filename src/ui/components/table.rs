//! The table view: every country with both statuses and their sources at the date shown,
//! sortable by column, filterable by status. The same data as the map.

use std::collections::HashMap;
use std::rc::Rc;

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::engine::CountryStatus;
use crate::core::model::{Axis, Status};
use crate::ui::data::Shared;
use crate::ui::i18n::{confidence_label, format_short_date, name_of, status_label, t, Key, Lang};

/// Props of [`StatusTable`].
#[derive(Properties, PartialEq)]
pub struct StatusTableProps {
    /// Dataset.
    pub shared: Rc<Shared>,
    /// The date shown.
    pub date: Date,
    /// The axis on the map (the filter applies to it).
    pub view: Axis,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// UI language.
    pub lang: Lang,
    /// Select a country (opens its details).
    pub on_pick: Callback<String>,
}

#[derive(Clone, Copy, PartialEq)]
enum SortKey {
    Name,
    Export,
    Import,
}

/// A real `<table>` with column headers, `aria-sort`, and a status filter.
#[function_component(StatusTable)]
pub fn status_table(props: &StatusTableProps) -> Html {
    let lang = props.lang;
    let sort = use_state(|| (SortKey::Name, true));
    let filter = use_state(|| None::<Status>);
    let model = &props.shared.model;
    let name = |iso: &str| name_of(&props.names, iso);
    let mut rows: Vec<(String, String, CountryStatus, CountryStatus)> = model
        .entities()
        .iter()
        .filter_map(|iso| {
            let e = model.try_status(iso, Axis::Export, props.date)?;
            let i = model.try_status(iso, Axis::Import, props.date)?;
            Some((iso.clone(), name(iso), e, i))
        })
        .filter(|(_, _, e, i)| match *filter {
            None => true,
            Some(s) => {
                (if props.view == Axis::Export {
                    e.status
                } else {
                    i.status
                }) == s
            }
        })
        .collect();
    let (key, asc) = *sort;
    rows.sort_by(|a, b| {
        let o = match key {
            SortKey::Name => a.1.to_lowercase().cmp(&b.1.to_lowercase()),
            SortKey::Export => a.2.status.cmp(&b.2.status).then_with(|| a.1.cmp(&b.1)),
            SortKey::Import => a.3.status.cmp(&b.3.status).then_with(|| a.1.cmp(&b.1)),
        };
        if asc {
            o
        } else {
            o.reverse()
        }
    });
    let header = |k: SortKey, label: &'static str| {
        let sort = sort.clone();
        let aria = if key == k {
            if asc {
                "ascending"
            } else {
                "descending"
            }
        } else {
            "none"
        };
        html! {
            <th scope="col" aria-sort={aria}>
                <button type="button" class="sort" onclick={Callback::from(move |_| {
                    let (cur, a) = *sort;
                    sort.set((k, if cur == k { !a } else { true }));
                })}>{ label }<span aria-hidden="true">{ match aria { "ascending" => " ▲", "descending" => " ▼", _ => "" } }</span></button>
            </th>
        }
    };
    let on_filter = {
        let filter = filter.clone();
        Callback::from(move |e: Event| {
            let v = e.target_unchecked_into::<HtmlSelectElement>().value();
            filter.set(Status::from_code(&v));
        })
    };
    let cell = |s: &CountryStatus| {
        let badge = confidence_label(lang, s.confidence)
            .map(|l| html! { <span class={classes!("badge", s.confidence.code())}>{ l }</span> });
        html! {
            <td data-status={s.status.code()}>
                <span class={classes!("sw", format!("s-{}", s.status.code()))} aria-hidden="true"></span>
                { status_label(lang, s.status) }{ " " }{ for badge }
                <br/><span class="meta">{ format!("{} {}", t(lang, Key::Since), format_short_date(lang, s.effective)) }</span>
            </td>
        }
    };
    let options: &[Status] = if props.view == Axis::Export {
        &Status::EXPORT_ALL
    } else {
        &Status::IMPORT_ALL
    };
    html! {
        <div class="tablewrap">
            <label class="filter">{ format!("{} ", t(lang, Key::Filter)) }
                <select onchange={on_filter} data-filter="status">
                    <option value="" selected={filter.is_none()}>{ t(lang, Key::All) }</option>
                    { for options.iter().map(|s| html! { <option value={s.code()} selected={*filter == Some(*s)}>{ status_label(lang, *s) }</option> }) }
                </select>
                <span class="meta">{ format!(" ({})", rows.len()) }</span>
            </label>
            <table class="status-table">
                <caption class="sr">{ format!("{} — {}", t(lang, Key::Title), format_short_date(lang, props.date)) }</caption>
                <thead><tr>
                    { header(SortKey::Name, t(lang, Key::Country)) }
                    { header(SortKey::Export, t(lang, Key::ViewExport)) }
                    { header(SortKey::Import, t(lang, Key::ViewImport)) }
                    <th scope="col">{ t(lang, Key::Sources) }</th>
                </tr></thead>
                <tbody>
                    { for rows.iter().map(|(iso, n, e, i)| {
                        let pick = props.on_pick.clone();
                        let code = iso.clone();
                        let mut ids: Vec<&String> = e.sources.iter().chain(i.sources.iter()).collect();
                        ids.dedup();
                        let links = ids.iter().filter_map(|id| model.source(id)).take(3).map(|s| {
                            if s.url.starts_with("https://") {
                                html! { <><a href={s.url.clone()} target="_blank" rel="noopener noreferrer">{ &s.publisher }</a>{ " " }</> }
                            } else {
                                html! { <>{ &s.publisher }{ " " }</> }
                            }
                        });
                        html! {
                            <tr data-row-iso={iso.clone()}>
                                <th scope="row"><button type="button" class="linkish" onclick={Callback::from(move |_| pick.emit(code.clone()))}>{ n }</button></th>
                                { cell(e) }{ cell(i) }
                                <td class="srcs">{ for links }</td>
                            </tr>
                        }
                    }) }
                </tbody>
            </table>
        </div>
    }
}
