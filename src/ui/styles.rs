//! Positions set through the CSSOM instead of `style=""` attributes, which a strict
//! Content-Security-Policy (`style-src 'self'` without `'unsafe-inline'`) blocks.
//!
//! Components render `data-css-left="12.5%"` (likewise `-top`, `-right`, `-width`) and call
//! [`apply`] after each render on their root element.

use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};

const PROPS: [&str; 4] = ["left", "top", "right", "width"];

/// Copies every `data-css-<prop>` attribute under (and on) `root` into its inline style
/// through `CSSStyleDeclaration.setProperty`, which CSP allows.
pub fn apply(root: &Element) {
    let set = |el: &Element| {
        if let Some(h) = el.dyn_ref::<HtmlElement>() {
            for p in PROPS {
                match el.get_attribute(&format!("data-css-{p}")) {
                    Some(v) => {
                        let _ = h.style().set_property(p, &v);
                    }
                    None => {
                        let _ = h.style().remove_property(p);
                    }
                }
            }
        }
    };
    set(root);
    if let Ok(list) =
        root.query_selector_all("[data-css-left],[data-css-top],[data-css-right],[data-css-width]")
    {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<Element>().ok()) {
                set(&el);
            }
        }
    }
}
