//! The hover tooltip: country name and status in words (mouse only; touch opens the panel).
//! [`HoverTip`] holds the hover state itself (fed by the map's pointer handlers through a
//! [`HoverSink`]): a mouse move re-renders the tooltip, not the widget.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::sentences::paint_label;
use crate::core::i18n::{name_of, Lang};
use crate::core::model::Status;
use crate::core::render::Paint;
use crate::ui::hooks::{Hover, HoverSink};

/// Distance between the pointer and the tooltip, in CSS pixels.
const OFFSET_PX: f64 = 12.0;
/// Past this fraction of the box's width, the tooltip opens to the left of the pointer.
const FLIP_AT: f64 = 0.6;

/// Props of [`Tooltip`].
#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    /// Country name.
    pub name: AttrValue,
    /// Status in words.
    pub status: AttrValue,
    /// Pointer x in CSS pixels, relative to the map box.
    pub x: f64,
    /// Pointer y in CSS pixels, relative to the map box.
    pub y: f64,
    /// Map box width in CSS pixels, to flip the tooltip left near the right edge.
    pub width: f64,
}

/// A small box near the pointer; `aria-hidden` because the panel and the accessible names
/// carry the same facts. Positioned through the CSSOM (`data-css-*`, [`crate::ui::cssom`]): a
/// strict CSP blocks style attributes.
#[function_component(Tooltip)]
pub fn tooltip(props: &TooltipProps) -> Html {
    let flip = props.x > props.width * FLIP_AT;
    let px = |v: f64| format!("{v:.0}px");
    let (left, right) = if flip {
        (None, Some(px(props.width - props.x + OFFSET_PX)))
    } else {
        (Some(px(props.x + OFFSET_PX)), None)
    };
    let top = px(props.y + OFFSET_PX);
    html! {
        <div class="tip" data-css-left={left} data-css-right={right} data-css-top={top} aria-hidden="true">
            <strong>{ props.name.clone() }</strong><br/>{ props.status.clone() }
        </div>
    }
}

/// Props of [`HoverTip`].
#[derive(Properties, PartialEq)]
pub struct HoverTipProps {
    /// Where the map's pointer handlers send the country under the mouse.
    pub sink: HoverSink,
    /// Country names in the UI language.
    pub names: Rc<HashMap<String, String>>,
    /// Status of every map entity on the date and axis shown.
    pub statuses: Rc<HashMap<String, Status>>,
    /// Compare mode: countries whose status did not change (drawn neutral).
    #[prop_or_default]
    pub unchanged: Option<Rc<HashSet<String>>>,
    /// UI language.
    pub lang: Lang,
}

/// The tooltip of the country under the mouse, or nothing.
#[function_component(HoverTip)]
pub fn hover_tip(props: &HoverTipProps) -> Html {
    let hover = use_state(|| None::<Hover>);
    props.sink.connect(hover.setter(), &hover);
    let Some(h) = hover.as_ref() else {
        return html! {};
    };
    let paint = Paint::of(&h.iso, &props.statuses, props.unchanged.as_deref());
    html! {
        <Tooltip name={name_of(&props.names, &h.iso)} status={paint_label(props.lang, paint)}
            x={h.x} y={h.y} width={h.box_width} />
    }
}
