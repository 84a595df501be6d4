//! The export/import switch: two toggle buttons.

use yew::prelude::*;

use crate::core::i18n::{axis_label, t, Key, Lang};
use crate::core::model::Axis;

/// Props of [`ViewSwitch`].
#[derive(Properties, PartialEq)]
pub struct ViewSwitchProps {
    /// The axis shown.
    pub axis: Axis,
    /// UI language.
    pub lang: Lang,
    /// Called with the chosen axis.
    pub on_change: Callback<Axis>,
}

/// "US export licence" / "Import into the country" (`button[data-view]`, `aria-pressed`).
#[function_component(ViewSwitch)]
pub fn view_switch(props: &ViewSwitchProps) -> Html {
    let button = |axis: Axis| {
        let on_change = props.on_change.clone();
        let pressed = props.axis == axis;
        html! {
            <button type="button" class={classes!("view", pressed.then_some("on"))}
                data-view={axis.code()}
                aria-pressed={if pressed { "true" } else { "false" }}
                onclick={Callback::from(move |_| on_change.emit(axis))}>
                { axis_label(props.lang, axis) }
            </button>
        }
    };
    html! {
        <div class="switch" role="group" aria-label={t(props.lang, Key::ViewLabel)}>
            { button(Axis::Export) }
            { button(Axis::Import) }
        </div>
    }
}
