//! Paints the map's shapes in place: on a date step, an axis switch or a language change,
//! each shape's and marker's `class` (`c s-CODE`, `m s-CODE`) and `aria-label` are set on
//! the live elements, and only where they changed (a date step changes a few dozen of the
//! 235), as a D3 page would. The shapes themselves are inserted once
//! ([`crate::ui::components::map_layer`]) and never diffed by the virtual DOM.
//!
//! The attributes are set while the layer renders, not in an effect: Yew 0.23's scheduler
//! yields to the browser (a `setTimeout`) between rendering and effects once a pass takes
//! more than 16 ms (a slow phone, a throttled CPU), so in an effect the map's colours can
//! change a frame after the legend and the date (bench/: "date step -> all colours changed
//! in DOM" was 54 ms against main's 34 at 4x CPU throttling with an effect). Setting
//! attributes during render is safe here: the elements belong to this component only, and
//! the virtual DOM never touches them.

use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

use crate::core::i18n::sentences::look;
use crate::core::i18n::Lang;
use crate::core::model::Status;

/// What the shapes are painted from.
type Inputs = (
    Rc<HashMap<String, Status>>,
    Option<Rc<HashSet<String>>>,
    Rc<HashMap<String, String>>,
    Lang,
);

/// One painted element and what it shows now.
struct Painted {
    el: Element,
    iso: String,
    /// `m` for a marker group, `c` for a country shape.
    kind: &'static str,
    class: String,
    label: String,
}

/// The live elements (collected once, after mount) and the inputs last painted.
#[derive(Default)]
struct Paint {
    elements: Vec<Painted>,
    inputs: Option<Inputs>,
}

/// The same set, or both none (by pointer: the sets are memoised per comparison).
fn same_set(a: &Option<Rc<HashSet<String>>>, b: &Option<Rc<HashSet<String>>>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => Rc::ptr_eq(a, b),
        (None, None) => true,
        _ => false,
    }
}

impl Paint {
    /// Sets the class and label of every element whose look changed since `before` (the
    /// inputs last painted; `None`: look at every element). When only the statuses changed
    /// (a date step), the elements whose status is the same are skipped without composing
    /// their look.
    fn apply(&mut self, before: Option<&Inputs>) {
        let Some((statuses, unchanged, names, lang)) = &self.inputs else {
            return;
        };
        let old_statuses = before
            .filter(|(_, u, n, l)| same_set(u, unchanged) && Rc::ptr_eq(n, names) && l == lang)
            .map(|(s, ..)| s);
        for p in &mut self.elements {
            if old_statuses.is_some_and(|old| old.get(&p.iso) == statuses.get(&p.iso)) {
                continue;
            }
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
    }
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

/// Keeps the classes and labels of the shapes under `layer` in step with the statuses
/// (see the module docs for why this runs during render).
#[hook]
pub fn use_map_paint(
    layer: &NodeRef,
    statuses: &Rc<HashMap<String, Status>>,
    unchanged: &Option<Rc<HashSet<String>>>,
    names: &Rc<HashMap<String, String>>,
    lang: Lang,
) {
    let paint: Rc<RefCell<Paint>> = use_mut_ref(Paint::default);
    // After mount: find the elements the first render inserted (already painted), and
    // repaint in case the inputs changed before this ran.
    {
        let (paint, layer) = (paint.clone(), layer.clone());
        use_effect_with((), move |_| {
            if let Some(el) = layer.cast::<Element>() {
                let mut paint = paint.borrow_mut();
                paint.elements = collect(&el);
                paint.apply(None);
            }
        });
    }
    let inputs: Inputs = (statuses.clone(), unchanged.clone(), names.clone(), lang);
    let mut paint = paint.borrow_mut();
    if paint.inputs.as_ref() != Some(&inputs) {
        let before = paint.inputs.replace(inputs);
        paint.apply(before.as_ref());
    }
}
