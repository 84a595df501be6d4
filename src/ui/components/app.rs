//! The root component of one widget instance.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Element, KeyboardEvent, MouseEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use crate::core::date::Date;
use crate::core::deeplink;
use crate::core::layout::{marker_positions, nearest_marker, neighbour, Direction, MarkerPos};
use crate::core::model::{Axis, Status};
use crate::core::report::{table, to_csv};
use crate::core::search::{aliases, Entry};
use crate::core::view::ViewBox;
use crate::ui::components::compare::{ChangeList, CompareBar};
use crate::ui::components::error_box::ErrorBox;
use crate::ui::components::legend::Legend;
use crate::ui::components::map::{WorldMap, MARKER_R};
use crate::ui::components::panel::Panel;
use crate::ui::components::search::Search;
use crate::ui::components::table::StatusTable;
use crate::ui::components::timeline::{Tick, Timeline};
use crate::ui::components::toolbar::{Tool, Toolbar};
use crate::ui::components::tooltip::Tooltip;
use crate::ui::components::view_switch::ViewSwitch;
use crate::ui::data::{self, Shared};
use crate::ui::download;
use crate::ui::i18n::{
    axis_label, colon, fold, format_date, status_label, t, CountryNames, Key, Lang,
};
use crate::ui::state::{Action, MapState, Mode};

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
    /// `compare`: `YYYY-MM-DD..YYYY-MM-DD` to open in compare mode.
    pub compare: Option<String>,
    /// Story steps taken (not an attribute: the loader counts them). When it changes, every
    /// attribute applies, not only the changed ones: a step takes over from the reader's
    /// own choices, such as a date moved on the slider, which the element does not reflect.
    pub step: u32,
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

fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

fn link_key(host: Option<&Element>) -> String {
    deeplink::key(host.map(|h| h.id()).as_deref())
}

