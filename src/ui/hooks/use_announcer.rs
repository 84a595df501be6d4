//! The live region's message: each change of selection, date, comparison or view, in
//! words (not on the first render: the page has just loaded, nothing was chosen). A story
//! step may change several at once; the message says each ([`announcement`]).

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::sentences::{announcement, Selected, Shown};
use crate::core::i18n::Lang;
use crate::ui::data::PageData;
use crate::ui::state::MapState;

/// The message for the `aria-live` region.
#[hook]
pub fn use_announcer(
    page: &Rc<PageData>,
    names: &Rc<HashMap<String, String>>,
    lang: Lang,
    state: &MapState,
) -> String {
    let message = use_state(String::new);
    let last = use_mut_ref(|| None::<Shown>);
    {
        let (message, page, names) = (message.clone(), page.clone(), names.clone());
        let now = Shown {
            axis: state.axis,
            date: state.date,
            compare: state.compare,
        };
        use_effect_with((state.selected.clone(), now), move |(selected, now)| {
            let Some(before) = last.borrow_mut().replace(*now) else {
                return;
            };
            let status = selected
                .as_ref()
                .and_then(|iso| page.model.try_status(iso, now.axis, now.date));
            let name = status
                .as_ref()
                .and_then(|s| names.get(&s.iso).cloned())
                .unwrap_or_default();
            let selected = status.as_ref().map(|s| Selected {
                name: &name,
                status: s.status,
                effective: s.effective,
            });
            message.set(announcement(lang, before, *now, selected));
        });
    }
    (*message).clone()
}
