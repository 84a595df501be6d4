//! The country search: an ARIA 1.2 combobox (input + listbox) over French and English
//! names, aliases and ISO codes, accent-, case- and punctuation-insensitive. Equal matches
//! are listed alphabetically in the UI language; Enter picks the highlighted suggestion or
//! the only one, never a guess among several ("Korea", "Congo": the list stays open and a
//! line says to choose).

use std::rc::Rc;

use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::core::i18n::{name_of, t, Key, Lang};
use crate::core::search::{enter_pick, exact_index, search, Entry};
use crate::ui::intl::fold;

/// At most this many suggestions.
const MAX_RESULTS: usize = 8;

/// Props of [`Search`].
#[derive(Properties, PartialEq)]
pub struct SearchProps {
    /// Searchable entries (folded names).
    pub entries: Rc<Vec<Entry>>,
    /// Display name of a code, in the UI language.
    pub names: Rc<std::collections::HashMap<String, String>>,
    /// UI language.
    pub lang: Lang,
    /// Called with the chosen ISO code.
    pub on_pick: Callback<String>,
}

/// The combobox's state: the text typed, whether the list is open, the option highlighted
/// with the arrow keys (none until then), and whether Enter found several matches and none
/// highlighted (the list then says to choose).
#[derive(Clone)]
struct Combo {
    query: UseStateHandle<String>,
    open: UseStateHandle<bool>,
    active: UseStateHandle<Option<usize>>,
    choose: UseStateHandle<bool>,
}

/// The input's keys: ↓/↑ move the highlight, Enter picks (`enter_pick`: the highlighted
/// suggestion, the only one, or the one the text names exactly (`exact`); else the list
/// stays open and says to choose), Escape closes the list, then clears the text.
fn key_handler(
    c: Combo,
    results: Vec<String>,
    exact: Option<usize>,
    pick: Callback<String>,
) -> Callback<KeyboardEvent> {
    Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
        "ArrowDown" if !results.is_empty() => {
            e.prevent_default();
            c.open.set(true);
            let next = c.active.map_or(0, |a| (a + 1).min(results.len() - 1));
            c.active.set(Some(next));
        }
        "ArrowUp" if !results.is_empty() => {
            e.prevent_default();
            c.active.set(c.active.map(|a| a.saturating_sub(1)));
        }
        "Enter" => match enter_pick(results.len(), *c.active, exact) {
            Some(i) => {
                e.prevent_default();
                pick.emit(results[i].clone());
            }
            None if results.len() > 1 => {
                e.prevent_default();
                c.open.set(true);
                c.choose.set(true);
            }
            None => {}
        },
        "Escape" => {
            if *c.open {
                e.prevent_default();
                e.stop_propagation();
                c.open.set(false);
            } else {
                c.query.set(String::new());
            }
        }
        _ => {}
    })
}

/// Suggestion `i` (`li#h2m-opt-I[role=option][data-code]`): a press picks it.
fn option(i: usize, iso: &str, name: String, active: bool, pick: &Callback<String>) -> Html {
    let (pick, code) = (pick.clone(), iso.to_string());
    html! {
        <li id={format!("h2m-opt-{i}")} role="option" data-code={iso.to_string()}
            aria-selected={if active { "true" } else { "false" }}
            class={classes!(active.then_some("active"))}
            onmousedown={Callback::from(move |e: MouseEvent| { e.prevent_default(); pick.emit(code.clone()); })}>
            { name }<span class="code">{ format!(" {iso}") }</span>
        </li>
    }
}

/// Input with a suggestion list; Enter or a click picks a country (see the module docs).
#[function_component(Search)]
pub fn search_box(props: &SearchProps) -> Html {
    let c = Combo {
        query: use_state(String::new),
        open: use_state(|| false),
        active: use_state(|| None::<usize>),
        choose: use_state(|| false),
    };
    let input = use_node_ref();
    let folded = fold(&c.query);
    let hits = search(&props.entries, &folded, MAX_RESULTS);
    let exact = exact_index(&hits, &folded);
    let results: Vec<String> = hits.into_iter().map(|e| e.iso.clone()).collect();
    let pick = {
        let (on_pick, c, input) = (props.on_pick.clone(), c.clone(), input.clone());
        Callback::from(move |iso: String| {
            on_pick.emit(iso);
            c.query.set(String::new());
            c.open.set(false);
            c.choose.set(false);
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.set_value("");
            }
        })
    };
    let on_input = {
        let c = c.clone();
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            c.open.set(!v.trim().is_empty());
            c.active.set(None);
            c.choose.set(false);
            c.query.set(v);
        })
    };
    let on_key = key_handler(c.clone(), results.clone(), exact, pick.clone());
    let on_blur = {
        let open = c.open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let (active, expanded) = (*c.active, *c.open && !c.query.trim().is_empty());
    let label = t(props.lang, Key::Search);
    let hint = (*c.choose && expanded).then(|| t(props.lang, Key::SeveralMatches));
    html! {
        <div class="search">
            <label class="sr" for="h2m-search">{ label }</label>
            <input id="h2m-search" ref={input} type="search" role="combobox" autocomplete="off" spellcheck="false"
                placeholder={t(props.lang, Key::SearchPlaceholder)}
                aria-label={label}
                aria-expanded={if expanded { "true" } else { "false" }} aria-controls="h2m-search-list"
                aria-autocomplete="list"
                aria-activedescendant={active.filter(|_| expanded && !results.is_empty()).map(|a| format!("h2m-opt-{a}"))}
                oninput={on_input} onkeydown={on_key} onblur={on_blur} />
            <ul id="h2m-search-list" role="listbox" aria-label={label} hidden={!expanded}>
                { for results.iter().enumerate().map(|(i, iso)| {
                    option(i, iso, name_of(&props.names, iso), Some(i) == active, &pick)
                }) }
                if expanded && results.is_empty() {
                    <li class="none" role="option" aria-disabled="true">{ t(props.lang, Key::NoMatch) }</li>
                }
            </ul>
            <p class="search-hint" role="status">{ for hint }</p>
        </div>
    }
}
