//! Downloads for readers: the table as CSV and JSON, the map as SVG and PNG, each stamped
//! with the date shown and the dataset's `as_of` date. Files are made in the browser
//! (Blob + object URL); nothing is sent anywhere.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{
    Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlCanvasElement, HtmlImageElement, Url,
};

use crate::core::model::Status;
use crate::ui::data::Shared;

/// Saves `content` as a file named `filename` by clicking a temporary link inside `parent`
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
    // Let the download start before the URL is revoked.
    let cb = Closure::once(move || {
        let _ = Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(
            cb.as_ref().unchecked_ref(),
            4000,
        );
    }
    cb.forget();
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
    web_sys::window()
        .and_then(|w| w.get_computed_style(host).ok().flatten())
        .and_then(|s| s.get_property_value(name).ok())
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
    shared: &Shared,
    host: &Element,
    status: &dyn Fn(&str) -> Option<Status>,
    title: &str,
    stamp: &str,
) -> String {
    let geo = &shared.geo;
    let (w, h) = (i64::from(geo.width), i64::from(shared.view_height));
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
    for (i, f) in geo.features.iter().enumerate() {
        let fill = match status(&f.iso) {
            Some(s) => css_var(host, &format!("--s-{}", s.code()), "#cccccc"),
            None => css_var(host, "--s-none", "#eeeeee"),
        };
        out.push_str(&format!(
            "<path d=\"{}\" fill=\"{fill}\" stroke=\"#ffffff\" stroke-width=\"4\"><title>{}</title></path>",
            shared.paths[i], f.iso
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

/// Renders `svg` (text) to a PNG of its intrinsic size and saves it as `filename`.
pub fn save_png(parent: Element, svg: String, filename: String) -> Result<(), JsValue> {
    let blob = text_blob(&svg, "image/svg+xml")?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let img = HtmlImageElement::new()?;
    let img2 = img.clone();
    let url2 = url.clone();
    let onload = Closure::once(move || {
        let _ = (|| -> Result<(), JsValue> {
            let doc = web_sys::window()
                .and_then(|w| w.document())
                .ok_or("no document")?;
            let canvas: HtmlCanvasElement = doc.create_element("canvas")?.dyn_into()?;
            canvas.set_width(img2.natural_width());
            canvas.set_height(img2.natural_height());
            let ctx: web_sys::CanvasRenderingContext2d = canvas
                .get_context("2d")?
                .ok_or("no 2d context")?
                .dyn_into()?;
            ctx.draw_image_with_html_image_element(&img2, 0.0, 0.0)?;
            let _ = Url::revoke_object_url(&url2);
            let done = Closure::once(move |b: JsValue| {
                if let Ok(b) = b.dyn_into::<Blob>() {
                    let _ = save_blob(&parent, &filename, &b);
                }
            });
            canvas.to_blob(done.as_ref().unchecked_ref())?;
            done.forget();
            Ok(())
        })();
    });
    img.set_onload(Some(onload.as_ref().unchecked_ref()));
    onload.forget();
    img.set_src(&url);
    Ok(())
}