/// Turns attributes (overridden by a deep link in the page's URL fragment) into a valid
/// state, warning on the console about any junk value.
fn resolve(
    config: &Config,
    shared: &Shared,
    link: Option<deeplink::Link>,
    today: Date,
) -> MapState {
    let link = link.unwrap_or_default();
    let view = match link.view.as_deref().or(config.view.as_deref()) {
        None | Some("export") => Axis::Export,
        Some("import") => Axis::Import,
        Some(other) => {
            warn(&format!("unknown view {other:?}, using \"export\""));
            Axis::Export
        }
    };
    let selected = link
        .country
        .as_ref()
        .or(config.country.as_ref())
        .and_then(|c| {
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
    let clamp = |d: Date| d.clamp(start, today.max(start));
    let date = match link
        .date
        .as_deref()
        .or(config.date.as_deref())
        .map(str::parse::<Date>)
    {
        None => today,
        Some(Ok(d)) => {
            if d < start {
                warn(&format!(
                    "date {d} is before the first rule ({start}), showing {start}"
                ));
            }
            clamp(d)
        }
        Some(Err(e)) => {
            warn(&format!("{e}, showing today"));
            today
        }
    };
    let compare = link
        .compare
        .as_deref()
        .or(config.compare.as_deref())
        .and_then(|c| match deeplink::parse_range(c) {
            Some((a, b)) => Some((clamp(a.min(b)), clamp(a.max(b)))),
            None => {
                warn(&format!("compare {c:?} is not YYYY-MM-DD..YYYY-MM-DD"));
                None
            }
        });
    let full = ViewBox::full(f64::from(shared.geo.width), f64::from(shared.view_height));
    MapState {
        view,
        selected,
        date: compare.map(|(_, b)| b).unwrap_or(date),
        compare,
        mode: Mode::Map,
        view_box: full,
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

/// Client coordinates -> map units, through the current view box.
fn to_units(svg: &Element, vb: &ViewBox, cx: f64, cy: f64) -> Option<(f64, f64, f64)> {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let k = vb.w / rect.width();
    Some((
        vb.x + (cx - rect.left()) * k,
        vb.y + (cy - rect.top()) * k,
        k,
    ))
}

/// The ISO code under an event: the shape or marker hit; on open sea, the nearest marker
/// within `snap_px` CSS pixels (tiny islands are easy to miss by a few pixels).
fn iso_at(
    e: &MouseEvent,
    svg: &Element,
    vb: &ViewBox,
    markers: &[MarkerPos],
    snap_px: f64,
) -> Option<String> {
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let hit = target
        .as_ref()
        .and_then(|t| t.closest("svg [data-iso]").ok().flatten());
    if let Some(iso) = hit.and_then(|h| h.get_attribute("data-iso")) {
        return Some(iso);
    }
    let (x, y, k) = to_units(svg, vb, f64::from(e.client_x()), f64::from(e.client_y()))?;
    nearest_marker(markers, x, y, (snap_px * k).max(MARKER_R * 2.2)).map(|m| m.iso.clone())
}

/// One widget: title, controls, legend, map (or table) with tooltip, details panel, footer.
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

/// Per-instance pointer bookkeeping for pinch zoom and drag pan.
#[derive(Default)]
struct Gesture {
    pointers: HashMap<i32, (f64, f64)>,
    dragged: bool,
    /// Pointer type of the last press (`mouse`, `touch`, `pen`).
    kind: String,
}

#[function_component(Widget)]
fn widget(props: &WidgetProps) -> Html {
    let shared = props.shared.clone();
    let lang = resolve_lang(&props.config);
    let today = today();
    let dataset = shared.model.dataset();
    let start = dataset.model_start;
    let full = ViewBox::full(f64::from(shared.geo.width), f64::from(shared.view_height));
    let state = {
        let (config, shared, host) = (props.config.clone(), shared.clone(), props.host.clone());
        use_reducer_eq(move || {
            let link = deeplink::parse(&location_hash(), &link_key(host.as_ref()));
            resolve(&config, &shared, link, today)
        })
    };
    // Attribute changes after mount (the custom element forwards them as new props):
    // apply only the attributes that changed, so reflecting `country`/`view` back onto
    // the element does not reset the date or the comparison.
    {
        let (dispatcher, shared, prev) = (
            state.dispatcher(),
            shared.clone(),
            use_mut_ref(|| props.config.clone()),
        );
        use_effect_with(props.config.clone(), move |config| {
            let old = std::mem::replace(&mut *prev.borrow_mut(), config.clone());
            if old == *config {
                return;
            }
            let s = resolve(config, &shared, None, today);
            let all = old.step != config.step;
            if all || old.view != config.view {
                dispatcher.dispatch(Action::SetView(s.view));
            }
            if all || old.country != config.country {
                dispatcher.dispatch(Action::Select(s.selected));
            }
            if all || old.compare != config.compare {
                dispatcher.dispatch(Action::SetCompare(s.compare));
            }
            // Leaving compare mode returns to the `date` attribute (else today), not to B.
            let date_moved = old.date != config.date || old.compare != config.compare;
            if (all || date_moved) && s.compare.is_none() {
                dispatcher.dispatch(Action::SetDate(s.date));
            }
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
                    let country = selected
                        .as_deref()
                        .map(JsValue::from_str)
                        .unwrap_or(JsValue::NULL);
                    let _ = js_sys::Reflect::set(&detail, &"country".into(), &country);
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
    let entries: Rc<Vec<Entry>> = {
        let shared = shared.clone();
        (*use_memo(lang, move |lang| {
            let (fr, en) = (CountryNames::new(Lang::Fr), CountryNames::new(Lang::En));
            let display = CountryNames::new(*lang);
            Rc::new(
                shared
                    .geo
                    .features
                    .iter()
                    .map(|f| {
                        let mut names = vec![
                            fold(&display.name(&f.iso, &f.name)),
                            fold(&fr.name(&f.iso, &f.name)),
                            fold(&en.name(&f.iso, &f.name)),
                            fold(&f.name),
                        ];
                        names.extend(aliases(&f.iso).iter().map(|a| a.to_string()));
                        names.dedup();
                        Entry {
                            iso: f.iso.clone(),
                            names,
                        }
                    })
                    .collect::<Vec<_>>(),
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
    let unchanged: Option<Rc<HashSet<String>>> = {
        let shared = shared.clone();
        (*use_memo((state.view, state.compare), move |(view, compare)| {
            compare.map(|(a, b)| {
                let before: HashMap<String, Status> =
                    shared.model.snapshot(*view, a).into_iter().collect();
                Rc::new(
                    shared
                        .model
                        .snapshot(*view, b)
                        .into_iter()
                        .filter(|(iso, s)| before.get(iso) == Some(s))
                        .map(|(iso, _)| iso)
                        .collect::<HashSet<_>>(),
                )
            })
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
    // Label points for arrow-key navigation (marker positions for markers).
    let points: Rc<Vec<(String, f64, f64)>> = {
        let (shared, markers) = (shared.clone(), markers.clone());
        (*use_memo((), move |_| {
            Rc::new(
                shared
                    .geo
                    .features
                    .iter()
                    .map(|f| match markers.iter().find(|m| m.iso == f.iso) {
                        Some(m) => (f.iso.clone(), m.x, m.y),
                        None => (f.iso.clone(), f64::from(f.cx), f64::from(f.cy)),
                    })
                    .collect::<Vec<_>>(),
            )
        }))
        .clone()
    };
    let ticks: Rc<Vec<Tick>> = {
        let shared = shared.clone();
        (*use_memo(lang, move |lang| {
            let mut v: Vec<Tick> = shared
                .model
                .dataset()
                .instruments
                .iter()
                .map(|i| Tick {
                    date: i.effective,
                    label: if *lang == Lang::Fr {
                        i.label_fr.clone()
                    } else {
                        i.label_en.clone()
                    },
                    enforced: i.enforced,
                })
                .collect();
            v.sort_by_key(|t| t.date);
            Rc::new(v)
        }))
        .clone()
    };

    let hover = use_state(|| None::<Hover>);
    let focus = use_state(|| None::<String>);
    let focus_request = use_state(|| 0u32);
    let typeahead = use_mut_ref(|| (String::new(), 0.0f64));
    let announce = use_state(String::new);
    let share_link = use_state(|| None::<String>);
    let gesture = use_mut_ref(Gesture::default);
    let box_ref = use_node_ref();
    let root_ref = use_node_ref();

    // Announce selections, date, view and comparison changes in the live region (not on
    // first render): a story step may change several at once, or only the date.
    {
        let (announce, shared, names, last) = (
            announce.clone(),
            shared.clone(),
            names.clone(),
            use_mut_ref(|| None::<(Date, Axis, Option<(Date, Date)>)>),
        );
        use_effect_with(
            (
                state.selected.clone(),
                state.date,
                state.view,
                state.compare,
            ),
            move |(selected, date, view, compare)| {
                let before = last.borrow_mut().replace((*date, *view, *compare));
                let Some((old_date, old_view, old_compare)) = before else {
                    return;
                };
                let mut parts = Vec::new();
                match compare {
                    Some((a, b)) if old_compare != *compare => parts.push(format!(
                        "{}{}{} → {}",
                        t(lang, Key::Compare),
                        colon(lang),
                        format_date(lang, *a),
                        format_date(lang, *b)
                    )),
                    None if old_date != *date || old_compare.is_some() => parts.push(format!(
                        "{}{}{}",
                        t(lang, Key::DateLabel),
                        colon(lang),
                        format_date(lang, *date)
                    )),
                    _ => {}
                }
                match selected
                    .as_ref()
                    .and_then(|iso| shared.model.try_status(iso, *view, *date))
                {
                    Some(s) => parts.push(format!(
                        "{} — {}{}{}, {} {}",
                        names.get(&s.iso).cloned().unwrap_or_default(),
                        axis_label(lang, *view),
                        colon(lang),
                        status_label(lang, s.status),
                        t(lang, Key::Since),
                        format_date(lang, s.effective)
                    )),
                    None if old_view != *view || parts.is_empty() => {
                        parts.push(axis_label(lang, *view).to_string())
                    }
                    None => {}
                }
                announce.set(parts.join(". "));
            },
        );
    }
    // Move keyboard focus to the country chosen with the arrow keys.
    {
        let (box_ref, focus) = (box_ref.clone(), focus.clone());
        use_effect_with(*focus_request, move |n| {
            if *n > 0 {
                if let (Some(b), Some(iso)) = (box_ref.cast::<Element>(), focus.as_ref()) {
                    if let Ok(Some(el)) = b.query_selector(&format!("svg [data-iso=\"{iso}\"]")) {
                        let _ = js_sys::Reflect::get(&el, &"focus".into())
                            .ok()
                            .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
                            .map(|f| f.call0(&el));
                    }
                }
            }
        });
    }
    // ctrl/cmd + wheel zooms; a plain wheel scrolls the page (listener must not be passive).
    {
        let (box_ref, dispatcher, vb) = (box_ref.clone(), state.dispatcher(), state.view_box);
        use_effect_with(vb, move |vb| {
            let vb = *vb;
            let el = box_ref.cast::<Element>();
            let cb = Closure::<dyn Fn(WheelEvent)>::new(move |e: WheelEvent| {
                if !(e.ctrl_key() || e.meta_key()) {
                    return;
                }
                e.prevent_default();
                let Some(svg) = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|b| b.query_selector("svg").ok().flatten())
                else {
                    return;
                };
                if let Some((x, y, _)) =
                    to_units(&svg, &vb, f64::from(e.client_x()), f64::from(e.client_y()))
                {
                    let factor = (-e.delta_y() * 0.002).exp().clamp(0.5, 2.0);
                    dispatcher.dispatch(Action::SetViewBox(vb.zoom_at(factor, x, y, &full)));
                }
            });
            let opts = web_sys::AddEventListenerOptions::new();
            opts.set_passive(false);
            if let Some(el) = &el {
                let _ = el.add_event_listener_with_callback_and_add_event_listener_options(
                    "wheel",
                    cb.as_ref().unchecked_ref(),
                    &opts,
                );
            }
            move || {
                if let Some(el) = el {
                    let _ = el
                        .remove_event_listener_with_callback("wheel", cb.as_ref().unchecked_ref());
                }
                drop(cb);
            }
        });
    }

    // Stable callbacks (`use_callback`): child components whose props are unchanged then
    // skip re-rendering when the reader selects a country.
    let select = {
        let d = state.dispatcher();
        use_callback((), move |iso: String, _| {
            d.dispatch(Action::Select(Some(iso)))
        })
    };
    let on_view = {
        let d = state.dispatcher();
        use_callback((), move |axis: Axis, _| d.dispatch(Action::SetView(axis)))
    };
    let on_close = {
        let (d, box_ref, focus, req) = (
            state.dispatcher(),
            box_ref.clone(),
            focus.clone(),
            focus_request.clone(),
        );
        Callback::from(move |_| {
            d.dispatch(Action::Select(None));
            // Give focus back to the map where the reader was.
            if focus.is_some() && box_ref.cast::<Element>().is_some() {
                req.set(*req + 1);
            }
        })
    };
    let on_date = {
        let d = state.dispatcher();
        use_callback(state.compare, move |date: Date, compare| match compare {
            Some((a, _)) => d.dispatch(Action::SetCompare(Some(((*a).min(date), date.max(*a))))),
            None => d.dispatch(Action::SetDate(date)),
        })
    };
    let on_compare = {
        let d = state.dispatcher();
        use_callback((), move |c: Option<(Date, Date)>, _| {
            d.dispatch(Action::SetCompare(c))
        })
    };
    let on_click = {
        let (d, markers, box_ref, vb, gesture) = (
            state.dispatcher(),
            markers.clone(),
            box_ref.clone(),
            state.view_box,
            gesture.clone(),
        );
        Callback::from(move |e: MouseEvent| {
            if std::mem::take(&mut gesture.borrow_mut().dragged) {
                return;
            }
            let Some(svg) = box_ref
                .cast::<Element>()
                .and_then(|b| b.query_selector("svg").ok().flatten())
            else {
                return;
            };
            let Some(iso) = iso_at(&e, &svg, &vb, &markers, 10.0) else {
                return;
            };
            // A finger is wider than Hong Kong and Macau together: on a touch screen, a tap
            // with another place within 8 px zooms in (x3) instead of guessing.
            if matches!(gesture.borrow().kind.as_str(), "touch" | "pen")
                && vb.zoom(&full) < crate::core::view::MAX_ZOOM
            {
                let (cx, cy) = (f64::from(e.client_x()), f64::from(e.client_y()));
                if let Some((x, y, k)) = to_units(&svg, &vb, cx, cy) {
                    let crowded = markers
                        .iter()
                        .any(|m| m.iso != iso && (m.x - x).hypot(m.y - y) <= 8.0 * k);
                    if crowded {
                        d.dispatch(Action::SetViewBox(vb.zoom_at(3.0, x, y, &full)));
                        return;
                    }
                }
            }
            d.dispatch(Action::Select(Some(iso)));
        })
    };
    let on_down = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.insert(
                e.pointer_id(),
                (f64::from(e.client_x()), f64::from(e.client_y())),
            );
            g.dragged = false;
            g.kind = e.pointer_type();
        })
    };
    let on_up = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            gesture.borrow_mut().pointers.remove(&e.pointer_id());
        })
    };
    let on_move = {
        let (hover, markers, box_ref, vb, gesture, d) = (
            hover.clone(),
            markers.clone(),
            box_ref.clone(),
            state.view_box,
            gesture.clone(),
            state.dispatcher(),
        );
        Callback::from(move |e: PointerEvent| {
            let Some(svg) = box_ref
                .cast::<Element>()
                .and_then(|b| b.query_selector("svg").ok().flatten())
            else {
                return;
            };
            let (cx, cy) = (f64::from(e.client_x()), f64::from(e.client_y()));
            {
                let mut g = gesture.borrow_mut();
                if let Some(prev) = g.pointers.get(&e.pointer_id()).copied() {
                    if g.pointers.len() == 2 {
                        // Pinch: scale by the change of distance between the two fingers,
                        // pan by the move of their midpoint.
                        let other = g
                            .pointers
                            .iter()
                            .find(|(id, _)| **id != e.pointer_id())
                            .map(|(_, p)| *p)
                            .unwrap_or(prev);
                        let d0 = (prev.0 - other.0).hypot(prev.1 - other.1).max(1.0);
                        let d1 = (cx - other.0).hypot(cy - other.1).max(1.0);
                        let mid = ((cx + other.0) / 2.0, (cy + other.1) / 2.0);
                        if let Some((x, y, k)) = to_units(&svg, &vb, mid.0, mid.1) {
                            let moved =
                                vb.pan(-(cx - prev.0) / 2.0 * k, -(cy - prev.1) / 2.0 * k, &full);
                            d.dispatch(Action::SetViewBox(moved.zoom_at(d1 / d0, x, y, &full)));
                        }
                        e.prevent_default();
                        g.dragged = true;
                    } else if e.pointer_type() == "mouse"
                        && e.buttons() & 1 == 1
                        && vb.zoom(&full) > 1.01
                    {
                        // Drag to pan, only when zoomed in and only with a mouse.
                        let (dx, dy) = (cx - prev.0, cy - prev.1);
                        if g.dragged || dx.hypot(dy) > 4.0 {
                            if let Some((_, _, k)) = to_units(&svg, &vb, cx, cy) {
                                d.dispatch(Action::SetViewBox(vb.pan(-dx * k, -dy * k, &full)));
                            }
                            g.dragged = true;
                        } else {
                            return;
                        }
                    }
                    g.pointers.insert(e.pointer_id(), (cx, cy));
                }
            }
            if e.pointer_type() != "mouse" {
                return;
            }
            let rect = svg.get_bounding_client_rect();
            let next = iso_at(&e, &svg, &vb, &markers, 10.0).map(|iso| Hover {
                iso,
                x: cx - rect.left(),
                y: cy - rect.top(),
                width: rect.width(),
            });
            if *hover != next {
                hover.set(next);
            }
        })
    };
    let on_leave = {
        let (hover, gesture) = (hover.clone(), gesture.clone());
        Callback::from(move |e: PointerEvent| {
            hover.set(None);
            gesture.borrow_mut().pointers.remove(&e.pointer_id());
        })
    };
    // Keyboard on the map: arrows move between countries by geography, Home/End and
    // typing jump alphabetically, Enter/Space open the details, Escape closes them.
    let on_key = {
        let (focus, req, points, names, d, selected, typeahead) = (
            focus.clone(),
            focus_request.clone(),
            points.clone(),
            names.clone(),
            state.dispatcher(),
            state.selected.clone(),
            typeahead.clone(),
        );
        Callback::from(move |e: KeyboardEvent| {
            let mut alpha: Vec<(&String, &String)> = names.iter().collect();
            alpha.sort_by_cached_key(|(_, n)| fold(n));
            let current = (*focus)
                .clone()
                .or(selected.clone())
                .unwrap_or_else(|| alpha[0].0.clone());
            let key = e.key();
            let target = match key.as_str() {
                "ArrowUp" => neighbour(&points, &current, Direction::Up).map(str::to_string),
                "ArrowDown" => neighbour(&points, &current, Direction::Down).map(str::to_string),
                "ArrowLeft" => neighbour(&points, &current, Direction::Left).map(str::to_string),
                "ArrowRight" => neighbour(&points, &current, Direction::Right).map(str::to_string),
                "Home" => alpha.first().map(|(i, _)| (*i).clone()),
                "End" => alpha.last().map(|(i, _)| (*i).clone()),
                "Enter" | " " => {
                    e.prevent_default();
                    d.dispatch(Action::Select(Some(current)));
                    return;
                }
                "Escape" => {
                    if selected.is_some() {
                        e.prevent_default();
                        d.dispatch(Action::Select(None));
                    }
                    return;
                }
                k if k.chars().count() == 1 && !e.ctrl_key() && !e.meta_key() && !e.alt_key() => {
                    let now = js_sys::Date::now();
                    let mut ta = typeahead.borrow_mut();
                    if now - ta.1 > 900.0 {
                        ta.0.clear();
                    }
                    ta.0.push_str(&fold(k));
                    ta.1 = now;
                    let prefix = ta.0.clone();
                    alpha
                        .iter()
                        .find(|(_, n)| fold(n).starts_with(&prefix))
                        .map(|(i, _)| (*i).clone())
                }
                _ => return,
            };
            e.prevent_default();
            if let Some(iso) = target {
                focus.set(Some(iso));
                req.set(*req + 1);
            }
        })
    };
    let on_focus_in = {
        let focus = focus.clone();
        Callback::from(move |e: FocusEvent| {
            if let Some(iso) = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.get_attribute("data-iso"))
            {
                if focus.as_deref() != Some(iso.as_str()) {
                    focus.set(Some(iso));
                }
            }
        })
    };
    let on_tool = {
        let (d, shared, names, state_now, root_ref, share_link, host) = (
            state.dispatcher(),
            shared.clone(),
            names.clone(),
            (*state).clone(),
            root_ref.clone(),
            share_link.clone(),
            props.host.clone(),
        );
        Callback::from(move |tool: Tool| {
            let vb = state_now.view_box;
            match tool {
                Tool::ZoomIn => d.dispatch(Action::SetViewBox(vb.zoom_at(
                    2.0,
                    vb.x + vb.w / 2.0,
                    vb.y + vb.h / 2.0,
                    &full,
                ))),
                Tool::ZoomOut => d.dispatch(Action::SetViewBox(vb.zoom_at(
                    0.5,
                    vb.x + vb.w / 2.0,
                    vb.y + vb.h / 2.0,
                    &full,
                ))),
                Tool::Region(r) => {
                    d.dispatch(Action::SetViewBox(r.view_box(&full, shared.geo.width)))
                }
                Tool::Mode(m) => d.dispatch(Action::SetMode(m)),
                Tool::Share => {
                    let Some(w) = web_sys::window() else { return };
                    let href = w.location().href().unwrap_or_default();
                    let base = href.split('#').next().unwrap_or_default().to_string();
                    let key = link_key(host.as_ref());
                    let seg = deeplink::segment(
                        &key,
                        state_now.selected.as_deref(),
                        state_now.view,
                        state_now.date,
                        state_now.compare,
                    );
                    // Keep other maps' segments; drop the host's own anchors.
                    let mut segs: Vec<String> = location_hash()
                        .trim_start_matches('#')
                        .split(';')
                        .filter(|s| s.starts_with("h200-map") && !s.starts_with(&format!("{key}:")))
                        .map(str::to_string)
                        .collect();
                    segs.push(seg);
                    let link = format!("{base}#{}", segs.join(";"));
                    let _ = w.navigator().clipboard().write_text(&link);
                    share_link.set(Some(link));
                }
                Tool::Download(kind) => {
                    let Some(root) = root_ref.cast::<Element>() else {
                        return;
                    };
                    let date = state_now.date;
                    let as_of = shared.model.dataset().as_of;
                    let name_of = |iso: &str| names.get(iso).cloned().unwrap_or_default();
                    let stem = format!("h200-map-{}-{date}", state_now.view.code());
                    let res = match kind {
                        "csv" => download::text_blob(
                            &to_csv(&table(&shared.model, date, name_of)),
                            "text/csv;charset=utf-8",
                        )
                        .and_then(|b| download::save_blob(&root, &format!("{stem}.csv"), &b)),
                        "json" => {
                            let rows = table(&shared.model, date, name_of);
                            let doc = serde_wasm_bindgen::to_value(&rows)
                                .map_err(JsValue::from)
                                .and_then(|rows| {
                                    let o = js_sys::Object::new();
                                    js_sys::Reflect::set(
                                        &o,
                                        &"date".into(),
                                        &date.to_string().into(),
                                    )?;
                                    js_sys::Reflect::set(
                                        &o,
                                        &"dataset_as_of".into(),
                                        &as_of.to_string().into(),
                                    )?;
                                    js_sys::Reflect::set(
                                        &o,
                                        &"item".into(),
                                        &"NVIDIA H200 (ECCN 3A090.a)".into(),
                                    )?;
                                    js_sys::Reflect::set(&o, &"rows".into(), &rows)?;
                                    js_sys::JSON::stringify_with_replacer_and_space(
                                        &o,
                                        &JsValue::NULL,
                                        &JsValue::from(1),
                                    )
                                })
                                .map(String::from);
                            doc.and_then(|s| download::text_blob(&s, "application/json"))
                                .and_then(|b| {
                                    download::save_blob(&root, &format!("{stem}.json"), &b)
                                })
                        }
                        _ => {
                            let statuses: HashMap<String, Status> = shared
                                .model
                                .snapshot(state_now.view, date)
                                .into_iter()
                                .collect();
                            let title = format!(
                                "{} — {}",
                                t(lang, Key::Title),
                                axis_label(lang, state_now.view)
                            );
                            let stamp = format!(
                                "{} {} · {} {} · Natural Earth · h200-map",
                                t(lang, Key::AsOf),
                                format_date(lang, date),
                                t(lang, Key::FactsUpTo),
                                format_date(lang, as_of)
                            );
                            let svg = download::map_svg(
                                &shared,
                                &root,
                                &|iso| statuses.get(iso).copied(),
                                &title,
                                &stamp,
                            );
                            if kind == "svg" {
                                download::text_blob(&svg, "image/svg+xml").and_then(|b| {
                                    download::save_blob(&root, &format!("{stem}.svg"), &b)
                                })
                            } else {
                                download::save_png(root.clone(), svg, format!("{stem}.png"))
                            }
                        }
                    };
                    if let Err(e) = res {
                        warn(&format!("download failed: {e:?}"));
                    }
                }
            }
        })
    };

    let name_of = |iso: &str| crate::ui::i18n::name_of(&names, iso);
    let tooltip = (*hover).as_ref().map(|h| {
        let status = if unchanged.as_ref().is_some_and(|u| u.contains(&h.iso)) {
            t(lang, Key::Unchanged)
        } else {
            statuses
                .get(&h.iso)
                .map(|s| status_label(lang, *s))
                .unwrap_or(t(lang, Key::NoData))
        };
        html! { <Tooltip name={name_of(&h.iso)} status={status} x={h.x} y={h.y} width={h.width} /> }
    });
    let panel = state.selected.as_ref().map(|iso| {
        html! {
            <Panel shared={shared.clone()} iso={iso.clone()} name={name_of(iso)} date={state.date}
                view={state.view} lang={lang} on_close={on_close.clone()} />
        }
    });
    // The automatic text summary (screen readers; also the map's description).
    let summary = {
        let order: &[Status] = if state.view == Axis::Export {
            &Status::EXPORT
        } else {
            &Status::IMPORT
        };
        let parts: Vec<String> = order
            .iter()
            .map(|s| (s, statuses.values().filter(|v| *v == s).count()))
            .filter(|(_, n)| *n > 0)
            .map(|(s, n)| format!("{n}{}{}", colon(lang), status_label(lang, *s)))
            .collect();
        format!(
            "{} — {} {}{}{}.",
            axis_label(lang, state.view),
            t(lang, Key::AsOf),
            format_date(lang, state.date),
            colon(lang),
            parts.join("; ")
        )
    };
    let roving = (*focus)
        .clone()
        .or(state.selected.clone())
        .or_else(|| Some("CN".to_string()));

    html! {
        <div class="h2m" ref={root_ref} lang={lang.tag()} data-view={state.view.code()}
            data-mode={if state.mode == Mode::Map { "map" } else { "table" }}>
            <header class="head">
                <h2 class="title">{ t(lang, Key::Title) }</h2>
                <p class="hint">{ t(lang, Key::ClickHint) }</p>
            </header>
            <div class="controls">
                <ViewSwitch view={state.view} lang={lang} on_change={on_view} />
                <Search entries={entries} names={names.clone()} lang={lang} on_pick={select.clone()} />
            </div>
            <Legend view={state.view} statuses={statuses.clone()} lang={lang} unchanged={unchanged.clone()} />
            if state.mode == Mode::Map {
                <div class="mapbox" ref={box_ref} onclick={on_click} onpointerdown={on_down} onpointerup={on_up.clone()}
                    onpointercancel={on_up} onpointermove={on_move} onpointerleave={on_leave} onkeydown={on_key} onfocusin={on_focus_in}
                    aria-describedby="h2m-summary">
                    <WorldMap shared={shared.clone()} statuses={statuses.clone()} markers={markers.clone()}
                        names={names.clone()} selected={state.selected.clone()} focus={roving} unchanged={unchanged.clone()}
                        view_box={state.view_box} lang={lang} />
                    <div class="slot-tip">{ for tooltip }</div>
                </div>
            } else {
                <StatusTable shared={shared.clone()} date={state.date} view={state.view} names={names.clone()} lang={lang} on_pick={select.clone()} />
            }
            <Timeline date={state.date} min={start} max={today.max(start)} ticks={ticks} lang={lang} on_change={on_date} />
            <CompareBar compare={state.compare} date={state.date} min={start} max={today.max(start)} lang={lang} on_change={on_compare} />
            <Toolbar mode={state.mode} lang={lang} on_tool={on_tool} />
            <div class="slot-share">{ for (*share_link).as_ref().map(|l| html! {
                <p class="sharelink"><label>{ t(lang, Key::Share) }{ " " }
                    <input type="text" readonly=true value={l.clone()} data-share="link" /></label></p>
            }) }</div>
            <p id="h2m-summary" class="sr">{ summary }</p>
            <div class="sr" role="status" aria-live="polite">{ (*announce).clone() }</div>
            <div class="slot-changes">{ for state.compare.map(|range| html! {
                <ChangeList shared={shared.clone()} range={range} view={state.view} names={names.clone()} lang={lang} on_pick={select.clone()} />
            }) }</div>
            <div class="slot-panel">{ for panel }</div>
            <footer class="foot">
                <p class="asof">
                    { format!("{} {} · {} {} · {} {}.",
                        t(lang, Key::AsOf), format_date(lang, state.date),
                        t(lang, Key::FactsUpTo), format_date(lang, dataset.as_of),
                        t(lang, Key::Reviewed), format_date(lang, dataset.last_reviewed)) }
                </p>
                <p class="legal">{ t(lang, Key::NotLegalAdvice) }</p>
                <p class="credit">{ t(lang, Key::Credit) }{ " " }{ t(lang, Key::DataLanguage) }</p>
            </footer>
        </div>
    }
}
