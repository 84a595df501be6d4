//! Downloads for readers: the table as CSV and JSON, the map as SVG and PNG (drawn by the
//! same renderer as the live map, with a legend), each stamped with the date shown and the
//! dataset's `as_of` date. Files are made in the browser
//! (Blob + object URL, a temporary link inside the widget's shadow root); nothing is sent
//! anywhere and nothing is added to the host page.

use std::collections::{HashMap, HashSet};

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url,
};

use crate::core::i18n::sentences::{export_stamp, export_title, look, paint_label};
use crate::core::i18n::Lang;
use crate::core::model::Status;
use crate::core::render::{
    legend_counts, map_svg, Frame, LegendEntry, RenderOptions, Style, Theme,
};
use crate::core::report::{table, table_download, to_csv};
use crate::ui::components::toolbar::FileKind;
use crate::ui::data::PageData;
use crate::ui::dom::css_var;
use crate::ui::state::MapState;

/// The object URL of a download is revoked this long after the click (milliseconds), so
/// the browser has started the download.
const REVOKE_MS: u32 = 4000;
/// Indentation of the JSON download (spaces).
const JSON_INDENT: u32 = 1;

/// What a download needs.
pub struct Request<'a> {
    /// Dataset and geometry.
    pub page: &'a PageData,
    /// The state shown (axis, date).
    pub state: &'a MapState,
    /// Country names in the UI language.
    pub names: &'a HashMap<String, String>,
    /// Status of every entity on the axis and date shown.
    pub statuses: &'a HashMap<String, Status>,
    /// Compare mode: the entities whose status did not change (painted as on the map).
    pub unchanged: Option<&'a HashSet<String>>,
    /// UI language.
    pub lang: Lang,
    /// The widget's root element (inside its shadow root): the temporary link goes there,
    /// and the theme's colours are read from it.
    pub root: &'a Element,
}

/// Makes and saves the file of `kind`, named `h200-map-AXIS-DATE.EXT`.
///
/// Errors: what the browser reported (Blob, object URL, canvas).
pub fn save(kind: FileKind, req: &Request<'_>) -> Result<(), JsValue> {
    let (model, date) = (&req.page.model, req.state.date);
    let name_of = |iso: &str| req.names.get(iso).cloned().unwrap_or_default();
    let filename = format!(
        "h200-map-{}-{date}.{}",
        req.state.axis.code(),
        kind.extension()
    );
    match kind {
        FileKind::Csv => {
            let csv = to_csv(&table(model, date, name_of));
            save_blob(
                req.root,
                &filename,
                &text_blob(&csv, "text/csv;charset=utf-8")?,
            )
        }
        FileKind::Json => {
            let doc = serde_wasm_bindgen::to_value(&table_download(model, date, name_of))?;
            let text: String = js_sys::JSON::stringify_with_replacer_and_space(
                &doc,
                &JsValue::NULL,
                &JSON_INDENT.into(),
            )?
            .into();
            save_blob(req.root, &filename, &text_blob(&text, "application/json")?)
        }
        FileKind::Svg => {
            let blob = text_blob(&map_file(req), "image/svg+xml")?;
            save_blob(req.root, &filename, &blob)
        }
        FileKind::Png => save_png(req.root.clone(), map_file(req), filename),
    }
}

/// Saves `blob` as a file named `filename` by clicking a temporary link inside `parent`
/// (the widget's own shadow root, so nothing is added to the host page).
pub fn save_blob(parent: &Element, filename: &str, blob: &Blob) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(blob)?;
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let a: HtmlAnchorElement = doc.create_element("a")?.dyn_into()?;
    a.set_href(&url);
    a.set_download(filename);
    a.set_attribute("hidden", "")?;
    parent.append_child(&a)?;
    a.click();
    a.remove();
    // Let the download start before the URL is revoked. A failed revoke only keeps the
    // blob until the page unloads.
    Timeout::new(REVOKE_MS, move || {
        let _ = Url::revoke_object_url(&url);
    })
    .forget();
    Ok(())
}

/// A Blob of UTF-8 text.
pub fn text_blob(text: &str, mime: &str) -> Result<Blob, JsValue> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let opts = BlobPropertyBag::new();
    opts.set_type(mime);
    Blob::new_with_str_sequence_and_options(&parts, &opts)
}

/// The map as a standalone SVG file: drawn by the core renderer, exactly as the live map
/// (same shapes, marker positions and textures), with the theme's colours resolved from
/// the widget (`root`) written inline, a title, the legend and the stamp line.
fn map_file(req: &Request<'_>) -> String {
    let (lang, axis, date) = (req.lang, req.state.axis, req.state.date);
    let theme = Theme::from_css(|name| css_var(req.root, name));
    let legend: Vec<LegendEntry> = legend_counts(axis, req.statuses, req.unchanged)
        .into_iter()
        .map(|(paint, count)| LegendEntry {
            paint,
            label: paint_label(lang, paint).to_string(),
            count,
        })
        .collect();
    let (title, stamp) = (
        export_title(lang, axis),
        export_stamp(lang, date, req.page.model.dataset().as_of),
    );
    let opts = RenderOptions {
        style: Style::Inline(&theme),
        interactive: false,
        height: req.page.view_height,
        frame: Some(Frame {
            title: &title,
            legend: &legend,
            stamp: &stamp,
        }),
    };
    let look_of = |iso: &str| look(lang, iso, req.names, req.statuses, req.unchanged);
    map_svg(&req.page.geo, &req.page.markers, &look_of, &opts)
}

/// Draws `img` on a canvas of its intrinsic size and saves it as a PNG named `filename`.
fn canvas_to_png(img: &HtmlImageElement, parent: Element, filename: String) -> Result<(), JsValue> {
    let doc = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let canvas: HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
    canvas.set_width(img.natural_width());
    canvas.set_height(img.natural_height());
    let ctx: web_sys::CanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or("no 2d context")?
        .dyn_into()?;
    ctx.draw_image_with_html_image_element(img, 0.0, 0.0)?;
    // Called once by the browser; `once_into_js` frees the closure after the call.
    let done = Closure::once_into_js(move |b: JsValue| {
        if let Ok(b) = b.dyn_into::<Blob>() {
            if let Err(e) = save_blob(&parent, &filename, &b) {
                crate::ui::dom::warn(&format!("download failed: {e:?}"));
            }
        }
    });
    canvas.to_blob(done.unchecked_ref())
}

/// Renders `svg` (text) to a PNG of its intrinsic size and saves it as `filename`.
pub fn save_png(parent: Element, svg: String, filename: String) -> Result<(), JsValue> {
    let url = Url::create_object_url_with_blob(&text_blob(&svg, "image/svg+xml")?)?;
    let img = HtmlImageElement::new()?;
    let (loaded, src) = (img.clone(), url.clone());
    let onload = Closure::once_into_js(move || {
        let drawn = canvas_to_png(&loaded, parent, filename);
        // The image is drawn: its URL can go (a failed revoke keeps it until unload).
        let _ = Url::revoke_object_url(&src);
        if let Err(e) = drawn {
            crate::ui::dom::warn(&format!("download failed: {e:?}"));
        }
    });
    img.set_onload(Some(onload.unchecked_ref()));
    img.set_src(&url);
    Ok(())
}
