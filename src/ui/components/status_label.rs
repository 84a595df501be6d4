//! The pieces every status display shares (legend, panel, table): the swatch in the
//! status's colour and texture, and the confidence badge.

use yew::prelude::*;

use crate::core::i18n::{confidence_label, Lang};
use crate::core::model::Confidence;
use crate::core::render::Paint;

/// A small square in the paint's colour and texture (`.sw.s-CODE` in `style.css`);
/// hidden from screen readers, which get the words next to it.
pub fn swatch(paint: Paint) -> Html {
    html! { <span class={classes!("sw", format!("s-{}", paint.code()))} aria-hidden="true"></span> }
}

/// "Reported" / "Unconfirmed" (dashed badge); nothing for a confirmed status.
pub fn confidence_badge(lang: Lang, c: Confidence) -> Html {
    match confidence_label(lang, c) {
        Some(label) => html! { <span class={classes!("badge", c.code())}>{ label }</span> },
        None => html! {},
    }
}
