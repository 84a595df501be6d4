//! The country search: an ARIA 1.2 combobox (input + listbox) over French and English
//! names, aliases and ISO codes, accent- and case-insensitive.

use std::rc::Rc;

use web_sys::{HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

use crate::core::i18n::{name_of, t, Key, Lang};
use crate::core::search::{search, Entry};
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

/// Input with a suggestion list; Enter or a click picks the highlighted country.
#[function_component(Search)]
pub fn search_box(props: &SearchProps) -> Html {
    let query = use_state(String::new);
    let open = use_state(|| false);
    // The highlighted option: none until the reader moves with the arrow keys; Enter then
    // picks the highlighted option, else the first.
    let active = use_state(|| None::<usize>);
    let input = use_node_ref();
    let folded = fold(&query);
    let results: Vec<String> = search(&props.entries, &folded, MAX_RESULTS)
        .into_iter()
        .map(|e| e.iso.clone())
        .collect();
    let pick = {
        let (on_pick, query, open, input) = (
            props.on_pick.clone(),
            query.clone(),
            open.clone(),
            input.clone(),
        );
        Callback::from(move |iso: String| {
            on_pick.emit(iso);
            query.set(String::new());
            open.set(false);
            if let Some(i) = input.cast::<HtmlInputElement>() {
                i.set_value("");
            }
        })
    };
    let on_input = {
        let (query, open, active) = (query.clone(), open.clone(), active.clone());
        Callback::from(move |e: InputEvent| {
            let v = e.target_unchecked_into::<HtmlInputElement>().value();
            open.set(!v.trim().is_empty());
            active.set(None);
            query.set(v);
        })
    };
    let on_key = {
        let (results, active, open, pick, query) = (
            results.clone(),
            active.clone(),
            open.clone(),
            pick.clone(),
            query.clone(),
        );
        Callback::from(move |e: KeyboardEvent| match e.key().as_str() {
            "ArrowDown" if !results.is_empty() => {
                e.prevent_default();
                open.set(true);
                active.set(Some(active.map_or(0, |a| (a + 1).min(results.len() - 1))));
            }
            "ArrowUp" if !results.is_empty() => {
                e.prevent_default();
                active.set(active.map(|a| a.saturating_sub(1)));
            }
            "Enter" => {
                if let Some(iso) = results.get(active.unwrap_or(0)) {
                    e.prevent_default();
                    pick.emit(iso.clone());
                }
            }
            "Escape" => {
                if *open {
                    e.prevent_default();
                    e.stop_propagation();
                    open.set(false);
                } else {
                    query.set(String::new());
                }
            }
            _ => {}
        })
    };
    let on_blur = {
        let open = open.clone();
        Callback::from(move |_: FocusEvent| open.set(false))
    };
    let expanded = *open && !query.trim().is_empty();
    let label = t(props.lang, Key::Search);
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
                    let pick = pick.clone();
                    let iso2 = iso.clone();
                    let name = name_of(&props.names, iso);
                    html! {
                        <li id={format!("h2m-opt-{i}")} role="option" data-code={iso.clone()}
                            aria-selected={if Some(i) == *active { "true" } else { "false" }}
                            class={classes!((Some(i) == *active).then_some("active"))}
                            onmousedown={Callback::from(move |e: MouseEvent| { e.prevent_default(); pick.emit(iso2.clone()); })}>
                            { name }<span class="code">{ format!(" {iso}") }</span>
                        </li>
                    }
                }) }
                if expanded && results.is_empty() {
                    <li class="none" role="option" aria-disabled="true">{ t(props.lang, Key::NoMatch) }</li>
                }
            </ul>
        </div>
    }
}
