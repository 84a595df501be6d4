//! A readable error in the widget's box (never a blank map).

use std::rc::Rc;

use yew::prelude::*;

use crate::core::validate::DatasetError;

/// Props of [`ErrorBox`].
#[derive(Properties, PartialEq)]
pub struct ErrorBoxProps {
    /// The problems, each with its JSON path.
    pub errors: Rc<Vec<DatasetError>>,
}

/// Shows why the map cannot be drawn, listing each dataset error with its path.
#[function_component(ErrorBox)]
pub fn error_box(props: &ErrorBoxProps) -> Html {
    html! {
        <div class="error" role="alert">
            <p><strong>{ "The H200 map cannot be shown: its dataset is invalid. / La carte H200 ne peut pas s'afficher : ses données sont invalides." }</strong></p>
            <ul>
                { for props.errors.iter().take(20).map(|e| html! { <li><code>{ &e.path }</code>{ ": " }{ &e.message }</li> }) }
            </ul>
        </div>
    }
}
