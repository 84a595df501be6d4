//! The choropleth itself: one SVG path per country, a circle marker for tiny ones.
//!
//! Public DOM contract: every country shape (`<path>`) or marker (`<g>`) carries
//! `data-iso="XX"` (ISO 3166-1 alpha-2) and an accessible name (`aria-label`,
//! "Name: status"); the selected one also carries `aria-pressed="true"`.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::core::layout::MarkerPos;
use crate::core::model::Status;
use crate::core::view::ViewBox;
use crate::ui::data::Shared;
use crate::ui::i18n::{status_label, t, Key, Lang};

/// Marker dot radius, in SVG user units (10 000 units = map width).
pub const MARKER_R: f64 = 34.0;

/// Props of [`WorldMap`].
#[derive(Properties, PartialEq)]
pub struct WorldMapProps {
    /// Dataset and geometry.
    pub shared: Rc<Shared>,
    /// Status of every map entity on the date and axis shown.
    pub statuses: Rc<HashMap<String, Status>>,
    /// Laid-out markers.
    pub markers: Rc<Vec<MarkerPos>>,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// The selected country.
    pub selected: Option<String>,
    /// The country that takes the map's single Tab stop (roving `tabindex`).
    pub focus: Option<String>,
    /// Compare mode: countries whose status did not change (drawn neutral).
    #[prop_or_default]
    pub unchanged: Option<Rc<HashSet<String>>>,
    /// The visible part of the map.
    pub view_box: ViewBox,
    /// UI language.
    pub lang: Lang,
}

fn class_of(
    statuses: &HashMap<String, Status>,
    unchanged: Option<&HashSet<String>>,
    iso: &str,
) -> String {
    if unchanged.is_some_and(|u| u.contains(iso)) {
        return "s-unchanged".to_string();
    }
    match statuses.get(iso) {
        Some(s) => format!("s-{}", s.code()),
        None => "s-none".to_string(),
    }
}

/// Props of [`Shapes`]: everything but the selection and the focus, so a click or an
/// arrow key does not re-render the 235 shapes.
#[derive(Properties, PartialEq)]
struct ShapesProps {
    shared: Rc<Shared>,
    statuses: Rc<HashMap<String, Status>>,
    markers: Rc<Vec<MarkerPos>>,
    names: Rc<HashMap<String, String>>,
    unchanged: Option<Rc<HashSet<String>>>,
    lang: Lang,
}

/// Every country shape and marker, coloured by status. Re-renders only when the colours,
/// names or language change (date step, view switch), never on selection or focus.
#[function_component(Shapes)]
fn shapes(props: &ShapesProps) -> Html {
    let geo = &props.shared.geo;
    let unchanged = props.unchanged.as_deref();
    let label = |iso: &str| {
        let name = props.names.get(iso).map(String::as_str).unwrap_or(iso);
        let status = if unchanged.is_some_and(|u| u.contains(iso)) {
            t(props.lang, Key::Unchanged)
        } else {
            props
                .statuses
                .get(iso)
                .map(|s| status_label(props.lang, *s))
                .unwrap_or(t(props.lang, Key::NoData))
        };
        format!("{name}: {status}")
    };
    // `tabindex` and `aria-pressed` start at their resting values; [`WorldMap`] moves them
    // to the focused and selected country in an effect (the VDOM never touches them again).
    let shapes = geo
        .features
        .iter()
        .enumerate()
        .filter(|(_, f)| !f.marker)
        .map(|(i, f)| {
            html! {
                <path key={f.iso.clone()} d={props.shared.paths[i].clone()} data-iso={f.iso.clone()}
                    class={classes!("c", class_of(&props.statuses, unchanged, &f.iso))}
                    role="button" tabindex="-1" aria-label={label(&f.iso)} aria-pressed="false" />
            }
        });
    let markers = props.markers.iter().map(|m| {
        let i = props.shared.index[&m.iso];
        html! {
            <g key={m.iso.clone()} data-iso={m.iso.clone()} class={classes!("m", class_of(&props.statuses, unchanged, &m.iso))}
                role="button" tabindex="-1" aria-label={label(&m.iso)} aria-pressed="false">
                <path class="c" d={props.shared.paths[i].clone()} />
                <line class="lead" x1={format!("{:.0}", m.anchor_x)} y1={format!("{:.0}", m.anchor_y)}
                    x2={format!("{:.0}", m.x)} y2={format!("{:.0}", m.y)} />
                <circle class="hit" cx={format!("{:.0}", m.x)} cy={format!("{:.0}", m.y)} r={format!("{:.0}", MARKER_R * 2.2)} />
                <circle class="dot" cx={format!("{:.0}", m.x)} cy={format!("{:.0}", m.y)} r={format!("{:.0}", MARKER_R)} />
            </g>
        }
    });
    html! { <><g class="countries">{ for shapes }</g><g class="markers">{ for markers }</g></> }
}

