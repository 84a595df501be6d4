//! One axis (export or import) of the details panel: the status in words, the rule, its
//! conditions, the history and the sources.
//!
//! Public DOM contract: `<section data-axis="export|import">` whose status is
//! `<strong data-status="CODE">`.

use yew::prelude::*;

use crate::core::engine::{CountryStatus, Model};
use crate::core::i18n::{
    axis_heading, colon, format_date, format_pub_date, since, status_label, t, Key, Lang,
};
use crate::core::model::{Instrument, InstrumentKind, SourceKind};
use crate::core::render::Paint;
use crate::ui::components::source_item::source_link;
use crate::ui::components::status_label::{confidence_badge, swatch};

/// "Rule: LABEL — TITLE · CITATION" (the official title only for an official act).
fn rule_line(lang: Lang, i: &Instrument) -> Html {
    let official = (i.kind != InstrumentKind::PressReport).then(|| html! {
        <>{ " — " }<cite lang="en">{ &i.title }</cite>{ for i.citation.as_ref().map(|c| format!(" · {c}")) }</>
    });
    html! {
        <p class="rule">{ format!("{}{}", t(lang, Key::Rule), colon(lang)) }
            { lang.pick(&i.label_en, &i.label_fr) }{ for official }</p>
    }
}

/// The dated list of the statuses this country had on this axis.
fn history(model: &Model, s: &CountryStatus, lang: Lang, open: bool) -> Html {
    let timeline = model.timeline(&s.iso, s.axis);
    if timeline.len() <= 1 {
        return html! {};
    }
    let items = timeline.iter().map(|p| {
        let inst = p.instrument.as_deref().and_then(|id| model.instrument(id));
        html! {
            <li data-status={p.status.code()}>
                <time datetime={p.from.to_string()}>{ format_date(lang, p.from) }</time>
                { " — " }{ status_label(lang, p.status) }
                { " " }{ confidence_badge(lang, p.confidence) }
                { for inst.map(|i| html! { <span class="meta">{ format!(" · {}", lang.pick(&i.label_en, &i.label_fr)) }</span> }) }
            </li>
        }
    });
    html! {
        <details class="history" {open}>
            <summary>{ t(lang, Key::History) }</summary>
            <ol>{ for items }</ol>
        </details>
    }
}

/// The sources of the status, primary texts marked.
fn sources(model: &Model, s: &CountryStatus, lang: Lang) -> Html {
    let items = s.sources.iter().filter_map(|id| model.source(id)).map(|src| {
        let primary = src.kind == SourceKind::Primary;
        html! {
            <li class={classes!(primary.then_some("primary"))}>
                { source_link(src, &src.title, Some(t(lang, Key::OpensNewTab))) }
                <span class="meta">{ format!(" — {}, {}", src.publisher, format_pub_date(lang, src.date)) }
                    { for src.citation.as_ref().map(|c| html! { <>{ " · " }<cite>{ c }</cite></> }) }
                </span>
            </li>
        }
    });
    html! {
        <div class="sources">
            <h5>{ t(lang, Key::Sources) }</h5>
            if s.sources.is_empty() {
                <p class="meta">{ t(lang, Key::NoSource) }</p>
            }
            <ul>{ for items }</ul>
        </div>
    }
}

/// One axis of the panel; `primary` (the axis on the map) opens its details.
pub fn axis_section(model: &Model, s: &CountryStatus, lang: Lang, primary: bool) -> Html {
    let main = model.rule(&s.rules[0]);
    let summary = main.map(|r| lang.pick(&r.summary_en, &r.summary_fr).to_string());
    // Only the conditions that hold on the date shown.
    let conditions: Vec<String> = model
        .conditions(s)
        .into_iter()
        .map(|(_, c)| lang.pick(&c.en, &c.fr).to_string())
        .collect();
    let instrument = main
        .and_then(|r| r.instrument.as_deref())
        .and_then(|id| model.instrument(id));
    html! {
        <section class={classes!("axis", format!("axis-{}", s.axis.code()))} data-axis={s.axis.code()}>
            <h4>{ axis_heading(lang, s.axis) }</h4>
            <p class="status">
                { swatch(Paint::Status(s.status)) }
                <strong class="label" data-status={s.status.code()}>{ status_label(lang, s.status) }</strong>
                { confidence_badge(lang, s.confidence) }
                <span class="since">{ since(lang, s.effective, model.dataset().model_start) }</span>
            </p>
            { for summary.map(|x| html! { <p class="summary">{ x }</p> }) }
            { for instrument.map(|i| rule_line(lang, i)) }
            if !conditions.is_empty() {
                <details class="conditions" open={primary}>
                    <summary>{ t(lang, Key::Conditions) }</summary>
                    <ul>{ for conditions.iter().map(|c| html! { <li>{ c }</li> }) }</ul>
                </details>
            }
            { history(model, s, lang, primary) }
            { sources(model, s, lang) }
        </section>
    }
}
