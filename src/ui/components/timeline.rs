//! The date slider over legal events: one tick per instrument's effective date, and one
//! dashed tick per change already scheduled after today (the track reaches the last of
//! them, its future part dashed, today marked); a thumb that is an ARIA `slider` (arrow
//! keys jump from event to event and stop on today, Page keys by 30 days, Home/End to the
//! ends), and a play button. Under the track: the date shown and its latest event, the
//! next scheduled change, and, for a date well after the dataset's `as_of`, the notice
//! that later changes may be missing.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::freshness::after_as_of;
use crate::core::i18n::law::after_as_of_notice;
use crate::core::i18n::sentences::date_line;
use crate::core::i18n::{colon, format_date, format_short_date, t, Key, Lang};
use crate::core::timeline::{current, date_at, percent, shift, step, Tick, PAGE_DAYS};
use crate::ui::hooks::use_play;

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The date shown.
    pub date: Date,
    /// First day (the model start).
    pub min: Date,
    /// Last day: the last change scheduled after today, or today.
    pub max: Date,
    /// Today (a stop for the arrow keys; the track is dashed after it).
    pub today: Date,
    /// The dataset's `as_of` ("facts checked up to").
    pub as_of: Date,
    /// Events, sorted by date.
    pub ticks: Rc<Vec<Tick>>,
    /// UI language.
    pub lang: Lang,
    /// Called with the new date.
    pub on_change: Callback<Date>,
}

/// The date a key press on the thumb moves to, if the key is one of the slider's.
fn key_date(
    key: &str,
    ticks: &[Tick],
    date: Date,
    (min, max, today): (Date, Date, Date),
) -> Option<Date> {
    Some(match key {
        "ArrowRight" | "ArrowUp" => step(ticks, date, true, min, max, today),
        "ArrowLeft" | "ArrowDown" => step(ticks, date, false, min, max, today),
        "PageUp" => shift(date, PAGE_DAYS, min, max),
        "PageDown" => shift(date, -PAGE_DAYS, min, max),
        "Home" => min,
        "End" => max,
        _ => return None,
    })
}

/// The date under the pointer on `track`.
fn pointer_date(track: &NodeRef, x: f64, ticks: &[Tick], min: Date, max: Date) -> Option<Date> {
    let r = track.cast::<Element>()?.get_bounding_client_rect();
    if r.width() <= 0.0 {
        return None;
    }
    date_at((x - r.left()) / r.width(), r.width(), ticks, min, max)
}

/// The ticks on the track (past ones solid, never-enforced ones hollow, scheduled ones
/// dashed), the dashed future part of the rail and today's mark.
fn ticks_markup(props: &TimelineProps) -> Html {
    let (min, max, lang) = (props.min, props.max, props.lang);
    let future = (props.today < max).then(|| {
        let left = format!("{:.2}%", percent(props.today, min, max));
        html! { <>
            <span class="future-rail" data-css-left={left.clone()} aria-hidden="true"></span>
            <span class="today-mark" data-css-left={left} title={t(lang, Key::Today)} aria-hidden="true"></span>
        </> }
    });
    html! { <>{ for future }{ for props.ticks.iter().filter(|tk| tk.date >= min && tk.date <= max).map(|tk| html! {
        <span class={classes!("tick", (!tk.enforced).then_some("never"), tk.future.then_some("future"), (tk.date <= props.date).then_some("past"))}
            data-css-left={format!("{:.2}%", percent(tk.date, min, max))} data-date={tk.date.to_string()}
            title={format!("{}{}{}", format_short_date(lang, tk.date), colon(lang), tk.label)} aria-hidden="true"></span>
    }) }</> }
}

