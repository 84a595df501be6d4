//! Positions set through the CSSOM instead of `style=""` attributes, which a strict
//! Content-Security-Policy (`style-src 'self'` without `'unsafe-inline'`) blocks.
//!
//! A component renders `data-css-left="12.5%"` (likewise `-top`, `-right`, `-width`; CSS
//! lengths or percentages) on any element of the widget. A [`CssomPositions`] watching the
//! widget's mount point copies each one into the element's inline style through
//! `CSSStyleDeclaration.setProperty`, which the CSP allows, as soon as the element is
//! inserted or the attribute changes (and removes the property when the attribute goes).
//!
//! It is a `MutationObserver`, not an effect, because of when it runs: its callback is a
//! microtask, so the style is set before the browser paints the new DOM. An effect can run
//! a frame later: Yew 0.23's scheduler yields to the browser (`setTimeout`) between a long
//! render and its effects, and the browser then paints the slider's thumb and ticks at
//! `left: 0` for one frame before they jump to their places: a layout shift of up to 0.0075
//! while the map loads (issue 13).

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, MutationObserver, MutationObserverInit, MutationRecord, Node};

/// The CSS properties that can be set this way.
const PROPS: [&str; 4] = ["left", "top", "right", "width"];

/// Copies `data-css-PROP` into the inline style of `el` (removes PROP when absent).
fn apply_one(el: &Element) {
    let Some(h) = el.dyn_ref::<HtmlElement>() else {
        return;
    };
    for p in PROPS {
        // setProperty/removeProperty only fail on a read-only declaration: never here.
        let _ = match el.get_attribute(&format!("data-css-{p}")) {
            Some(v) => h.style().set_property(p, &v),
            None => h.style().remove_property(p).map(|_| ()),
        };
    }
}

/// Applies the `data-css-*` attributes of `node` and of every element under it.
fn apply_tree(node: &Node) {
    if let Some(el) = node.dyn_ref::<Element>() {
        apply_one(el);
        let selector = PROPS.map(|p| format!("[data-css-{p}]")).join(",");
        if let Ok(list) = el.query_selector_all(&selector) {
            for i in 0..list.length() {
                if let Some(e) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    apply_one(&e);
                }
            }
        }
    }
}

/// Applies what one batch of mutation records changed.
fn apply_records(records: js_sys::Array) {
    for record in records.iter() {
        let record: MutationRecord = record.unchecked_into();
        match record.type_().as_str() {
            "attributes" => {
                if let Some(el) = record.target().and_then(|t| t.dyn_into::<Element>().ok()) {
                    apply_one(&el);
                }
            }
            _ => {
                let added = record.added_nodes();
                for i in 0..added.length() {
                    if let Some(n) = added.item(i) {
                        apply_tree(&n);
                    }
                }
            }
        }
    }
}

/// Keeps the inline positions of every element under a root in step with its `data-css-*`
/// attributes (see the module docs). Watching stops when it is dropped.
pub struct CssomPositions {
    observer: MutationObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, MutationObserver)>,
}

impl CssomPositions {
    /// Starts watching `root` and its whole subtree; applies what is already there.
    ///
    /// Errors: a browser without `MutationObserver` (every browser that runs the widget has it).
    pub fn watch(root: &Node) -> Result<CssomPositions, JsValue> {
        let callback = Closure::<dyn FnMut(js_sys::Array, MutationObserver)>::new(
            |records: js_sys::Array, _: MutationObserver| apply_records(records),
        );
        let observer = MutationObserver::new(callback.as_ref().unchecked_ref())?;
        let init = MutationObserverInit::new();
        init.set_subtree(true);
        init.set_child_list(true);
        init.set_attributes(true);
        let filter: js_sys::Array = PROPS
            .iter()
            .map(|p| JsValue::from_str(&format!("data-css-{p}")))
            .collect();
        init.set_attribute_filter(&filter);
        observer.observe_with_options(root, &init)?;
        apply_tree(root);
        Ok(CssomPositions {
            observer,
            _callback: callback,
        })
    }
}

impl Drop for CssomPositions {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
