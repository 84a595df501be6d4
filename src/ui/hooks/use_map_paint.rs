//! Paints the map's shapes in place: on a date step, an axis switch or a language change,
//! each shape's and marker's `class` (`c s-CODE`, `m s-CODE`) and `aria-label` are set on
//! the live elements, and only where they changed (a date step changes a few dozen of the
//! 235), as a D3 page would. The shapes themselves are inserted once
//! ([`crate::ui::components::map_layer`]) and never diffed by the virtual DOM.

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::i18n::sentences::look;
use crate::core::i18n::Lang;
use crate::core::model::Status;

/// One painted element and what it shows now.
struct Painted {
    el: Element,
    iso: String,
    /// `m` for a marker group, `c` for a country shape.
    kind: &'static str,
    class: String,
    label: String,
}

/// Every `[data-iso]` element under `layer`, with its current class and label.
fn collect(layer: &Element) -> Vec<Painted> {
    let Ok(list) = layer.query_selector_all("[data-iso]") else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i)?.dyn_into::<Element>().ok())
        .filter_map(|el| {
            let iso = el.get_attribute("data-iso")?;
            let kind = if el.tag_name().eq_ignore_ascii_case("g") {
                "m"
            } else {
                "c"
            };
            let class = el.get_attribute("class").unwrap_or_default();
            let label = el.get_attribute("aria-label").unwrap_or_default();
            Some(Painted {
                el,
                iso,
                kind,
                class,
                label,
            })
        })
        .collect()
}

/// Keeps the classes and labels of the shapes under `layer` in step with the statuses.
#[hook]
pub fn use_map_paint(
    layer: &NodeRef,
    statuses: &Rc<HashMap<String, Status>>,
    unchanged: &Option<Rc<HashSet<String>>>,
    names: &Rc<HashMap<String, String>>,
    lang: Lang,
) {
    let painted = use_mut_ref(Vec::<Painted>::new);
    let layer = layer.clone();
    use_effect_with(
        (statuses.clone(), unchanged.clone(), names.clone(), lang),
        move |(statuses, unchanged, names, lang)| {
            let mut painted = painted.borrow_mut();
            if painted.is_empty() {
                if let Some(el) = layer.cast::<Element>() {
                    *painted = collect(&el);
                }
            }
            for p in painted.iter_mut() {
                let l = look(*lang, &p.iso, names, statuses, unchanged.as_deref());
                let class = format!("{} s-{}", p.kind, l.paint.code());
                // Setting `class` or `aria-label` on our own element cannot fail.
                if class != p.class {
                    let _ = p.el.set_attribute("class", &class);
                    p.class = class;
                }
                if l.label != p.label {
                    let _ = p.el.set_attribute("aria-label", &l.label);
                    p.label = l.label;
                }
            }
        },
    );
}
