//! The choropleth itself: one SVG path per country, a circle marker for tiny ones.
//!
//! Public DOM contract: every country shape (`<path>`) or marker (`<g>`) carries
//! `data-iso="XX"` (ISO 3166-1 alpha-2), `role="button"` and an accessible name
//! (`aria-label`, "Name: status"); the selected one also carries `aria-pressed="true"`,
//! and the one with the map's single Tab stop `tabindex="0"` (roving tabindex).

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::i18n::sentences::look;
use crate::core::i18n::{t, Key, Lang};
use crate::core::layout::{FOCUS_RING_R, MARKER_HIT_R, MARKER_R, SELECTED_RING_R};
use crate::core::model::Status;
use crate::core::render::{defs, Style};
use crate::core::view::ViewBox;
use crate::ui::data::PageData;

/// Props of [`WorldMap`].
#[derive(Properties, PartialEq)]
pub struct WorldMapProps {
    /// Dataset, geometry and marker layout.
    pub page: Rc<PageData>,
    /// Status of every map entity on the date and axis shown.
    pub statuses: Rc<HashMap<String, Status>>,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// The selected country.
    pub selected: Option<String>,
    /// The country that takes the map's single Tab stop (roving `tabindex`).
    pub focus: String,
    /// Compare mode: countries whose status did not change (drawn neutral).
    #[prop_or_default]
    pub unchanged: Option<Rc<HashSet<String>>>,
    /// The visible part of the map.
    pub view_box: ViewBox,
    /// UI language.
    pub lang: Lang,
}

/// Props of [`Shapes`]: everything but the selection and the focus, so a click or an
/// arrow key does not re-render the 235 shapes.
#[derive(Properties, PartialEq)]
struct ShapesProps {
    page: Rc<PageData>,
    statuses: Rc<HashMap<String, Status>>,
    names: Rc<HashMap<String, String>>,
    unchanged: Option<Rc<HashSet<String>>>,
    lang: Lang,
}

fn units(v: f64) -> String {
    format!("{v:.0}")
}

/// Every country shape and marker, coloured by status. Re-renders only when the colours,
/// names or language change (date step, view switch), never on selection or focus.
#[function_component(Shapes)]
fn shapes(props: &ShapesProps) -> Html {
    let page = &props.page;
    let unchanged = props.unchanged.as_deref();
    let look = |iso: &str| look(props.lang, iso, &props.names, &props.statuses, unchanged);
    // `tabindex` and `aria-pressed` start at their resting values; [`WorldMap`] moves them
    // to the focused and selected country in an effect (the VDOM never touches them again).
    let shapes = page
        .geo
        .features
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.marker)
        .map(|(i, f)| {
            let l = look(&f.iso);
            html! {
                <path key={f.iso.clone()} d={page.paths[i].clone()} data-iso={f.iso.clone()}
                    class={classes!("c", format!("s-{}", l.paint.code()))}
                    role="button" tabindex="-1" aria-label={l.label} aria-pressed="false" />
            }
        });
    let markers = page.markers.iter().map(|m| {
        let i = page.feature_index[&m.iso];
        let l = look(&m.iso);
        html! {
            <g key={m.iso.clone()} data-iso={m.iso.clone()} class={classes!("m", format!("s-{}", l.paint.code()))}
                role="button" tabindex="-1" aria-label={l.label} aria-pressed="false">
                <path class="c" d={page.paths[i].clone()} />
                <line class="lead" x1={units(m.anchor_x)} y1={units(m.anchor_y)} x2={units(m.x)} y2={units(m.y)} />
                <circle class="hit" cx={units(m.x)} cy={units(m.y)} r={units(MARKER_HIT_R)} />
                <circle class="dot" cx={units(m.x)} cy={units(m.y)} r={units(MARKER_R)} />
            </g>
        }
    });
    html! { <><g class="countries">{ for shapes }</g><g class="markers">{ for markers }</g></> }
}

/// Sets `attr` to `value` on every element under `svg` matching `selector`.
fn set_all(svg: &Element, selector: &str, attr: &str, value: &str) {
    let Ok(list) = svg.query_selector_all(selector) else {
        return;
    };
    for i in 0..list.length() {
        if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
            // Setting an attribute on our own element cannot fail.
            let _ = el.set_attribute(attr, value);
        }
    }
}

/// Moves the roving `tabindex="0"` to `focus` and `aria-pressed="true"` to `selected`.
#[hook]
fn use_roving(svg: &NodeRef, selected: Option<String>, focus: String) {
    let svg = svg.clone();
    use_effect_with((selected, focus), move |(selected, focus)| {
        if let Some(svg) = svg.cast::<Element>() {
            set_all(&svg, "[data-iso][tabindex=\"0\"]", "tabindex", "-1");
            set_all(
                &svg,
                "[data-iso][aria-pressed=\"true\"]",
                "aria-pressed",
                "false",
            );
            set_all(&svg, &format!("[data-iso=\"{focus}\"]"), "tabindex", "0");
            if let Some(iso) = selected {
                set_all(
                    &svg,
                    &format!("[data-iso=\"{iso}\"]"),
                    "aria-pressed",
                    "true",
                );
            }
        }
    });
}

/// The SVG map. The shapes re-render only when colours change; selection and focus only
/// move two attributes and redraw two outlines.
#[function_component(WorldMap)]
pub fn world_map(props: &WorldMapProps) -> Html {
    let page = &props.page;
    let svg = use_node_ref();
    use_roving(&svg, props.selected.clone(), props.focus.clone());
    let marker = |iso: &str| page.markers.iter().find(|m| m.iso == iso);
    // The selected shape again, on top, so its outline is not hidden by neighbours.
    let outline = props.selected.as_ref().and_then(|iso| page.feature_index.get(iso)).map(|&i| {
        let ring = marker(&page.geo.features[i].iso).map(|m| html! {
            <circle class="selring" cx={units(m.x)} cy={units(m.y)} r={units(SELECTED_RING_R)} />
        });
        html! { <g class="sel" aria-hidden="true"><path d={page.paths[i].clone()} />{ for ring }</g> }
    });
    // The focused country again, on top, for a complete focus outline (CSS shows it only
    // while the map has the focus).
    let focus_ring = page
        .feature_index
        .get(&props.focus)
        .map(|&i| match marker(&props.focus) {
            Some(m) => html! { <circle cx={units(m.x)} cy={units(m.y)} r={units(FOCUS_RING_R)} /> },
            None => html! { <path d={page.paths[i].clone()} /> },
        });
    let patterns = use_memo((), |_| {
        Html::from_html_unchecked(defs(&Style::Classes).into())
    });
    html! {
        <svg class="map" ref={svg} viewBox={props.view_box.attr()} role="group"
            aria-label={t(props.lang, Key::MapLabel)} preserveAspectRatio="xMidYMid meet">
            { (*patterns).clone() }
            <Shapes page={page.clone()} statuses={props.statuses.clone()} names={props.names.clone()}
                unchanged={props.unchanged.clone()} lang={props.lang} />
            <g class="sel-slot">{ for outline }</g>
            <g class="focus-ring" aria-hidden="true">{ for focus_ring }</g>
        </svg>
    }
}
