//! The embed layer: what the `<h200-map>` custom element (`www/h200-map.js`) calls.
//!
//! `mount(host, config)` attaches an open shadow root to the host element (so the host
//! page's CSS does not reach the widget and the widget's CSS does not leak out), adopts the
//! widget's stylesheet and renders one Yew app into it. It returns a [`MapHandle`] that
//! forwards attribute changes (`update`) and unmounts (`destroy`).
//!
//! Styles go through one constructable stylesheet (`new CSSStyleSheet()` +
//! `adoptedStyleSheets`) shared by every map on the page: a strict host CSP
//! (`style-src 'self'`, no `'unsafe-inline'`) blocks `<style>` elements, even inside a
//! shadow root, but not constructed sheets. Browsers without constructable stylesheets get
//! a `<style>` element instead.
//!
//! The release build aborts on panic (a wasm trap): [`on_panic`] lets the loader hear the
//! panic message first, so it can replace every map with a readable message.

use std::cell::RefCell;

use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::core::deeplink;
use crate::ui::cssom::CssomPositions;
use crate::ui::{dom, App, AppProps, Config, PageInputs};

/// The widget's stylesheet, scoped to its shadow root (`fit.css`: filling a box of fixed
/// height, for the sticky map of a story).
pub const STYLE: &str = concat!(
    include_str!("ui/style.css"),
    include_str!("ui/features.css"),
    include_str!("ui/fit.css")
);

/// Rules added before [`STYLE`]: the mount point stops every inherited property of the host
/// page (`text-transform`, `letter-spacing`, `text-align`, `visibility`, ...) at the shadow
/// boundary. Custom properties (`--h200-*` theming) still inherit.
pub const GUARD: &str = ".h2m-root { all: initial; display: block; }\n";

/// The attributes the loader forwards (`{lang, country, view, date, compare, theme}`,
/// strings or null; `undefined` or `null` for none) and `step`, the loader's count of story
/// steps taken (a number; absent: 0).
///
/// Errors: a value that is not an object of strings.
fn config_from(value: JsValue) -> Result<Config, JsValue> {
    if value.is_undefined() || value.is_null() {
        return Ok(Config::default());
    }
    serde_wasm_bindgen::from_value(value)
        .map_err(|e| JsValue::from_str(&format!("h200-map: bad config: {e}")))
}

/// What the widget reads from the page, read here once so the widget's logic stays pure.
fn page_inputs(host: &HtmlElement) -> PageInputs {
    PageInputs {
        today: dom::today(),
        hash: dom::location_hash(),
        html_lang: dom::html_lang(),
        link_key: deeplink::key(Some(&host.id())),
    }
}

thread_local! {
    /// The page's one constructed stylesheet (`None` until first use; `Some(None)` when
    /// the browser has no constructable stylesheets).
    static SHEET: RefCell<Option<Option<JsValue>>> = const { RefCell::new(None) };
    /// The loader's panic listener.
    static ON_PANIC: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
}

/// `new CSSStyleSheet()` filled with the widget's CSS, or `None` where unsupported.
fn constructed_sheet() -> Option<JsValue> {
    let sheet = CssStyleSheet::new().ok()?;
    sheet.replace_sync(&format!("{GUARD}{STYLE}")).ok()?;
    Some(sheet.into())
}

/// Adopts the shared sheet into `root`; false if the browser cannot.
fn adopt(root: &ShadowRoot) -> bool {
    // Feature test first: the typed binding would throw where the property is missing.
    if !js_sys::Reflect::has(root, &"adoptedStyleSheets".into()).unwrap_or(false) {
        return false;
    }
    let sheet = SHEET.with(|s| s.borrow_mut().get_or_insert_with(constructed_sheet).clone());
    let Some(sheet) = sheet else { return false };
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));
    root.adopted_style_sheets().length() == 1
}

/// Reports a panic message to the loader's listener (then the module aborts).
#[allow(deprecated)] // Yew's hook type still names `PanicInfo`
fn panic_hook(info: &std::panic::PanicInfo<'_>) {
    console_error_panic_hook::hook(info);
    let cb = ON_PANIC
        .try_with(|c| c.try_borrow().ok().and_then(|c| c.clone()))
        .ok()
        .flatten();
    if let Some(cb) = cb {
        // Inside the panic hook nothing can be done about a throwing listener.
        let _ = cb.call1(&JsValue::NULL, &JsValue::from_str(&info.to_string()));
    }
}

