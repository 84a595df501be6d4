//! The live region's message: each change of selection, date, comparison or view, in
//! words (not on the first render: the page has just loaded, nothing was chosen). A story
//! step may change several at once; the message says each ([`announcement`]).
//!
//! The message is composed while the widget renders, in the render that shows the change:
//! composed in an effect and kept in a `use_state`, it cost a second render of the whole
//! widget after every click and date step (bench/trace.mjs).

use std::collections::HashMap;
use std::rc::Rc;

use yew::prelude::*;

use crate::core::i18n::sentences::{announcement, Selected, Shown};
use crate::core::i18n::Lang;
use crate::ui::data::PageData;
use crate::ui::state::MapState;

/// What was shown when the message was last composed, and the message.
struct Said {
    selected: Option<String>,
    shown: Shown,
    message: String,
}

/// The message for `selected` and `now`, the change since `before` (see the module docs).
fn compose(
    page: &PageData,
    names: &HashMap<String, String>,
    lang: Lang,
    before: Shown,
    now: Shown,
    selected: Option<&str>,
) -> String {
    let status = selected.and_then(|iso| page.model.try_status(iso, now.axis, now.date));
    let name = status
        .as_ref()
        .and_then(|s| names.get(&s.iso).cloned())
        .unwrap_or_default();
    let selected = status.as_ref().map(|s| Selected {
        name: &name,
        status: s.status,
        effective: s.effective,
    });
    announcement(lang, before, now, selected)
}

/// The message for the `aria-live` region: empty until the reader (or a story step)
/// changes what is shown, then the last change in words, kept until the next one.
#[hook]
pub fn use_announcer(
    page: &Rc<PageData>,
    names: &Rc<HashMap<String, String>>,
    lang: Lang,
    state: &MapState,
) -> String {
    let said = use_mut_ref(|| None::<Said>);
    let now = Shown {
        axis: state.axis,
        date: state.date,
        compare: state.compare,
    };
    let mut said = said.borrow_mut();
    match said.as_mut() {
        // The first render: nothing to say.
        None => {
            *said = Some(Said {
                selected: state.selected.clone(),
                shown: now,
                message: String::new(),
            });
            String::new()
        }
        Some(s) if s.shown == now && s.selected == state.selected => s.message.clone(),
        Some(s) => {
            let selected = state.selected.as_deref();
            s.message = compose(page, names, lang, s.shown, now, selected);
            s.shown = now;
            s.selected = state.selected.clone();
            s.message.clone()
        }
    }
}
