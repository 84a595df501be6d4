//! The details panel of the selected country: both statuses in words, the rule, its
//! conditions, dates, history and sources.
//!
//! Public DOM contract: the panel is `<section role="region" data-iso="XX">` with an
//! accessible name ("Details: China").

use std::rc::Rc;

use yew::prelude::*;

use crate::core::date::Date;
use crate::core::engine::CountryStatus;
use crate::core::model::{Axis, Confidence, InstrumentKind, SourceKind};
use crate::ui::data::Shared;
use crate::ui::i18n::{
    colon, confidence_label, format_date, format_pub_date, status_label, t, Key, Lang,
};

/// Props of [`Panel`].
#[derive(Properties, PartialEq)]
pub struct PanelProps {
    /// Dataset and geometry.
    pub shared: Rc<Shared>,
    /// The selected country (ISO 3166-1 alpha-2).
    pub iso: AttrValue,
    /// Its name in the UI language.
    pub name: AttrValue,
    /// The date shown.
    pub date: Date,
    /// The axis the map shows (listed first).
    pub view: Axis,
    /// UI language.
    pub lang: Lang,
    /// Close button.
    pub on_close: Callback<()>,
}

fn confidence_badge(lang: Lang, c: Confidence) -> Html {
    match confidence_label(lang, c) {
        Some(label) => html! { <span class={classes!("badge", c.code())}>{ label }</span> },
        None => html! {},
    }
}

/// "since 15 January 2026", or "since at least 7 October 2022" for a status already in
/// force when the model starts (its true start is older than the dataset).
fn since(lang: Lang, effective: Date, model_start: Date) -> String {
    let date = format_date(lang, effective);
    match (lang, effective <= model_start) {
        (Lang::En, true) => format!(" since at least {date}"),
        (Lang::Fr, true) => format!(" au moins depuis le {date}"),
        (Lang::De, true) => format!(" mindestens seit {date}"),
        (Lang::Es, true) => format!(" al menos desde el {date}"),
        _ => format!(" {} {date}", t(lang, Key::Since)),
    }
}

fn axis_section(shared: &Shared, s: &CountryStatus, lang: Lang, primary: bool) -> Html {
    let model = &shared.model;
    let main = model.rule(&s.rules[0]);
    let heading = match s.axis {
        Axis::Export => t(lang, Key::ExportHeading),
        Axis::Import => t(lang, Key::ImportHeading),
    };
    let summary = main.map(|r| {
        if lang == Lang::Fr {
            r.summary_fr.clone()
        } else {
            r.summary_en.clone()
        }
    });
    // Only the conditions that hold on the date shown.
    let conditions: Vec<String> = model
        .conditions(s)
        .into_iter()
        .map(|(_, c)| {
            if lang == Lang::Fr {
                c.fr.clone()
            } else {
                c.en.clone()
            }
        })
        .collect();
    let instrument = main
        .and_then(|r| r.instrument.as_deref())
        .and_then(|id| model.instrument(id));
    let timeline = model.timeline(&s.iso, s.axis);
    let sources = s.sources.iter().filter_map(|id| model.source(id)).map(|src| {
        let primary = src.kind == SourceKind::Primary;
        let title = if src.url.starts_with("https://") {
            html! { <a href={src.url.clone()} target="_blank" rel="noopener noreferrer">{ &src.title }<span class="sr">{ " " }{ t(lang, Key::OpensNewTab) }</span></a> }
        } else {
            html! { <span>{ &src.title }</span> }
        };
        html! {
            <li class={classes!(primary.then_some("primary"))}>
                { title }
                <span class="meta">{ format!(" — {}, {}", src.publisher, format_pub_date(lang, src.date)) }
                    { for src.citation.as_ref().map(|c| html! { <>{ " · " }<cite>{ c }</cite></> }) }
                </span>
            </li>
        }
    });
    html! {
        <section class={classes!("axis", format!("axis-{}", s.axis.code()))} data-axis={s.axis.code()}>
            <h4>{ heading }</h4>
            <p class="status">
                <span class={classes!("sw", format!("s-{}", s.status.code()))} aria-hidden="true"></span>
                <strong class="label" data-status={s.status.code()}>{ status_label(lang, s.status) }</strong>
                { confidence_badge(lang, s.confidence) }
                <span class="since">{ since(lang, s.effective, model.dataset().model_start) }</span>
            </p>
            { for summary.map(|x| html! { <p class="summary">{ x }</p> }) }
            { for instrument.map(|i| {
                let label = if lang == Lang::Fr { &i.label_fr } else { &i.label_en };
                let official = (i.kind != InstrumentKind::PressReport).then(|| html! {
                    <>{ " — " }<cite lang="en">{ &i.title }</cite>{ for i.citation.as_ref().map(|c| format!(" · {c}")) }</>
                });
                html! { <p class="rule">{ format!("{}{}", t(lang, Key::Rule), colon(lang)) }{ label }{ for official }</p> }
            }) }
            if !conditions.is_empty() {
                <details class="conditions" open={primary}>
                    <summary>{ t(lang, Key::Conditions) }</summary>
                    <ul>{ for conditions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                </details>
            }
            if timeline.len() > 1 {
                <details class="history" open={primary}>
                    <summary>{ t(lang, Key::History) }</summary>
                    <ol>{ for timeline.iter().map(|p| {
                        let inst = p.instrument.as_deref().and_then(|id| model.instrument(id));
                        html! {
                            <li data-status={p.status.code()}>
                                <time datetime={p.from.to_string()}>{ format_date(lang, p.from) }</time>
                                { " — " }{ status_label(lang, p.status) }
                                { " " }{ confidence_badge(lang, p.confidence) }
                                { for inst.map(|i| html! { <span class="meta">{ format!(" · {}", if lang == Lang::Fr { &i.label_fr } else { &i.label_en }) }</span> }) }
                            </li>
                        }
                    }) }</ol>
                </details>
            }
            <div class="sources">
                <h5>{ t(lang, Key::Sources) }</h5>
                if s.sources.is_empty() {
                    <p class="meta">{ t(lang, Key::NoSource) }</p>
                }
                <ul>{ for sources }</ul>
            </div>
        </section>
    }
}

/// The details of one country, both axes, the one on the map first.
#[function_component(Panel)]
pub fn panel(props: &PanelProps) -> Html {
    let model = &props.shared.model;
    let axes = match props.view {
        Axis::Export => [Axis::Export, Axis::Import],
        Axis::Import => [Axis::Import, Axis::Export],
    };
    let sections = axes
        .iter()
        .filter_map(|a| model.try_status(&props.iso, *a, props.date))
        .enumerate()
        .map(|(i, s)| axis_section(&props.shared, &s, props.lang, i == 0));
    let close = props.on_close.clone();
    let aria = format!(
        "{}{}{}",
        t(props.lang, Key::Details),
        colon(props.lang),
        props.name
    );
    html! {
        <section class="panel" role="region" aria-label={aria} data-iso={props.iso.clone()}>
            <header>
                <h3>{ props.name.clone() }</h3>
                <button type="button" class="close" aria-label={t(props.lang, Key::Close)}
                    onclick={Callback::from(move |_| close.emit(()))}>{ "×" }</button>
            </header>
            <p class="date">{ format!("{} {}", t(props.lang, Key::AsOf), format_date(props.lang, props.date)) }
                if crate::core::freshness::after_as_of(props.date, model.dataset().as_of) {
                    <span class="after-asof">{ format!(" — {} {}.", t(props.lang, Key::AfterAsOf), format_date(props.lang, model.dataset().as_of)) }</span>
                }
            </p>
            { for sections }
        </section>
    }
}
