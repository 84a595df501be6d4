//! The map's countries and markers, drawn once by the core renderer and then painted in
//! place.
//!
//! The SVG text comes from [`crate::core::render::shapes`], the same code that draws the
//! downloads (and a build's static map), with the statuses of the first render. It is
//! inserted once (no virtual DOM for the 235 shapes: nothing to diff); afterwards
//! [`use_map_paint`] changes the `class` and `aria-label` of the shapes whose status or name
//! changed. The public DOM contract is the renderer's: every shape `<path data-iso
//! role="button" tabindex="-1" aria-label aria-pressed>`, every marker `<g data-iso>` with
//! the same attributes.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::sentences::look;
use crate::core::i18n::Lang;
use crate::core::model::Status;
use crate::core::render::{shapes, Style};
use crate::ui::data::PageData;
use crate::ui::hooks::use_map_paint;

/// Props of [`MapLayer`].
#[derive(Properties, PartialEq)]
pub struct MapLayerProps {
    /// Dataset, geometry and marker layout.
    pub page: Rc<PageData>,
    /// Status of every map entity on the date and axis shown.
    pub statuses: Rc<HashMap<String, Status>>,
    /// Compare mode: countries whose status did not change.
    #[prop_or_default]
    pub unchanged: Option<Rc<HashSet<String>>>,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// UI language.
    pub lang: Lang,
}

/// `<g class="layer">` with the countries and markers. Its props change on a date step,
/// an axis switch or a language change, never on selection or focus.
#[function_component(MapLayer)]
pub fn map_layer(props: &MapLayerProps) -> Html {
    let layer = use_node_ref();
    // Drawn once per map; later changes are painted in place by `use_map_paint`.
    let markup = {
        let (page, statuses, names) = (
            props.page.clone(),
            props.statuses.clone(),
            props.names.clone(),
        );
        let (unchanged, lang) = (props.unchanged.clone(), props.lang);
        use_memo((), move |_| {
            let look_of = |iso: &str| look(lang, iso, &names, &statuses, unchanged.as_deref());
            let svg = shapes(&page.geo, &page.markers, &look_of, &Style::Classes, true);
            Html::from_html_unchecked(svg.into())
        })
    };
    use_map_paint(
        &layer,
        &props.statuses,
        &props.unchanged,
        &props.names,
        props.lang,
    );
    html! { <g class="layer" ref={layer}>{ (*markup).clone() }</g> }
}
