//! The link to this view, shown after "Link to this view" (it is also on the clipboard).

use yew::prelude::*;

use crate::core::i18n::{t, Key, Lang};

/// Props of [`ShareBox`].
#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    /// The link, if the reader asked for one.
    pub link: Option<AttrValue>,
    /// UI language.
    pub lang: Lang,
}

/// A read-only text field with the link (`input[data-share="link"]`).
#[function_component(ShareBox)]
pub fn share_box(props: &ShareBoxProps) -> Html {
    html! {
        <div class="slot-share">{ for props.link.as_ref().map(|l| html! {
            <p class="sharelink"><label>{ t(props.lang, Key::Share) }{ " " }
                <input type="text" readonly=true value={l.clone()} data-share="link" /></label></p>
        }) }</div>
    }
}