/// The SVG map. The shapes re-render only when colours change; selection and focus only
/// move two attributes and redraw two outlines.
#[function_component(WorldMap)]
pub fn world_map(props: &WorldMapProps) -> Html {
    let geo = &props.shared.geo;
    let svg = use_node_ref();
    // Roving tabindex and aria-pressed, set on the live elements.
    {
        let svg = svg.clone();
        use_effect_with(
            (props.selected.clone(), props.focus.clone()),
            move |(selected, focus)| {
                if let Some(svg) = svg.cast::<web_sys::Element>() {
                    let set_all = |sel: &str, attr: &str, value: &str| {
                        if let Ok(list) = svg.query_selector_all(sel) {
                            for i in 0..list.length() {
                                if let Some(el) = list
                                    .item(i)
                                    .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
                                {
                                    let _ = el.set_attribute(attr, value);
                                }
                            }
                        }
                    };
                    set_all("[data-iso][tabindex=\"0\"]", "tabindex", "-1");
                    set_all("[data-iso][aria-pressed=\"true\"]", "aria-pressed", "false");
                    if let Some(iso) = focus {
                        set_all(&format!("[data-iso=\"{iso}\"]"), "tabindex", "0");
                    }
                    if let Some(iso) = selected {
                        set_all(&format!("[data-iso=\"{iso}\"]"), "aria-pressed", "true");
                    }
                }
            },
        );
    }
    // The selected shape again, on top, so its outline is not hidden by neighbours.
    let outline = props.selected.as_ref().and_then(|iso| props.shared.index.get(iso)).map(|&i| {
        let f = &geo.features[i];
        let ring = props.markers.iter().find(|m| m.iso == f.iso).map(|m| {
            html! { <circle class="selring" cx={format!("{:.0}", m.x)} cy={format!("{:.0}", m.y)} r={format!("{:.0}", MARKER_R * 1.6)} /> }
        });
        html! { <g class="sel" aria-hidden="true"><path d={props.shared.paths[i].clone()} />{ for ring }</g> }
    });
    // The focused country again, on top, for a complete focus outline (CSS shows it only
    // while the map has the focus).
    let focus_ring = props.focus.as_ref().and_then(|iso| props.shared.index.get(iso)).map(|&i| {
        let f = &geo.features[i];
        match props.markers.iter().find(|m| m.iso == f.iso) {
            Some(m) => html! { <circle cx={format!("{:.0}", m.x)} cy={format!("{:.0}", m.y)} r={format!("{:.0}", MARKER_R * 1.3)} /> },
            None => html! { <path d={props.shared.paths[i].clone()} /> },
        }
    });
    html! {
        <svg class="map" ref={svg} viewBox={props.view_box.attr()} role="group"
            aria-label={t(props.lang, Key::MapLabel)} preserveAspectRatio="xMidYMid meet">
            <crate::ui::components::patterns::Patterns />
            <Shapes shared={props.shared.clone()} statuses={props.statuses.clone()} markers={props.markers.clone()}
                names={props.names.clone()} unchanged={props.unchanged.clone()} lang={props.lang} />
            <g class="sel-slot">{ for outline }</g>
            <g class="focus-ring" aria-hidden="true">{ for focus_ring }</g>
        </svg>
    }
}
