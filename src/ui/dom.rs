//! Small web-sys helpers shared by the hooks: console warnings, the page's inputs, the map's
//! `<svg>`, client coordinates to map units, the target of a click, focus.

use wasm_bindgen::JsCast;
use web_sys::{Element, MouseEvent, ShadowRoot, SvgElement};
use yew::NodeRef;

use crate::core::date::Date;
use crate::core::view::ViewBox;

/// Warns on the console, prefixed with `<h200-map>:`.
pub fn warn(msg: &str) {
    web_sys::console::warn_1(&format!("<h200-map>: {msg}").into());
}

/// The reader's local date.
pub fn today() -> Date {
    let now = js_sys::Date::new_0();
    Date::from_ymd(
        now.get_full_year() as i32,
        now.get_month() as u8 + 1,
        now.get_date() as u8,
    )
    .expect("the browser's date is a valid date")
}

/// The page URL's fragment (`#…`), or empty.
pub fn location_hash() -> String {
    web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// The page's URL.
pub fn location_href() -> Option<String> {
    web_sys::window().and_then(|w| w.location().href().ok())
}

/// The `lang` attribute of the page's `<html>` element.
pub fn html_lang() -> Option<String> {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.get_attribute("lang"))
}

/// True when the reader asks for reduced motion.
pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| {
            w.match_media("(prefers-reduced-motion: reduce)")
                .ok()
                .flatten()
        })
        .is_some_and(|m| m.matches())
}

/// The map's `<svg>` inside the map box.
pub fn map_svg(map_box: &NodeRef) -> Option<Element> {
    map_box
        .cast::<Element>()
        .and_then(|b| b.query_selector("svg").ok().flatten())
}

/// A point of the map under the pointer.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapPoint {
    /// x in map units.
    pub x: f64,
    /// y in map units.
    pub y: f64,
    /// Map units per CSS pixel at the current zoom.
    pub units_per_px: f64,
}

/// Client coordinates (CSS pixels) -> map units, through the current view box. The map's
/// `<svg>` has the view box's aspect ratio (`width: 100%; height: auto`, in story boxes
/// too), so one scale serves both axes.
pub fn to_units(svg: &Element, vb: &ViewBox, client_x: f64, client_y: f64) -> Option<MapPoint> {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    let k = vb.w / rect.width();
    Some(MapPoint {
        x: vb.x + (client_x - rect.left()) * k,
        y: vb.y + (client_y - rect.top()) * k,
        units_per_px: k,
    })
}

/// The client coordinates of a mouse or pointer event in CSS pixels, with their fractions
/// (web-sys reads `clientX` as an integer; browsers give pointer events sub-pixel positions).
pub fn client_point(e: &MouseEvent) -> (f64, f64) {
    let read = |name: &str| {
        js_sys::Reflect::get(e, &name.into())
            .ok()
            .and_then(|v| v.as_f64())
    };
    (
        read("clientX").unwrap_or_else(|| f64::from(e.client_x())),
        read("clientY").unwrap_or_else(|| f64::from(e.client_y())),
    )
}

/// The `data-iso` of the shape or marker an event targets (for a click without a pointer:
/// a screen reader's or a script's activation).
pub fn target_iso(e: &MouseEvent) -> Option<String> {
    e.target()
        .and_then(|t| t.dyn_into::<Element>().ok())
        .and_then(|t| t.closest("svg [data-iso]").ok().flatten())
        .and_then(|h| h.get_attribute("data-iso"))
}

/// Moves keyboard focus to the shape or marker of `iso` inside `map_box` (shapes have
/// `tabindex="-1"`: focusable by script).
pub fn focus_iso(map_box: &NodeRef, iso: &str) {
    let el = map_box
        .cast::<Element>()
        .and_then(|b| {
            b.query_selector(&format!("svg [data-iso=\"{iso}\"]"))
                .ok()
                .flatten()
        })
        .and_then(|el| el.dyn_into::<SvgElement>().ok());
    if let Some(el) = el {
        // A failed focus leaves the focus where it was; nothing to report.
        let _ = el.focus();
    }
}

/// Takes the keyboard focus off the map's shape or marker that holds it, in the shadow root
/// `inside` belongs to. Called on a mouse or touch press in the map: the press's own focus
/// is prevented, so without this the shape focused earlier by the keyboard would keep its
/// focus ring and the focused country's name after a pointer press elsewhere on the map
/// (a focus moved by script from a focus-visible element stays focus-visible).
pub fn blur_map_focus(inside: &Element) {
    let active = inside
        .get_root_node()
        .dyn_into::<ShadowRoot>()
        .ok()
        .and_then(|root| root.active_element());
    let in_map = active
        .as_ref()
        .is_some_and(|a| a.closest("svg.map").ok().flatten().is_some());
    if let Some(el) = active
        .filter(|_| in_map)
        .and_then(|a| a.dyn_into::<SvgElement>().ok())
    {
        // A failed blur leaves the focus where it was; nothing to report.
        let _ = el.blur();
    }
}

/// The value of a CSS custom property as computed on `el` (the theme's resolved colour).
pub fn css_var(el: &Element, name: &str) -> Option<String> {
    web_sys::window()
        .and_then(|w| w.get_computed_style(el).ok().flatten())
        .and_then(|s| s.get_property_value(name).ok())
}
