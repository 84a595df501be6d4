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

use crate::core::i18n::{t, Key, Lang};
use crate::core::layout::{FOCUS_RING_R, SELECTED_RING_R};
use crate::core::model::Status;
use crate::core::render::{defs, Style};
use crate::core::view::ViewBox;
use crate::ui::components::map_layer::MapLayer;
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

fn units(v: f64) -> String {
    format!("{v:.0}")
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

/// The SVG map: the status patterns, the countries and markers ([`MapLayer`]), and on top
/// the selected country's outline and the focus ring. Selection and focus only move two
/// attributes and redraw two outlines.
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
            <MapLayer page={page.clone()} statuses={props.statuses.clone()} names={props.names.clone()}
                unchanged={props.unchanged.clone()} lang={props.lang} />
            <g class="sel-slot">{ for outline }</g>
            <g class="focus-ring" aria-hidden="true">{ for focus_ring }</g>
        </svg>
    }
}
