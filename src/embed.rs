//! The embed layer: what the `<h200-map>` custom element (`www/h200-map.js`) calls.
//!
//! `mount(host, config)` attaches an open shadow root to the host element (so the host
//! page's CSS does not reach the widget and the widget's CSS does not leak out), adds the
//! widget's stylesheet and renders one Yew app into it. It returns a [`MapHandle`] that
//! forwards attribute changes (`update`) and unmounts (`destroy`).

use serde::Deserialize;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRootInit, ShadowRootMode};

use crate::ui::{App, AppProps, Config};

/// The widget's stylesheet, scoped to its shadow root.
pub const STYLE: &str = concat!(include_str!("ui/style.css"), include_str!("ui/features.css"));

/// The attributes the loader forwards: `{lang, country, view, date}`, each a string or null.
#[derive(Debug, Default, Deserialize)]
struct RawConfig {
    lang: Option<String>,
    country: Option<String>,
    view: Option<String>,
    date: Option<String>,
}

fn config_from(value: JsValue) -> Result<Config, JsValue> {
    let raw: RawConfig = if value.is_undefined() || value.is_null() {
        RawConfig::default()
    } else {
        serde_wasm_bindgen::from_value(value)
            .map_err(|e| JsValue::from_str(&format!("h200-map: bad config: {e}")))?
    };
    let clean = |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    Ok(Config {
        lang: clean(raw.lang),
        country: clean(raw.country),
        view: clean(raw.view),
        date: clean(raw.date),
    })
}

/// A mounted widget.
#[wasm_bindgen]
pub struct MapHandle {
    app: Option<yew::AppHandle<App>>,
    host: HtmlElement,
}

#[wasm_bindgen]
impl MapHandle {
    /// Applies new attribute values (`{lang, country, view, date}`).
    ///
    /// Errors: a config that is not an object of strings.
    pub fn update(&mut self, config: JsValue) -> Result<(), JsValue> {
        let config = config_from(config)?;
        if let Some(app) = self.app.as_mut() {
            app.update(AppProps {
                config,
                host: Some(self.host.clone().into()),
            });
        }
        Ok(())
    }

    /// Unmounts the widget (the shadow root stays, empty).
    pub fn destroy(&mut self) {
        if let Some(app) = self.app.take() {
            app.destroy();
        }
    }
}

/// Mounts a widget in `host`'s (open) shadow root.
///
/// Errors: a shadow root that cannot be attached, or a bad config; a dataset that fails
/// validation is not an error here: the widget shows the errors in its box.
#[wasm_bindgen]
pub fn mount(host: HtmlElement, config: JsValue) -> Result<MapHandle, JsValue> {
    console_error_panic_hook::set_once();
    let config = config_from(config)?;
    let root = match host.shadow_root() {
        Some(r) => r,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_inner_html("");
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let style = document.create_element("style")?;
    style.set_text_content(Some(STYLE));
    root.append_child(&style)?;
    let mount_point = document.create_element("div")?;
    mount_point.set_class_name("h2m-root");
    root.append_child(&mount_point)?;
    let props = AppProps {
        config,
        host: Some(host.clone().into()),
    };
    let app = yew::Renderer::<App>::with_root_and_props(mount_point, props).render();
    Ok(MapHandle {
        app: Some(app),
        host,
    })
}

/// The dataset's `as_of` date and schema version, for the loader's fallback text.
#[wasm_bindgen]
pub fn version() -> String {
    format!("h200-map {}", env!("CARGO_PKG_VERSION"))
}