/// "Scheduled: 6 Apr 2027 — United Arab Emirates: end of …", the first future tick after
/// the date shown; and the notice for a date more than 30 days after `as_of`.
fn outlook(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let next = props
        .ticks
        .iter()
        .find(|tk| tk.future && tk.date > props.date);
    let next = next.map(|tk| {
        html! {
            <p class="next" data-date={tk.date.to_string()}>
                <span class="tag">{ t(lang, Key::Scheduled) }</span>
                { format!(" {} — {}", format_short_date(lang, tk.date), tk.label) }
            </p>
        }
    });
    let late = after_as_of(props.date, props.as_of)
        .then(|| html! { <p class="after-asof" role="note">{ after_as_of_notice(lang, props.as_of) }</p> });
    html! { <>{ for next }{ for late }</> }
}

/// Under the track, two sentences that cannot be read as a range: "Situation on 1
/// December 2026." and "Latest event: 31 May 2026, BIS: …" (`sentences::date_line`).
fn now_line(props: &TimelineProps) -> Html {
    let lang = props.lang;
    let event = current(&props.ticks, props.date).map(|c| {
        let never = if c.enforced {
            String::new()
        } else {
            format!(" ({})", t(lang, Key::NeverEnforced))
        };
        (c.date, format!("{}{never}", c.label))
    });
    let (shown, latest) = date_line(
        lang,
        props.date,
        event.as_ref().map(|(d, l)| (*d, l.as_str())),
    );
    html! {
        <p class="now">
            <strong><time datetime={props.date.to_string()}>{ shown }</time></strong>
            if !latest.is_empty() {
                { " " }<span class="event">{ latest }</span>
            }
        </p>
    }
}

/// The slider with its play button and the label of the latest event.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let (min, max, lang, today) = (props.min, props.max, props.lang, props.today);
    let track = use_node_ref();
    let (playing, toggle) = use_play(
        props.date,
        (min, max, today),
        &props.ticks,
        &props.on_change,
    );
    let on_key = {
        let (on_change, ticks, date) = (props.on_change.clone(), props.ticks.clone(), props.date);
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = key_date(&e.key(), &ticks, date, (min, max, today)) {
                e.prevent_default();
                on_change.emit(next);
            }
        })
    };
    let on_down = {
        let (on_change, ticks, track) =
            (props.on_change.clone(), props.ticks.clone(), track.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                // Capture keeps the drag on the slider; without it, dragging still works
                // while the pointer stays on the track.
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            if let Some(d) = pointer_date(&track, f64::from(e.client_x()), &ticks, min, max) {
                on_change.emit(d);
            }
        })
    };
    let on_drag = {
        let (on_change, ticks, track) =
            (props.on_change.clone(), props.ticks.clone(), track.clone());
        Callback::from(move |e: PointerEvent| {
            if e.buttons() & 1 == 1 {
                if let Some(d) = pointer_date(&track, f64::from(e.client_x()), &ticks, min, max) {
                    on_change.emit(d);
                }
            }
        })
    };
    let pos = format!("{:.2}%", percent(props.date, min, max));
    html! {
        <div class="timeline">
            <button type="button" class="play" aria-pressed={if playing { "true" } else { "false" }}
                onclick={toggle.reform(|_| ())} aria-label={t(lang, if playing { Key::Pause } else { Key::Play })}>
                { if playing { "❚❚" } else { "▶" } }
            </button>
            <div class="track" ref={track} onpointerdown={on_down} onpointermove={on_drag}>
                <div class="rail" aria-hidden="true"><div class="fill" data-css-width={pos.clone()}></div></div>
                { ticks_markup(props) }
                <div class="thumb" role="slider" tabindex="0" aria-label={t(lang, Key::DateLabel)}
                    aria-valuemin={min.day_number().to_string()} aria-valuemax={max.day_number().to_string()}
                    aria-valuenow={props.date.day_number().to_string()}
                    aria-valuetext={format_date(lang, props.date)}
                    data-date={props.date.to_string()}
                    data-css-left={pos} onkeydown={on_key}></div>
            </div>
            { now_line(props) }
            { outlook(props) }
        </div>
    }
}
