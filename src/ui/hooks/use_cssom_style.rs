//! Positions set through the CSSOM instead of `style=""` attributes, which a strict
//! Content-Security-Policy (`style-src 'self'` without `'unsafe-inline'`) blocks.
//!
//! A component renders `data-css-left="12.5%"` (likewise `-top`, `-right`, `-width`) on
//! elements under a node and calls [`use_cssom_style`] with that node: after each render,
//! every such attribute is copied into the element's inline style through
//! `CSSStyleDeclaration.setProperty`, which the CSP allows.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

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

/// After each render, applies the `data-css-*` attributes on and under `node`.
#[hook]
pub fn use_cssom_style(node: &NodeRef) {
    let node = node.clone();
    use_effect(move || {
        let Some(root) = node.cast::<Element>() else {
            return;
        };
        apply_one(&root);
        let selector = PROPS.map(|p| format!("[data-css-{p}]")).join(",");
        if let Ok(list) = root.query_selector_all(&selector) {
            for i in 0..list.length() {
                if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                    apply_one(&el);
                }
            }
        }
    });
}
