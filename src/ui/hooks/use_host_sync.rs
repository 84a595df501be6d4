//! The widget's state in step with its host element, both ways.
//!
//! In: the attributes and a deep link in the page's URL fragment give the first state
//! ([`attrs::resolve`]); later attribute changes (the custom element forwards them as new
//! props) apply only the attributes that changed ([`attrs::changes`]). Each junk value
//! warns once on the console (`<h200-map>: …`), not again each time the attributes are
//! resolved.
//! Out: the reader's country and axis are reflected as the `country` and `view`
//! attributes, and the host element fires a bubbling, composed `h200-map-change` event
//! with `detail = {country, view}`: only for a reader's change, never at mount, and not
//! when the host page set the attribute itself.
//!
//! The loop is closed: reflecting `country` makes the element forward its attributes
//! again; `attrs::changes` then finds `country` changed to the value the state already
//! has, and the reducer returns the same state, so nothing re-renders.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use serde::Serialize;
use web_sys::{CustomEvent, CustomEventInit, Element};
use yew::prelude::*;

use crate::core::attrs::{self, Config, Limits, PageInputs, Warning};
use crate::core::date::Date;
use crate::core::deeplink::{self, Link};
use crate::core::i18n::Lang;
use crate::core::model::Axis;
use crate::core::scheduled::slider_end;
use crate::ui::data::PageData;
use crate::ui::dom::warn;
use crate::ui::state::MapState;

/// The resolved language and the reader's state.
pub struct HostSync {
    /// The UI language.
    pub lang: Lang,
    /// The reader's state and its dispatcher.
    pub state: UseReducerHandle<MapState>,
}

/// The `detail` of the `h200-map-change` event.
#[derive(Serialize)]
struct ChangeDetail<'a> {
    /// ISO 3166-1 alpha-2, or `null` when no country is selected.
    country: Option<&'a str>,
    /// `export` or `import`.
    view: &'static str,
}

/// The warnings this widget printed already: each is printed once.
type Printed = Rc<RefCell<HashSet<String>>>;

fn print(printed: &Printed, warnings: Vec<Warning>) {
    for w in warnings {
        if printed.borrow_mut().insert(w.0.clone()) {
            warn(&w.to_string());
        }
    }
}

/// Resolves attributes (and a deep link) against the page's data: dates from the
/// dataset's first day to the slider's end (the last change already scheduled).
fn resolve(
    page: &PageData,
    config: &Config,
    link: Option<&Link>,
    today: Date,
    printed: &Printed,
) -> MapState {
    let is_entity = |iso: &str| page.feature_index.contains_key(iso);
    let limits = Limits {
        start: page.model.dataset().model_start,
        today,
        end: slider_end(&page.model, today),
        is_entity: &is_entity,
        full: page.full,
    };
    let (state, warnings) = attrs::resolve(config, link, &limits);
    print(printed, warnings);
    state
}

/// The widget's language and state, synchronised with `host` (see the module docs).
#[hook]
pub fn use_host_sync(
    config: &Config,
    inputs: &PageInputs,
    host: Option<Element>,
    page: &Rc<PageData>,
) -> HostSync {
    let printed: Printed = (*use_memo((), |_| Printed::default())).clone();
    let lang = {
        let printed = printed.clone();
        *use_memo(
            (config.lang.clone(), inputs.html_lang.clone()),
            move |(lang, html_lang)| {
                let config = Config {
                    lang: lang.clone(),
                    ..Config::default()
                };
                let (lang, warnings) = attrs::resolve_lang(&config, html_lang.as_deref());
                print(&printed, warnings);
                lang
            },
        )
    };
    let state = {
        let (config, page, inputs) = (config.clone(), page.clone(), inputs.clone());
        let printed = printed.clone();
        use_reducer_eq(move || {
            let link = deeplink::parse(&inputs.hash, &inputs.link_key);
            resolve(&page, &config, link.as_ref(), inputs.today, &printed)
        })
    };
    {
        let (dispatcher, page, today) = (state.dispatcher(), page.clone(), inputs.today);
        let previous = use_mut_ref(|| config.clone());
        use_effect_with(config.clone(), move |config| {
            let old = std::mem::replace(&mut *previous.borrow_mut(), config.clone());
            if old != *config {
                let resolved = resolve(&page, config, None, today, &printed);
                for action in attrs::changes(&old, config, &resolved) {
                    dispatcher.dispatch(action);
                }
            }
        });
    }
    let mounted = use_mut_ref(|| false);
    use_effect_with(
        (state.selected.clone(), state.axis),
        move |(selected, axis)| {
            let Some(host) = host else { return };
            let changed = reflect(&host, selected.as_deref(), *axis);
            // At mount the state comes from the attributes (or a deep link): nobody acted yet.
            let first = !std::mem::replace(&mut *mounted.borrow_mut(), true);
            if changed && !first {
                fire_change(&host, selected.as_deref(), *axis);
            }
        },
    );
    HostSync { lang, state }
}

/// Sets `country` and `view` on the host; true if an attribute did not already say so
/// (the change came from the reader, not from the host page's attributes).
fn reflect(host: &Element, selected: Option<&str>, axis: Axis) -> bool {
    let country = host.get_attribute("country");
    let same_country = match (country.as_deref().map(str::trim), selected) {
        (Some(attr), Some(iso)) => attr.eq_ignore_ascii_case(iso),
        (None, None) => true,
        _ => false,
    };
    let same_view = host.get_attribute("view").as_deref() == Some(axis.code());
    // Only what differs is written: every write runs the loader's attributeChangedCallback,
    // which hands the attributes back to the widget (`MapHandle::update`) for another render.
    // Attribute writes on our own host element cannot fail in practice (valid names);
    // a failure would only leave the attribute stale.
    if !same_view {
        let _ = host.set_attribute("view", axis.code());
    }
    if country.as_deref() != selected {
        let _ = match selected {
            Some(iso) => host.set_attribute("country", iso),
            None => host.remove_attribute("country"),
        };
    }
    !(same_country && same_view)
}

/// Fires the bubbling, composed `h200-map-change` event on the host.
fn fire_change(host: &Element, selected: Option<&str>, axis: Axis) {
    let detail = ChangeDetail {
        country: selected,
        view: axis.code(),
    };
    let serializer = serde_wasm_bindgen::Serializer::new().serialize_missing_as_null(true);
    let Ok(detail) = detail.serialize(&serializer) else {
        return;
    };
    let init = CustomEventInit::new();
    init.set_detail(&detail);
    init.set_bubbles(true);
    init.set_composed(true);
    if let Ok(ev) = CustomEvent::new_with_event_init_dict("h200-map-change", &init) {
        // The return value says whether a listener called preventDefault: not used.
        let _ = host.dispatch_event(&ev);
    }
}
