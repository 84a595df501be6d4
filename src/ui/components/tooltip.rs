//! The hover tooltip: country name and status in words (mouse only; touch opens the panel).

use yew::prelude::*;

/// Props of [`Tooltip`].
#[derive(Properties, PartialEq)]
pub struct TooltipProps {
    /// Country name.
    pub name: AttrValue,
    /// Status in words.
    pub status: AttrValue,
    /// Left edge in CSS pixels, relative to the map box.
    pub x: f64,
    /// Top edge in CSS pixels, relative to the map box.
    pub y: f64,
    /// Map box width in CSS pixels, to flip the tooltip left near the right edge.
    pub width: f64,
}

/// A small box near the pointer; `aria-hidden` because the panel and the accessible names
/// carry the same facts.
#[function_component(Tooltip)]
pub fn tooltip(props: &TooltipProps) -> Html {
    let flip = props.x > props.width * 0.6;
    let (left, right) = if flip {
        (None, Some(format!("{:.0}px", props.width - props.x + 12.0)))
    } else {
        (Some(format!("{:.0}px", props.x + 12.0)), None)
    };
    let top = format!("{:.0}px", props.y + 12.0);
    // Position through the CSSOM: a strict CSP blocks style attributes.
    let node = use_node_ref();
    {
        let node = node.clone();
        use_effect(move || {
            if let Some(el) = node.cast::<web_sys::Element>() {
                crate::ui::styles::apply(&el);
            }
        });
    }
    html! {
        <div class="tip" ref={node} data-css-left={left} data-css-right={right} data-css-top={top} aria-hidden="true">
            <strong>{ props.name.clone() }</strong><br/>{ props.status.clone() }
        </div>
    }
}
