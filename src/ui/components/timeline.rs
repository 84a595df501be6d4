//! The date slider over legal events: one tick per instrument's effective date, a thumb
//! that is an ARIA `slider` (arrow keys jump from event to event, Page keys by 30 days,
//! Home/End to the ends), and a play button.

use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, PointerEvent};
use yew::prelude::*;

use crate::core::date::Date;
use crate::ui::i18n::{colon, format_date, format_short_date, t, Key, Lang};

/// A labelled event on the slider.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Effective date.
    pub date: Date,
    /// "BIS: case-by-case review for China and Macau" (UI language).
    pub label: String,
    /// `false` for an instrument published but never enforced (drawn hollow).
    pub enforced: bool,
}

/// Props of [`Timeline`].
#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    /// The date shown.
    pub date: Date,
    /// First day (the model start).
    pub min: Date,
    /// Last day (today).
    pub max: Date,
    /// Events, sorted by date.
    pub ticks: Rc<Vec<Tick>>,
    /// UI language.
    pub lang: Lang,
    /// Called with the new date.
    pub on_change: Callback<Date>,
}

/// Fraction of the way from `min` to `max`, in percent.
fn percent(d: Date, min: Date, max: Date) -> f64 {
    let span = f64::from((max.day_number() - min.day_number()).max(1));
    (f64::from(d.day_number() - min.day_number()) / span * 100.0).clamp(0.0, 100.0)
}

