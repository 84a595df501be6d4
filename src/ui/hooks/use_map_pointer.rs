//! The map under the mouse and the fingers: click or tap to select (a tap between crowded
//! markers zooms in instead), hover for the tooltip, pinch to zoom, drag to pan when
//! zoomed in (mouse only), ctrl/cmd + wheel to zoom. A plain wheel or a one-finger swipe
//! is left to the page, so the article keeps scrolling.
//!
//! What a click, a tap or the mouse is on comes from the pointer's coordinates and the
//! map's geometry ([`hit_test`]), never from the event's target: Chromium's touch
//! adjustment retargets a tap (and moves its click) to a neighbouring element, so a click
//! uses the position of its press's own `pointerup` (the finger's point; sub-pixel for a
//! mouse). Only a click without a pointer (a screen reader's or a script's activation,
//! `detail == 0`) selects its target.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent, PointerEvent, WheelEvent};
use yew::prelude::*;

use crate::core::hit::{hit_test, Hit, Pointer, Probe};
use crate::core::view::{pinch, wheel_factor, ViewBox, DRAG_PX, MAX_ZOOM, ZOOMED_IN};
use crate::ui::data::PageData;
use crate::ui::dom::{blur_map_focus, client_point, focus_iso, map_svg, target_iso, to_units};
use crate::ui::state::{Action, MapState};

/// Hover state: which country, and where the pointer is in the map box (CSS pixels).
#[derive(Debug, Clone, PartialEq)]
pub struct Hover {
    /// The country under the pointer.
    pub iso: String,
    /// Pointer x from the map box's left edge.
    pub x: f64,
    /// Pointer y from the map box's top edge.
    pub y: f64,
    /// The map box's width.
    pub box_width: f64,
}

/// Where the pointer handlers send the hover state: the tooltip's own state setter
/// ([`crate::ui::components::tooltip::HoverTip`] registers it when it renders), so that a
/// mouse move re-renders the tooltip only, not the whole widget. Clones share one sink;
/// equal when they are the same sink.
#[derive(Clone, Default)]
pub struct HoverSink {
    setter: Rc<RefCell<Option<UseStateSetter<Option<Hover>>>>>,
    last: Rc<RefCell<Option<Hover>>>,
}

impl PartialEq for HoverSink {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.setter, &other.setter)
    }
}

impl HoverSink {
    /// Registers the tooltip's state setter and the hover it shows (each render of the
    /// tooltip; the last one wins, so a tooltip mounted again starts in step).
    pub fn connect(&self, setter: UseStateSetter<Option<Hover>>, shown: &Option<Hover>) {
        *self.setter.borrow_mut() = Some(setter);
        self.last.borrow_mut().clone_from(shown);
    }

    /// Sends `next` to the tooltip, unless it is what was sent last.
    fn send(&self, next: Option<Hover>) {
        if *self.last.borrow() == next {
            return;
        }
        *self.last.borrow_mut() = next.clone();
        if let Some(setter) = self.setter.borrow().as_ref() {
            setter.set(next);
        }
    }
}

/// The hover state and the handlers to put on the map box.
pub struct MapPointer {
    /// The country under the mouse, for the tooltip (sent to it, see [`HoverSink`]).
    pub hover: HoverSink,
    /// `onclick`.
    pub on_click: Callback<MouseEvent>,
    /// `onpointerdown`.
    pub on_down: Callback<PointerEvent>,
    /// `onpointerup` and `onpointercancel`.
    pub on_up: Callback<PointerEvent>,
    /// `onpointermove`.
    pub on_move: Callback<PointerEvent>,
    /// `onpointerleave`.
    pub on_leave: Callback<PointerEvent>,
    /// `onmousedown`: keeps the browser from focusing the press's target in the map (a
    /// neighbour of the country hit, after touch adjustment; or a dot under a tap-zoom).
    pub on_press: Callback<MouseEvent>,
}

/// Per-instance pointer bookkeeping for pinch zoom and drag pan.
#[derive(Default)]
struct Gesture {
    /// Pointers down, by id: their last client position (CSS pixels).
    pointers: HashMap<i32, (f64, f64)>,
    /// Set by a drag or a pinch, so the click that ends it does not select a country.
    dragged: bool,
    /// Pointer type of the last press (`mouse`, `touch`, `pen`).
    kind: String,
    /// Where the last press ended (client CSS pixels): the finger's own point.
    up: Option<(f64, f64)>,
}

