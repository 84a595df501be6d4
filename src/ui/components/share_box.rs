//! The link to this view, shown after "Link to this view", with what became of the copy to
//! the clipboard: "Link copied", or, when the browser refused it, "Copy this link:". The
//! confirmation is also said by a live region (`role="status"`, always in the page so that
//! a screen reader hears it change).

use yew::prelude::*;

use crate::core::i18n::{t, Key, Lang};
use crate::ui::hooks::{Copied, Shared};

/// Props of [`ShareBox`].
#[derive(Properties, PartialEq)]
pub struct ShareBoxProps {
    /// The link, if the reader asked for one.
    pub shared: Option<Shared>,
    /// UI language.
    pub lang: Lang,
}

/// A read-only text field with the link (`input[data-share="link"]`) and the confirmation
/// (`p[data-share="status"]`).
#[function_component(ShareBox)]
pub fn share_box(props: &ShareBoxProps) -> Html {
    let lang = props.lang;
    let status = props.shared.as_ref().and_then(|s| match s.copied {
        Copied::Pending => None,
        Copied::Yes => Some(t(lang, Key::LinkCopied)),
        Copied::No => Some(t(lang, Key::LinkNotCopied)),
    });
    let copied = props
        .shared
        .as_ref()
        .is_some_and(|s| s.copied == Copied::Yes);
    html! {
        <div class="slot-share">
            { for props.shared.as_ref().map(|s| html! {
                <p class="sharelink"><label>{ t(lang, Key::Share) }{ " " }
                    <input type="text" readonly=true value={s.link.clone()} data-share="link" /></label></p>
            }) }
            <p class={classes!("share-status", copied.then_some("ok"))} role="status" data-share="status">{ for status }</p>
        </div>
    }
}