/// The next event strictly after `d` (or `max`), and the previous strictly before (or `min`).
fn step(ticks: &[Tick], d: Date, forward: bool, min: Date, max: Date) -> Date {
    let dates = ticks
        .iter()
        .map(|t| t.date)
        .filter(|t| *t >= min && *t <= max);
    if forward {
        dates.filter(|t| *t > d).min().unwrap_or(max)
    } else {
        dates.filter(|t| *t < d).max().unwrap_or(min)
    }
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The slider with its play button and the label of the latest event.
#[function_component(Timeline)]
pub fn timeline(props: &TimelineProps) -> Html {
    let (min, max, lang) = (props.min, props.max, props.lang);
    let playing = use_state(|| false);
    let track = use_node_ref();

    // Play: one event every 1.5 s (3 s when the reader prefers reduced motion), then stop.
    {
        let (playing, on_change, ticks, date) = (
            playing.clone(),
            props.on_change.clone(),
            props.ticks.clone(),
            props.date,
        );
        use_effect_with((*playing, date), move |(is_playing, date)| {
            let mut handle = None;
            if *is_playing {
                let next = step(&ticks, *date, true, min, max);
                let delay = if reduced_motion() { 3000 } else { 1500 };
                let cb = Closure::once(move || {
                    on_change.emit(next);
                    if next >= max {
                        playing.set(false);
                    }
                });
                handle = web_sys::window().and_then(|w| {
                    w.set_timeout_with_callback_and_timeout_and_arguments_0(
                        cb.as_ref().unchecked_ref(),
                        delay,
                    )
                    .ok()
                });
                cb.forget();
            }
            move || {
                if let (Some(h), Some(w)) = (handle, web_sys::window()) {
                    w.clear_timeout_with_handle(h);
                }
            }
        });
    }

    let on_key = {
        let (on_change, ticks, date) = (props.on_change.clone(), props.ticks.clone(), props.date);
        Callback::from(move |e: KeyboardEvent| {
            let shift = |days: i32| {
                Date::from_day_number(
                    (date.day_number() + days).clamp(min.day_number(), max.day_number()),
                )
                .unwrap_or(date)
            };
            let next = match e.key().as_str() {
                "ArrowRight" | "ArrowUp" => step(&ticks, date, true, min, max),
                "ArrowLeft" | "ArrowDown" => step(&ticks, date, false, min, max),
                "PageUp" => shift(30),
                "PageDown" => shift(-30),
                "Home" => min,
                "End" => max,
                _ => return,
            };
            e.prevent_default();
            on_change.emit(next);
        })
    };
    let date_at = {
        let (track, ticks) = (track.clone(), props.ticks.clone());
        move |x: f64| -> Option<Date> {
            let el = track.cast::<Element>()?;
            let r = el.get_bounding_client_rect();
            if r.width() <= 0.0 {
                return None;
            }
            let f = ((x - r.left()) / r.width()).clamp(0.0, 1.0);
            let span = f64::from(max.day_number() - min.day_number());
            let day = min.day_number() + (f * span).round() as i32;
            // Snap to an event within 8 px.
            let snap = (8.0 / r.width() * span) as i32;
            let near = ticks
                .iter()
                .map(|t| t.date)
                .filter(|t| (t.day_number() - day).abs() <= snap)
                .min_by_key(|t| (t.day_number() - day).abs());
            near.or_else(|| Date::from_day_number(day))
        }
    };
    let on_down = {
        let (on_change, date_at) = (props.on_change.clone(), date_at.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some(t) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                let _ = t.set_pointer_capture(e.pointer_id());
            }
            if let Some(d) = date_at(f64::from(e.client_x())) {
                on_change.emit(d);
            }
        })
    };
    let on_drag = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: PointerEvent| {
            if e.buttons() & 1 == 1 {
                if let Some(d) = date_at(f64::from(e.client_x())) {
                    on_change.emit(d);
                }
            }
        })
    };
    let toggle = {
        let playing = playing.clone();
        Callback::from(move |_| playing.set(!*playing))
    };

    // Positions through the CSSOM (strict CSP blocks style attributes), after each render.
    {
        let track = track.clone();
        use_effect(move || {
            if let Some(el) = track.cast::<Element>() {
                crate::ui::styles::apply(&el);
            }
        });
    }
    let current = props
        .ticks
        .iter()
        .filter(|t| t.date <= props.date)
        .max_by_key(|t| t.date);
    let pos = percent(props.date, min, max);
    html! {
        <div class="timeline">
            <button type="button" class="play" aria-pressed={if *playing { "true" } else { "false" }} onclick={toggle}
                aria-label={t(lang, if *playing { Key::Pause } else { Key::Play })}>
                { if *playing { "❚❚" } else { "▶" } }
            </button>
            <div class="track" ref={track} onpointerdown={on_down} onpointermove={on_drag}>
                <div class="rail" aria-hidden="true"><div class="fill" data-css-width={format!("{pos:.2}%")}></div></div>
                { for props.ticks.iter().filter(|tk| tk.date >= min && tk.date <= max).map(|tk| html! {
                    <span class={classes!("tick", (!tk.enforced).then_some("never"), (tk.date <= props.date).then_some("past"))}
                        data-css-left={format!("{:.2}%", percent(tk.date, min, max))}
                        title={format!("{}{}{}", format_short_date(lang, tk.date), colon(lang), tk.label)} aria-hidden="true"></span>
                }) }
                <div class="thumb" role="slider" tabindex="0" aria-label={t(lang, Key::DateLabel)}
                    aria-valuemin={min.day_number().to_string()} aria-valuemax={max.day_number().to_string()}
                    aria-valuenow={props.date.day_number().to_string()}
                    aria-valuetext={format_date(lang, props.date)}
                    data-date={props.date.to_string()}
                    data-css-left={format!("{pos:.2}%")} onkeydown={on_key}></div>
            </div>
            <p class="now">
                <strong><time datetime={props.date.to_string()}>{ format_date(lang, props.date) }</time></strong>
                { for current.map(|c| html! {
                    <span class="event">{ format!(" — {}{}{}{}", format_short_date(lang, c.date), colon(lang), c.label,
                        if c.enforced { String::new() } else { format!(" ({})", t(lang, Key::NeverEnforced)) }) }</span>
                }) }
            </p>
        </div>
    }
}
