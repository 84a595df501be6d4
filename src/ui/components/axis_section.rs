//! One axis (export or import) of the details panel: the status in words, the rule, the
//! named exceptions in force, the changes scheduled after the date shown, the conditions
//! that hold on it, the history and the sources (with how reliable each one is).
//!
//! Public DOM contract: `<section data-axis="export|import">` whose status is
//! `<strong data-status="CODE">`.

use yew::prelude::*;

use crate::core::engine::{CountryStatus, Model};
use crate::core::i18n::{axis_heading, colon, format_date, since, status_label, t, Key, Lang};
use crate::core::model::{Confidence, Instrument, InstrumentKind};
use crate::core::render::Paint;
use crate::ui::components::exception_list::exception_list;
use crate::ui::components::scheduled_list::scheduled_list;
use crate::ui::components::source_list::source_list;
use crate::ui::components::status_label::{confidence_badge, swatch};

/// "Rule: LABEL — TITLE · CITATION" (the official title only for an official act).
fn rule_line(lang: Lang, i: &Instrument) -> Html {
    let official = (i.kind != InstrumentKind::PressReport).then(|| html! {
        <>{ " — " }<cite lang="en">{ &i.title }</cite>{ for i.citation.as_ref().map(|c| format!(" · {c}")) }</>
    });
    html! {
        <p class="rule">{ format!("{}{}", t(lang, Key::Rule), colon(lang)) }
            <span lang={lang.data_lang()}>{ lang.pick(&i.label_en, &i.label_fr).into_owned() }</span>{ for official }</p>
    }
}

/// The dated list of the statuses this country had on this axis up to the date shown
/// ([`Model::history_until`]: nothing later).
fn history(model: &Model, s: &CountryStatus, lang: Lang, open: bool) -> Html {
    let timeline = model.history_until(&s.iso, s.axis, s.date);
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
                { for inst.map(|i| html! { <span class="meta">{ " · " }<span lang={lang.data_lang()}>{ lang.pick(&i.label_en, &i.label_fr).into_owned() }</span></span> }) }
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

/// The conditions holding on the date shown (only those), each with its own confidence
/// mark when it has one weaker than confirmed.
fn conditions(model: &Model, s: &CountryStatus, lang: Lang, open: bool) -> Html {
    let held = model.conditions(s);
    if held.is_empty() {
        return html! {};
    }
    let items = held.iter().map(|(_, c)| {
        let badge = c
            .confidence
            .filter(|k| *k != Confidence::Confirmed)
            .map(|k| html! { <>{ " " }{ confidence_badge(lang, k) }</> });
        html! { <li><span lang={lang.data_lang()}>{ lang.pick(&c.en, &c.fr).into_owned() }</span>{ for badge }</li> }
    });
    html! {
        <details class="conditions" {open}>
            <summary>{ t(lang, Key::Conditions) }</summary>
            <ul>{ for items }</ul>
        </details>
    }
}

/// The status line: swatch, words, and for a real status its confidence and since when (a
/// "no data" status has neither: it is not a restriction that took effect).
fn status_line(model: &Model, s: &CountryStatus, lang: Lang) -> Html {
    let real = (!s.status.is_no_data()).then(|| {
        html! { <>
            { confidence_badge(lang, s.confidence) }
            <span class="since">{ since(lang, s.effective, model.dataset().model_start) }</span>
        </> }
    });
    html! {
        <p class="status">
            { swatch(Paint::Status(s.status)) }
            <strong class="label" data-status={s.status.code()}>{ status_label(lang, s.status) }</strong>
            { for real }
        </p>
    }
}

/// One axis of the panel; `primary` (the axis on the map) opens its details.
pub fn axis_section(model: &Model, s: &CountryStatus, lang: Lang, primary: bool) -> Html {
    let main = model.rule(&s.rules[0]);
    let summary = main.map(|r| lang.pick(&r.summary_en, &r.summary_fr).to_string());
    let instrument = main
        .and_then(|r| r.instrument.as_deref())
        .and_then(|id| model.instrument(id));
    html! {
        <section class={classes!("axis", format!("axis-{}", s.axis.code()))} data-axis={s.axis.code()}>
            <h4>{ axis_heading(lang, s.axis) }</h4>
            { status_line(model, s, lang) }
            { for summary.map(|x| html! { <p class="summary" lang={lang.data_lang()}>{ x }</p> }) }
            { for instrument.map(|i| rule_line(lang, i)) }
            { exception_list(model, s, lang) }
            { scheduled_list(model, s, lang) }
            { conditions(model, s, lang, primary) }
            { history(model, s, lang, primary) }
            { source_list(model, &s.sources, lang) }
        </section>
    }
}
