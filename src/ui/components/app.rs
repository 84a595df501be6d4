//! The root component of one widget instance.

use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent, PointerEvent};
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::layout::{marker_positions, nearest_marker};
use crate::core::model::{Axis, Status};
use crate::ui::components::error_box::ErrorBox;
use crate::ui::components::legend::Legend;
use crate::ui::components::map::{WorldMap, MARKER_R};
use crate::ui::components::panel::Panel;
use crate::ui::components::tooltip::Tooltip;
use crate::ui::components::view_switch::ViewSwitch;
use crate::ui::data::{self, Shared};
use crate::ui::i18n::{format_date, status_label, t, CountryNames, Key, Lang};
use crate::ui::state::{Action, MapState};

/// The host element's attributes, as given (unvalidated strings).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// `lang`: `fr` or `en` (else the page's `<html lang>`, else English).
    pub lang: Option<String>,
    /// `country`: ISO 3166-1 alpha-2 to preselect.
    pub country: Option<String>,
    /// `view`: `export` (default) or `import`.
    pub view: Option<String>,
    /// `date`: `YYYY-MM-DD` to show (default: today).
    pub date: Option<String>,
}

/// Props of [`App`].
#[derive(Properties, PartialEq)]
pub struct AppProps {
    /// Attributes of the host element.
    pub config: Config,
    /// The `<h200-map>` element, to reflect `country` and `view` and fire events.
    #[prop_or_default]
    pub host: Option<Element>,
}

fn warn(msg: &str) {
    web_sys::console::warn_1(&format!("<h200-map>: {msg}").into());
}

fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the browser's date is a valid date")
}

/// The UI language: the `lang` attribute, else the page's `<html lang>`, else English.
pub fn resolve_lang(config: &Config) -> Lang {
    if let Some(tag) = &config.lang {
        if let Some(l) = Lang::from_tag(tag) {
            return l;
        }
        warn(&format!(
            "unsupported lang {tag:?}, using the page's language"
        ));
    }
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
        .and_then(|tag| Lang::from_tag(&tag))
        .unwrap_or(Lang::En)
}

/// Turns attributes into a valid state, warning on the console about any junk value.
fn resolve(config: &Config, shared: &Shared) -> MapState {
    let view = match config.view.as_deref() {
        None | Some("export") => Axis::Export,
        Some("import") => Axis::Import,
        Some(other) => {
            warn(&format!("unknown view {other:?}, using \"export\""));
            Axis::Export
        }
    };
    let selected = config.country.as_ref().and_then(|c| {
        let iso = c.trim().to_ascii_uppercase();
        if shared.index.contains_key(&iso) {
            Some(iso)
        } else {
            warn(&format!(
                "unknown country {c:?} (expected an ISO 3166-1 alpha-2 code on the map)"
            ));
            None
        }
    });
    let start = shared.model.dataset().model_start;
    let date = match config.date.as_deref().map(str::parse::<Date>) {
        None => today(),
        Some(Ok(d)) if d >= start => d,
        Some(Ok(d)) => {
            warn(&format!(
                "date {d} is before the first rule ({start}), showing {start}"
            ));
            start
        }
        Some(Err(e)) => {
            warn(&format!("{e}, showing today"));
            today()
        }
    };
    MapState {
        view,
        selected,
        date,
    }
}

/// Hover state: which country, and where the pointer is in the map box (CSS pixels).
#[derive(Clone, PartialEq)]
struct Hover {
    iso: String,
    x: f64,
    y: f64,
    width: f64,
}

/// The ISO code under an event: the shape or marker hit; on open sea, the nearest marker
/// within `snap_px` CSS pixels (tiny islands are easy to miss by a few pixels).
fn iso_at(
    e: &MouseEvent,
    svg: &Element,
    shared: &Shared,
    markers: &[crate::core::layout::MarkerPos],
    snap_px: f64,
) -> Option<String> {
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let hit = target
        .as_ref()
        .and_then(|t| t.closest("[data-iso]").ok().flatten());
    if let Some(iso) = hit.and_then(|h| h.get_attribute("data-iso")) {
        return Some(iso);
    }
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let k = f64::from(shared.geo.width) / rect.width();
    let x = (f64::from(e.client_x()) - rect.left()) * k;
    let y = (f64::from(e.client_y()) - rect.top()) * k;
    nearest_marker(markers, x, y, (snap_px * k).max(MARKER_R * 2.2)).map(|m| m.iso.clone())
}

