//! The hover tooltip: country name and status in words (mouse only; touch opens the panel).

use yew::prelude::*;

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
