//! A source as a link: only `https` URLs become links (opening in a new tab, with no
//! opener); anything else is plain text.

use yew::prelude::*;

use crate::core::model::Source;

/// `text` linked to `src.url` when it is `https`, else `text` alone. `new_tab_note` (e.g.
/// "(opens in a new tab)") is added for screen readers inside the link.
pub fn source_link(src: &Source, text: &str, new_tab_note: Option<&str>) -> Html {
    if src.url.starts_with("https://") {
        let note = new_tab_note.map(|n| html! { <span class="sr">{ " " }{ n }</span> });
        html! { <a href={src.url.clone()} target="_blank" rel="noopener noreferrer">{ text }{ for note }</a> }
    } else {
        html! { <span>{ text }</span> }
    }
}
