//! Downloads for readers: the table as CSV and JSON, the map as SVG and PNG, each stamped
//! with the date shown and the dataset's `as_of` date. Files are made in the browser
//! (Blob + object URL, a temporary link inside the widget's shadow root); nothing is sent
//! anywhere and nothing is added to the host page.

use std::collections::HashMap;

use gloo_timers::callback::Timeout;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url,
};

use crate::core::i18n::sentences::{export_stamp, export_title};
use crate::core::i18n::Lang;
use crate::core::model::Status;
use crate::core::report::{table, table_download, to_csv};
use crate::ui::components::toolbar::FileKind;
use crate::ui::data::PageData;
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
        FileKind::Svg | FileKind::Png => {
            let title = export_title(req.lang, req.state.axis);
            let stamp = export_stamp(req.lang, date, model.dataset().as_of);
            let svg = map_svg(
                req.page,
                req.root,
                &|iso| req.statuses.get(iso).copied(),
                &title,
                &stamp,
            );
            if kind == FileKind::Svg {
                save_blob(req.root, &filename, &text_blob(&svg, "image/svg+xml")?)
            } else {
                save_png(req.root.clone(), svg, filename)
            }
        }
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

/// The value of a CSS custom property on `host` (the theme's resolved colour), or `fallback`.
fn css_var(host: &Element, name: &str, fallback: &str) -> String {
    crate::ui::dom::css_var(host, name)
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .unwrap_or_else(|| fallback.to_string())
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A standalone SVG of the map at `status` colours (resolved from the widget's theme on
/// `host`), with a title and a stamp line. Units: the map's own (10 000 wide).
pub fn map_svg(
    page: &PageData,
    host: &Element,
    status: &dyn Fn(&str) -> Option<Status>,
    title: &str,
    stamp: &str,
) -> String {
    let geo = &page.geo;
    let (w, h) = (i64::from(geo.width), i64::from(page.view_height));
    let band: i64 = 520;
    let mut out = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 {} {w} {}\" width=\"2000\" height=\"{}\">",
        -band,
        h + band + 260,
        ((h + band + 260) as f64 * 2000.0 / w as f64).round()
    );
    out.push_str(&format!(
        "<rect x=\"0\" y=\"{}\" width=\"{w}\" height=\"{}\" fill=\"{}\"/><rect x=\"0\" y=\"0\" width=\"{w}\" height=\"{h}\" fill=\"{}\"/>",
        -band,
        h + band + 260,
        css_var(host, "--h200-bg", "#ffffff"),
        css_var(host, "--h200-ocean", "#f4f7fa")
    ));
    let fg = css_var(host, "--h200-fg", "#1d1d1f");
    out.push_str(&format!(
        "<text x=\"120\" y=\"{}\" font-family=\"sans-serif\" font-size=\"230\" font-weight=\"bold\" fill=\"{fg}\">{}</text>",
        -band + 300,
        escape(title)
    ));
    for f in geo.features.iter() {
        let fill = match status(&f.iso) {
            Some(s) => css_var(host, &format!("--s-{}", s.code()), "#cccccc"),
            None => css_var(host, "--s-none", "#eeeeee"),
        };
        out.push_str(&format!(
            "<path d=\"{}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"4\"><title>{}</title></path>",
            f.path, f.iso
        ));
        if f.marker {
            out.push_str(&format!(
                "<circle cx=\"{}\" cy=\"{}\" r=\"30\" fill=\"{fill}\" stroke=\"#1d1d1f\" stroke-width=\"5\"/>",
                f.cx, f.cy
            ));
        }
    }
    out.push_str(&format!(
        "<text x=\"120\" y=\"{}\" font-family=\"sans-serif\" font-size=\"150\" fill=\"{fg}\">{}</text></svg>",
        h + 190,
        escape(stamp)
    ));
    out
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