/// Installs [`panic_hook`] through Yew (a plain `set_hook` would be replaced by Yew's
/// default hook on the first render).
fn install_panic_hook() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| yew::set_custom_panic_hook(Box::new(panic_hook)));
}

/// Registers `callback(message)`, called when the module panics (it is unusable after:
/// the release build aborts). The callback must not call back into the module.
#[wasm_bindgen]
pub fn on_panic(callback: js_sys::Function) {
    install_panic_hook();
    ON_PANIC.with(|c| *c.borrow_mut() = Some(callback));
}

/// The widget's stylesheet as [`mount`] adopts it ([`GUARD`] then [`STYLE`], CSS text).
/// The build writes it to `pkg/<hash>/h200-map.css` (`scripts/snapshot.mjs`), the sheet
/// the loader styles a map's snapshot with before the module is ready, so the snapshot and
/// the widget are drawn by the same rules.
#[wasm_bindgen]
pub fn style_text() -> String {
    format!("{GUARD}{STYLE}")
}

/// True when the embedded dataset and geometry loaded and validated (otherwise every map
/// shows the validation errors in its box).
#[wasm_bindgen]
pub fn dataset_ok() -> bool {
    crate::ui::data::page_data().is_ok()
}

/// True when `iso` (any case) is the ISO 3166-1 alpha-2 code of a place on the map: the
/// loader keeps the height it reserved for a details panel only for such a `country`.
#[wasm_bindgen]
pub fn is_map_entity(iso: &str) -> bool {
    crate::ui::data::page_data().is_ok_and(|page| {
        page.feature_index
            .contains_key(&iso.trim().to_ascii_uppercase())
    })
}

/// A mounted widget.
#[wasm_bindgen]
pub struct MapHandle {
    app: Option<yew::AppHandle<App>>,
    host: HtmlElement,
    inputs: PageInputs,
    /// Applies the widget's `data-css-*` positions before each paint (dropped on destroy).
    positions: Option<CssomPositions>,
}

#[wasm_bindgen]
impl MapHandle {
    /// Applies new attribute values (`{lang, country, view, date, compare, theme, step}`): only the
    /// attributes that changed, or all of them when `step` changed (a story step; see
    /// [`crate::core::attrs::changes`]).
    ///
    /// Errors: a config that is not an object of strings.
    pub fn update(&mut self, config: JsValue) -> Result<(), JsValue> {
        let config = config_from(config)?;
        if let Some(app) = self.app.as_mut() {
            app.update(AppProps {
                config,
                host: Some(self.host.clone().into()),
                inputs: self.inputs.clone(),
            });
        }
        Ok(())
    }

    /// Unmounts the widget (the shadow root stays, empty).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
        self.positions = None;
    }
}

/// Mounts a widget in `host`'s (open) shadow root.
///
/// Errors: a shadow root that cannot be attached, or a bad config; a dataset that fails
/// validation is not an error here: the widget shows the errors in its box.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, config: JsValue) -> Result<MapHandle, JsValue> {
    install_panic_hook();
    let config = config_from(config)?;
    let root = match host.shadow_root() {
        Some(r) => r,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_inner_html("");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    if !adopt(&root) {
        let style = document.create_element("style")?;
        style.set_text_content(Some(&format!("{GUARD}{STYLE}")));
        root.append_child(&style)?;
    }
    let mount_point = document.create_element("div")?;
    mount_point.set_class_name("h2m-root");
    root.append_child(&mount_point)?;
    // Before the first render: the slider's positions must be set before the first paint.
    let positions = CssomPositions::watch(&mount_point)?;
    let inputs = page_inputs(&host);
    let props = AppProps {
        config,
        host: Some(host.clone().into()),
        inputs: inputs.clone(),
    };
    let app = yew::Renderer::<App>::with_root_and_props(mount_point, props).render();
    Ok(MapHandle {
        app: Some(app),
        host,
        inputs,
        positions: Some(positions),
    })
}

/// The widget's name and version (`h200-map 0.1.0`).
#[wasm_bindgen]
pub fn version() -> String {
    format!("h200-map {}", env!("CARGO_PKG_VERSION"))
}