fn client(e: &MouseEvent) -> (f64, f64) {
    client_point(e)
}

/// The geometry's answer for the client point (`cx`, `cy`) (CSS pixels) on the map `svg`
/// showing `vb`.
fn hit_at(
    svg: &Element,
    page: &PageData,
    vb: ViewBox,
    (cx, cy): (f64, f64),
    pointer: Pointer,
) -> Option<(Hit, f64, f64)> {
    let p = to_units(svg, &vb, cx, cy)?;
    let probe = Probe {
        x: p.x,
        y: p.y,
        units_per_px: p.units_per_px,
        pointer,
        zoom_room: MAX_ZOOM / vb.zoom(&page.full),
    };
    Some((hit_test(page.land(), &page.markers, &probe), p.x, p.y))
}

/// What a click or tap selects, or a zoom when a finger covers several markers.
fn click_action(
    e: &MouseEvent,
    svg: &Element,
    page: &PageData,
    vb: ViewBox,
    gesture: &Gesture,
) -> Option<Action> {
    if e.detail() == 0 {
        return target_iso(e).map(|iso| Action::Select(Some(iso)));
    }
    // The press's own `pointerup`: a finger's point before touch adjustment, and sub-pixel
    // for a mouse too (a click's `clientX` is rounded to whole pixels).
    let at = gesture.up.unwrap_or_else(|| client(e));
    let pointer = match gesture.kind.as_str() {
        "touch" | "pen" if gesture.up.is_some() => Pointer::Touch,
        _ => Pointer::Mouse,
    };
    match hit_at(svg, page, vb, at, pointer)? {
        (Hit::Select(iso), _, _) => Some(Action::Select(Some(iso))),
        (Hit::Zoom(f), x, y) => Some(Action::SetViewBox(vb.zoom_at(f, x, y, &page.full))),
        (Hit::Nothing, _, _) => None,
    }
}

/// Pinch (two pointers) and drag (a mouse, zoomed in): the new view box, if any. Updates
/// the pointer's position; returns `Err(())` for a mouse move too small to start a drag.
fn gesture_step(
    e: &PointerEvent,
    g: &mut Gesture,
    svg: &Element,
    vb: ViewBox,
    full: &ViewBox,
) -> Result<Option<ViewBox>, ()> {
    let now = client(e);
    let Some(prev) = g.pointers.get(&e.pointer_id()).copied() else {
        return Ok(None);
    };
    let mut next = None;
    if g.pointers.len() == 2 {
        let other = g
            .pointers
            .iter()
            .find(|(id, _)| **id != e.pointer_id())
            .map_or(prev, |(_, p)| *p);
        let step = pinch(prev, now, other);
        if let Some(p) = to_units(svg, &vb, step.mid.0, step.mid.1) {
            let k = p.units_per_px;
            let moved = vb.pan(-step.pan.0 * k, -step.pan.1 * k, full);
            next = Some(moved.zoom_at(step.factor, p.x, p.y, full));
        }
        e.prevent_default();
        g.dragged = true;
    } else if e.pointer_type() == "mouse" && e.buttons() & 1 == 1 && vb.zoom(full) > ZOOMED_IN {
        let (dx, dy) = (now.0 - prev.0, now.1 - prev.1);
        if !g.dragged && dx.hypot(dy) <= DRAG_PX {
            return Err(());
        }
        if let Some(p) = to_units(svg, &vb, now.0, now.1) {
            next = Some(vb.pan(-dx * p.units_per_px, -dy * p.units_per_px, full));
        }
        g.dragged = true;
    }
    g.pointers.insert(e.pointer_id(), now);
    Ok(next)
}

/// The country under the mouse and where, for the tooltip (the same lookup as a click).
fn hover_at(e: &PointerEvent, svg: &Element, vb: &ViewBox, page: &PageData) -> Option<Hover> {
    let rect = svg.get_bounding_client_rect();
    let (cx, cy) = client(e);
    match hit_at(svg, page, *vb, (cx, cy), Pointer::Mouse)? {
        (Hit::Select(iso), _, _) => Some(Hover {
            iso,
            x: cx - rect.left(),
            y: cy - rect.top(),
            box_width: rect.width(),
        }),
        _ => None,
    }
}