/// One widget: title, view switch, legend, map with tooltip, details panel, footer.
#[function_component(App)]
pub fn app(props: &AppProps) -> Html {
    match data::shared() {
        Ok(shared) => {
            html! { <Widget shared={shared} config={props.config.clone()} host={props.host.clone()} /> }
        }
        Err(errors) => html! { <div class="h2m"><ErrorBox errors={errors} /></div> },
    }
}

#[derive(Properties, PartialEq)]
struct WidgetProps {
    shared: Rc<Shared>,
    config: Config,
    host: Option<Element>,
}

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let shared = props.shared.clone();
    let lang = resolve_lang(&props.config);
    let state = {
        let (config, shared) = (props.config.clone(), shared.clone());
        use_reducer_eq(move || resolve(&config, &shared))
    };
    // Attribute changes after mount (the custom element forwards them as new props).
    {
        let (dispatcher, shared) = (state.dispatcher(), shared.clone());
        use_effect_with(props.config.clone(), move |config| {
            let s = resolve(config, &shared);
            dispatcher.dispatch(Action::SetView(s.view));
            dispatcher.dispatch(Action::Select(s.selected));
            dispatcher.dispatch(Action::SetDate(s.date));
        });
    }
    // Reflect the reader's choices on the host element and tell the host page.
    {
        let host = props.host.clone();
        use_effect_with(
            (state.selected.clone(), state.view),
            move |(selected, view)| {
                if let Some(host) = host {
                    let _ = host.set_attribute("view", view.code());
                    let _ = match selected {
                        Some(iso) => host.set_attribute("country", iso),
                        None => host.remove_attribute("country"),
                    };
                    let detail = js_sys::Object::new();
                    let _ = js_sys::Reflect::set(
                        &detail,
                        &"country".into(),
                        &selected
                            .as_deref()
                            .map(Into::into)
                            .unwrap_or(wasm_bindgen::JsValue::NULL),
                    );
                    let _ = js_sys::Reflect::set(&detail, &"view".into(), &view.code().into());
                    let init = web_sys::CustomEventInit::new();
                    init.set_detail(&detail);
                    init.set_bubbles(true);
                    init.set_composed(true);
                    if let Ok(ev) =
                        web_sys::CustomEvent::new_with_event_init_dict("h200-map-change", &init)
                    {
                        let _ = host.dispatch_event(&ev);
                    }
                }
            },
        );
    }

    let names: Rc<HashMap<String, String>> = {
        let shared = shared.clone();
        (*use_memo(lang, move |lang| {
            let cldr = CountryNames::new(*lang);
            Rc::new(
                shared
                    .geo
                    .features
                    .iter()
                    .map(|f| (f.iso.clone(), cldr.name(&f.iso, &f.name)))
                    .collect::<HashMap<_, _>>(),
            )
        }))
        .clone()
    };
    let statuses: Rc<HashMap<String, Status>> = {
        let shared = shared.clone();
        (*use_memo((state.view, state.date), move |(view, date)| {
            Rc::new(
                shared
                    .model
                    .snapshot(*view, *date)
                    .into_iter()
                    .collect::<HashMap<_, _>>(),
            )
        }))
        .clone()
    };
    let markers = {
        let shared = shared.clone();
        (*use_memo((), move |_| {
            Rc::new(marker_positions(&shared.geo, MARKER_R * 2.6))
        }))
        .clone()
    };
    let hover = use_state(|| None::<Hover>);
    let svg_ref = use_node_ref();

    let on_view = {
        let d = state.dispatcher();
        Callback::from(move |axis: Axis| d.dispatch(Action::SetView(axis)))
    };
    let on_close = {
        let d = state.dispatcher();
        Callback::from(move |_| d.dispatch(Action::Select(None)))
    };
    let svg_of = |r: &NodeRef| {
        r.cast::<Element>()
            .and_then(|w| w.query_selector("svg").ok().flatten())
    };
    let on_click = {
        let (d, shared, markers, svg_ref) = (
            state.dispatcher(),
            shared.clone(),
            markers.clone(),
            svg_ref.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            if let Some(svg) = svg_of(&svg_ref) {
                if let Some(iso) = iso_at(&e, &svg, &shared, &markers, 10.0) {
                    d.dispatch(Action::Select(Some(iso)));
                }
            }
        })
    };
    let on_move = {
        let (hover, shared, markers, svg_ref) = (
            hover.clone(),
            shared.clone(),
            markers.clone(),
            svg_ref.clone(),
        );
        Callback::from(move |e: PointerEvent| {
            if e.pointer_type() != "mouse" {
                return;
            }
            let Some(svg) = svg_of(&svg_ref) else { return };
            let rect = svg.get_bounding_client_rect();
            let next = iso_at(&e, &svg, &shared, &markers, 10.0).map(|iso| Hover {
                iso,
                x: f64::from(e.client_x()) - rect.left(),
                y: f64::from(e.client_y()) - rect.top(),
                width: rect.width(),
            });
            if *hover != next {
                hover.set(next);
            }
        })
    };
    let on_leave = {
        let hover = hover.clone();
        Callback::from(move |_: PointerEvent| hover.set(None))
    };
    let on_pick = {
        let d = state.dispatcher();
        Callback::from(move |e: Event| {
            if let Some(sel) = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlSelectElement>().ok())
            {
                let v = sel.value();
                d.dispatch(Action::Select((!v.is_empty()).then_some(v)));
            }
        })
    };

    let name_of = |iso: &str| names.get(iso).cloned().unwrap_or_else(|| iso.to_string());
    let mut sorted: Vec<(&String, &String)> = names.iter().collect();
    sorted.sort_by_key(|(_, name)| name.to_lowercase());
    let dataset = shared.model.dataset();
    let tooltip = (*hover).as_ref().map(|h| {
        let status = statuses
            .get(&h.iso)
            .map(|s| status_label(lang, *s))
            .unwrap_or(t(lang, Key::NoData));
        html! { <Tooltip name={name_of(&h.iso)} status={status} x={h.x} y={h.y} width={h.width} /> }
    });
    let hovered = (*hover).as_ref().map(|h| h.iso.clone());
    let panel = state.selected.as_ref().map(|iso| {
        html! {
            <Panel shared={shared.clone()} iso={iso.clone()} name={name_of(iso)} date={state.date}
                view={state.view} lang={lang} on_close={on_close.clone()} />
        }
    });
    let choose = if lang == Lang::Fr {
        "Choisir un pays"
    } else {
        "Choose a country"
    };

    html! {
        <div class="h2m" lang={lang.tag()} data-view={state.view.code()} data-hover={hovered}>
            <header class="head">
                <h2 class="title">{ t(lang, Key::Title) }</h2>
                <p class="hint">{ t(lang, Key::ClickHint) }</p>
            </header>
            <div class="controls">
                <ViewSwitch view={state.view} lang={lang} on_change={on_view} />
                <label class="pick">
                    <span class="sr">{ choose }</span>
                    <select onchange={on_pick} aria-label={choose}>
                        <option value="" selected={state.selected.is_none()}>{ format!("{choose}…") }</option>
                        { for sorted.iter().map(|(iso, name)| html! {
                            <option value={(*iso).clone()} selected={state.selected.as_deref() == Some(iso.as_str())}>{ (*name).clone() }</option>
                        }) }
                    </select>
                </label>
            </div>
            <Legend view={state.view} statuses={statuses.clone()} lang={lang} />
            <div class="mapbox" ref={svg_ref} onclick={on_click} onpointermove={on_move} onpointerleave={on_leave}>
                <WorldMap shared={shared.clone()} statuses={statuses.clone()} markers={markers.clone()}
                    names={names.clone()} selected={state.selected.clone()} lang={lang} />
                { for tooltip }
            </div>
            { for panel }
            <footer class="foot">
                <p class="asof">
                    { format!("{} {} · {} {} · {} {}.",
                        t(lang, Key::AsOf), format_date(lang, state.date),
                        t(lang, Key::FactsUpTo), format_date(lang, dataset.as_of),
                        t(lang, Key::Reviewed), format_date(lang, dataset.last_reviewed)) }
                </p>
                <p class="legal">{ t(lang, Key::NotLegalAdvice) }</p>
                <p class="credit">{ if lang == Lang::Fr { "Carte : Natural Earth (domaine public), projection Equal Earth. Données : voir les sources de chaque pays." } else { "Map: Natural Earth (public domain), Equal Earth projection. Data: see each country's sources." } }</p>
            </footer>
        </div>
    }
}
