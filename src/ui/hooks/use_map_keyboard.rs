//! The map from the keyboard: one Tab stop (roving `tabindex`); arrows move to the
//! geographic neighbour, Home/End and typing letters jump alphabetically, Enter/Space open
//! the details, Escape closes them. Focus moves by script (`SVGElement.focus`): shapes
//! have `tabindex="-1"`.

use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::{Element, FocusEvent, KeyboardEvent};
use yew::prelude::*;

use crate::core::layout::{neighbour, Direction};
use crate::core::search::{first_with_prefix, TypeAhead};
use crate::ui::data::PageData;
use crate::ui::dom::focus_iso;
use crate::ui::hooks::Derived;
use crate::ui::intl::fold;
use crate::ui::state::{Action, MapState};

/// The country that takes the map's Tab stop when nothing was focused or selected yet.
const DEFAULT_FOCUS: &str = "CN";

/// The focused country and the handlers to put on the map box.
pub struct MapKeyboard {
    /// The country with the roving tab stop: the focused one, else the selected one, else
    /// [`DEFAULT_FOCUS`].
    pub roving: String,
    /// `onkeydown`.
    pub on_key: Callback<KeyboardEvent>,
    /// `onfocusin`: follows focus moved by Tab or a click.
    pub on_focus_in: Callback<FocusEvent>,
    /// Gives the focus back to the map where the reader was (after closing the details).
    pub refocus: Callback<()>,
}

/// What a key does on the map.
enum KeyEffect {
    /// Move the focus to this country (`None`: a key of ours that finds nothing, e.g. at
    /// the edge of the map; it still must not scroll the page).
    Focus(Option<String>),
    /// Apply this action (Enter, Space, Escape).
    Act(Action),
    /// Nothing for this key: let the browser have it.
    Ignore,
}

fn key_effect(
    e: &KeyboardEvent,
    current: &str,
    page: &PageData,
    derived: &Derived,
    selected: bool,
    typeahead: &mut TypeAhead,
) -> KeyEffect {
    let alpha = &derived.alphabetical;
    let step = |dir| neighbour(&page.label_points, current, dir).map(str::to_string);
    let target = match e.key().as_str() {
        "ArrowUp" => step(Direction::Up),
        "ArrowDown" => step(Direction::Down),
        "ArrowLeft" => step(Direction::Left),
        "ArrowRight" => step(Direction::Right),
        "Home" => alpha.first().map(|(iso, _)| iso.clone()),
        "End" => alpha.last().map(|(iso, _)| iso.clone()),
        "Enter" | " " => return KeyEffect::Act(Action::Select(Some(current.to_string()))),
        "Escape" if selected => return KeyEffect::Act(Action::Select(None)),
        k if k.chars().count() == 1 && !e.ctrl_key() && !e.meta_key() && !e.alt_key() => {
            let prefix = typeahead.push(&fold(k), js_sys::Date::now());
            first_with_prefix(alpha, prefix).map(str::to_string)
        }
        _ => return KeyEffect::Ignore,
    };
    KeyEffect::Focus(target)
}

/// Keyboard handling of the map in `map_box` (see the module docs).
#[hook]
pub fn use_map_keyboard(
    page: &Rc<PageData>,
    derived: &Derived,
    state: &UseReducerHandle<MapState>,
    map_box: &NodeRef,
) -> MapKeyboard {
    let focus = use_state(|| None::<String>);
    let typeahead = use_mut_ref(TypeAhead::default);
    let on_key = {
        let (focus, page, derived, map_box) = (
            focus.clone(),
            page.clone(),
            derived.clone(),
            map_box.clone(),
        );
        let (d, selected) = (state.dispatcher(), state.selected.clone());
        Callback::from(move |e: KeyboardEvent| {
            let current = (*focus)
                .clone()
                .or(selected.clone())
                .or_else(|| derived.alphabetical.first().map(|(iso, _)| iso.clone()))
                .unwrap_or_default();
            let effect = key_effect(
                &e,
                &current,
                &page,
                &derived,
                selected.is_some(),
                &mut typeahead.borrow_mut(),
            );
            match effect {
                KeyEffect::Ignore => return,
                KeyEffect::Act(action) => d.dispatch(action),
                KeyEffect::Focus(None) => {}
                KeyEffect::Focus(Some(iso)) => {
                    focus_iso(&map_box, &iso);
                    focus.set(Some(iso));
                }
            }
            e.prevent_default();
        })
    };
    let on_focus_in = {
        let focus = focus.clone();
        Callback::from(move |e: FocusEvent| {
            let iso = e
                .target()
                .and_then(|t| t.dyn_into::<Element>().ok())
                .and_then(|t| t.get_attribute("data-iso"));
            if let Some(iso) = iso {
                if focus.as_deref() != Some(iso.as_str()) {
                    focus.set(Some(iso));
                }
            }
        })
    };
    // Stable while the focused country is the same: the details panel's close button
    // uses it, and a new callback would re-render the panel on every render.
    let refocus = {
        let map_box = map_box.clone();
        use_callback((*focus).clone(), move |(), focus| {
            if let Some(iso) = focus.as_deref() {
                focus_iso(&map_box, iso);
            }
        })
    };
    let roving = (*focus)
        .clone()
        .or(state.selected.clone())
        .unwrap_or_else(|| DEFAULT_FOCUS.to_string());
    MapKeyboard {
        roving,
        on_key,
        on_focus_in,
        refocus,
    }
}