/// The ctrl/cmd + wheel listener on the map box: not passive, so it can stop the page from
/// zooming; a plain wheel is left alone and scrolls the page.
#[hook]
fn use_wheel_zoom(page: &Rc<PageData>, state: &UseReducerHandle<MapState>, map_box: &NodeRef) {
    let (map_box, dispatcher, full) = (map_box.clone(), state.dispatcher(), page.full);
    use_effect_with(state.view_box, move |vb| {
        let vb = *vb;
        let listener = map_box.cast::<Element>().map(|el| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&el, "wheel", options, move |e| {
                let Some(e) = e.dyn_ref::<WheelEvent>() else {
                    return;
                };
                if !(e.ctrl_key() || e.meta_key()) {
                    return;
                }
                e.prevent_default();
                let svg = e
                    .current_target()
                    .and_then(|t| t.dyn_into::<Element>().ok())
                    .and_then(|b| b.query_selector("svg").ok().flatten());
                let (cx, cy) = client(e);
                if let Some(p) = svg.and_then(|svg| to_units(&svg, &vb, cx, cy)) {
                    let factor = wheel_factor(e.delta_y());
                    dispatcher.dispatch(Action::SetViewBox(vb.zoom_at(factor, p.x, p.y, &full)));
                }
            })
        });
        // Dropping the listener removes it.
        move || drop(listener)
    });
}

/// Pointer handling of the map box `map_box` (see the module docs).
#[hook]
pub fn use_map_pointer(
    page: &Rc<PageData>,
    state: &UseReducerHandle<MapState>,
    map_box: &NodeRef,
) -> MapPointer {
    let hover = (*use_memo((), |_| HoverSink::default())).clone();
    let gesture: Rc<RefCell<Gesture>> = use_mut_ref(Gesture::default);
    use_wheel_zoom(page, state, map_box);
    let vb = state.view_box;
    let on_click = {
        let (d, page, map_box) = (state.dispatcher(), page.clone(), map_box.clone());
        let gesture = gesture.clone();
        Callback::from(move |e: MouseEvent| {
            if std::mem::take(&mut gesture.borrow_mut().dragged) {
                return;
            }
            let Some(svg) = map_svg(&map_box) else {
                return;
            };
            let action = click_action(&e, &svg, &page, vb, &gesture.borrow());
            if let Some(action) = action {
                // The keyboard focus goes to what was selected (the browser's own focus on
                // press is prevented: it would follow the event's target, see `on_press`).
                if let Action::Select(Some(iso)) = &action {
                    focus_iso(&map_box, iso);
                }
                d.dispatch(action);
            }
        })
    };
    let on_press = Callback::from(|e: MouseEvent| {
        let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
        if let Some(t) = target.filter(|t| t.closest("svg.map").ok().flatten().is_some()) {
            e.prevent_default();
            blur_map_focus(&t);
        }
    });
    let on_down = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.insert(e.pointer_id(), client(&e));
            g.dragged = false;
            g.kind = e.pointer_type();
            g.up = None;
        })
    };
    let on_up = {
        let gesture = gesture.clone();
        Callback::from(move |e: PointerEvent| {
            let mut g = gesture.borrow_mut();
            g.pointers.remove(&e.pointer_id());
            if e.type_() == "pointerup" {
                g.up = Some(client(&e));
            }
        })
    };
    let on_move = {
        let (hover, page, map_box, gesture) = (
            hover.clone(),
            page.clone(),
            map_box.clone(),
            gesture.clone(),
        );
        let d = state.dispatcher();
        Callback::from(move |e: PointerEvent| {
            let Some(svg) = map_svg(&map_box) else {
                return;
            };
            match gesture_step(&e, &mut gesture.borrow_mut(), &svg, vb, &page.full) {
                Ok(Some(next)) => d.dispatch(Action::SetViewBox(next)),
                Ok(None) => {}
                Err(()) => return,
            }
            if e.pointer_type() != "mouse" {
                return;
            }
            hover.send(hover_at(&e, &svg, &vb, &page));
        })
    };
    let on_leave = {
        let (hover, gesture) = (hover.clone(), gesture.clone());
        Callback::from(move |e: PointerEvent| {
            hover.send(None);
            gesture.borrow_mut().pointers.remove(&e.pointer_id());
        })
    };
    MapPointer {
        hover,
        on_click,
        on_down,
        on_up,
        on_move,
        on_leave,
        on_press,
    }
}
