//! The live region's message: each selection and date change, in words (not on the first
//! render: the page has just loaded, nothing was chosen).

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::sentences::{announcement, Selected};
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
    let first = use_mut_ref(|| true);
    {
        let (message, page, names) = (message.clone(), page.clone(), names.clone());
        use_effect_with(
            (state.selected.clone(), state.date, state.axis),
            move |(selected, date, axis)| {
                if std::mem::replace(&mut *first.borrow_mut(), false) {
                    return;
                }
                let status = selected
                    .as_ref()
                    .and_then(|iso| page.model.try_status(iso, *axis, *date));
                let name = status
                    .as_ref()
                    .and_then(|s| names.get(&s.iso).cloned())
                    .unwrap_or_default();
                let selected = status.as_ref().map(|s| Selected {
                    name: &name,
                    status: s.status,
                    effective: s.effective,
                });
                message.set(announcement(lang, *axis, *date, selected));
            },
        );
    }
    (*message).clone()
}
